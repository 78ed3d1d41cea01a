import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { AssetUpdatedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, type EventActor } from '@mam/events';
import type { EntityManager } from 'typeorm';
import type { Asset } from '../../entities/asset.entity';

/**
 * `asset.updated` in the change's transaction: the asset's descriptive state after the change
 * (title, description, tags, every metadata value including the rights fields), its revision and
 * check-out lock. Other services keep what they need of it (distribution's rights gate, archive's
 * sidecars) without asking assets; ingest refuses other users' new versions while the lock holds.
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
      description: asset.description ?? '',
      tags: asset.tags ?? [],
      metadataJson: JSON.stringify(asset.metadata ?? {}),
      updatedAt: timestampFromDate(asset.updatedAt),
      revision: BigInt(asset.revision),
      lockHolder: asset.lockHolder ?? '',
      ...(asset.lockHolder && asset.lockExpiresAt ? { lockExpiresAt: timestampFromDate(asset.lockExpiresAt) } : {}),
    },
  });
}
