import type { DataSource } from '@mam/db';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import { uuidv7 } from '@mam/events';
import type { Identity } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import type { Collection, CollectionKind, SavedFilters } from '../../entities/collection.entity';
import {
  COLLECTION_DEPTH_MAX,
  collectionRepository,
  lockCollectionTree,
} from '../../repositories/collection.repository';
import { requireCollectionRole } from '../access/collection-access';
import { collectionNotFound, invalidCollectionInput } from './collection-errors';
import { collectionInputChecker } from './collection-input';
import { grantOwnership } from '../access/access-grants';
import { siblingCollectionList } from '../../repositories/ordered-list.repository';

export interface CreateCollectionInput {
  name: string;
  parentId?: string | null;
  description?: string | null;
}

export interface NewCollectionFields {
  name: string;
  description: string | null;
  parentId: string | null;
  kind: CollectionKind;
  savedQuery: string | null;
  savedFilters: SavedFilters | null;
}

/** Depth a collection would have under `parent` (roots are at 0); refuses trees deeper than the limit. */
export async function depthUnder(
  manager: EntityManager,
  parent: Collection | null,
  subtreeHeight = 0,
): Promise<number> {
  const depth = parent ? (await collectionRepository(manager).ancestors(parent)).length + 1 : 0;
  if (depth + subtreeHeight >= COLLECTION_DEPTH_MAX)
    throw invalidCollectionInput([
      { key: 'parentId', message: `Collections nest at most ${COLLECTION_DEPTH_MAX} levels deep` },
    ]);
  return depth;
}

/** Inserts a collection last among its siblings, in the caller's transaction (shared by manual collections and saved searches). */
export async function insertCollection(
  manager: EntityManager,
  identity: Identity,
  fields: NewCollectionFields,
): Promise<Collection> {
  await lockCollectionTree(manager, identity.workspaceId);
  const parent = fields.parentId
    ? await collectionRepository(manager).find(identity.workspaceId, fields.parentId)
    : null;
  if (fields.parentId && !parent) throw collectionNotFound('Parent collection');
  if (parent) await requireCollectionRole(manager, identity, parent, 'editor');
  await depthUnder(manager, parent);
  const [position] = await siblingCollectionList(manager, identity.workspaceId, parent?.id ?? null).slots(
    { before: null },
    1,
  );
  const now = new Date();
  const collection: Collection = {
    id: uuidv7(),
    workspaceId: identity.workspaceId,
    parentId: parent?.id ?? null,
    name: fields.name,
    description: fields.description,
    kind: fields.kind,
    savedQuery: fields.savedQuery,
    savedFilters: fields.savedFilters,
    position,
    createdBy: identity.subject,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
  await collectionWriteRepository.insert(manager, collection);
  await grantOwnership(manager, collection.workspaceId, { collectionId: collection.id }, collection.createdBy, now);
  return collection;
}

/** Creates a manual collection in the caller's workspace, at the root or under a parent, last among its siblings. */
export async function createCollection(
  dataSource: DataSource,
  identity: Identity,
  input: CreateCollectionInput,
): Promise<Collection> {
  const check = collectionInputChecker();
  const name = check.name(input.name);
  const description = check.description(input.description);
  check.done();
  return dataSource.transaction((manager) =>
    insertCollection(manager, identity, {
      name,
      description,
      parentId: input.parentId ?? null,
      kind: 'MANUAL',
      savedQuery: null,
      savedFilters: null,
    }),
  );
}
