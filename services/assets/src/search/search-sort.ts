import type { CursorPart } from './search-cursor';

export const SEARCH_SORTS = [
  'RELEVANCE',
  'CREATED_AT_DESC',
  'CREATED_AT_ASC',
  'TITLE_ASC',
  'TITLE_DESC',
  'DURATION_ASC',
  'DURATION_DESC',
] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Relevance means nothing without words: such a search lists newest first. */
export function effectiveSort(sort: SearchSort | undefined, query: string): SearchSort {
  const chosen = sort ?? 'RELEVANCE';
  return chosen === 'RELEVANCE' && query === '' ? 'CREATED_AT_DESC' : chosen;
}

export function isSearchSort(value: unknown): value is SearchSort {
  return (SEARCH_SORTS as readonly unknown[]).includes(value);
}

/** The shape of a cursor under each sort: its sort value, then the asset id that breaks ties. */
export function cursorShape(sort: SearchSort): CursorPart[] {
  switch (sort) {
    case 'RELEVANCE':
    case 'CREATED_AT_ASC':
    case 'CREATED_AT_DESC':
      return ['number', 'string'];
    case 'TITLE_ASC':
    case 'TITLE_DESC':
      return ['string', 'string'];
    case 'DURATION_ASC':
    case 'DURATION_DESC':
      return ['number-or-missing', 'string'];
  }
}
