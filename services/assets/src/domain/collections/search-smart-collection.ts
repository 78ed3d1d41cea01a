import { badCursor, badInput, type Identity } from '@mam/graphql';
import { searchReaders } from '../access/asset-access';
import type { Collection } from '../../entities/collection.entity';
import { SearchInputError } from '../../search/search-input-error';
import type { AssetSearchIndex, SearchPage } from '../../search/search-index';

/** Runs a smart collection's saved search, with its stored filters, in its own workspace, finding only what `viewer` may see. */
export async function searchSmartCollection(
  search: AssetSearchIndex,
  collection: Collection,
  viewer: Identity,
  first: number,
  after?: string | null,
): Promise<SearchPage> {
  if (collection.kind !== 'SMART' || collection.savedQuery === null)
    throw new Error(`collection ${collection.id} is not a smart collection`);
  try {
    return await search.search({
      workspaceId: collection.workspaceId,
      readers: searchReaders(viewer),
      query: collection.savedQuery,
      first,
      after,
      ...(collection.savedFilters ? { filter: collection.savedFilters } : {}),
    });
  } catch (error) {
    if (error instanceof SearchInputError)
      throw error.field === 'after'
        ? badCursor()
        : badInput(`The saved search cannot be run: ${error.message}`, 'savedQuery');
    if ((error as Error).message.startsWith('cursor')) throw badCursor();
    throw error;
  }
}

/** Ids a smart collection's search finds now, in its order, at most `limit`. */
export async function smartCollectionAssetIds(
  search: AssetSearchIndex,
  collection: Collection,
  viewer: Identity,
  limit: number,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  while (ids.length < limit) {
    const page: SearchPage = await searchSmartCollection(
      search,
      collection,
      viewer,
      Math.min(100, limit - ids.length),
      after,
    );
    ids.push(...page.hits.map((hit) => hit.id));
    if (!page.hasNextPage || page.hits.length === 0) break;
    after = page.hits[page.hits.length - 1].cursor;
  }
  return ids;
}
