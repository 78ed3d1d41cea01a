import type { estypes } from '@elastic/elasticsearch';
import type { ElasticsearchSearchPlan } from './elasticsearch-query';
import { encodeCursor } from '@mam/graphql';
import type { FacetSpec } from './search-facets';
import type { SearchFacet, SearchHit, SearchPage, SearchSegment, SegmentHit, Suggestion } from './search-index';
import { highlightFilename, highlightTypedPrefix, orderHighlights, queryWords, unmarked } from './search-highlights';
import { segmentHit } from './search-segments';

type Aggregate = estypes.AggregationsAggregate;

/** Buckets of one facet's aggregation, as { value, count }; range facets keep their fixed order and empty buckets. */
export function facetFromAggregation(facet: FacetSpec, aggregate: Aggregate | undefined): SearchFacet {
  const raw = (aggregate as { buckets?: unknown } | undefined)?.buckets;
  const buckets = Array.isArray(raw)
    ? (raw as { key: string | number; key_as_string?: string; doc_count: number }[])
    : [];
  if (facet.kind === 'ranges') {
    const counts = new Map(buckets.map((b) => [String(b.key), b.doc_count]));
    return {
      name: facet.name,
      buckets: facet.buckets.map((b) => ({ value: b.value, count: counts.get(b.value) ?? 0 })),
    };
  }
  return {
    name: facet.name,
    buckets: buckets.map((b) => ({ value: b.key_as_string ?? String(b.key), count: b.doc_count })),
  };
}

function segmentsOf(hit: estypes.SearchHit<unknown>): SegmentHit[] {
  const inner = hit.inner_hits?.segments?.hits.hits ?? [];
  return inner.map((segment) => {
    const source = segment._source as SearchSegment;
    return segmentHit(source, segment.highlight?.['segments.text']?.[0]);
  });
}

function highlightsOf(hit: estypes.SearchHit<unknown>, words: ReturnType<typeof queryWords>): string[] {
  const marked = hit.highlight ?? {};
  const filenames = ((hit._source as { filenames?: string[] } | undefined)?.filenames ?? [])
    .map((name) => highlightFilename(name, words))
    .filter((name): name is string => name !== null);
  return orderHighlights({
    title: marked.title,
    filename: filenames,
    tags: marked['tags.text'],
    description: marked.description,
    metadata: marked.metadataText,
    technical: marked.technicalText,
  });
}

export function toSearchPage(
  response: estypes.SearchResponse<unknown>,
  plan: ElasticsearchSearchPlan,
  first: number,
): SearchPage {
  const words = queryWords(plan.query);
  const hits: SearchHit[] = response.hits.hits.slice(0, first).map((hit) => ({
    id: hit._id as string,
    score: hit._score ?? 0,
    highlights: highlightsOf(hit, words),
    cursor: encodeCursor(hit.sort ?? []),
    segments: segmentsOf(hit),
  }));
  const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
  const facets = plan.facets.map((facet, i) => facetFromAggregation(facet, response.aggregations?.[`f${i}`]));
  return { hits, total, hasNextPage: response.hits.hits.length > first, facets };
}

export function toSuggestions(response: estypes.SearchResponse<unknown>, prefix: string): Suggestion[] {
  return response.hits.hits.flatMap((hit): Suggestion[] => {
    const title = hit.highlight?.['title.prefix']?.[0];
    if (title) return [{ id: hit._id as string, highlight: title, field: 'title' }];
    // The keyword highlighter marks the whole name; the typed part is what to mark.
    const filename = hit.highlight?.filenames?.[0];
    return filename
      ? [{ id: hit._id as string, highlight: highlightTypedPrefix(unmarked(filename), prefix), field: 'filename' }]
      : [];
  });
}
