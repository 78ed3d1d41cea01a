import type { AssetSearchFilter, AssetSearchSort } from '../gql/graphql';

export const SORTS: Array<{ value: AssetSearchSort; label: string }> = [
  { value: 'RELEVANCE', label: 'Best match' },
  { value: 'CREATED_AT_DESC', label: 'Newest first' },
  { value: 'CREATED_AT_ASC', label: 'Oldest first' },
  { value: 'TITLE_ASC', label: 'Title A–Z' },
  { value: 'TITLE_DESC', label: 'Title Z–A' },
  { value: 'DURATION_DESC', label: 'Longest first' },
  { value: 'DURATION_ASC', label: 'Shortest first' },
];

export const FACETS = [
  { name: 'type', param: 'type', label: 'Type' },
  { name: 'duration', param: 'duration', label: 'Duration' },
  { name: 'frameRate', param: 'rate', label: 'Frame rate' },
  { name: 'resolution', param: 'res', label: 'Resolution' },
  { name: 'tags', param: 'tag', label: 'Tags' },
] as const;

/** Resolution buckets by the picture's short side, as the search service counts them. */
const RESOLUTION_MIN_SHORT_SIDE: Record<string, number> = { SD: 0, HD: 720, FHD: 1080, UHD: 2160 };

export function durationRange(bucket: string): { gte?: number; lte?: number } | undefined {
  const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)?$/.exec(bucket);
  if (!m) return undefined;
  return { gte: Number(m[1]), ...(m[2] ? { lte: Number(m[2]) } : {}) };
}

export interface LibraryState {
  q: string;
  sort: AssetSearchSort;
  view: 'grid' | 'list';
  collection?: string;
  selected: Record<string, string[]>;
}

export function readState(params: URLSearchParams): LibraryState {
  const selected: Record<string, string[]> = {};
  for (const f of FACETS) selected[f.name] = params.getAll(f.param);
  const sort = (params.get('sort') as AssetSearchSort | null) ?? (params.get('q') ? 'RELEVANCE' : 'CREATED_AT_DESC');
  return {
    q: params.get('q') ?? '',
    sort,
    view: params.get('view') === 'list' ? 'list' : 'grid',
    collection: params.get('collection') ?? undefined,
    selected,
  };
}

/** The search filter the selected facet values stand for. */
export function filterOf(state: LibraryState): AssetSearchFilter {
  const filter: AssetSearchFilter = {};
  const s = state.selected;
  if (s.type?.length) filter.types = s.type;
  if (s.frameRate?.length) filter.frameRates = s.frameRate;
  if (s.tags?.length) filter.tags = s.tags;
  if (s.duration?.length) {
    const ranges = s.duration.map(durationRange).filter((r): r is { gte?: number; lte?: number } => !!r);
    if (ranges.length)
      filter.duration = {
        gte: Math.min(...ranges.map((r) => r.gte ?? 0)),
        ...(ranges.every((r) => r.lte != null) ? { lte: Math.max(...ranges.map((r) => r.lte!)) } : {}),
      };
  }
  if (s.resolution?.length) {
    const min = Math.min(...s.resolution.map((r) => RESOLUTION_MIN_SHORT_SIDE[r] ?? 0));
    if (min > 0) filter.minHeight = min;
  }
  if (state.collection) filter.collectionIds = [state.collection];
  return filter;
}

export function facetLabel(name: string, value: string): string {
  if (name === 'type') return value.charAt(0).toUpperCase() + value.slice(1);
  if (name === 'duration') {
    const r = durationRange(value);
    if (!r) return value;
    const m = (s: number) => (s < 60 ? `${s} s` : `${Math.round(s / 60)} min`);
    return r.lte == null ? `Over ${m(r.gte ?? 0)}` : `${m(r.gte ?? 0)} – ${m(r.lte)}`;
  }
  if (name === 'frameRate') {
    const [n, d] = value.split('/').map(Number);
    if (!n || !d) return value;
    const fps = n / d;
    return `${Number.isInteger(fps) ? fps : fps.toFixed(3).replace(/0+$/, '')} fps`;
  }
  return value;
}
