import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExecutable } from './find-executable';

const made = new Map<string, string>();
let folder: string | null = null;

function quoted(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * An executable that runs `tool` with the same arguments under an address-space cap of `bytes`
 * (prlimit --as) and with fewer malloc arenas (which keep a capped process's reserved address
 * space close to what it uses); null when prlimit is not installed. fluent-ffmpeg spawns a
 * path with the arguments it builds and passes no environment, so the cap lives in this small
 * shell script (one per tool and cap, in a private temporary folder removed at exit). It execs,
 * so the process fluent-ffmpeg kills is the tool itself.
 */
export function cappedExecutable(tool: string, bytes: number): string | null {
  const prlimit = findExecutable('prlimit');
  if (!prlimit) return null;
  const limit = Math.floor(bytes);
  const key = `${tool}\0${limit}`;
  const known = made.get(key);
  if (known) return known;
  if (!folder) {
    const created = mkdtempSync(join(tmpdir(), 'mam-media-tools-'));
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    folder = created;
  }
  const file = join(folder, `capped-${made.size}`);
  writeFileSync(file, `#!/bin/sh\nMALLOC_ARENA_MAX=2 exec ${quoted(prlimit)} --as=${limit} -- ${quoted(tool)} "$@"\n`, {
    mode: 0o700,
  });
  made.set(key, file);
  return file;
}
