import type { Readable } from 'node:stream';

export interface StoredBlob {
  size: number;
}

export interface ByteRange {
  start: number;
  /** Inclusive, as in HTTP Range. */
  end: number;
}

/**
 * Where masters and renditions live. Keys are relative paths of our own making (never a
 * user's file name). The filesystem adapter is the default; an S3-compatible one can follow.
 */
export interface BlobStorage {
  /** Moves a finished local file in under `key` (atomic; replaces what was there: retries overwrite). */
  importFile(key: string, localPath: string): Promise<StoredBlob>;
  stat(key: string): Promise<StoredBlob | null>;
  read(key: string, range?: ByteRange): Readable;
  /** A local path to hand to tools like ffmpeg; valid while the blob exists. */
  localPath(key: string): string;
  delete(key: string): Promise<void>;
  /** Removes every blob under a prefix (a failed or retried rendition's folder). */
  deletePrefix(prefix: string): Promise<void>;
}
