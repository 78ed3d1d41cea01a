import type { QueryClient } from '@tanstack/react-query';
import { gql } from '../api/client';
import type { AssetSearchFilter, AssetSearchSort } from '../gql/graphql';
import { SearchAssetsQuery } from './operations';
import { FACETS, filterOf, readState } from './search-state';

export interface LibrarySearch {
  query: string;
  filter: AssetSearchFilter;
  sort: AssetSearchSort;
}

export const searchKey = (s: LibrarySearch) => ['search', s.query, s.filter, s.sort] as const;

type SearchPage = Awaited<ReturnType<typeof fetchSearchPage>>;
/** The cursor of the page after `last`, or null at the end. */
export const nextCursor = (last: SearchPage) =>
  last.searchAssets.pageInfo.hasNextPage ? (last.searchAssets.pageInfo.endCursor ?? null) : null;

/** One page of the library's search; the first page also brings the facet counts. */
export async function fetchSearchPage(s: LibrarySearch, after: string | null, signal?: AbortSignal) {
  const page = await gql(
    SearchAssetsQuery,
    { query: s.query, filter: s.filter, sort: s.sort, after, facets: after ? [] : FACETS.map((f) => f.name) },
    signal,
  );
  // Search answers null only beside an error, which gql has thrown already; narrow the type.
  if (!page.searchAssets) throw new Error('Search is unavailable right now; try again in a moment.');
  return { ...page, searchAssets: page.searchAssets };
}

/**
 * Asks for the library's first page while the session is still being read, when the app opens on the
 * plain library: both answers then arrive together instead of one after the other.
 */
export function prefetchLibrary(client: QueryClient): void {
  if (location.pathname !== '/' || location.search) return;
  const state = readState(new URLSearchParams());
  const search = { query: state.q, filter: filterOf(state), sort: state.sort };
  void client.prefetchInfiniteQuery({
    queryKey: searchKey(search),
    queryFn: ({ pageParam, signal }) => fetchSearchPage(search, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursor,
  });
}
