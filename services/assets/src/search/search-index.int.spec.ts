import { Client } from '@elastic/elasticsearch';
import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import { CreateEventTables1764400000000, uuidv7 } from '@mam/events';
import { testInfrastructure, uniqueName } from '@mam/testkit';
import { assetsMigrations } from '../service';
import { createElasticsearchIndex } from './elasticsearch-index';
import { createPostgresIndex } from './postgres-index';
import type { AssetSearchDocument, AssetSearchIndex } from './search-index';

const infra = testInfrastructure();
const name = uniqueName('assetssearch');
const databaseUrl = `${infra.databaseUrlBase}/${name}`;
let dataSource: DataSource;

const ids = { clip: uuidv7(), other: uuidv7(), foreign: uuidv7() };
const documents: AssetSearchDocument[] = [
  {
    id: ids.clip,
    workspaceId: 'w1',
    title: 'Coastline b-roll',
    description: 'Waves at low tide',
    createdAt: new Date().toISOString(),
    filenames: ['Harbour_Dawn_v1.MOV', 'Harbour_Dawn_v2.MOV'],
    metadata: { location: 'Lighthouse at Kijkduin', episode: 4, cleared: true, rights_territories: ['NL', 'BE'] },
  },
  {
    id: ids.other,
    workspaceId: 'w1',
    title: 'Studio interview',
    description: '',
    createdAt: new Date().toISOString(),
    filenames: ['interview-take12.wav'],
    metadata: {},
  },
  {
    id: ids.foreign,
    workspaceId: 'w2',
    title: 'Harbour dawn elsewhere',
    description: '',
    createdAt: new Date().toISOString(),
    filenames: ['Harbour_Dawn_v2.MOV'],
    metadata: { location: 'Lighthouse' },
  },
];

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  dataSource = createDataSource({
    url: databaseUrl,
    entities: [],
    migrations: [CreateEventTables1764400000000, ...assetsMigrations],
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  for (const doc of documents) {
    await dataSource.query(
      `INSERT INTO assets (id, workspace_id, title, created_by, created_at, updated_at) VALUES ($1, $2, $3, 'tester', now(), now())`,
      [doc.id, doc.workspaceId, doc.title],
    );
  }
});

afterAll(async () => {
  await dataSource?.destroy();
  await dropDatabase(databaseUrl);
  const es = new Client({ node: infra.elasticsearchUrl });
  await es.indices.delete({ index: `${name}-*` }).catch(() => undefined);
  await es.close();
});

async function hits(index: AssetSearchIndex, query: string, workspaceId = 'w1') {
  const page = await index.search({ workspaceId, query, first: 10 });
  return page.hits.map((h) => ({ id: h.id, highlights: h.highlights }));
}

function behavesLikeASearchIndex(engine: string, open: () => Promise<AssetSearchIndex>) {
  describe(`${engine} adapter`, () => {
    let index: AssetSearchIndex;
    beforeAll(async () => {
      index = await open();
      await index.ensure();
      for (const doc of documents) await index.upsert(doc);
      await index.refresh();
    });
    afterAll(() => index?.close());

    it('matches words of version file names and whole file names, only in the asked workspace', async () => {
      expect((await hits(index, 'dawn')).map((h) => h.id)).toEqual([ids.clip]);
      expect((await hits(index, 'harbour v2')).map((h) => h.id)).toEqual([ids.clip]);
      expect((await hits(index, 'Harbour_Dawn_v2.MOV')).map((h) => h.id)).toEqual([ids.clip]);
      expect((await hits(index, 'take12')).map((h) => h.id)).toEqual([ids.other]);
      expect((await hits(index, 'dawn', 'w2')).map((h) => h.id)).toEqual([ids.foreign]);
    });

    it('matches metadata values, with the matching value highlighted', async () => {
      const [hit, ...rest] = await hits(index, 'kijkduin');
      expect(rest).toEqual([]);
      expect(hit.id).toBe(ids.clip);
      expect(hit.highlights).toContain('Lighthouse at <em>Kijkduin</em>');
      expect((await hits(index, 'NL')).map((h) => h.id)).toEqual([ids.clip]);
      expect((await hits(index, 'lighthouse')).map((h) => h.id)).toEqual([ids.clip]);
      expect(await hits(index, 'true')).toEqual([]);
    });

    it('forgets values removed by a later upsert', async () => {
      await index.upsert({ ...documents[0], metadata: { episode: 4 } });
      await index.refresh();
      expect(await hits(index, 'kijkduin')).toEqual([]);
      expect((await hits(index, '4')).map((h) => h.id)).toEqual([ids.clip]);
    });
  });
}

behavesLikeASearchIndex('PostgreSQL', async () => createPostgresIndex(dataSource));
behavesLikeASearchIndex('Elasticsearch', async () =>
  createElasticsearchIndex({ url: infra.elasticsearchUrl, alias: `${name}-fresh` }),
);

describe('Elasticsearch index made under an older mapping', () => {
  const alias = `${name}-v1`;
  const es = new Client({ node: infra.elasticsearchUrl });
  afterAll(() => es.close());

  it('is moved to the current mapping on ensure(), keeping its documents searchable', async () => {
    await es.indices.create({
      index: `${alias}-1`,
      aliases: { [alias]: {} },
      mappings: {
        dynamic: 'strict',
        properties: {
          id: { type: 'keyword' },
          workspaceId: { type: 'keyword' },
          title: { type: 'text' },
          description: { type: 'text' },
          createdAt: { type: 'date' },
        },
      },
    });
    await es.index({
      index: alias,
      id: ids.other,
      document: {
        id: ids.other,
        workspaceId: 'w1',
        title: 'Studio interview',
        description: '',
        createdAt: new Date().toISOString(),
      },
      refresh: true,
    });
    const index = createElasticsearchIndex({ url: infra.elasticsearchUrl, alias });
    try {
      await index.ensure();
      expect((await hits(index, 'studio')).map((h) => h.id)).toEqual([ids.other]);
      expect((await index.suggest({ workspaceId: 'w1', prefix: 'stud', first: 5 })).map((s) => s.id)).toEqual([
        ids.other,
      ]);
      const concrete = Object.keys(await es.indices.getAlias({ name: alias }));
      expect(concrete).not.toContain(`${alias}-1`);
      expect(Object.values(await es.indices.getMapping({ index: alias }))[0].mappings._meta).toEqual({ version: 2 });
      await index.ensure();
      expect(Object.keys(await es.indices.getAlias({ name: alias }))).toEqual(concrete);
    } finally {
      await index.close();
    }
  });
});

describe('Elasticsearch index made before file names and metadata were searchable', () => {
  const alias = `${name}-old`;
  const es = new Client({ node: infra.elasticsearchUrl });
  afterAll(() => es.close());

  it('gains the new fields on ensure() and then accepts and finds documents with them', async () => {
    await es.indices.create({
      index: `${alias}-1`,
      aliases: { [alias]: {} },
      mappings: {
        dynamic: 'strict',
        properties: {
          id: { type: 'keyword' },
          workspaceId: { type: 'keyword' },
          title: { type: 'text' },
          description: { type: 'text' },
          createdAt: { type: 'date' },
        },
      },
    });
    const index = createElasticsearchIndex({ url: infra.elasticsearchUrl, alias });
    try {
      await index.ensure();
      await index.upsert(documents[0]);
      await index.refresh();
      expect((await hits(index, 'dawn kijkduin')).map((h) => h.id)).toEqual([ids.clip]);
      const mapping = await es.indices.getMapping({ index: alias });
      expect(Object.values(mapping)[0].mappings.properties?.metadata).toEqual({
        type: 'flattened',
        ignore_above: 1024,
      });
    } finally {
      await index.close();
    }
  });
});
