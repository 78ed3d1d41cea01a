import type { DataSource } from '@mam/db';
import { actorOf, badInput, type Identity } from '@mam/graphql';
import type { Asset } from '../../entities/asset.entity';
import { metadataRepository } from '../../repositories/metadata.repository';
import { invalidMetadata } from '../assets/asset-errors';
import { assertChangeable, loadAsset, saveAssetChange } from '../assets/change-asset';
import { emitAssetUpdated } from '../assets/emit-asset-updated';
import {
  applyMetadataValues,
  checkMetadataEdits,
  METADATA_EDITS_MAX,
  requiredKeysFor,
  type MetadataEdit,
} from './plan-metadata-change';
import { recordHistory } from '../assets/record-history';

export interface SetAssetMetadataInput {
  assetId: string;
  expectedRevision: number;
  values: MetadataEdit[];
}

export function editsInput(values: MetadataEdit[]): MetadataEdit[] {
  if (values.length === 0) throw badInput('Give at least one value', 'values');
  if (values.length > METADATA_EDITS_MAX) throw badInput(`At most ${METADATA_EDITS_MAX} values at once`, 'values');
  return values;
}

/**
 * Sets (or, with null, clears) metadata values of one asset. Every value is checked against its
 * field and every problem is reported at once; nothing is written unless all are valid.
 */
export async function setAssetMetadata(
  dataSource: DataSource,
  identity: Identity,
  input: SetAssetMetadataInput,
): Promise<Asset> {
  const edits = editsInput(input.values);
  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const before = await loadAsset(manager, identity, input.assetId);
    assertChangeable(before, identity.subject, input.expectedRevision, now);
    const metadata = metadataRepository(manager);
    const fields = await metadata.fieldsByKey(identity.workspaceId);
    const checked = checkMetadataEdits(fields, edits);
    const applied = applyMetadataValues(
      before.metadata,
      checked,
      requiredKeysFor(before.type, await metadata.schemas(identity.workspaceId), fields),
    );
    const errors = [...checked.errors, ...applied.missing];
    if (errors.length > 0) throw invalidMetadata(errors);
    if (applied.changes.length === 0) return before;

    const after = await saveAssetChange(manager, before, { metadata: applied.next }, identity.subject, now);
    await recordHistory(manager, after, {
      action: 'METADATA_CHANGED',
      actor: identity.subject,
      at: now,
      changes: applied.changes,
    });
    await emitAssetUpdated(manager, after, actorOf(identity));
    return after;
  });
}
