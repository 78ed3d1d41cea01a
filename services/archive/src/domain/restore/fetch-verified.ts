import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { streamToSinks } from '../../bag/stream-to-sinks';
import type { ArchiveLocation } from '../../locations/archive-location';
import type { CopyRow } from '../../repositories/packages.repository';
import { PermanentArchiveError } from '../archive-deps';

/** Raised while a cold tier is still restoring an object: the job is tried again later. */
export class ColdRestorePendingError extends Error {
  override name = 'ColdRestorePendingError';
}

/**
 * Copies one file of an archived package to a local path, from the first good copy whose bytes
 * hash to the recorded sha256 (a copy that does not is passed over and the next one tried). A
 * cold copy that is not readable yet gets its storage's restore requested, and the caller waits.
 */
export async function fetchVerified(locations: ArchiveLocation[], copies: CopyRow[], file: { path: string; sha256: string }, target: string, options: { signal?: AbortSignal; onBytes?: (bytes: number) => void }): Promise<string[]> {
  const problems: string[] = [];
  const ordered = [...copies].sort((a, b) => Number(a.status !== 'good') - Number(b.status !== 'good'));
  await mkdir(dirname(target), { recursive: true });
  let waiting = false;
  for (const copy of ordered) {
    const location = locations.find((l) => l.name === copy.location);
    if (!location) {
      problems.push(`${copy.location}: not configured here`);
      continue;
    }
    if (!(await location.coldRestore.ready(copy.bag, file.path))) {
      await location.coldRestore.request(copy.bag, file.path);
      waiting = true;
      continue;
    }
    try {
      const read = await streamToSinks(location.read(copy.bag, file.path), [createWriteStream(target)], options);
      if (read.sha256 === file.sha256) return problems;
      problems.push(`${copy.location}: sha256 ${read.sha256} is not the recorded ${file.sha256}`);
    } catch (error) {
      problems.push(`${copy.location}: ${(error as Error).message}`);
    }
    await rm(target, { force: true });
  }
  if (waiting) throw new ColdRestorePendingError(`waiting for the cold tier to restore ${file.path}`);
  throw new PermanentArchiveError(`no copy of ${file.path} matches its recorded sha256 (${problems.join('; ') || 'no copies'})`);
}
