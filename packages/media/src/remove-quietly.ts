import { rm } from 'node:fs/promises';

/** Removes files left by a failed run; a file that is not there is fine. */
export async function removeQuietly(...paths: string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true }).catch(() => undefined)));
}
