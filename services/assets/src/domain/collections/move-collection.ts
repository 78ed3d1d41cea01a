import type { DataSource } from '@mam/db';
import type { Identity } from '@mam/graphql';
import type { Collection } from '../../entities/collection.entity';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import { collectionRepository, lockCollectionTree } from '../../repositories/collection.repository';
import { requireCollectionRole } from '../access/collection-access';
import { collectionNotFound, invalidCollectionInput } from './collection-errors';
import { siblingCollectionList } from '../../repositories/ordered-list.repository';

/**
 * Orders a collection among its siblings: just before `beforeCollectionId` (a sibling), or last
 * when that is null. Changing the parent is updateCollection's job.
 */
export async function moveCollection(
  dataSource: DataSource,
  identity: Identity,
  input: { id: string; beforeCollectionId?: string | null },
): Promise<Collection> {
  return dataSource.transaction(async (manager) => {
    await lockCollectionTree(manager, identity.workspaceId);
    const repository = collectionRepository(manager);
    const collection = await repository.find(identity.workspaceId, input.id, { forUpdate: true });
    if (!collection) throw collectionNotFound();
    await requireCollectionRole(manager, identity, collection, 'editor');
    const beforeId = input.beforeCollectionId ?? null;
    if (beforeId === collection.id) return collection;
    if (beforeId !== null) {
      const sibling = await repository.find(identity.workspaceId, beforeId);
      if (!sibling || sibling.parentId !== collection.parentId)
        throw invalidCollectionInput([
          { key: 'beforeCollectionId', message: 'beforeCollectionId must be a sibling of the collection' },
        ]);
    }
    const [position] = await siblingCollectionList(manager, identity.workspaceId, collection.parentId).slots(
      { before: beforeId },
      1,
      collection.id,
    );
    await collectionWriteRepository.setPosition(manager, collection.id, position);
    return { ...collection, position };
  });
}
