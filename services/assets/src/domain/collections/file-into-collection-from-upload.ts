import type { EntityManager } from 'typeorm';
import type { Asset } from '../../entities/asset.entity';
import { collectionRepository } from '../../repositories/collection.repository';
import { placeAssetsInCollection } from './add-assets-to-collection';
import { atLeast, isUuid } from '@mam/graphql';
import { collectionAccess } from '../access/collection-access';
import { recordHistory } from '../assets/record-history';
import { memberIdentity } from '../access/resolve-principal';

/**
 * Files an asset an upload just created into the collection the uploader named. A collection that
 * does not exist in the asset's workspace (another workspace's looks the same), is a smart
 * collection, or that the uploader may not edit is passed over: the asset is kept, and its history
 * says the filing did not happen.
 */
export async function fileIntoCollectionFromUpload(
  manager: EntityManager,
  asset: Asset,
  collectionId: string,
  actor: string,
  at: Date,
): Promise<boolean> {
  const requested = collectionId.trim();
  const collection = isUuid(requested)
    ? await collectionRepository(manager).find(asset.workspaceId, requested, { forUpdate: true })
    : null;
  const uploader = collection && (await memberIdentity(manager, asset.workspaceId, actor));
  const mayFile = !!uploader && atLeast((await collectionAccess(manager, uploader)).roleOf(collection), 'editor');
  if (collection?.kind === 'MANUAL' && mayFile) {
    await placeAssetsInCollection(manager, collection, [asset.id], { before: null }, actor, at);
    return true;
  }
  await recordHistory(manager, asset, {
    action: 'NOT_ADDED_TO_COLLECTION',
    actor,
    at,
    changes: [{ field: 'requestedCollectionId', from: null, to: requested.slice(0, 100) }],
  });
  return false;
}
