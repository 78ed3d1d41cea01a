import { sep } from 'node:path';

/** The folder `npm run build` writes compiled JavaScript to: a mirror of the source tree. */
export const COMPILED_DIR = '.build';

/**
 * The source-tree form of a path built from a module's `__dirname`: compiled JavaScript runs from the mirror
 * under `.build/` while the files a module reads beside itself (SDL, the web app, data) stay in
 * the source tree, so both ways of running read the same files.
 */
export function sourcePath(path: string): string {
  const marker = `${sep}${COMPILED_DIR}${sep}`;
  const at = path.indexOf(marker);
  if (at >= 0) return path.slice(0, at) + path.slice(at + COMPILED_DIR.length + 1);
  return path.endsWith(`${sep}${COMPILED_DIR}`) ? path.slice(0, -COMPILED_DIR.length - 1) : path;
}
