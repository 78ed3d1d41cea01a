import { badCursor, badInput, requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { searchReaders } from '../domain/access/asset-access';
import { loadHitAssets } from '../search/hit-assets';
import type { SearchFilter } from '../search/search-filter';
import { QUERY_MAX } from '../search/search-index';
import { SearchInputError } from '../search/search-input-error';
import type { SearchSort } from '../search/search-sort';
import { pageSize } from './pagination';

export interface SearchAssetsArgs {
  query?: string | null;
  filter?: SearchFilter | null;
  sort?: SearchSort | null;
  facets?: string[] | null;
  first?: number;
  after?: string | null;
}

/** A refused search request as the client's error, naming the argument. */
export function searchInputError(error: unknown): unknown {
  if (!(error instanceof SearchInputError)) return error;
  if (error.field === 'after') return badCursor('after is not a cursor this API returned for this sort');
  return badInput(error.message, error.field);
}

export async function searchAssets(_root: unknown, args: SearchAssetsArgs, context: AssetsContext) {
  const identity = requireIdentity(context);
  const first = pageSize(args.first);
  const query = (args.query ?? '').trim();
  if (query.length > QUERY_MAX)
    throw badInput(`query must be at most ${QUERY_MAX} characters; this one has ${query.length}`, 'query');
  let page;
  try {
    page = await context.search.search({
      workspaceId: identity.workspaceId,
      readers: searchReaders(identity),
      query,
      first,
      after: args.after,
      filter: args.filter ?? undefined,
      sort: args.sort ?? undefined,
      facets: args.facets ?? undefined,
    });
  } catch (error) {
    throw searchInputError(error);
  }
  const found = await loadHitAssets(
    context.dataSource,
    identity,
    page.hits.map((h) => h.id),
  );
  const edges = page.hits
    .filter((h) => found.has(h.id))
    .map((h) => ({
      node: found.get(h.id),
      cursor: h.cursor,
      score: h.score,
      highlights: h.highlights,
      segments: h.segments ?? [],
    }));
  return {
    edges,
    total: page.total,
    facets: page.facets ?? [],
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.hits.at(-1)?.cursor ?? null },
  };
}
