import { AssetCurrentVersionChangedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { appendToOutbox } from '@mam/events';
import { actorOf, badInput, type Identity, isUuid, notFound } from '@mam/graphql';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import type { Asset } from '../../entities/asset.entity';
import { assertChangeable, loadAsset, saveAssetChange } from '../assets/change-asset';
import { recordHistory } from '../assets/record-history';

export interface PromoteVersionInput {
  assetId: string;
  versionId: string;
  expectedRevision: number;
}

/** Makes an earlier version current again; versions themselves are never replaced. */
export async function promoteVersion(
  dataSource: DataSource,
  identity: Identity,
  input: PromoteVersionInput,
): Promise<Asset> {
  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const before = await loadAsset(manager, identity, input.assetId);
    const version = isUuid(input.versionId)
      ? await assetWriteRepository.findVersionOf(manager, before.id, input.versionId)
      : null;
    if (!version) throw notFound('Version not found');
    assertChangeable(before, identity.subject, input.expectedRevision, now);
    if (before.currentVersionId === version.id)
      throw badInput(`Version ${version.number} is already the current version`, 'versionId');
    const previous = before.currentVersionId
      ? await assetWriteRepository.findVersion(manager, before.currentVersionId)
      : null;

    const after = await saveAssetChange(manager, before, { currentVersionId: version.id }, identity.subject, now);
    await recordHistory(manager, after, {
      action: 'VERSION_PROMOTED',
      actor: identity.subject,
      at: now,
      versionId: version.id,
      changes: [
        { field: 'currentVersion', from: previous ? String(previous.number) : null, to: String(version.number) },
      ],
    });
    await appendToOutbox(manager, TOPICS.assetsAsset, {
      type: 'asset.current-version-changed',
      aggregateId: after.id,
      actor: actorOf(identity),
      schema: AssetCurrentVersionChangedSchema,
      payload: { assetId: after.id, versionId: version.id, number: version.number, workspaceId: after.workspaceId },
    });
    return after;
  });
}
