import type { ChildProcess } from 'node:child_process';
import { Client } from '@elastic/elasticsearch';
import { buildSearchBody, createElasticsearchIndex, assetsMigrations, searchReaders } from '@mam/assets';
import type { AssetSearchDocument, SearchRequest } from '@mam/assets';
import { databaseName } from '@mam/config';
import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import { CreateEventTables1764400000000 } from '@mam/events';
import { issueUserToken, identityHeaders, signIdentity, type Identity } from '@mam/graphql';
import { gatewayEnvironment, serviceEnvironment } from '@mam/system';
import { testInfrastructure, testSecret } from '@mam/testkit';
import { corpus, FRAME_RATES, RARE_WORDS, SEARCH_WORDS, seededRandom } from './search-corpus';
import { cpuMs, fmt, freePort, sized, smoke, startPart, stopProcess, timed } from './support';

/**
 * Library sizes, smallest first: the same index grows to each in turn (100k and 1M assets by
 * default). `BENCH_SEARCH_ASSETS=20000` measures one size; `BENCH_SEARCH_SIZES=20000,100000` several.
 */
const SIZES = librarySizes();
const QUERIES = smoke ? 10 : Math.max(200, Number(process.env.BENCH_SEARCH_QUERIES ?? 300));
const TRANSCRIPT_BYTES = sized('BENCH_SEARCH_TRANSCRIPT_BYTES', 2048, 256);
const WARMUP = smoke ? 2 : 40;
const PAGE = 10;
const WORKSPACE = 'bench';
/** The p95 aims of the speed table for searches through the gateway, by library size. */
const P95_AIM_MS = (assets: number) => (assets >= 1_000_000 ? 60 : 40);

function librarySizes(): number[] {
  const one = process.env.BENCH_SEARCH_ASSETS;
  if (one) return [Number(one)];
  const list = process.env.BENCH_SEARCH_SIZES;
  if (list)
    return list
      .split(',')
      .map(Number)
      .sort((a, b) => a - b);
  // Smoke mode still grows the index once, so both steps keep running.
  return smoke ? [200, 500] : [100_000, 1_000_000];
}

const sizeName = (assets: number) =>
  assets >= 1_000_000 && assets % 1_000_000 === 0
    ? `${assets / 1_000_000}M`
    : assets >= 1000 && assets % 1000 === 0
      ? `${assets / 1000}k`
      : String(assets);

/** Writes asset rows for the documents with one multi-row INSERT: the rows the resolver re-reads hits from. */
async function insertRows(dataSource: DataSource, batch: AssetSearchDocument[]): Promise<void> {
  await dataSource.query(
    `INSERT INTO assets (id, workspace_id, title, description, created_by, created_at, updated_at, revision, type, metadata, tags)
     SELECT id, $2, title, description, 'bench', created_at, updated_at, 1, type, metadata, tags
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, title text, description text, created_at timestamptz, updated_at timestamptz, type text, metadata jsonb, tags text[])`,
    [
      JSON.stringify(
        batch.map((d) => ({
          id: d.id,
          title: d.title,
          description: d.description,
          created_at: d.createdAt,
          updated_at: d.updatedAt,
          type: d.type,
          metadata: d.metadata,
          tags: d.tags,
        })),
      ),
      WORKSPACE,
    ],
  );
}

/** Varied searches as a browsing user makes them: one or two words, some narrowed, some with facets. */
function searches(count: number): SearchRequest[] {
  const random = seededRandom(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, i): SearchRequest => {
    const words =
      random() < 0.15
        ? [pick(RARE_WORDS)]
        : random() < 0.5
          ? [pick(SEARCH_WORDS)]
          : [pick(SEARCH_WORDS), pick(SEARCH_WORDS)];
    const narrowed = i % 3 === 0;
    return {
      workspaceId: WORKSPACE,
      query: words.join(' '),
      first: PAGE,
      ...(narrowed
        ? { filter: { types: ['video'], frameRates: [pick(FRAME_RATES)], duration: { gte: 30, lte: 1800 } } }
        : {}),
      ...(i % 2 === 0 ? { facets: ['type', 'frameRate', 'resolution', 'duration'] } : {}),
    };
  });
}

const OPERATION = `query($query: String, $filter: AssetSearchFilter, $facets: [String!]) {
  searchAssets(query: $query, filter: $filter, facets: $facets, first: ${PAGE}) {
    total
    edges { cursor score highlights node { id title type } segments { text startFrame timecode } }
    facets { name buckets { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

interface Figures {
  assets: number;
  direct: ReturnType<typeof summary>;
  subgraph: ReturnType<typeof summary>;
  gateway: ReturnType<typeof summary>;
}

/** The median of the per-query differences: each query's own hop cost, less noisy than a difference of medians. */
function medianDifference(a: number[], b: number[]): number {
  return summary(a.map((value, i) => value - b[i])).p50;
}

/**
 * searchAssets through the gateway and the assets service (each its own process) against the
 * very same Elasticsearch request sent straight to Elasticsearch, over a seeded library that
 * grows through each size in turn (one index, rebuilt with bulk requests, refresh off while loading).
 */
export async function benchSearch(): Promise<void> {
  const infra = testInfrastructure();
  const stamp = Date.now();
  const databasePrefix = `bench_search_${stamp}`;
  const databaseUrl = `${infra.databaseUrlBase}/${databaseName(databasePrefix, 'assets')}`;
  const alias = `bench-search-${stamp}`;
  const gatewaySecret = testSecret();
  const jwtSecret = testSecret();
  const es = new Client({ node: infra.elasticsearchUrl });
  await ensureDatabase(databaseUrl);
  const dataSource = createDataSource({
    url: databaseUrl,
    entities: [],
    migrations: [CreateEventTables1764400000000, ...assetsMigrations],
  });
  const processes: ChildProcess[] = [];
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();

    let rows = 0;
    /** Indexes the first `assets` documents of the corpus afresh; rows are written once, for the documents new in this size. */
    const seed = async (assets: number) => {
      const index = createElasticsearchIndex({ url: infra.elasticsearchUrl, alias });
      const seeded = await timed(async () => {
        let position = 0;
        const batches = (async function* () {
          for (const batch of corpus({
            workspaceId: WORKSPACE,
            count: assets,
            transcriptBytes: TRANSCRIPT_BYTES,
            batchSize: 1000,
          })) {
            const fresh = batch.slice(Math.max(0, rows - position));
            position += batch.length;
            if (fresh.length > 0) {
              await insertRows(dataSource, fresh);
              rows += fresh.length;
            }
            yield batch;
          }
        })();
        try {
          return await index.rebuild(batches);
        } finally {
          await index.close();
        }
      });
      await dataSource.query('ANALYZE assets');
      const stats = await es.indices.stats({ index: alias, metric: ['docs', 'store'] });
      const primaries = stats._all.primaries!;
      process.stdout.write(
        `seeded ${rows} asset rows and ${seeded.result} search documents (${primaries.docs!.count} Lucene docs with segments, ${fmt(primaries.store!.size_in_bytes / 1024 ** 2, 0)} MiB) in ${fmt(seeded.seconds, 1)} s, ${fmt(seeded.result / seeded.seconds, 0)} documents/s\n`,
      );
    };
    await seed(SIZES[0]);

    // The assets service and the gateway, from the same service list and environment as `npm start`.
    const common = { host: '127.0.0.1', basePort: 0, gatewaySecret, logLevel: 'warn' };
    // BENCH_CPU_PROF=<folder>: both processes write a V8 CPU profile there when they stop.
    const profiled: Record<string, string> = process.env.BENCH_CPU_PROF
      ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` }
      : {};
    const assets = await startPart('assets', {
      ...serviceEnvironment('assets', {
        ...common,
        databaseUrlBase: infra.databaseUrlBase,
        databasePrefix,
        kafkaBrokers: [],
      }),
      PORT: String(await freePort()),
      ELASTICSEARCH_URL: infra.elasticsearchUrl,
      SEARCH_INDEX: alias,
      ...profiled,
    });
    processes.push(assets.child);
    const gateway = await startPart('gateway', {
      ...gatewayEnvironment({ assets: assets.url }, { ...common, jwtSecret }),
      PORT: String(await freePort()),
      ...profiled,
    });
    processes.push(gateway.child);
    const gatewayUrl = new URL(gateway.url).origin;
    const assetsUrl = new URL(assets.url).origin;
    const token = await issueUserToken(jwtSecret, { subject: 'bench', workspaceId: WORKSPACE, roles: ['viewer'] });

    // The caller as the gateway sees it once assets has recorded it as a member.
    const caller: Identity = {
      subject: 'bench',
      workspaceId: WORKSPACE,
      roles: ['viewer'],
      kind: 'user',
      groups: [],
      workspaceRole: 'viewer',
    };
    const identity = await signIdentity(caller, gatewaySecret, 3600);
    // Both GraphQL clients keep their connections alive, as a browser does: the figures are the hop, not TCP set-up.
    const graphql = async (url: string, headers: (body: string) => Record<string, string>, request: SearchRequest) => {
      const start = process.hrtime.bigint();
      const payload = JSON.stringify({
        query: OPERATION,
        variables: { query: request.query, filter: request.filter ?? null, facets: request.facets ?? null },
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers(payload) },
        body: payload,
      });
      const body = (await response.json()) as { data?: { searchAssets: { total: number } }; errors?: unknown[] };
      const elapsed = ms(start);
      if (body.errors) throw new Error(`searchAssets failed: ${JSON.stringify(body.errors)}`);
      return { elapsed, total: body.data!.searchAssets.total };
    };
    const viaGateway = (request: SearchRequest) =>
      graphql(`${gatewayUrl}/graphql`, () => ({ authorization: `Bearer ${token}` }), request);
    // As the gateway does: the identity signed once, bound to each request with an HMAC.
    const viaSubgraph = (request: SearchRequest) =>
      graphql(
        `${assetsUrl}/graphql`,
        (body) => identityHeaders(identity, gatewaySecret, { method: 'POST', path: '/graphql', body }),
        request,
      );
    // What the assets service asks Elasticsearch: the same request, the caller's readers included.
    const readers = searchReaders(caller);
    const direct = async (request: SearchRequest) => {
      const start = process.hrtime.bigint();
      const response = await es.search({ index: alias, ...buildSearchBody({ ...request, readers }).body });
      const elapsed = ms(start);
      return {
        elapsed,
        total: typeof response.hits.total === 'number' ? response.hits.total : response.hits.total!.value,
      };
    };

    const measure = async (size: number): Promise<Figures> => {
      const requests = searches(WARMUP + QUERIES);
      for (const request of requests.slice(0, WARMUP)) {
        await direct(request);
        await viaSubgraph(request);
        await viaGateway(request);
      }
      const gatewayMs: number[] = [];
      const subgraphMs: number[] = [];
      const directMs: number[] = [];
      let hits = 0;
      // Every order of the three in turn, so none always finds the caches warmed by the others.
      const orders = [
        [0, 1, 2],
        [1, 2, 0],
        [2, 0, 1],
        [0, 2, 1],
        [2, 1, 0],
        [1, 0, 2],
      ];
      const ways = [direct, viaSubgraph, viaGateway];
      const cpuBefore = { gateway: cpuMs(gateway.child.pid!), assets: cpuMs(assets.child.pid!) };
      for (const [i, request] of requests.slice(WARMUP).entries()) {
        const answers: { elapsed: number; total: number }[] = [];
        for (const way of orders[i % orders.length]) answers[way] = await ways[way](request);
        const [straight, alone, through] = answers;
        if (straight.total !== through.total || alone.total !== through.total)
          throw new Error(
            `"${request.query}": ${through.total} hits through the gateway, ${alone.total} from the subgraph, ${straight.total} from Elasticsearch`,
          );
        directMs.push(straight.elapsed);
        subgraphMs.push(alone.elapsed);
        gatewayMs.push(through.elapsed);
        hits += straight.total;
      }
      // The gateway serves one search a round, assets two (alone and behind the gateway).
      const cpuPerSearch = (pid: number, before: { user: number; system: number }, searches: number) => {
        const after = cpuMs(pid);
        return `${fmt((after.user - before.user) / searches)} ms user + ${fmt((after.system - before.system) / searches)} ms system`;
      };
      const gatewayCpu = cpuPerSearch(gateway.child.pid!, cpuBefore.gateway, QUERIES);
      const assetsCpu = cpuPerSearch(assets.child.pid!, cpuBefore.assets, 2 * QUERIES);
      const g = summary(gatewayMs);
      const d = summary(directMs);
      const a = summary(subgraphMs);
      process.stdout.write(
        [
          `${sizeName(size)} assets, queries: ${QUERIES} varied (1-2 words; a third narrowed by type, frame rate and duration; half with 4 facets), ${PAGE} hits a page with highlights and matching segments, mean ${fmt(hits / QUERIES, 0)} matches each`,
          `Elasticsearch direct (same request body): p50 ${fmt(d.p50)} ms, p95 ${fmt(d.p95)} ms, p99 ${fmt(d.p99)} ms, mean ${fmt(d.mean)} ms`,
          `searchAssets on the assets subgraph:     p50 ${fmt(a.p50)} ms, p95 ${fmt(a.p95)} ms, p99 ${fmt(a.p99)} ms, mean ${fmt(a.mean)} ms  (no gateway hop)`,
          `searchAssets through gateway:            p50 ${fmt(g.p50)} ms, p95 ${fmt(g.p95)} ms, p99 ${fmt(g.p99)} ms, mean ${fmt(g.mean)} ms  (aim p95 <= ${P95_AIM_MS(size)} ms)`,
          `gateway overhead over the subgraph alone at p50: ${fmt(g.p50 - a.p50)} ms, median per query ${fmt(medianDifference(gatewayMs, subgraphMs))} ms  (aim <= 3 ms)`,
          `assets overhead over Elasticsearch direct at p50: ${fmt(a.p50 - d.p50)} ms, median per query ${fmt(medianDifference(subgraphMs, directMs))} ms  (aim: a few ms)`,
          `CPU per search: gateway ${gatewayCpu}, assets ${assetsCpu}`,
          `ratio gateway / Elasticsearch direct: p50 ${fmt(g.p50 / d.p50)}, p95 ${fmt(g.p95 / d.p95)}`,
          '',
        ].join('\n'),
      );
      return { assets: size, direct: d, subgraph: a, gateway: g };
    };

    const figures: Figures[] = [];
    for (const [n, assets] of SIZES.entries()) {
      if (n > 0) await seed(assets);
      figures.push(await measure(assets));
    }
    process.stdout.write(
      figures
        .map(
          (f) =>
            `search p95 through the gateway, ${sizeName(f.assets)} assets: ${fmt(f.gateway.p95)} ms (aim <= ${P95_AIM_MS(f.assets)} ms) vs Elasticsearch direct ${fmt(f.direct.p95)} ms\n`,
        )
        .join(''),
    );
  } finally {
    for (const child of processes.reverse()) await stopProcess(child);
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(databaseUrl).catch(() => undefined);
    await es.indices.delete({ index: `${alias}-*` }).catch(() => undefined);
    await es.close();
  }
}
