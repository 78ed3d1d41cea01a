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
 * The command prefix that starts a tool under an address-space cap (prlimit --as, with fewer
 * malloc arenas, which keep a capped process's reserved address space close to what it uses)
 * and at a lower CPU priority (nice), from its first instruction so every thread it starts has
 * them; each part only when asked and when its program is installed.
 */
export function processLimits(limits: { memoryBytes?: number | null; niceness?: number }): {
  prefix: string[];
  env: Record<string, string>;
  /** Whether the memory cap is applied. */
  memoryCapped: boolean;
} {
  const prlimit = limits.memoryBytes ? findExecutable('prlimit') : null;
  const nice = limits.niceness ? findExecutable('nice') : null;
  return {
    prefix: [
      ...(nice ? [nice, '-n', String(Math.round(limits.niceness!))] : []),
      ...(prlimit ? [prlimit, `--as=${Math.floor(limits.memoryBytes!)}`, '--'] : []),
    ],
    env: prlimit ? { MALLOC_ARENA_MAX: '2' } : {},
    memoryCapped: Boolean(prlimit),
  };
}

/**
 * An executable that runs `tool` with the same arguments under processLimits; null when no limit
 * applies. fluent-ffmpeg spawns a path with the arguments it builds and passes no environment,
 * so the limits live in this small shell script (one per tool and limits, in a private temporary
 * folder removed at exit). It execs, so the process fluent-ffmpeg kills is the tool itself.
 */
export function limitedExecutable(
  tool: string,
  limits: { memoryBytes?: number | null; niceness?: number },
): string | null {
  const { prefix, env } = processLimits(limits);
  if (prefix.length === 0) return null;
  const key = `${tool}\0${prefix.join('\0')}`;
  const known = made.get(key);
  if (known) return known;
  if (!folder) {
    const created = mkdtempSync(join(tmpdir(), 'mam-media-tools-'));
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    folder = created;
  }
  const file = join(folder, `capped-${made.size}`);
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${quoted(value)} `);
  writeFileSync(file, `#!/bin/sh\n${assignments.join('')}exec ${[...prefix, tool].map(quoted).join(' ')} "$@"\n`, {
    mode: 0o700,
  });
  made.set(key, file);
  return file;
}
