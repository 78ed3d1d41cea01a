import type { DataSource } from '@mam/db';
import type { Identity } from '@mam/graphql';
import { isUuid } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import type { Collection } from '../../entities/collection.entity';
import { rolesOnAssets } from '../access/asset-access';
import { assetsNotFound } from '../assets/asset-errors';
import { invalidCollectionInput } from './collection-errors';
import { assetIdsInput, lockManualCollection } from './collection-membership';
import { collectionAssetList, type Placement } from '../../repositories/ordered-list.repository';
import { collectionMembershipChanged, memberActor } from './collection-membership-changed';
import { recordMembershipHistory } from '../../repositories/collection-history.repository';

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
export async function placeAssetsInCollection(
  manager: EntityManager,
  collection: Collection,
  assetIds: string[],
  placement: Placement,
  actor: string,
  at: Date,
): Promise<string[]> {
  const already = await collectionWriteRepository.membersAmong(manager, collection.id, assetIds);
  const added = assetIds.filter((id) => !already.has(id));
  if (added.length === 0) return [];
  const positions = await collectionAssetList(manager, collection.id).slots(placement, added.length);
  await collectionWriteRepository.addMembers(manager, collection.id, {
    assetIds: added,
    positions,
    addedBy: actor,
    at,
  });
  await recordMembershipHistory(manager, { action: 'ADDED_TO_COLLECTION', assetIds: added, collection, actor, at });
  await collectionMembershipChanged(manager, added, memberActor(actor, collection.workspaceId));
  return added;
}

/** Adds assets of the caller's workspace to a manual collection: all of them, or none when any is not found. */
export async function addAssetsToCollection(
  dataSource: DataSource,
  identity: Identity,
  input: AddAssetsToCollectionInput,
): Promise<Collection> {
  const ids = assetIdsInput(input.assetIds);
  const position = input.position ?? null;
  if (position !== null && (!Number.isInteger(position) || position < 0))
    throw invalidCollectionInput([{ key: 'position', message: 'position must be 0 or more' }]);
  return dataSource.transaction(async (manager) => {
    const collection = await lockManualCollection(manager, identity, input.collectionId);
    const found = await assetWriteRepository.findMany(manager, identity.workspaceId, ids.filter(isUuid));
    const known = await rolesOnAssets(manager, identity, found);
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) throw assetsNotFound(missing);
    await placeAssetsInCollection(
      manager,
      collection,
      ids,
      position === null ? { before: null } : { index: position },
      identity.subject,
      new Date(),
    );
    return collection;
  });
}
