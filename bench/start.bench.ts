/**
 * Lean processes: the whole embedded system (`npm start`) cold-started from the compiled tree vs
 * the same start script run as TypeScript through tsx, side by side: time until the start banner
 * and resident memory once idle. Each start gets a fresh data folder (a first start, database
 * cluster creation included) and its own ports. Then each service and the gateway as its own
 * compiled process, as deployed, against the infrastructure on loopback: each one's idle memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { compiledEntryArguments, databaseName, SERVICE_NAMES, serviceUrlVariable, type ServiceName } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { gatewayEnvironment, SERVICE_CALLS, serviceEnvironment, serviceSettings } from '@mam/system';
import { freePortRun, testInfrastructure, testSecret } from '@mam/testkit';
import { fmt, freePort, repoRoot, rounds, rssMiB, smoke, startPart, stopProcess } from './support';

const ENTRY = 'scripts/start-embedded.ts';
const IDLE_MS = smoke ? 1_000 : 5_000;
/** The speed table's aim for each process once idle. */
const IDLE_AIM_MIB = 100;

interface Start {
  seconds: number;
  idleRssMiB: number;
}

async function startOnce(args: string[]): Promise<Start> {
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-start-'));
  const env = {
    ...process.env,
    MAM_DATA_DIR: join(dir, 'data'),
    // The gateway's port; the services take the next five.
    PORT: String(await freePortRun(6)),
    EMBEDDED_POSTGRES_PORT: String(await freePortRun(1)),
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

/**
 * Each service, then the gateway, started as its own compiled process from the service list and
 * environment of a deployment (Kafka, Elasticsearch and PostgreSQL on loopback): idle RSS of each.
 */
async function separateProcesses(): Promise<{ name: string; idleRssMiB: number }[]> {
  const infra = testInfrastructure();
  const stamp = Date.now();
  const prefix = `bench_start_${stamp}`;
  const searchIndex = `bench-start-${stamp}`;
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-start-parts-'));
  const gatewaySecret = testSecret();
  const common = { host: '127.0.0.1', basePort: 0, gatewaySecret, logLevel: 'warn' };
  const settings = serviceSettings({
    mediaSecret: testSecret(),
    dataDir: join(dir, 'data'),
    elasticsearchUrl: infra.elasticsearchUrl,
    searchIndex,
  });
  const urls: Partial<Record<ServiceName, string>> = {};
  const parts: { name: string; child: ChildProcess }[] = [];
  try {
    for (const name of SERVICE_NAMES) {
      const { child, url } = await startPart(name, {
        ...serviceEnvironment(name, {
          ...common,
          databaseUrlBase: infra.databaseUrlBase,
          databasePrefix: prefix,
          kafkaBrokers: infra.kafkaBrokers,
          topicPrefix: `${prefix}.`,
        }),
        ...Object.fromEntries((SERVICE_CALLS[name] ?? []).map((called) => [serviceUrlVariable(called), urls[called]!])),
        ...settings[name],
        PORT: String(await freePort()),
      });
      parts.push({ name, child });
      urls[name] = url;
    }
    const gateway = await startPart('gateway', {
      ...gatewayEnvironment(urls, { ...common, jwtSecret: testSecret() }),
      PORT: String(await freePort()),
    });
    parts.push({ name: 'gateway', child: gateway.child });
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return parts.map(({ name, child }) => ({ name, idleRssMiB: rssMiB(child.pid!) }));
  } finally {
    for (const { child } of parts.reverse()) await stopProcess(child);
    for (const name of SERVICE_NAMES)
      await dropDatabase(`${infra.databaseUrlBase}/${databaseName(prefix, name)}`).catch(() => undefined);
    const es = new Client({ node: infra.elasticsearchUrl });
    await es.indices.delete({ index: `${searchIndex}-*` }).catch(() => undefined);
    await es.close();
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
  const separate = await separateProcesses();
  process.stdout.write(
    [
      `each part as its own compiled process, idle RSS (aim <= ${IDLE_AIM_MIB} MiB each):`,
      ...separate.map(
        ({ name, idleRssMiB }) =>
          `  ${name.padEnd(13)} ${String(idleRssMiB).padStart(4)} MiB${idleRssMiB > IDLE_AIM_MIB ? '  (over the aim)' : ''}`,
      ),
      `  total ${separate.reduce((sum, part) => sum + part.idleRssMiB, 0)} MiB over ${separate.length} processes`,
      '',
    ].join('\n'),
  );
}
