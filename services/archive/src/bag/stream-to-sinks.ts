import { createHash } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';

/**
 * Writes a chunk, waiting when the stream asks to (back-pressure), failing when it fails. `once`
 * rejects on 'error' and removes both of its listeners when it settles, so nothing accumulates
 * however many times a large master waits for its targets.
 */
async function write(stream: Writable, chunk: Buffer): Promise<void> {
  if (stream.write(chunk)) return;
  await once(stream, 'drain');
}

async function end(stream: Writable): Promise<void> {
  const finished = once(stream, 'finish');
  stream.end();
  await finished;
}

/**
 * One read of a source, written to every target at once and hashed on the way (no local copy
 * first): the slowest target sets the pace. Returns the source's sha256 and size. With
 * `hash: false` the bytes are only copied (sha256 is ''): for a source whose checksum is known
 * and is checked on the copies instead.
 */
export async function streamToSinks(
  source: Readable,
  targets: Writable[],
  options: { signal?: AbortSignal; onBytes?: (bytes: number) => void; hash?: boolean } = {},
): Promise<{ sha256: string; size: number }> {
  const hash = options.hash === false ? null : createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      hash?.update(chunk);
      size += chunk.length;
      await Promise.all(targets.map((target) => write(target, chunk)));
      options.onBytes?.(chunk.length);
    }
    await Promise.all(targets.map(end));
  } catch (error) {
    source.destroy();
    for (const target of targets) target.destroy();
    throw error;
  }
  return { sha256: hash?.digest('hex') ?? '', size };
}

/** The sha256 and size of a stream, read once. */
export async function hashStream(source: Readable, signal?: AbortSignal): Promise<{ sha256: string; size: number }> {
  return streamToSinks(source, [], { signal });
}
