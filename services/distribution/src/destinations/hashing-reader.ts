import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/** A local file read once as a stream, its SHA-256 and size counted from the bytes as they pass. */
export interface HashingReader {
  body: Readable;
  /** The digest once every byte has been read; null while the stream has not reached its end. */
  digest(): { sha256: string; sizeBytes: number } | null;
}

/** Reads `path` for sending, hashing what is sent (no second read of the file for its checksum). */
export function hashingReader(path: string): HashingReader {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  let result: { sha256: string; sizeBytes: number } | null = null;
  async function* chunks() {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      yield chunk;
    }
    result = { sha256: hash.digest('hex'), sizeBytes };
  }
  return { body: Readable.from(chunks(), { objectMode: false }), digest: () => result };
}
