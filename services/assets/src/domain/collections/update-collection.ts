import type { DataSource } from '@mam/db';
import { requireCollectionRole } from '../access/collection-access';
import { assetsUnderCollection, refreshAssetAccess } from '../access/refresh-asset-access';
import { actorOf, badInput, type Identity } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import type { Collection } from '../../entities/collection.entity';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import { collectionRepository, lockCollectionTree } from '../../repositories/collection.repository';
import { collectionConflict, collectionNotFound, invalidCollectionInput } from './collection-errors';
import { collectionInputChecker } from './collection-input';
import { depthUnder } from './create-collection';
import { siblingCollectionList } from '../../repositories/ordered-list.repository';

export interface UpdateCollectionInput {
  id: string;
  expectedRevision: number;
  name?: string | null;
  /** null clears the description; absent leaves it. */
  description?: string | null;
  /** null moves the collection to the root; absent leaves it where it is. */
  parentId?: string | null;
}

type CollectionChanges = Partial<Pick<Collection, 'name' | 'description' | 'parentId' | 'position'>>;

/**
 * Where a collection may move: under a parent of the same workspace that is neither the
 * collection itself nor one of its descendants, and not so deep that the tree exceeds the limit.
 */
async function newPlace(
  manager: EntityManager,
  collection: Collection,
  parentId: string | null,
): Promise<CollectionChanges> {
  const repository = collectionRepository(manager);
  const parent = parentId === null ? null : await repository.find(collection.workspaceId, parentId);
  if (parentId !== null && !parent) throw collectionNotFound('Parent collection');
  if (
    parent &&
    (parent.id === collection.id || (await repository.ancestors(parent)).some((a) => a.id === collection.id))
  ) {
    throw invalidCollectionInput([
      {
        key: 'parentId',
        message: `Collection "${collection.name}" cannot move under itself or one of its own sub-collections`,
      },
    ]);
  }
  const subtree = await repository.subtree(collection);
  await depthUnder(manager, parent, Math.max(0, ...subtree.map((s) => s.depth)));
  const [position] = await siblingCollectionList(manager, collection.workspaceId, parent?.id ?? null).slots(
    { before: null },
    1,
    collection.id,
  );
  return { parentId: parent?.id ?? null, position };
}

/**
 * Renames, describes or moves a collection (to the end of its new siblings), provided the edit is
 * based on its current revision. Moves are serialised per workspace, so no two can make a cycle.
 */
export async function updateCollection(
  dataSource: DataSource,
  identity: Identity,
  input: UpdateCollectionInput,
): Promise<Collection> {
  const check = collectionInputChecker();
  const set: CollectionChanges = {};
  if (input.name !== undefined) {
    if (input.name === null) check.problem('name', 'Name cannot be removed');
    else set.name = check.name(input.name);
  }
  if (input.description !== undefined) set.description = check.description(input.description);
  check.done();
  const moving = input.parentId !== undefined;
  if (!moving && Object.keys(set).length === 0)
    throw badInput('Nothing to change: give a name, description or parentId');

  return dataSource.transaction(async (manager) => {
    if (moving) await lockCollectionTree(manager, identity.workspaceId);
    const before = await collectionRepository(manager).find(identity.workspaceId, input.id, { forUpdate: true });
    if (!before) throw collectionNotFound();
    await requireCollectionRole(manager, identity, before, 'editor');
    if (before.revision !== input.expectedRevision) throw collectionConflict(before, input.expectedRevision);
    const changes: CollectionChanges = {};
    if (set.name !== undefined && set.name !== before.name) changes.name = set.name;
    if (set.description !== undefined && set.description !== before.description) changes.description = set.description;
    if (moving && (input.parentId ?? null) !== before.parentId)
      Object.assign(changes, await newPlace(manager, before, input.parentId ?? null));
    if (Object.keys(changes).length === 0) return before;
    const after: Collection = { ...before, ...changes, revision: before.revision + 1, updatedAt: new Date() };
    await collectionWriteRepository.updateAtRevision(manager, before.id, before.revision, {
      ...changes,
      revision: after.revision,
      updatedAt: after.updatedAt,
    });
    // Under a new parent, the assets inside inherit other grants.
    if (changes.parentId !== undefined)
      await refreshAssetAccess(manager, await assetsUnderCollection(manager, before), actorOf(identity));
    return after;
  });
}
