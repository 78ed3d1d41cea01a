import { AssetCollectionsChangedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, type EventActor } from '@mam/events';
import type { EntityManager } from 'typeorm';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import { refreshAssetAccess } from '../access/refresh-asset-access';

/**
 * After assets joined or left collections, in the caller's transaction: recomputes who may see
 * them (collection grants reach the assets inside) and publishes `asset.collections-changed`
 * with each asset's collections as they are now.
 */
export async function collectionMembershipChanged(
  manager: EntityManager,
  assetIds: string[],
  actor: EventActor,
): Promise<void> {
  if (assetIds.length === 0) return;
  await refreshAssetAccess(manager, assetIds, actor);
  const rows = await collectionWriteRepository.membershipsOf(manager, assetIds);
  for (const row of rows) {
    await appendToOutbox(manager, TOPICS.assetsAsset, {
      type: 'asset.collections-changed',
      aggregateId: row.id,
      actor,
      schema: AssetCollectionsChangedSchema,
      payload: { assetId: row.id, workspaceId: row.workspace_id, collectionIds: row.collection_ids },
    });
  }
}

/** The actor of a change recorded by subject only (collection membership keeps who, not how). */
export function memberActor(subject: string, workspaceId: string): EventActor {
  return { subject, workspaceId, kind: 'user' };
}
