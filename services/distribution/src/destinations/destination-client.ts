import type { Readable } from 'node:stream';

/** One destination, connected: files are written under a folder of it, each in full or not at all. */
export interface DestinationConnection {
  /**
   * Writes a file's bytes, read from `body` to its end, at a path relative to the destination's
   * own folder (overwriting: a retry replaces).
   */
  put(body: Readable, remotePath: string): Promise<void>;
  /** Once every file is written: what completes the transfer (a webhook's notice); nothing for most destinations. */
  finish?(): Promise<void>;
  /** Where a relative path lands, for the record (a path, sftp://…, s3://…). */
  locate(remotePath: string): string;
  close(): Promise<void>;
}

/**
 * The destination refused (a refused login, no permission, no space left): trying again will not
 * help, so the output fails at once with this reason.
 */
export class DestinationRefusedError extends Error {
  override name = 'DestinationRefusedError';
}

export const isRefused = (error: unknown): error is DestinationRefusedError => error instanceof DestinationRefusedError;

/** Joins a destination's folder and a relative path with forward slashes, without empty or dot segments. */
export function remoteJoin(...parts: string[]): string {
  return parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment && segment !== '.')
    .join('/');
}
