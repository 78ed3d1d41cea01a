import type { ChildProcess } from 'node:child_process';
import { Client } from '@elastic/elasticsearch';
import { buildSearchBody, createElasticsearchIndex, assetsMigrations } from '@mam/assets';
import type { AssetSearchDocument, SearchRequest } from '@mam/assets';
import { databaseName } from '@mam/config';
import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import { CreateEventTables1764400000000 } from '@mam/events';
import { issueUserToken, identityHeaders, signIdentity } from '@mam/graphql';
import { gatewayEnvironment, serviceEnvironment } from '@mam/system';
import { testInfrastructure, testSecret } from '@mam/testkit';
import { corpus, FRAME_RATES, RARE_WORDS, SEARCH_WORDS, seededRandom } from './search-corpus';
import { fmt, freePort, sized, smoke, startPart, stopProcess, timed } from './support';

const ASSETS = sized('BENCH_SEARCH_ASSETS', 100_000, 500);
const QUERIES = smoke ? 10 : Math.max(200, Number(process.env.BENCH_SEARCH_QUERIES ?? 300));
const TRANSCRIPT_BYTES = sized('BENCH_SEARCH_TRANSCRIPT_BYTES', 2048, 256);
const WARMUP = smoke ? 2 : 40;
const PAGE = 10;
const WORKSPACE = 'bench';

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

/**
 * searchAssets through the gateway and the assets service (each its own process) against the
 * very same Elasticsearch request sent straight to Elasticsearch, over a seeded library.
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

    const index = createElasticsearchIndex({ url: infra.elasticsearchUrl, alias });
    const seeded = await timed(async () => {
      let rows = 0;
      const batches = (async function* () {
        for (const batch of corpus({
          workspaceId: WORKSPACE,
          count: ASSETS,
          transcriptBytes: TRANSCRIPT_BYTES,
          batchSize: 1000,
        })) {
          await insertRows(dataSource, batch);
          rows += batch.length;
          yield batch;
        }
      })();
      const indexed = await index.rebuild(batches);
      await index.close();
      return { rows, indexed };
    });
    await dataSource.query('ANALYZE assets');
    const stats = await es.indices.stats({ index: alias, metric: ['docs', 'store'] });
    const primaries = stats._all.primaries!;
    process.stdout.write(
      `seeded ${seeded.result.rows} asset rows and ${seeded.result.indexed} search documents (${primaries.docs!.count} Lucene docs with segments, ${fmt(primaries.store!.size_in_bytes / 1024 ** 2, 0)} MiB) in ${fmt(seeded.seconds, 1)} s\n`,
    );

    // The assets service and the gateway, from the same service list and environment as `npm start`.
    const common = { host: '127.0.0.1', basePort: 0, gatewaySecret, logLevel: 'warn' };
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
    });
    processes.push(assets.child);
    const gateway = await startPart('gateway', {
      ...gatewayEnvironment({ assets: assets.url }, { ...common, jwtSecret }),
      PORT: String(await freePort()),
    });
    processes.push(gateway.child);
    const gatewayUrl = new URL(gateway.url).origin;
    const assetsUrl = new URL(assets.url).origin;
    const token = await issueUserToken(jwtSecret, { subject: 'bench', workspaceId: WORKSPACE, roles: ['viewer'] });

    const identity = await signIdentity(
      {
        subject: 'bench',
        workspaceId: WORKSPACE,
        roles: ['viewer'],
        kind: 'user',
        groups: [],
        workspaceRole: 'viewer',
      },
      gatewaySecret,
      3600,
    );
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
    const direct = async (request: SearchRequest) => {
      const start = process.hrtime.bigint();
      const response = await es.search({ index: alias, ...buildSearchBody(request).body });
      const elapsed = ms(start);
      return {
        elapsed,
        total: typeof response.hits.total === 'number' ? response.hits.total : response.hits.total!.value,
      };
    };

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
    for (const [i, request] of requests.slice(WARMUP).entries()) {
      // Alternate which goes first, so neither always finds the caches warmed by the other.
      const first = i % 2 === 0 ? await direct(request) : await viaGateway(request);
      const second = i % 2 === 0 ? await viaGateway(request) : await direct(request);
      const [straight, through] = i % 2 === 0 ? [first, second] : [second, first];
      if (straight.total !== through.total)
        throw new Error(
          `"${request.query}": ${through.total} hits through the gateway, ${straight.total} from Elasticsearch`,
        );
      directMs.push(straight.elapsed);
      gatewayMs.push(through.elapsed);
      hits += straight.total;
      subgraphMs.push((await viaSubgraph(request)).elapsed);
    }
    const g = summary(gatewayMs);
    const d = summary(directMs);
    const a = summary(subgraphMs);
    process.stdout.write(
      [
        `queries: ${QUERIES} varied (1-2 words; a third narrowed by type, frame rate and duration; half with 4 facets), ${PAGE} hits a page with highlights and matching segments, mean ${fmt(hits / QUERIES, 0)} matches each`,
        `Elasticsearch direct (same request body): p50 ${fmt(d.p50)} ms, p95 ${fmt(d.p95)} ms, p99 ${fmt(d.p99)} ms, mean ${fmt(d.mean)} ms`,
        `searchAssets on the assets subgraph:     p50 ${fmt(a.p50)} ms, p95 ${fmt(a.p95)} ms, p99 ${fmt(a.p99)} ms, mean ${fmt(a.mean)} ms  (no gateway hop; after the pair, so with warm caches)`,
        `searchAssets through gateway:            p50 ${fmt(g.p50)} ms, p95 ${fmt(g.p95)} ms, p99 ${fmt(g.p99)} ms, mean ${fmt(g.mean)} ms  (aim p95 <= 50 ms)`,
        `gateway overhead at p50: ${fmt(g.p50 - d.p50)} ms  (aim <= 3 ms); ratio p50 ${fmt(g.p50 / d.p50)}, p95 ${fmt(g.p95 / d.p95)}`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const child of processes.reverse()) await stopProcess(child);
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(databaseUrl).catch(() => undefined);
    await es.indices.delete({ index: `${alias}-*` }).catch(() => undefined);
    await es.close();
  }
}
