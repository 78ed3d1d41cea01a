import type { DataSource } from '@mam/db';
import { actorOf, atLeast, badInput, forbidden, type Identity, isUuid } from '@mam/graphql';
import { rolesOnAssets } from '../access/asset-access';
import type { Asset } from '../../entities/asset.entity';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import { metadataRepository } from '../../repositories/metadata.repository';
import { assetLocked, assetsNotFound, invalidMetadata, type MetadataFieldError } from '../assets/asset-errors';
import { lockAgainst } from '../assets/asset-lock';
import { saveAssetChange } from '../assets/change-asset';
import { emitAssetUpdated } from '../assets/emit-asset-updated';
import { applyMetadataValues, checkMetadataEdits, requiredKeysFor, type MetadataEdit } from './plan-metadata-change';
import { recordHistory } from '../assets/record-history';
import { editsInput } from './set-asset-metadata';

export const BULK_ASSETS_MAX = 500;

export interface BulkSetAssetMetadataInput {
  assetIds: string[];
  values: MetadataEdit[];
}

/**
 * Applies the same metadata values to many assets in one transaction: all of them change (each
 * gets its own revision, history entry and event) or none does. Refused as a whole when any asset
 * is not found in the caller's workspace, is checked out by someone else, or any value is invalid.
 */
export async function bulkSetAssetMetadata(
  dataSource: DataSource,
  identity: Identity,
  input: BulkSetAssetMetadataInput,
): Promise<Asset[]> {
  const edits = editsInput(input.values);
  const ids = [...new Set(input.assetIds)];
  if (ids.length === 0) throw badInput('Give at least one asset', 'assetIds');
  if (ids.length > BULK_ASSETS_MAX) throw badInput(`At most ${BULK_ASSETS_MAX} assets at once`, 'assetIds');

  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const found = await assetWriteRepository.findMany(manager, identity.workspaceId, ids.filter(isUuid));
    const byId = new Map(found.map((a) => [a.id, a]));
    const roles = await rolesOnAssets(manager, identity, found);
    const missing = ids.filter((id) => !roles.has(id));
    if (missing.length > 0) throw assetsNotFound(missing);
    const readOnly = found.filter((a) => !atLeast(roles.get(a.id), 'editor')).map((a) => a.id);
    if (readOnly.length > 0)
      throw forbidden(
        `Editing metadata needs the editor role on every asset; you may only view ${readOnly.join(', ')}`,
      );
    for (const asset of found) {
      const lock = lockAgainst(asset, identity.subject, now);
      if (lock) throw assetLocked(lock, asset.id);
    }

    const metadata = metadataRepository(manager);
    const fields = await metadata.fieldsByKey(identity.workspaceId);
    const schemas = await metadata.schemas(identity.workspaceId);
    const checked = checkMetadataEdits(fields, edits);
    const errors: MetadataFieldError[] = [...checked.errors];
    const plans = found.map((asset) => {
      const applied = applyMetadataValues(asset.metadata, checked, requiredKeysFor(asset.type, schemas, fields));
      errors.push(...applied.missing.map((e) => ({ ...e, assetId: asset.id })));
      return { asset, applied };
    });
    if (errors.length > 0) throw invalidMetadata(errors);

    for (const { asset, applied } of plans) {
      if (applied.changes.length === 0) continue;
      const after = await saveAssetChange(manager, asset, { metadata: applied.next }, identity.subject, now);
      byId.set(after.id, after);
      await recordHistory(manager, after, {
        action: 'METADATA_CHANGED',
        actor: identity.subject,
        at: now,
        changes: applied.changes,
      });
      await emitAssetUpdated(manager, after, actorOf(identity));
    }
    return ids.map((id) => byId.get(id)!);
  });
}
