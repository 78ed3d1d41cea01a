import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Creates the folder an output file goes into. */
export async function ensureParentDir(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
}
