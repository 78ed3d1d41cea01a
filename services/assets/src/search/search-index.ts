/** What search knows of an asset; rebuilt from the assets database at any time. */
export interface AssetSearchDocument {
  id: string;
  workspaceId: string;
  title: string;
  description: string;
  createdAt: string;
  /** File names of every version, oldest first. */
  filenames: string[];
  /** Metadata values by field key. */
  metadata: Record<string, string | number | boolean | string[]>;
}

export interface SearchRequest {
  /** Access control lives inside the query: only this workspace's documents can match. */
  workspaceId: string;
  query: string;
  first: number;
  after?: string | null;
}

export interface SearchHit {
  id: string;
  score: number;
  highlights: string[];
  cursor: string;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  hasNextPage: boolean;
}

/** One interface, two real adapters: Elasticsearch, and PostgreSQL full-text in embedded mode. */
export interface AssetSearchIndex {
  readonly engine: 'elasticsearch' | 'postgres';
  ensure(): Promise<void>;
  upsert(document: AssetSearchDocument): Promise<void>;
  search(request: SearchRequest): Promise<SearchPage>;
  /** Replaces the whole index with the given documents; readers see the old one until the swap. */
  rebuild(batches: AsyncIterable<AssetSearchDocument[]>): Promise<number>;
  /** Makes recent writes visible to search (tests and rebuilds). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

export const QUERY_MAX = 1000;

/** File names for full-text matching: each whole, then split into words at every non-alphanumeric. */
export function filenameText(filenames: string[]): string {
  return filenames.map((name) => `${name} ${name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`).join('\n');
}

/** Metadata values (texts, dates, choices, numbers) as separate strings for full-text matching; booleans say nothing in words. */
export function metadataText(metadata: AssetSearchDocument['metadata']): string[] {
  return Object.values(metadata).flatMap((value) => (typeof value === 'boolean' ? [] : Array.isArray(value) ? value : [String(value)]));
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values)) return values;
  } catch {
    // fall through
  }
  throw new Error('cursor is not one this API returned');
}
