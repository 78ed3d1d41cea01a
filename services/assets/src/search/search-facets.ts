import { SearchInputError } from './search-input-error';

/** A fixed bucket of a numeric facet: lower bound inclusive, upper bound exclusive. */
export interface RangeBucket {
  value: string;
  from?: number;
  to?: number;
}

/** By the picture's short side, so portrait footage lands where its landscape twin does. */
export const RESOLUTION_BUCKETS: RangeBucket[] = [
  { value: 'SD', to: 720 },
  { value: 'HD', from: 720, to: 1080 },
  { value: 'FHD', from: 1080, to: 2160 },
  { value: 'UHD', from: 2160 },
];

/** Seconds; the value names the range as `from-to`, the last one open. */
export const DURATION_BUCKETS: RangeBucket[] = [
  { value: '0-60', to: 60 },
  { value: '60-300', from: 60, to: 300 },
  { value: '300-1200', from: 300, to: 1200 },
  { value: '1200-3600', from: 1200, to: 3600 },
  { value: '3600-', from: 3600 },
];

export type FacetSpec =
  | { name: string; kind: 'terms'; field: 'type' | 'frameRate' | 'tags' }
  | { name: string; kind: 'metadata'; key: string }
  | { name: string; kind: 'ranges'; field: 'shortSide' | 'durationSeconds'; buckets: RangeBucket[] };

export const FACETS_MAX = 10;
/** Values of a terms facet, most frequent first. */
export const TERMS_FACET_SIZE = 25;
export const FACET_NAMES = ['type', 'frameRate', 'resolution', 'duration', 'tags', 'metadata.<key>'];

function facetSpec(name: string): FacetSpec {
  switch (name) {
    case 'type':
    case 'frameRate':
    case 'tags':
      return { name, kind: 'terms', field: name };
    case 'resolution':
      return { name, kind: 'ranges', field: 'shortSide', buckets: RESOLUTION_BUCKETS };
    case 'duration':
      return { name, kind: 'ranges', field: 'durationSeconds', buckets: DURATION_BUCKETS };
  }
  const key = /^metadata\.([a-z][a-z0-9_]{0,62})$/.exec(name)?.[1];
  if (key) return { name, kind: 'metadata', key };
  throw new SearchInputError(`facets: "${name}" is not a facet; choose from ${FACET_NAMES.join(', ')}`, 'facets');
}

/** The facets asked for, each once, in the order asked. */
export function parseFacets(names: string[] | null | undefined): FacetSpec[] {
  const unique = [...new Set(names ?? [])];
  if (unique.length > FACETS_MAX) throw new SearchInputError(`facets: at most ${FACETS_MAX} at once`, 'facets');
  return unique.map(facetSpec);
}

/** Which range bucket a value falls in, or null when none. */
export function bucketOf(buckets: RangeBucket[], value: number): string | null {
  return (
    buckets.find((b) => (b.from === undefined || value >= b.from) && (b.to === undefined || value < b.to))?.value ??
    null
  );
}
