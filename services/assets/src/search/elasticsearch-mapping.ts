import type { estypes } from '@elastic/elasticsearch';

/** Raised whenever analysis or a field changes in a way putMapping cannot apply; ensure() then moves the index over. */
export const MAPPING_VERSION = 2;

const text = (extra: Record<string, unknown> = {}) => ({ type: 'text' as const, analyzer: 'folding', ...extra });
const keyword = (extra: Record<string, unknown> = {}) => ({ type: 'keyword' as const, ...extra });

export const settings: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  number_of_replicas: 0,
  analysis: {
    filter: {
      word_prefixes: { type: 'edge_ngram', min_gram: 1, max_gram: 20 },
    },
    analyzer: {
      /** Words, lowercased, accents folded: "Café" matches "cafe". */
      folding: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] },
      /** Every prefix of every word, for search-as-you-type; queried with `folding`. */
      word_prefixes: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding', 'word_prefixes'] },
    },
    normalizer: {
      sortable: { type: 'custom', filter: ['lowercase'] },
    },
  },
};

export const properties = {
  id: keyword(),
  workspaceId: keyword(),
  readers: keyword(),
  collectionIds: keyword(),
  title: text({
    fields: {
      keyword: keyword({ ignore_above: 512 }),
      prefix: { type: 'text' as const, analyzer: 'word_prefixes', search_analyzer: 'folding' },
      sort: keyword({ normalizer: 'sortable', ignore_above: 512 }),
    },
  }),
  description: text({ index_options: 'offsets' }),
  createdAt: { type: 'date' as const },
  updatedAt: { type: 'date' as const },
  /** Asset type, falling back to the probed media kind. */
  type: keyword(),
  tags: keyword({ ignore_above: 256, fields: { text: text() } }),
  /** Exact file names, for filters and prefix suggestions. */
  filenames: keyword({ ignore_above: 1024 }),
  /** File names whole and split into words; split in code so no pattern tokenizer is needed on the cluster. */
  filenameWords: text(),
  /** Metadata values by field key; the only open-ended part of the mapping. */
  metadata: { type: 'flattened' as const, ignore_above: 1024 },
  metadataText: text(),
  /** Numeric and date metadata values again, typed, for ranges (flattened values compare as text). */
  metadataRanges: {
    type: 'nested' as const,
    properties: {
      key: keyword(),
      number: { type: 'double' as const },
      date: { type: 'date' as const, format: 'strict_date' },
    },
  },
  mediaKind: keyword(),
  format: keyword({ ignore_above: 256 }),
  codec: keyword({ ignore_above: 256 }),
  durationSeconds: { type: 'double' as const },
  width: { type: 'integer' as const },
  height: { type: 'integer' as const },
  /** The picture's shorter side: what resolution classes (SD, HD, FHD, UHD) go by. */
  shortSide: { type: 'integer' as const },
  /** Exact rational, e.g. "30000/1001". */
  frameRate: keyword(),
  /** The same rate as a number, for ranges and sorting. */
  fps: { type: 'double' as const },
  technicalText: text(),
  /** Time-based text: transcript lines, detected labels, notes at a time. */
  segments: {
    type: 'nested' as const,
    properties: {
      kind: keyword(),
      text: text({ index_options: 'offsets' }),
      startFrame: { type: 'long' as const },
      endFrame: { type: 'long' as const },
      frameRate: keyword(),
      /** The segment's own timecode (a review comment's), kept for the hit only. */
      timecode: keyword({ index: false }),
    },
  },
};

/** Strict everywhere: a field the mapping does not know is refused, not guessed. */
export const mappings = { dynamic: 'strict' as const, _meta: { version: MAPPING_VERSION }, properties };
