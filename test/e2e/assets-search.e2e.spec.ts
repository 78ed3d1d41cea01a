import { Client as ElasticsearchClient } from '@elastic/elasticsearch';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rebuildSearchIndex } from '@mam/assets';
import { databaseName, SERVICE_NAMES } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { issueUserToken } from '@mam/graphql';
import { startSystem, type RunningSystem } from '@mam/system';
import {
  graphqlRequest,
  makeClip,
  testInfrastructure,
  testSecret,
  uniqueName,
  waitFor,
  type GraphQLResponse,
} from '@mam/testkit';

const infra = testInfrastructure();
const name = uniqueName('assetssearch');
const jwtSecret = testSecret();
const dataDir = mkdtempSync(join(tmpdir(), 'mam-assets-search-'));
let system: RunningSystem;
const tokens: Record<'editor' | 'admin' | 'outsider', string> = { editor: '', admin: '', outsider: '' };
const clips = { pal: '', hd: '' };

// A literal page size: the gateway prices a variable `first` at its maximum, and every field of the
// connection (facets included) at `first` times its cost.
const searchOperation = (
  first = 10,
) => `query($query: String, $filter: AssetSearchFilter, $sort: AssetSearchSort, $facets: [String!], $after: String) {
  searchAssets(query: $query, filter: $filter, sort: $sort, facets: $facets, first: ${first}, after: $after) {
    total
    edges { cursor highlights node { id title tags } segments { text startFrame timecode } }
    facets { name buckets { value count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function gql(token: keyof typeof tokens, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${tokens[token]}` });
}

async function search(variables: Record<string, unknown>, token: keyof typeof tokens = 'editor') {
  const { first, ...rest } = variables;
  const response = await gql(token, searchOperation(first as number | undefined), rest);
  expect(response.errors).toBeUndefined();
  return response.data!.searchAssets as {
    total: number;
    edges: {
      cursor: string;
      highlights: string[];
      node: { id: string; title: string; tags: string[] };
      segments: unknown[];
    }[];
    facets: { name: string; buckets: { value: string; count: number }[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function upload(path: string, title: string) {
  const response = await gql(
    'editor',
    'mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { assetId } }',
    {
      input: { filename: path.split('/').pop(), contentBase64: readFileSync(path).toString('base64'), title },
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.uploadSmallFile.assetId as string;
}

beforeAll(async () => {
  system = await startSystem({
    databaseUrlBase: infra.databaseUrlBase,
    databasePrefix: name,
    kafkaBrokers: infra.kafkaBrokers,
    topicPrefix: `${name}.`,
    elasticsearchUrl: infra.elasticsearchUrl,
    searchIndex: name,
    gatewaySecret: testSecret(),
    jwtSecret,
    mediaSecret: testSecret(),
    dataDir,
    port: 0,
    logLevel: 'silent',
  });
  tokens.editor = await issueUserToken(jwtSecret, { subject: 'editor-1', workspaceId: 'studio-a', roles: ['editor'] });
  tokens.admin = await issueUserToken(jwtSecret, { subject: 'admin-1', workspaceId: 'studio-a', roles: ['admin'] });
  tokens.outsider = await issueUserToken(jwtSecret, {
    subject: 'outsider-1',
    workspaceId: 'studio-b',
    roles: ['admin'],
  });
  const field = await gql(
    'admin',
    'mutation { defineMetadataField(input: { key: "location", label: "Location", type: TEXT }) { key } }',
  );
  expect(field.errors).toBeUndefined();

  clips.pal = await upload(
    makeClip(join(dataDir, 'seagull-pal.mp4'), { seconds: 2, width: 320, height: 240, rate: '25' }),
    'Seagull over the pier',
  );
  clips.hd = await upload(
    makeClip(join(dataDir, 'seagull-hd.mp4'), { seconds: 0.5, width: 1280, height: 720, rate: '30' }),
    'Seagull close-up',
  );
}, 120_000);

afterAll(async () => {
  await system?.stop();
  for (const service of SERVICE_NAMES) await dropDatabase(`${infra.databaseUrlBase}/${databaseName(name, service)}`);
  const es = new ElasticsearchClient({ node: infra.elasticsearchUrl });
  await es.indices.delete({ index: `${name}-*` }).catch(() => undefined);
  await es.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('searchAssets through the gateway', () => {
  it('finds an asset by a metadata value, as text and as a filter, highlighted', async () => {
    const created = await gql(
      'editor',
      'mutation { createAsset(input: { title: "Lighthouse establishing shot", type: "video" }) { id revision } }',
    );
    const { id, revision } = created.data!.createAsset;
    const set = await gql(
      'editor',
      'mutation($input: SetAssetMetadataInput!) { setAssetMetadata(input: $input) { revision } }',
      {
        input: { assetId: id, expectedRevision: revision, values: [{ key: 'location', value: 'Kijkduin beach' }] },
      },
    );
    expect(set.errors).toBeUndefined();

    const found = await waitFor(
      async () => {
        const result = await search({ query: 'kijkduin' });
        return result.total === 1 ? result : undefined;
      },
      { what: 'the metadata value to be searchable' },
    );
    expect(found.edges.map((e) => [e.node.id, e.highlights])).toEqual([[id, ['<em>Kijkduin</em> beach']]]);

    const filtered = await search({ filter: { metadata: [{ key: 'location', equals: 'Kijkduin beach' }] } });
    expect(filtered.edges.map((e) => e.node.title)).toEqual(['Lighthouse establishing shot']);
    expect((await search({ filter: { metadata: [{ key: 'location', equals: 'Scheveningen' }] } })).total).toBe(0);
  });

  it('combines type, frame rate and duration filters on facts ingest probed, and counts facets exactly', async () => {
    const filter = { types: ['video'], frameRates: ['25/1'], duration: { gte: 1, lte: 3 } };
    const result = await waitFor(
      async () => {
        const page = await search({ query: 'seagull', filter });
        return page.total === 1 ? page : undefined;
      },
      { what: 'media.probed facts to reach the search index', timeoutMs: 60_000 },
    );
    expect(result.edges.map((e) => e.node.id)).toEqual([clips.pal]);
    expect((await search({ query: 'seagull', filter: { ...filter, frameRates: ['30'] } })).total).toBe(0);

    const both = await waitFor(
      async () => {
        const page = await search({
          query: 'seagull',
          facets: ['type', 'frameRate', 'resolution', 'duration'],
          sort: 'DURATION_ASC',
        });
        return page.facets[1].buckets.length === 2 ? page : undefined;
      },
      { what: 'both clips to be probed' },
    );
    expect(both.total).toBe(2);
    expect(both.edges.map((e) => e.node.id)).toEqual([clips.hd, clips.pal]);
    expect(both.facets).toEqual([
      { name: 'type', buckets: [{ value: 'video', count: 2 }] },
      {
        name: 'frameRate',
        buckets: [
          { value: '25/1', count: 1 },
          { value: '30/1', count: 1 },
        ],
      },
      {
        name: 'resolution',
        buckets: [
          { value: 'SD', count: 1 },
          { value: 'HD', count: 1 },
          { value: 'FHD', count: 0 },
          { value: 'UHD', count: 0 },
        ],
      },
      {
        name: 'duration',
        buckets: [
          { value: '0-60', count: 2 },
          { value: '60-300', count: 0 },
          { value: '300-1200', count: 0 },
          { value: '1200-3600', count: 0 },
          { value: '3600-', count: 0 },
        ],
      },
    ]);
    expect((await search({ query: 'seagull', filter: { minHeight: 720 } })).edges.map((e) => e.node.id)).toEqual([
      clips.hd,
    ]);
  });

  it('finds assets by the technical metadata ingest published (codec, container), highlighted', async () => {
    const byCodec = await waitFor(
      async () => {
        const page = await search({ query: 'seagull h264', sort: 'TITLE_ASC' });
        return page.total === 2 ? page : undefined;
      },
      { what: 'technical metadata to be searchable' },
    );
    expect(byCodec.edges.map((e) => e.node.title)).toEqual(['Seagull close-up', 'Seagull over the pier']);
    for (const edge of byCodec.edges) expect(edge.highlights).toEqual(expect.arrayContaining(['<em>h264</em>']));
    expect((await search({ query: 'mp4 aac', filter: { frameRates: ['25/1'] } })).edges.map((e) => e.node.id)).toEqual([
      clips.pal,
    ]);
  });

  it('keeps everything after a rebuild from the database', async () => {
    await waitFor(async () => (await search({ query: 'seagull', filter: { frameRates: ['30/1'] } })).total === 1);
    const indexed = await rebuildSearchIndex(system.services.assets.dataSource, system.services.assets.search);
    expect(indexed).toBeGreaterThanOrEqual(3);
    expect(
      (
        await search({ query: 'seagull', filter: { types: ['video'], frameRates: ['30/1'], duration: { lte: 1 } } })
      ).edges.map((e) => e.node.id),
    ).toEqual([clips.hd]);
    expect((await search({ query: 'kijkduin' })).total).toBe(1);
  });

  it('sets tags with revision checks, and searches, filters and counts them', async () => {
    const current = await gql('editor', 'query($id: ID!) { asset(id: $id) { revision tags } }', { id: clips.pal });
    expect(current.data!.asset.tags).toEqual([]);
    const tagged = await gql(
      'editor',
      'mutation($id: ID!, $rev: Int!) { setAssetTags(assetId: $id, expectedRevision: $rev, tags: [" Birds ", "pier", "birds"]) { tags revision } }',
      {
        id: clips.pal,
        rev: current.data!.asset.revision,
      },
    );
    expect(tagged.data!.setAssetTags).toEqual({ tags: ['Birds', 'pier'], revision: current.data!.asset.revision + 1 });
    const stale = await gql(
      'editor',
      'mutation($id: ID!, $rev: Int!) { setAssetTags(assetId: $id, expectedRevision: $rev, tags: []) { tags } }',
      { id: clips.pal, rev: current.data!.asset.revision },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', current: { tags: ['Birds', 'pier'] } });

    const byTag = await waitFor(async () => {
      const page = await search({ query: 'pier', facets: ['tags'] });
      return page.facets[0].buckets.length ? page : undefined;
    });
    expect(byTag.edges.map((e) => e.node.id)).toEqual([clips.pal]);
    expect(byTag.edges[0].node.tags).toEqual(['Birds', 'pier']);
    expect(byTag.facets).toEqual([
      {
        name: 'tags',
        buckets: [
          { value: 'Birds', count: 1 },
          { value: 'pier', count: 1 },
        ],
      },
    ]);
    expect((await search({ filter: { tags: ['Birds'] } })).edges.map((e) => e.node.id)).toEqual([clips.pal]);
  });

  it('pages with cursors and suggests titles as they are typed', async () => {
    const first = await search({ query: 'seagull', sort: 'TITLE_ASC', first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ query: 'seagull', sort: 'TITLE_ASC', first: 1, after: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((e) => e.node.title)).toEqual([
      'Seagull close-up',
      'Seagull over the pier',
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const wrongSort = await gql('editor', searchOperation(), {
      query: 'seagull',
      sort: 'DURATION_ASC',
      after: first.pageInfo.endCursor,
    });
    expect(wrongSort.errors?.[0]).toMatchObject({
      message: 'after is not a cursor this API returned for this sort',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });

    const suggested = await gql(
      'editor',
      '{ suggestAssets(prefix: "seag clo") { highlight matchedField asset { id } } }',
    );
    expect(suggested.data!.suggestAssets).toEqual([
      { highlight: '<em>Seagull</em> <em>close</em>-up', matchedField: 'TITLE', asset: { id: clips.hd } },
    ]);
    const byFile = await gql(
      'editor',
      '{ suggestAssets(prefix: "seagull-pa") { highlight matchedField asset { id } } }',
    );
    expect(byFile.data!.suggestAssets).toEqual([
      { highlight: '<em>seagull-pa</em>l.mp4', matchedField: 'FILENAME', asset: { id: clips.pal } },
    ]);
  });

  it('takes unbalanced quotes as text, refuses a 10,000-character query and bad filters with BAD_USER_INPUT, never a 500', async () => {
    const plain = await search({ query: 'seagull pier' });
    expect(plain.edges.map((e) => e.node.id)).toEqual([clips.pal]);
    for (const query of ['"seagull pier', 'seagull pier"', 'seagull "pier'])
      expect((await search({ query })).edges.map((e) => e.node.id)).toEqual([clips.pal]);

    const long = await gql('editor', searchOperation(), { query: 'seagull '.repeat(1250) });
    expect(long.status).toBe(200);
    expect(long.errors).toEqual([
      expect.objectContaining({
        message: 'query must be at most 1000 characters; this one has 9999',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'query' }),
      }),
    ]);
    const tenThousand = await gql('editor', searchOperation(), { query: 'x'.repeat(10_000) });
    expect(tenThousand.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const badRate = await gql('editor', searchOperation(), { filter: { frameRates: ['29.97'] } });
    expect(badRate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.frameRates' } });
    const badFacet = await gql('editor', searchOperation(), { facets: ['colour'] });
    expect(badFacet.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const query of ['(((', 'seagull)', '+-|', '*', '\\', 'a~2 OR "b']) {
      const odd = await gql('editor', searchOperation(), { query });
      expect({ query, errors: odd.errors }).toEqual({ query, errors: undefined });
    }
  });

  it('shows another workspace nothing: no hits, no facet counts, no suggestions', async () => {
    const other = await search({ query: 'seagull', facets: ['type', 'frameRate'] }, 'outsider');
    expect(other).toEqual({
      total: 0,
      edges: [],
      facets: [
        { name: 'type', buckets: [] },
        { name: 'frameRate', buckets: [] },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect((await search({ query: '' }, 'outsider')).total).toBe(0);
    const suggested = await gql('outsider', '{ suggestAssets(prefix: "seag") { asset { id } } }');
    expect(suggested.data).toEqual({ suggestAssets: [] });
    const tags = await gql(
      'outsider',
      `mutation { setAssetTags(assetId: "${clips.pal}", expectedRevision: 1, tags: ["x"]) { id } }`,
    );
    expect(tags.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
