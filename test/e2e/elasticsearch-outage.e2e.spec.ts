import { Client as ElasticsearchClient } from '@elastic/elasticsearch';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, startTcpProxy, testInfrastructure, waitFor, type TcpProxy } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

// The assets service reaches Elasticsearch through a proxy this file controls; write blocks are set
// on this file's own index only.
const infra = testInfrastructure();
const es = new ElasticsearchClient({ node: infra.elasticsearchUrl });
let proxy: TcpProxy;
let test: TestSystem;
let system: RunningSystem;
let editor: string;

const gql = (query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${editor}` });

async function createAsset(title: string): Promise<string> {
  const response = await gql('mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }', {
    input: { title },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.createAsset.id;
}

const found = async (text: string): Promise<string[]> => {
  const response = await gql('query($q: String!) { searchAssets(query: $q) { edges { node { id } } } }', { q: text });
  return response.data?.searchAssets?.edges.map((e: { node: { id: string } }) => e.node.id) ?? [];
};
const deadLetters = async () =>
  await system.services.assets.dataSource.query<{ consumer_group: string; reason: string }[]>(
    'SELECT consumer_group, reason FROM dead_letters',
  );
const health = async () =>
  (await fetch(new URL('/healthz', system.services.assets.url))).json() as Promise<{
    status: string;
    stalled?: { group: string }[];
  }>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const target = new URL(infra.elasticsearchUrl);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 9200) });
  test = await startTestSystem('esoutage', { elasticsearchUrl: proxy.url });
  system = test.system;
  editor = await test.token('editor-1', 'studio-a', ['editor']);
}, 120_000);

afterAll(async () => {
  proxy?.restore();
  await es.indices.putSettings({ index: test.name, settings: { 'index.blocks.write': false } }).catch(() => undefined);
  await test?.stop();
  await proxy?.close();
  await es.close();
});

describe('Elasticsearch refusing or not answering', () => {
  it('keeps retrying index updates while the index is write-blocked, and the asset is searchable once the block is lifted, with no dead letter', async () => {
    await es.indices.putSettings({ index: test.name, settings: { 'index.blocks.write': true } });
    const id = await createAsset('Lighthouse keeper under a write block');
    // Longer than the five quick tries that used to end in a dead letter.
    await sleep(5_000);
    expect(await found('Lighthouse keeper')).toEqual([]);
    expect(await health()).toMatchObject({
      status: 'degraded',
      stalled: [expect.objectContaining({ group: 'assets-search' })],
    });
    expect(await deadLetters()).toEqual([]);

    await es.indices.putSettings({ index: test.name, settings: { 'index.blocks.write': false } });
    await waitFor(async () => (await found('Lighthouse keeper')).includes(id), {
      what: 'the asset searchable after the block was lifted',
      timeoutMs: 20_000,
    });
    expect(await deadLetters()).toEqual([]);
    await waitFor(async () => (await health()).status === 'ok', { what: 'the consumer no longer stalled' });
  });

  it('answers search UNAVAILABLE within seconds while the rest of the query answers, and catches up on index updates when the engine is back', async () => {
    const kept = await createAsset('Harbour crane before the outage');
    await waitFor(async () => (await found('Harbour crane')).includes(kept), { what: 'the first asset indexed' });

    proxy.cut('hang');
    const t0 = Date.now();
    const combined = await gql(
      'query($id: ID!) { asset(id: $id) { id title } searchAssets(query: "harbour") { total } }',
      { id: kept },
    );
    const elapsed = Date.now() - t0;
    expect(combined.data).toEqual({
      asset: { id: kept, title: 'Harbour crane before the outage' },
      searchAssets: null,
    });
    expect(combined.errors).toEqual([
      expect.objectContaining({
        path: ['searchAssets'],
        extensions: expect.objectContaining({ code: 'UNAVAILABLE', retryable: true }),
      }),
    ]);
    expect(elapsed).toBeLessThan(4_000);

    // An update while the engine does not answer: each try times out; the consumer stays in its group and never gives up.
    const during = await createAsset('Harbour tug during the outage');
    await sleep(14_000);
    expect(await deadLetters()).toEqual([]);
    expect((await health()).status).toBe('degraded');

    proxy.restore();
    await waitFor(async () => (await found('Harbour tug')).includes(during), {
      what: 'the asset created during the outage searchable',
      timeoutMs: 30_000,
    });
    expect(await deadLetters()).toEqual([]);
    const [{ applied }] = await system.services.assets.dataSource.query(
      `SELECT count(*)::int AS applied FROM inbox WHERE consumer_group = 'assets-search'`,
    );
    const [{ events }] = await system.services.assets.dataSource.query(
      `SELECT count(*)::int AS events FROM outbox WHERE topic = 'mam.assets.asset.v1'`,
    );
    expect(applied).toBe(events);
  }, 90_000);
});
