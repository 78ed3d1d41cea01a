import type { Readable } from 'node:stream';
import type { ByteRange } from '../blob-storage';

/** A file as a source lists it: its path relative to the source's folder or prefix, with forward slashes. */
export interface SourceFile {
  path: string;
  size: number;
  modifiedAt: Date;
  /** What the store says identifies the content (an S3 ETag); null where it says nothing. */
  etag: string | null;
}

export interface SourcePage {
  files: SourceFile[];
  /**
   * Where a later listing resumes after this page: the last path for stores that list in key order
   * (S3); null for folders, which are walked again from the start (files already recorded are
   * recognised and cost nothing but the listing).
   */
  cursor: string | null;
}

/** Reads a storage source (a local or NAS folder, an SFTP folder, an S3 bucket and prefix) without changing it. */
export interface SourceReader {
  /** Lists every file page by page, never the whole listing at once; resumes after `cursor` where the store can. */
  pages(cursor: string | null, pageSize: number): AsyncGenerator<SourcePage>;
  /** The file's facts now; null when it is not there (moved away, deleted). */
  stat(path: string): Promise<SourceFile | null>;
  /** The file's bytes (or one range of them), streamed. */
  read(path: string, range?: ByteRange): Promise<Readable>;
  /** A path tools can open directly, for sources on this machine's file system; null elsewhere. */
  localPath(path: string): string | null;
  /** Where a file lives, for people: a path, sftp://…, s3://… */
  locate(path: string): string;
  close(): Promise<void>;
}

/** Files a scan never takes: hidden files and transfers still being written. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.partial') || name.endsWith('.part') || name.endsWith('.tmp');
}
