import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { compiledEntryArguments, GATEWAY_ENTRY, serviceEntry, type ServiceName } from '@mam/config';

export const repoRoot = join(__dirname, '..');

/**
 * `BENCH_SMOKE=1`: every benchmark runs once on tiny inputs and judges no figure, so `npm test`
 * can prove each one still runs end to end. An explicit size variable still wins.
 */
export const smoke = process.env.BENCH_SMOKE === '1';

/** A benchmark's size: its variable when set, else the smoke size in smoke mode, else the real size. */
export function sized(variable: string, real: number, smokeSize: number): number {
  const value = process.env[variable];
  if (value !== undefined && value !== '') return Number(value);
  return smoke ? smokeSize : real;
}

/** How many alternating rounds of baseline and ours a benchmark makes (one in smoke mode). */
export const rounds = (real: number) => (smoke ? 1 : real);

export { freePort } from '@mam/testkit';

function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : NaN;
}

/** Peak resident memory (VmHWM) of a running process, in MiB. */
export const peakRssMiB = (pid: number) => statusMiB(pid, 'VmHWM');

/** Current resident memory (VmRSS) of a running process, in MiB. */
export const rssMiB = (pid: number) => statusMiB(pid, 'VmRSS');

/** CPU time a running process has used so far, in user and system (kernel) mode, in ms (from /proc, in 10 ms clock ticks). */
export function cpuMs(pid: number): { user: number; system: number } {
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

/**
 * Starts a part of the service list as its own process (as in production), from the same entry
 * point and environment as everywhere else, and waits until it is ready: a service's /readyz,
 * the gateway's /healthz. Resolves with the process and the part's GraphQL URL.
 */
export async function startPart(
  name: ServiceName | 'gateway',
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const base = `http://${env.HOST ?? '127.0.0.1'}:${env.PORT}`;
  const child = await startProcess(
    name === 'gateway' ? GATEWAY_ENTRY : serviceEntry(name),
    env,
    `${base}/${name === 'gateway' ? 'healthz' : 'readyz'}`,
  );
  return { child, url: `${base}/graphql` };
}

/** Starts a process from an entry file, compiled as in production, and waits until readyUrl answers. */
async function startProcess(entry: string, env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, compiledEntryArguments(entry), {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    const ok = await fetch(readyUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${entry} did not become ready`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result };
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** Streams a file as a request body and resolves with the response status and headers. */
export function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  path?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    if (path) createReadStream(path, { highWaterMark: 1024 * 1024 }).pipe(req);
    else req.end();
  });
}

/** Writes `size` incompressible bytes to a file a MiB at a time (never the whole file in memory). */
export async function writeRandomFile(path: string, size: number): Promise<void> {
  const block = randomBytes(1024 * 1024);
  const out = createWriteStream(path);
  for (let written = 0; written < size; written += block.length) {
    if (!out.write(block.subarray(0, Math.min(block.length, size - written))))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** The resident memory of this process (a whole system run in it), sampled while `work` runs. */
export async function sampledRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    return { result: await work(), peakMiB: Math.round(peak / 1024 ** 2) };
  } finally {
    clearInterval(timer);
  }
}
