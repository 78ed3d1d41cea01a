import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const found = new Map<string, string | null>();

/** Full path of an executable on PATH, or null; remembered per name. */
export function findExecutable(name: string): string | null {
  if (!found.has(name)) {
    let hit: string | null = null;
    for (const folder of (process.env.PATH ?? '').split(delimiter)) {
      if (!folder) continue;
      try {
        accessSync(join(folder, name), constants.X_OK);
        hit = join(folder, name);
        break;
      } catch {
        // not in this folder
      }
    }
    found.set(name, hit);
  }
  return found.get(name) ?? null;
}
