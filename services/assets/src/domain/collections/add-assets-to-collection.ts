import type { DataSource } from '@mam/db';
import type { Identity } from '@mam/graphql';
import { isUuid } from '@mam/graphql';
import { In, type EntityManager } from 'typeorm';
import { AssetEntity } from '../../entities/asset.entity';
import type { Collection } from '../../entities/collection.entity';
import { rolesOnAssets } from '../access/asset-access';
import { assetsNotFound } from '../assets/asset-errors';
import { invalidCollectionInput } from './collection-errors';
import { assetIdsInput, lockManualCollection } from './collection-membership';
import { collectionAssetList, type Placement } from './ordered-list';
import { collectionMembershipChanged, memberActor } from './collection-membership-changed';
import { recordMembershipHistory } from './record-collection-history';

export interface AddAssetsToCollectionInput {
  collectionId: string;
  assetIds: string[];
  /** Index (0 first) the first new asset takes; absent or past the end appends. */
  position?: number | null;
}

/**
 * Puts assets into a locked manual collection at `placement`, in the given order; assets already
 * in it stay where they are. Each newly added asset's history records it. Returns the added ids.
 */
export async function placeAssetsInCollection(manager: EntityManager, collection: Collection, assetIds: string[], placement: Placement, actor: string, at: Date): Promise<string[]> {
  const present: { asset_id: string }[] = await manager.query('SELECT asset_id FROM collection_assets WHERE collection_id = $1 AND asset_id = ANY($2::uuid[])', [collection.id, assetIds]);
  const already = new Set(present.map((r) => r.asset_id));
  const added = assetIds.filter((id) => !already.has(id));
  if (added.length === 0) return [];
  const positions = await collectionAssetList(manager, collection.id).slots(placement, added.length);
  await manager.query(
    `INSERT INTO collection_assets (collection_id, asset_id, position, added_by, added_at)
     SELECT $1, given.asset_id, given.position, $4, $5 FROM unnest($2::uuid[], $3::bigint[]) AS given(asset_id, position)`,
    [collection.id, added, positions, actor, at],
  );
  await recordMembershipHistory(manager, { action: 'ADDED_TO_COLLECTION', assetIds: added, collection, actor, at });
  await collectionMembershipChanged(manager, added, memberActor(actor, collection.workspaceId));
  return added;
}

/** Adds assets of the caller's workspace to a manual collection: all of them, or none when any is not found. */
export async function addAssetsToCollection(dataSource: DataSource, identity: Identity, input: AddAssetsToCollectionInput): Promise<Collection> {
  const ids = assetIdsInput(input.assetIds);
  const position = input.position ?? null;
  if (position !== null && (!Number.isInteger(position) || position < 0)) throw invalidCollectionInput([{ key: 'position', message: 'position must be 0 or more' }]);
  return dataSource.transaction(async (manager) => {
    const collection = await lockManualCollection(manager, identity, input.collectionId);
    const found = await manager.find(AssetEntity, { select: { id: true, workspaceId: true }, where: { id: In(ids.filter(isUuid)), workspaceId: identity.workspaceId } });
    const known = await rolesOnAssets(manager, identity, found);
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) throw assetsNotFound(missing);
    await placeAssetsInCollection(manager, collection, ids, position === null ? { before: null } : { index: position }, identity.subject, new Date());
    return collection;
  });
}
