import type { DataSource } from '@mam/db';
import type { Identity } from '@mam/graphql';
import type { Collection } from '../../entities/collection.entity';
import { collectionInputChecker } from './collection-input';
import { insertCollection } from './create-collection';

export interface SaveSearchInput {
  name: string;
  query: string;
  filters?: unknown;
  description?: string | null;
  parentCollectionId?: string | null;
}

/** Stores a search as a SMART collection: its assets are whatever the search finds when they are read. */
export async function saveSearch(
  dataSource: DataSource,
  identity: Identity,
  input: SaveSearchInput,
): Promise<Collection> {
  const check = collectionInputChecker();
  const name = check.name(input.name);
  const description = check.description(input.description);
  const savedFilters = check.filters(input.filters);
  const savedQuery = check.query(input.query, savedFilters !== null);
  check.done();
  return dataSource.transaction((manager) =>
    insertCollection(manager, identity, {
      name,
      description,
      parentId: input.parentCollectionId ?? null,
      kind: 'SMART',
      savedQuery,
      savedFilters,
    }),
  );
}
