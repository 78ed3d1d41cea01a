import type { SearchFilter } from './search-filter';
import type { SearchSort } from './search-sort';

/** Technical facts of the asset's current version, as ingest probed them. */
export interface SearchMediaFacts {
  /** video, audio, image, document or other. */
  mediaKind: string;
  /** Container or file format, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  format: string;
  /** Main video (or audio) codec. */
  codec: string;
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
  /** Exact rational, e.g. "24000/1001"; null when there is none. */
  frameRate: string | null;
  /** Words of the whole technical description (codec long names, profiles, colour, timecode, EXIF). */
  technicalText: string[];
}

/** A stretch of time-based text (transcript line, detected label, review note) of the asset. */
export interface SearchSegment {
  kind: string;
  text: string;
  startFrame: number;
  endFrame: number;
  /** Exact rational the frames count in, e.g. "25/1". */
  frameRate: string;
  /** Where the segment starts as its source shows it (a review comment's timecode; empty for a whole-version comment); computed from startFrame when absent. */
  timecode?: string;
}

/** What search knows of an asset; rebuilt from the assets database at any time. */
export interface AssetSearchDocument {
  id: string;
  workspaceId: string;
  title: string;
  description: string;
  createdAt: string;
  updatedAt?: string;
  /** Asset type; falls back to the probed media kind. */
  type?: string | null;
  tags?: string[];
  /** File names of every version, oldest first. */
  filenames: string[];
  /** Metadata values by field key. */
  metadata: Record<string, string | number | boolean | string[]>;
  media?: SearchMediaFacts | null;
  segments?: SearchSegment[];
  /** Principals of the asset's access list (`subject:…`, `group:…`, `members`): who may find it beyond workspace-wide roles. */
  readers?: string[];
  /** Manual collections the asset is in. */
  collectionIds?: string[];
}

export interface SearchRequest {
  /** Access control lives inside the query: only this workspace's documents can match... */
  workspaceId: string;
  /** ...and, unless null or absent (a caller that sees the whole workspace), only documents one of these principals may read. */
  readers?: string[] | null;
  /** Words to match; empty matches every asset the filter lets through. */
  query: string;
  first: number;
  after?: string | null;
  filter?: SearchFilter;
  /** RELEVANCE when absent. */
  sort?: SearchSort;
  /** Facet names (see search-facets.ts); counts are over every match, not just the page. */
  facets?: string[];
}

/** A matching segment: its text with <em> around matching words, where it is, and its start as timecode. */
export interface SegmentHit extends SearchSegment {
  /** The segment's own timecode, or else non-drop-frame SMPTE timecode of startFrame, counted from frame 0. */
  timecode: string;
}

export interface SearchHit {
  id: string;
  score: number;
  highlights: string[];
  cursor: string;
  segments?: SegmentHit[];
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchFacet {
  name: string;
  buckets: FacetBucket[];
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  hasNextPage: boolean;
  facets?: SearchFacet[];
}

export interface SuggestRequest {
  workspaceId: string;
  readers?: string[] | null;
  prefix: string;
  first: number;
}

export interface Suggestion {
  id: string;
  /** The title, or the file name when only a file name matched, with <em> around the matching words. */
  highlight: string;
  /** Whether the title or a file name matched. */
  field: 'title' | 'filename';
}

/** One interface, two real adapters: Elasticsearch, and PostgreSQL full-text in embedded mode. */
export interface AssetSearchIndex {
  readonly engine: 'elasticsearch' | 'postgres';
  ensure(): Promise<void>;
  upsert(document: AssetSearchDocument): Promise<void>;
  search(request: SearchRequest): Promise<SearchPage>;
  /** Search-as-you-type over titles (word prefixes) and file names (prefix). */
  suggest(request: SuggestRequest): Promise<Suggestion[]>;
  /** Replaces the whole index with the given documents; readers see the old one until the swap. */
  rebuild(batches: AsyncIterable<AssetSearchDocument[]>): Promise<number>;
  /** Makes recent writes visible to search (tests and rebuilds). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/** Longest query text accepted; longer ones are refused with BAD_USER_INPUT before any engine sees them. */
export const QUERY_MAX = 1000;
export const PREFIX_MAX = 100;
export const SUGGEST_MAX = 20;
