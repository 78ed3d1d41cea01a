/**
 * Builds web/dist when it is missing or stale: a hash of web/src, the shared timecode package and
 * the build configuration is compared with the stamp the last build left in dist/.build-stamp.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sourcePath } from '@mam/config';

export const webDir = sourcePath(__dirname);
export const distDir = join(webDir, 'dist');
const stampPath = join(distDir, '.build-stamp');
const INPUTS = [
  'src',
  'index.html',
  'vite.config.mts',
  'package.json',
  'tsconfig.json',
  'build.ts',
  join('..', 'packages', 'timecode', 'src'),
];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(webDir, input))) {
      if (file.endsWith('.spec.ts')) continue;
      hash.update(relative(webDir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

export function buildIsFresh(): boolean {
  return (
    existsSync(join(distDir, 'index.html')) &&
    existsSync(stampPath) &&
    readFileSync(stampPath, 'utf8').trim() === sourceHash()
  );
}

/** Runs `vite build` unless the build matches the sources; returns whether it built. */
export function ensureWebBuild(log: (line: string) => void = () => undefined): boolean {
  if (buildIsFresh()) return false;
  log('Building the web app…');
  const vite = join(webDir, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  // The caller's NODE_ENV (jest sets `test`) would give React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  writeFileSync(stampPath, `${sourceHash()}\n`);
  return true;
}

/** Gzipped bytes of what index.html loads before the library paints: entry script, preloads, styles. */
export function initialLibraryBytes(): { js: number; css: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(static\/[^"]+)"/g)].map((m) => m[1]);
  const size = (f: string) => gzipSync(readFileSync(join(distDir, f))).length;
  const sum = (ext: string) => files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + size(f), 0);
  return { js: sum('.js'), css: sum('.css') };
}

if (require.main === module) {
  const built = ensureWebBuild((l) => process.stdout.write(`${l}\n`));
  process.stdout.write(built ? `Built ${distDir}\n` : `${distDir} is up to date\n`);
}
