import type { Readable, Writable } from 'node:stream';

/** A bag being written to one location: nothing is visible under the bag's name until `commit`. */
export interface BagSink {
  /** A stream for one file of the bag (`data/…` or a tag file), created with its folders. */
  file(path: string): Writable;
  /** Makes the whole bag visible at once under its name (a rename), durable on disk. */
  commit(): Promise<void>;
  /** Throws away what was written. */
  abort(): Promise<void>;
}

/**
 * Whether an object of a cold tier can be read now. Cold object storage answers a read only after
 * its own restore (hours); `request` starts one and `ready` says when it is done. A tier that is
 * always readable answers ready at once.
 */
export interface ColdRestoreGate {
  ready(bag: string, path: string): Promise<boolean>;
  request(bag: string, path: string): Promise<void>;
}

/** One archive location: where copies of bags live. */
export interface ArchiveLocation {
  name: string;
  /** Where it is, for people: a folder path or an s3:// URL. */
  describe: string;
  /** Throws, saying why, when the location cannot be written (missing, not writable) or has less than `bytes` free. */
  assertWritable(bytes: number): Promise<void>;
  freeBytes(): Promise<number | null>;
  beginBag(bag: string): Promise<BagSink>;
  read(bag: string, path: string): Readable;
  exists(bag: string, path: string): Promise<boolean>;
  /** Replaces one file of a committed bag atomically (a repair), only when the bytes written hash to `sha256`. */
  replaceFile(bag: string, path: string, source: Readable, sha256: string): Promise<void>;
  /** Removes a committed bag (a purge after its retention). */
  deleteBag(bag: string): Promise<void>;
  /** The local folder of a committed bag, when the location is a filesystem (independent checkers read it). */
  localPath(bag: string): string | null;
  coldRestore: ColdRestoreGate;
}

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A relative path inside a bag, checked: no climbing out, no odd characters. */
export function assertBagPath(path: string): string {
  const segments = path.split('/');
  if (!segments.every((segment) => SAFE_SEGMENT.test(segment) && !segment.includes('..')))
    throw new Error(`unsafe path in a bag: ${JSON.stringify(path)}`);
  return path;
}
