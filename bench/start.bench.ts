/**
 * Lean processes: the whole embedded system (`npm start`) cold-started from the compiled tree vs
 * the same start script run as TypeScript through tsx, side by side: time until the start banner
 * and resident memory once idle. Each start gets a fresh data folder (a first start, database
 * cluster creation included) and its own ports.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledEntryArguments } from '@mam/config';
import { fmt, freePort, repoRoot, rounds, rssMiB, smoke } from './support';

const ENTRY = 'scripts/start-embedded.ts';
const IDLE_MS = smoke ? 1_000 : 5_000;

interface Start {
  seconds: number;
  idleRssMiB: number;
}

async function startOnce(args: string[]): Promise<Start> {
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-start-'));
  const env = {
    ...process.env,
    MAM_DATA_DIR: join(dir, 'data'),
    PORT: String(await freePort()),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    NODE_ENV: 'production',
  };
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => out.includes('Try it:') && resolve());
      void exited.then(() => reject(new Error(`start exited: ${err.slice(-2000)}`)));
    });
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return { seconds, idleRssMiB: rssMiB(child.pid!) };
  } finally {
    child.kill('SIGINT');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchStart(): Promise<void> {
  // The web app is built once beforehand (both starts would otherwise race to build it).
  const { ensureWebBuild } = await import('@mam/web');
  ensureWebBuild(() => undefined);
  const variants: Record<string, string[]> = {
    'compiled (npm start)': compiledEntryArguments(ENTRY),
    'TypeScript through tsx': ['--import', 'tsx', join(repoRoot, ENTRY)],
  };
  const results: Record<string, Start[]> = {};
  for (let round = 0; round < rounds(3); round++)
    for (const [name, args] of Object.entries(variants)) (results[name] ??= []).push(await startOnce(args));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [name, runs] of Object.entries(results)) {
    const seconds = median(runs.map((r) => r.seconds));
    const rss = median(runs.map((r) => r.idleRssMiB));
    process.stdout.write(
      `${name.padEnd(24)} cold start ${fmt(seconds)} s, idle RSS ${rss} MiB (5 services + gateway)\n`,
    );
  }
  const [ours, baseline] = Object.values(results).map((runs) => median(runs.map((r) => r.idleRssMiB)));
  process.stdout.write(`idle memory ratio (compiled / tsx): ${fmt(ours / baseline)}\n`);
}
