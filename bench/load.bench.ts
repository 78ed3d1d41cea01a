import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { issueUserToken, identityHeaders, signIdentity, type Identity } from '@mam/graphql';
import { testSecret, waitFor } from '@mam/testkit';
import { fmt, repoRoot, rssMiB, sized, smoke } from './support';

const SECONDS = sized('BENCH_LOAD_SECONDS', 20, 1);
const CLIENTS = sized('BENCH_LOAD_CLIENTS', 50, 4);
/** Requests of each path before its measured run (JIT, plans, connections). */
const WARMUP = smoke ? 3 : 50;
/** Each run stops after this many requests, even before its time is up. */
const MAX_REQUESTS = 200_000;
const ASSETS = 10;

const FEDERATED =
  '{ assets(first: 10) { edges { node { id title ingestStatus review { status } distributionStatus storageTier } } } }';
const ASSETS_ONLY = '{ assets(first: 10) { edges { node { id title type createdBy } } } }';

interface Run {
  requests: number;
  failures: number;
  seconds: number;
  latenciesMs: number[];
  /** The first failed answer, to say why. */
  firstFailure?: string;
  /** CPU the system process spent per request. */
  cpuMsPerRequest: number;
}

/** Headers for one request with this body: the subgraph alone wants its identity bound to each request, as the gateway binds it. */
type HeadersFor = (body: string) => Record<string, string>;

async function load(url: string, body: string, headers: HeadersFor, pid: number): Promise<Run> {
  const cpuBefore = cpuMs(pid);
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let sent = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline && sent < MAX_REQUESTS) {
        sent++;
        const t = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers(body) },
          body,
        }).catch(() => undefined);
        const text = response ? await response.text() : '';
        if (!response?.ok || text.includes('"errors"')) {
          failures++;
          firstFailure ??= `${response?.status ?? 'no answer'} ${text.slice(0, 300)}`;
        }
        latenciesMs.push(performance.now() - t);
      }
    }),
  );
  return {
    requests: latenciesMs.length,
    failures,
    firstFailure,
    seconds: (performance.now() - started) / 1000,
    latenciesMs,
    cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / latenciesMs.length,
  };
}

/** CPU time (user + system) the process has used so far, in ms: per request it holds up better than req/s on a busy machine. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function line(label: string, run: Run): string {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  return `${label.padEnd(34)} ${fmt(run.requests / run.seconds, 0).padStart(6)} req/s   p50 ${fmt(percentile(sorted, 50), 1).padStart(7)} ms   p99 ${fmt(percentile(sorted, 99), 1).padStart(7)} ms   CPU ${fmt(run.cpuMsPerRequest, 1).padStart(5)} ms/req   ${run.failures} failed of ${run.requests}${run.firstFailure ? `\n    first failure: ${run.firstFailure}` : ''}`;
}

/**
 * 50 clients for 20 s on one federated query touching all five subgraphs and on an assets-only
 * query, through the gateway, beside the assets subgraph alone: what federation costs per request.
 * The system runs in its own process (all parts in that one process), on 127.0.0.1 only.
 */
export async function benchLoad(): Promise<void> {
  const gatewaySecret = testSecret();
  const jwtSecret = testSecret();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      join(repoRoot, 'bench/load-system.ts'),
    ],
    {
      env: { ...process.env, BENCH_GATEWAY_SECRET: gatewaySecret, BENCH_JWT_SECRET: jwtSecret },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const [first] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const { gatewayUrl, assetsUrl } = JSON.parse(first) as { gatewayUrl: string; assetsUrl: string };
    const identity: Identity = { subject: 'bench-editor', workspaceId: 'bench', roles: ['editor'], kind: 'user' };
    const bearer = {
      authorization: `Bearer ${await issueUserToken(jwtSecret, { subject: identity.subject, workspaceId: identity.workspaceId, roles: identity.roles })}`,
    };
    const viaGateway: HeadersFor = () => bearer;
    const identityToken = await signIdentity(identity, gatewaySecret, 3600);
    const direct: HeadersFor = (body) =>
      identityHeaders(identityToken, gatewaySecret, { method: 'POST', path: new URL(assetsUrl).pathname, body });
    const post = (query: string) =>
      fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ data?: any; errors?: unknown[] }>);
    for (let i = 0; i < ASSETS; i++) {
      const made = await post(`mutation { createAsset(input: {title: "Load clip ${i + 1}", type: "video"}) { id } }`);
      if (made.errors) throw new Error(`seeding failed: ${JSON.stringify(made.errors)}`);
    }
    await waitFor(
      async () => {
        const edges = (await post(FEDERATED)).data?.assets.edges as { node: Record<string, unknown> }[] | undefined;
        return (
          edges?.length === ASSETS &&
          edges.every((e) => e.node.ingestStatus && e.node.review && e.node.distributionStatus && e.node.storageTier)
        );
      },
      { what: 'every subgraph to know the seeded assets', timeoutMs: 60_000 },
    );

    const body = (query: string) => JSON.stringify({ query });
    const before = rssMiB(child.pid!);
    // Short warm-up of each path (JIT, plans, connections), then the measured runs.
    for (const [url, query, headers] of [
      [gatewayUrl, FEDERATED, viaGateway],
      [gatewayUrl, ASSETS_ONLY, viaGateway],
      [assetsUrl, ASSETS_ONLY, direct],
    ] as const) {
      for (let i = 0; i < WARMUP; i++)
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers(body(query)) },
          body: body(query),
        }).then((r) => r.text());
    }
    const only = process.env.BENCH_LOAD_ONLY; // federated | gateway | subgraph: one run alone, as when profiling
    const skipped: Run = { requests: 0, failures: 0, seconds: 1, latenciesMs: [NaN], cpuMsPerRequest: NaN };
    const federated =
      !only || only === 'federated' ? await load(gatewayUrl, body(FEDERATED), viaGateway, child.pid!) : skipped;
    const assetsThroughGateway =
      !only || only === 'gateway' ? await load(gatewayUrl, body(ASSETS_ONLY), viaGateway, child.pid!) : skipped;
    const assetsAlone =
      !only || only === 'subgraph' ? await load(assetsUrl, body(ASSETS_ONLY), direct, child.pid!) : skipped;
    const after = rssMiB(child.pid!);
    process.stdout.write(
      [
        `${CLIENTS} clients, ${SECONDS} s each, ${ASSETS} assets per page; the whole system in one process`,
        line('federated (5 subgraphs), gateway', federated),
        line('assets only, through the gateway', assetsThroughGateway),
        line('assets only, subgraph alone', assetsAlone),
        `gateway overhead on assets-only: ${fmt(assetsAlone.requests / assetsAlone.seconds / (assetsThroughGateway.requests / assetsThroughGateway.seconds), 2)}x fewer req/s`,
        `system process memory (RSS): ${before} MiB before the runs, ${after} MiB after`,
        '',
      ].join('\n'),
    );
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}
