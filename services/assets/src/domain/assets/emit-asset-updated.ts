import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { AssetUpdatedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, type EventActor } from '@mam/events';
import type { EntityManager } from 'typeorm';
import type { Asset } from '../../entities/asset.entity';

/**
 * `asset.updated` in the change's transaction: small facts (title, revision, check-out lock) that
 * tell other services and the search index what changed; ingest refuses other users' new versions
 * while the lock holds.
 */
export async function emitAssetUpdated(manager: EntityManager, asset: Asset, actor: EventActor): Promise<void> {
  await appendToOutbox(manager, TOPICS.assetsAsset, {
    type: 'asset.updated',
    aggregateId: asset.id,
    actor,
    schema: AssetUpdatedSchema,
    payload: {
      assetId: asset.id,
      workspaceId: asset.workspaceId,
      title: asset.title,
      updatedAt: timestampFromDate(asset.updatedAt),
      revision: BigInt(asset.revision),
      lockHolder: asset.lockHolder ?? '',
      ...(asset.lockHolder && asset.lockExpiresAt ? { lockExpiresAt: timestampFromDate(asset.lockExpiresAt) } : {}),
    },
  });
}
