import type { DataSource } from '@mam/db';
import type { Identity } from '@mam/graphql';
import { isUuid } from '@mam/graphql';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import type { Collection } from '../../entities/collection.entity';
import { invalidCollectionInput } from './collection-errors';
import { lockManualCollection, notInCollection } from './collection-membership';
import { collectionAssetList } from '../../repositories/ordered-list.repository';

export interface MoveAssetInCollectionInput {
  collectionId: string;
  assetId: string;
  /** The asset to put it just before; absent or null puts it last. */
  beforeAssetId?: string | null;
}

/** Reorders one asset of a manual collection: usually one row changes (see ordered-positions). */
export async function moveAssetInCollection(
  dataSource: DataSource,
  identity: Identity,
  input: MoveAssetInCollectionInput,
): Promise<Collection> {
  return dataSource.transaction(async (manager) => {
    const collection = await lockManualCollection(manager, identity, input.collectionId);
    const list = collectionAssetList(manager, collection.id);
    if (!isUuid(input.assetId) || (await list.positionOf(input.assetId)) === null) throw notInCollection(input.assetId);
    const before = input.beforeAssetId ?? null;
    if (before === input.assetId) return collection;
    if (before !== null && (!isUuid(before) || (await list.positionOf(before)) === null)) {
      throw invalidCollectionInput([{ key: 'beforeAssetId', message: `Asset ${before} is not in the collection` }]);
    }
    const [position] = await list.slots({ before }, 1, input.assetId);
    await collectionWriteRepository.setMemberPosition(manager, collection.id, input.assetId, position);
    return collection;
  });
}
