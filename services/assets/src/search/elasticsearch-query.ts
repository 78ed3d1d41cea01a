import type { estypes } from '@elastic/elasticsearch';
import { decodeCursor } from './search-cursor';
import { parseFacets, TERMS_FACET_SIZE, type FacetSpec } from './search-facets';
import { checkFilter, type CheckedFilter } from './search-filter';
import type { SearchRequest, SuggestRequest } from './search-index';
import { SEGMENT_HITS_MAX } from './search-segments';
import { cursorShape, effectiveSort, type SearchSort } from './search-sort';
import { normalizeQueryText } from './search-text';

type Query = estypes.QueryDslQueryContainer;
type Sort = estypes.SortCombinations;

/** Fields of the asset itself a text query reads, with their weights. */
export const TEXT_FIELDS = [
  'title^3',
  'filenameWords^2',
  'tags.text^2',
  'description',
  'metadataText',
  'technicalText',
];

export interface ElasticsearchSearchPlan {
  body: estypes.SearchRequest;
  /** The words as the engine reads them; empty when there are none. */
  query: string;
  sort: SearchSort;
  facets: FacetSpec[];
}

function range(field: string, bounds: { gte?: number | string; lte?: number | string }): Query {
  return { range: { [field]: bounds } };
}

/** Only documents one of the caller's principals may read; nothing to add for a caller that sees the whole workspace. */
function readerClauses(readers: string[] | null | undefined): Query[] {
  return readers ? [{ terms: { readers } }] : [];
}

/** Filter clauses: the workspace first (access control inside the query), then every condition given. */
export function filterClauses(workspaceId: string, filter: CheckedFilter, readers?: string[] | null): Query[] {
  const clauses: Query[] = [{ term: { workspaceId } }, ...readerClauses(readers)];
  if (filter.types) clauses.push({ terms: { type: filter.types } });
  if (filter.duration) clauses.push(range('durationSeconds', filter.duration));
  if (filter.minWidth !== undefined) clauses.push(range('width', { gte: filter.minWidth }));
  if (filter.minHeight !== undefined) clauses.push(range('height', { gte: filter.minHeight }));
  if (filter.frameRates) clauses.push({ terms: { frameRate: filter.frameRates } });
  if (filter.createdAt) clauses.push(range('createdAt', filter.createdAt));
  if (filter.updatedAt) clauses.push(range('updatedAt', filter.updatedAt));
  if (filter.tags) clauses.push({ terms: { tags: filter.tags } });
  if (filter.collectionIds) clauses.push({ terms: { collectionIds: filter.collectionIds } });
  for (const condition of filter.metadata) {
    if (condition.kind === 'anyOf') {
      clauses.push({ terms: { [`metadata.${condition.key}`]: condition.values } });
    } else {
      const { key, kind, ...bounds } = condition;
      clauses.push({
        nested: {
          path: 'metadataRanges',
          query: {
            bool: {
              filter: [
                { term: { 'metadataRanges.key': key } },
                range(kind === 'numberRange' ? 'metadataRanges.number' : 'metadataRanges.date', bounds),
              ],
            },
          },
        },
      });
    }
  }
  return clauses;
}

/**
 * Every word in the asset's own fields, or every word in one of its time-based segments; the
 * matching segments of each hit come back as inner hits, highlighted.
 */
export function textQuery(query: string): Query {
  return {
    bool: {
      should: [
        { simple_query_string: { query, fields: TEXT_FIELDS, default_operator: 'and' } },
        {
          nested: {
            path: 'segments',
            score_mode: 'max',
            query: { simple_query_string: { query, fields: ['segments.text'], default_operator: 'and' } },
            inner_hits: {
              name: 'segments',
              size: SEGMENT_HITS_MAX,
              _source: {
                includes: [
                  'segments.kind',
                  'segments.startFrame',
                  'segments.endFrame',
                  'segments.frameRate',
                  'segments.text',
                  'segments.timecode',
                ],
              },
              highlight: { fields: { 'segments.text': { number_of_fragments: 0 } } },
            },
          },
        },
      ],
      minimum_should_match: 1,
    },
  };
}

export function sortClauses(sort: SearchSort): Sort[] {
  switch (sort) {
    case 'RELEVANCE':
      return [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }];
    case 'CREATED_AT_DESC':
      return [{ createdAt: { order: 'desc' } }, { id: { order: 'desc' } }];
    case 'CREATED_AT_ASC':
      return [{ createdAt: { order: 'asc' } }, { id: { order: 'asc' } }];
    case 'TITLE_ASC':
      return [{ 'title.sort': { order: 'asc', missing: '_last' } }, { id: { order: 'asc' } }];
    case 'TITLE_DESC':
      return [{ 'title.sort': { order: 'desc', missing: '_last' } }, { id: { order: 'desc' } }];
    case 'DURATION_ASC':
      return [{ durationSeconds: { order: 'asc', missing: '_last' } }, { id: { order: 'asc' } }];
    case 'DURATION_DESC':
      return [{ durationSeconds: { order: 'desc', missing: '_last' } }, { id: { order: 'desc' } }];
  }
}

export function aggregations(facets: FacetSpec[]): Record<string, estypes.AggregationsAggregationContainer> {
  return Object.fromEntries(
    facets.map((facet, i): [string, estypes.AggregationsAggregationContainer] => {
      switch (facet.kind) {
        case 'terms':
          return [`f${i}`, { terms: { field: facet.field, size: TERMS_FACET_SIZE } }];
        case 'metadata':
          return [`f${i}`, { terms: { field: `metadata.${facet.key}`, size: TERMS_FACET_SIZE } }];
        case 'ranges':
          return [
            `f${i}`,
            {
              range: {
                field: facet.field,
                ranges: facet.buckets.map((b) => ({ key: b.value, from: b.from, to: b.to })),
              },
            },
          ];
      }
    }),
  );
}

const HIGHLIGHT: estypes.SearchHighlight = {
  fields: {
    title: { number_of_fragments: 0 },
    description: { fragment_size: 150, number_of_fragments: 3 },
    'tags.text': { number_of_fragments: 0 },
    metadataText: { fragment_size: 150, number_of_fragments: 2 },
    technicalText: { fragment_size: 100, number_of_fragments: 2 },
  },
};

/**
 * The whole Elasticsearch request of a search: checked filter, text, sort with the id as
 * tie-breaker, search_after from the cursor, highlights and facet aggregations. Pure: the
 * benchmark sends the very same body straight to Elasticsearch as its baseline.
 */
export function buildSearchBody(request: SearchRequest): ElasticsearchSearchPlan {
  const query = normalizeQueryText(request.query);
  const sort = effectiveSort(request.sort, query);
  const filter = checkFilter(request.filter);
  const facets = parseFacets(request.facets);
  const body: estypes.SearchRequest = {
    size: request.first + 1,
    track_total_hits: true,
    // File names come back to be highlighted in code: their index form is one token per name.
    _source: query ? ['filenames'] : false,
    query: {
      bool: {
        filter: filterClauses(request.workspaceId, filter, request.readers),
        ...(query ? { must: [textQuery(query)] } : {}),
      },
    },
    sort: sortClauses(sort),
    ...(request.after ? { search_after: decodeCursor(request.after, cursorShape(sort)) as estypes.SortResults } : {}),
    ...(query ? { highlight: HIGHLIGHT } : {}),
    ...(facets.length ? { aggs: aggregations(facets) } : {}),
  };
  return { body, query, sort, facets };
}

/** Titles by word prefixes (edge n-grams) and file names by prefix, in one workspace. */
export function buildSuggestBody(request: SuggestRequest): estypes.SearchRequest {
  const prefix = request.prefix.trim();
  return {
    size: request.first,
    _source: false,
    query: {
      bool: {
        filter: [{ term: { workspaceId: request.workspaceId } }, ...readerClauses(request.readers)],
        should: [
          { match: { 'title.prefix': { query: prefix, operator: 'and', boost: 2 } } },
          { prefix: { filenames: { value: prefix, case_insensitive: true } } },
        ],
        minimum_should_match: 1,
      },
    },
    highlight: { fields: { 'title.prefix': { number_of_fragments: 0 }, filenames: { number_of_fragments: 0 } } },
    sort: [{ _score: { order: 'desc' } }, { 'title.sort': { order: 'asc' } }, { id: { order: 'asc' } }],
  };
}
