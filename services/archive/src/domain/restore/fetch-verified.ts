import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { streamToSinks } from '../../bag/stream-to-sinks';
import type { ArchiveLocation } from '../../locations/archive-location';
import type { CopyRow } from '../../repositories/packages.repository';
import { PermanentArchiveError } from '../archive-deps';

export interface FetchOptions {
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
  /** Told once when every remaining copy is on a cold tier that is restoring it. */
  onWaiting?: (locations: string[]) => void | Promise<void>;
  /** How often a cold tier is asked again whether its restore is done. */
  pollMs?: number;
}

/**
 * Copies one file of an archived package to a local path, from the first good copy whose bytes
 * hash to the recorded sha256 (a copy that does not is passed over and the next one tried),
 * readable copies first. When only copies on a cold tier remain, their storage's restore is
 * requested and the job waits for it (its lease renewed meanwhile), saying so once.
 */
export async function fetchVerified(
  locations: ArchiveLocation[],
  copies: CopyRow[],
  file: { path: string; sha256: string },
  target: string,
  options: FetchOptions = {},
): Promise<string[]> {
  const problems: string[] = [];
  const pending = [...copies].sort((a, b) => Number(a.status !== 'good') - Number(b.status !== 'good'));
  await mkdir(dirname(target), { recursive: true });
  let told = false;
  while (pending.length) {
    options.signal?.throwIfAborted();
    const waiting: string[] = [];
    for (const copy of [...pending]) {
      const location = locations.find((l) => l.name === copy.location);
      if (!location) {
        problems.push(`${copy.location}: not configured here`);
        pending.splice(pending.indexOf(copy), 1);
        continue;
      }
      try {
        if (!(await location.coldRestore.ready(copy.bag, file.path))) {
          await location.coldRestore.request(copy.bag, file.path);
          waiting.push(copy.location);
          continue;
        }
      } catch (error) {
        if (options.signal?.aborted) throw error;
        problems.push(`${copy.location}: its restore could not be asked for (${(error as Error).message})`);
        pending.splice(pending.indexOf(copy), 1);
        continue;
      }
      pending.splice(pending.indexOf(copy), 1);
      try {
        const read = await streamToSinks(location.read(copy.bag, file.path), [createWriteStream(target)], options);
        if (read.sha256 === file.sha256) return problems;
        problems.push(`${copy.location}: sha256 ${read.sha256} is not the recorded ${file.sha256}`);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        problems.push(`${copy.location}: ${(error as Error).message}`);
      }
      await rm(target, { force: true });
    }
    if (!waiting.length) break;
    if (!told) {
      told = true;
      await options.onWaiting?.(waiting);
    }
    await sleep(options.pollMs ?? 1000, undefined, { signal: options.signal });
  }
  throw new PermanentArchiveError(
    `no copy of ${file.path} matches its recorded sha256 (${problems.join('; ') || 'no copies'})`,
  );
}
