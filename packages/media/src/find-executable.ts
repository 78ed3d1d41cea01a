import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const found = new Map<string, string | null>();

/** Full path of an executable on a search path (PATH by default), or null; remembered per name and path. */
export function findExecutable(name: string, searchPath: string = process.env.PATH ?? ''): string | null {
  const key = `${name}\0${searchPath}`;
  if (!found.has(key)) {
    let hit: string | null = null;
    for (const folder of searchPath.split(delimiter)) {
      if (!folder) continue;
      try {
        accessSync(join(folder, name), constants.X_OK);
        hit = join(folder, name);
        break;
      } catch {
        // not in this folder
      }
    }
    found.set(key, hit);
  }
  return found.get(key) ?? null;
}
