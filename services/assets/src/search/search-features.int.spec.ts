import { Client } from '@elastic/elasticsearch';
import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import { CreateEventTables1764400000000, uuidv7 } from '@mam/events';
import { testInfrastructure, uniqueName } from '@mam/testkit';
import { assetsMigrations } from '../service';
import { createElasticsearchIndex } from './elasticsearch-index';
import { createPostgresIndex } from './postgres-index';
import type { AssetSearchDocument, AssetSearchIndex, SearchMediaFacts, SearchRequest } from './search-index';
import { SearchInputError } from './search-input-error';

const infra = testInfrastructure();
const name = uniqueName('searchfeatures');
const databaseUrl = `${infra.databaseUrlBase}/${name}`;
let dataSource: DataSource;

const ids = { harbour: uuidv7(), interview: uuidv7(), ambience: uuidv7(), poster: uuidv7(), foreign: uuidv7() };
const media = (facts: Partial<SearchMediaFacts>): SearchMediaFacts => ({
  mediaKind: 'video',
  format: '',
  codec: '',
  durationSeconds: null,
  width: null,
  height: null,
  frameRate: null,
  technicalText: [],
  ...facts,
});

const documents: AssetSearchDocument[] = [
  {
    id: ids.harbour,
    workspaceId: 'w1',
    title: 'Harbour at dawn',
    description: 'Drone pass over the cranes',
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-11T09:00:00.000Z',
    type: 'video',
    tags: ['drone', 'coast'],
    filenames: ['Harbour_Dawn_v1.MOV'],
    metadata: { episode: 4, mood: 'calm', premiere: '2024-05-01', rights_territories: ['NL', 'BE'] },
    media: media({
      format: 'mov,mp4,m4a,3gp,3g2,mj2',
      codec: 'h264',
      durationSeconds: 42.5,
      width: 1920,
      height: 1080,
      frameRate: '25/1',
      technicalText: [
        'h264',
        'H.264 / AVC / MPEG-4 AVC / MPEG-10',
        'mov,mp4,m4a,3gp,3g2,mj2',
        'mov mp4 m4a 3gp 3g2 mj2',
      ],
    }),
  },
  {
    id: ids.interview,
    workspaceId: 'w1',
    title: 'Café interview',
    description: 'Sit-down with the skipper',
    createdAt: '2025-02-10T09:00:00.000Z',
    type: 'video',
    tags: ['interview'],
    filenames: ['cafe-interview.mxf'],
    metadata: { episode: 12, mood: 'tense' },
    media: media({
      codec: 'prores',
      durationSeconds: 600,
      width: 3840,
      height: 2160,
      frameRate: '50/1',
      technicalText: ['prores'],
    }),
    segments: [
      { kind: 'transcript', text: 'Good morning and welcome aboard', startFrame: 0, endFrame: 200, frameRate: '50/1' },
      {
        kind: 'transcript',
        text: 'The harbour master talks about the tides',
        startFrame: 1500,
        endFrame: 1750,
        frameRate: '50/1',
      },
      {
        kind: 'comment',
        text: 'Grade the skyline warmer',
        startFrame: 2000,
        endFrame: 2000,
        frameRate: '50/1',
        timecode: '10:00:40:00',
      },
    ],
  },
  {
    id: ids.ambience,
    workspaceId: 'w1',
    title: 'Studio ambience',
    description: '',
    createdAt: '2025-03-10T09:00:00.000Z',
    type: 'audio',
    filenames: ['room-tone.wav'],
    metadata: { mood: 'calm' },
    media: media({ mediaKind: 'audio', codec: 'pcm_s24le', durationSeconds: 3700 }),
  },
  {
    id: ids.poster,
    workspaceId: 'w1',
    title: 'Poster still',
    description: '',
    createdAt: '2025-04-10T09:00:00.000Z',
    type: null,
    filenames: ['poster.jpg'],
    metadata: {},
    media: media({ mediaKind: 'image', format: 'jpeg', width: 720, height: 1280 }),
  },
  {
    id: ids.foreign,
    workspaceId: 'w2',
    title: 'Harbour elsewhere',
    description: 'The harbour master of another studio',
    createdAt: '2025-01-01T09:00:00.000Z',
    type: 'video',
    filenames: ['Harbour_Dawn_v1.MOV'],
    metadata: { mood: 'calm' },
    media: media({ durationSeconds: 30, width: 1920, height: 1080, frameRate: '25/1' }),
    segments: [{ kind: 'transcript', text: 'harbour master speaking', startFrame: 0, endFrame: 10, frameRate: '25/1' }],
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

const titleOf = new Map(documents.map((d) => [d.id, d.title]));

function behavesLikeAFacetedSearchIndex(engine: string, open: () => AssetSearchIndex) {
  describe(`${engine} adapter`, () => {
    let index: AssetSearchIndex;
    const search = (request: Partial<SearchRequest>) =>
      index.search({ workspaceId: 'w1', query: '', first: 10, ...request });
    const titles = async (request: Partial<SearchRequest>) =>
      (await search(request)).hits.map((h) => titleOf.get(h.id));

    beforeAll(async () => {
      index = open();
      await index.ensure();
      for (const doc of documents) await index.upsert(doc);
      await index.refresh();
    });
    afterAll(() => index?.close());

    it('filters by type, frame rate and duration together, and by resolution', async () => {
      expect(
        await titles({ filter: { types: ['video'], frameRates: ['25'], duration: { gte: 10, lte: 100 } } }),
      ).toEqual(['Harbour at dawn']);
      expect(await titles({ filter: { types: ['video'], frameRates: ['50/1', '24000/1001'] } })).toEqual([
        'Café interview',
      ]);
      expect(await titles({ filter: { minHeight: 2160 } })).toEqual(['Café interview']);
      expect(await titles({ filter: { minWidth: 1000 }, sort: 'TITLE_ASC' })).toEqual([
        'Café interview',
        'Harbour at dawn',
      ]);
      expect(await titles({ filter: { types: ['image'] } })).toEqual(['Poster still']);
    });

    it('filters by metadata values: equals, anyOf, number and date ranges, list fields', async () => {
      expect(await titles({ filter: { metadata: [{ key: 'episode', equals: 4 }] } })).toEqual(['Harbour at dawn']);
      expect(await titles({ filter: { metadata: [{ key: 'mood', anyOf: ['calm'] }] }, sort: 'TITLE_ASC' })).toEqual([
        'Harbour at dawn',
        'Studio ambience',
      ]);
      expect(await titles({ filter: { metadata: [{ key: 'episode', gte: 5 }] } })).toEqual(['Café interview']);
      expect(await titles({ filter: { metadata: [{ key: 'episode', gte: 1, lte: 4 }] } })).toEqual(['Harbour at dawn']);
      expect(
        await titles({ filter: { metadata: [{ key: 'premiere', gte: '2024-01-01', lte: '2024-12-31' }] } }),
      ).toEqual(['Harbour at dawn']);
      expect(await titles({ filter: { metadata: [{ key: 'premiere', gte: '2025-01-01' }] } })).toEqual([]);
      expect(
        await titles({
          filter: {
            metadata: [
              { key: 'rights_territories', equals: 'BE' },
              { key: 'mood', equals: 'calm' },
            ],
          },
        }),
      ).toEqual(['Harbour at dawn']);
    });

    it('filters by creation and change dates and by tags', async () => {
      expect(
        await titles({ filter: { createdAt: { gte: '2025-02-01', lte: '2025-03-10' } }, sort: 'CREATED_AT_ASC' }),
      ).toEqual(['Café interview', 'Studio ambience']);
      expect(
        await titles({ filter: { updatedAt: { gte: '2025-01-11T00:00:00Z', lte: '2025-01-12T00:00:00Z' } } }),
      ).toEqual(['Harbour at dawn']);
      expect(await titles({ filter: { tags: ['interview', 'nothing'] } })).toEqual(['Café interview']);
    });

    it('counts facets over every match: type, frame rate, resolution and duration buckets, tags, metadata fields', async () => {
      const page = await search({
        first: 1,
        facets: [
          'type',
          'frameRate',
          'resolution',
          'duration',
          'tags',
          'metadata.mood',
          'metadata.rights_territories',
          'metadata.episode',
        ],
      });
      expect(page.total).toBe(4);
      expect(page.hits).toHaveLength(1);
      expect(page.facets).toEqual([
        {
          name: 'type',
          buckets: [
            { value: 'video', count: 2 },
            { value: 'audio', count: 1 },
            { value: 'image', count: 1 },
          ],
        },
        {
          name: 'frameRate',
          buckets: [
            { value: '25/1', count: 1 },
            { value: '50/1', count: 1 },
          ],
        },
        {
          name: 'resolution',
          buckets: [
            { value: 'SD', count: 0 },
            { value: 'HD', count: 1 },
            { value: 'FHD', count: 1 },
            { value: 'UHD', count: 1 },
          ],
        },
        {
          name: 'duration',
          buckets: [
            { value: '0-60', count: 1 },
            { value: '60-300', count: 0 },
            { value: '300-1200', count: 1 },
            { value: '1200-3600', count: 0 },
            { value: '3600-', count: 1 },
          ],
        },
        {
          name: 'tags',
          buckets: [
            { value: 'coast', count: 1 },
            { value: 'drone', count: 1 },
            { value: 'interview', count: 1 },
          ],
        },
        {
          name: 'metadata.mood',
          buckets: [
            { value: 'calm', count: 2 },
            { value: 'tense', count: 1 },
          ],
        },
        {
          name: 'metadata.rights_territories',
          buckets: [
            { value: 'BE', count: 1 },
            { value: 'NL', count: 1 },
          ],
        },
        {
          name: 'metadata.episode',
          buckets: [
            { value: '12', count: 1 },
            { value: '4', count: 1 },
          ],
        },
      ]);
      const narrowed = await search({ query: 'harbour', facets: ['type', 'duration'] });
      expect(narrowed.facets).toEqual([
        { name: 'type', buckets: [{ value: 'video', count: 2 }] },
        {
          name: 'duration',
          buckets: [
            { value: '0-60', count: 1 },
            { value: '60-300', count: 0 },
            { value: '300-1200', count: 1 },
            { value: '1200-3600', count: 0 },
            { value: '3600-', count: 0 },
          ],
        },
      ]);
    });

    it('sorts by title, duration (unknown last) and creation; relevance without words lists newest first', async () => {
      expect(await titles({ sort: 'TITLE_ASC' })).toEqual([
        'Café interview',
        'Harbour at dawn',
        'Poster still',
        'Studio ambience',
      ]);
      expect(await titles({ sort: 'TITLE_DESC' })).toEqual([
        'Studio ambience',
        'Poster still',
        'Harbour at dawn',
        'Café interview',
      ]);
      expect(await titles({ sort: 'DURATION_ASC' })).toEqual([
        'Harbour at dawn',
        'Café interview',
        'Studio ambience',
        'Poster still',
      ]);
      expect(await titles({ sort: 'DURATION_DESC' })).toEqual([
        'Studio ambience',
        'Café interview',
        'Harbour at dawn',
        'Poster still',
      ]);
      expect(await titles({ sort: 'CREATED_AT_ASC' })).toEqual([
        'Harbour at dawn',
        'Café interview',
        'Studio ambience',
        'Poster still',
      ]);
      expect(await titles({})).toEqual(['Poster still', 'Studio ambience', 'Café interview', 'Harbour at dawn']);
    });

    it('pages with cursors under every sort without repeating or skipping, and refuses a cursor of another sort', async () => {
      for (const sort of ['DURATION_ASC', 'DURATION_DESC', 'TITLE_ASC', 'CREATED_AT_DESC', 'RELEVANCE'] as const) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 6; i++) {
          const page = await search({ sort, first: 1, after, query: sort === 'RELEVANCE' ? 'harbour' : '' });
          seen.push(...page.hits.map((h) => titleOf.get(h.id)!));
          if (!page.hasNextPage) break;
          after = page.hits[0].cursor;
        }
        expect({ sort, seen }).toEqual({
          sort,
          seen:
            sort === 'RELEVANCE'
              ? expect.arrayContaining(['Harbour at dawn', 'Café interview'])
              : await titles({ sort }),
        });
        expect(new Set(seen).size).toBe(seen.length);
      }
      const durationCursor = (await search({ sort: 'DURATION_ASC', first: 1 })).hits[0].cursor;
      await expect(search({ sort: 'TITLE_ASC', after: durationCursor })).rejects.toThrow(SearchInputError);
      await expect(search({ after: 'not-a-cursor' })).rejects.toMatchObject({
        name: 'SearchInputError',
        field: 'after',
      });
    });

    it('finds technical metadata and tags by their words, highlighted', async () => {
      const [codec] = (await search({ query: 'h264' })).hits;
      expect(codec.id).toBe(ids.harbour);
      expect(codec.highlights).toContain('<em>h264</em>');
      expect(await titles({ query: 'mp4' })).toEqual(['Harbour at dawn']);
      expect(await titles({ query: 'prores' })).toEqual(['Café interview']);
      const [tag] = (await search({ query: 'drone' })).hits;
      expect(tag.highlights).toEqual(expect.arrayContaining(['<em>drone</em>', '<em>Drone</em> pass over the cranes']));
    });

    it('finds time-based segments and returns the matching ones with frames and timecode', async () => {
      const page = await search({ query: 'harbour master' });
      expect(page.hits.map((h) => h.id)).toEqual([ids.interview]);
      expect(page.hits[0].segments).toEqual([
        {
          kind: 'transcript',
          text: 'The <em>harbour</em> <em>master</em> talks about the tides',
          startFrame: 1500,
          endFrame: 1750,
          frameRate: '50/1',
          timecode: '00:00:30:00',
        },
      ]);
      const both = await search({ query: 'harbour', sort: 'TITLE_ASC' });
      expect(both.hits.map((h) => [titleOf.get(h.id), h.segments?.length])).toEqual([
        ['Café interview', 1],
        ['Harbour at dawn', 0],
      ]);
    });

    it('returns a segment with its own timecode as it has it (a review comment placed from the source start timecode)', async () => {
      const page = await search({ query: 'skyline' });
      expect(page.hits.map((h) => h.id)).toEqual([ids.interview]);
      expect(page.hits[0].segments).toEqual([
        {
          kind: 'comment',
          text: 'Grade the <em>skyline</em> warmer',
          startFrame: 2000,
          endFrame: 2000,
          frameRate: '50/1',
          timecode: '10:00:40:00',
        },
      ]);
    });

    it('takes an unpaired quote as text and honours paired ones', async () => {
      expect(await titles({ query: '"harbour master' })).toEqual(['Café interview']);
      expect(await titles({ query: 'harbour master"' })).toEqual(['Café interview']);
      expect(await titles({ query: '"master harbour"' })).toEqual([]);
      expect(await titles({ query: '"harbour master"' })).toEqual(['Café interview']);
    });

    it('shows one workspace nothing of another, in hits, facets and suggestions', async () => {
      const other = await index.search({
        workspaceId: 'w2',
        query: 'harbour master',
        first: 10,
        facets: ['type', 'metadata.mood'],
      });
      expect(other.hits.map((h) => h.id)).toEqual([ids.foreign]);
      expect(other.facets).toEqual([
        { name: 'type', buckets: [{ value: 'video', count: 1 }] },
        { name: 'metadata.mood', buckets: [{ value: 'calm', count: 1 }] },
      ]);
      expect((await index.suggest({ workspaceId: 'w2', prefix: 'harb', first: 10 })).map((s) => s.id)).toEqual([
        ids.foreign,
      ]);
      expect(await index.search({ workspaceId: 'w3', query: '', first: 10 })).toMatchObject({ hits: [], total: 0 });
    });

    it('suggests titles by word prefixes and file names by prefix, marking what was typed', async () => {
      expect(await index.suggest({ workspaceId: 'w1', prefix: 'harb', first: 5 })).toEqual([
        { id: ids.harbour, highlight: '<em>Harbour</em> at dawn', field: 'title' },
      ]);
      expect(await index.suggest({ workspaceId: 'w1', prefix: 'stu amb', first: 5 })).toEqual([
        { id: ids.ambience, highlight: '<em>Studio</em> <em>ambience</em>', field: 'title' },
      ]);
      expect(await index.suggest({ workspaceId: 'w1', prefix: 'harbour_dawn_v', first: 5 })).toEqual([
        { id: ids.harbour, highlight: '<em>Harbour_Dawn_v</em>1.MOV', field: 'filename' },
      ]);
      expect(await index.suggest({ workspaceId: 'w1', prefix: 'room-t', first: 5 })).toEqual([
        { id: ids.ambience, highlight: '<em>room-t</em>one.wav', field: 'filename' },
      ]);
      expect(await index.suggest({ workspaceId: 'w1', prefix: 'zzz', first: 5 })).toEqual([]);
      expect(await index.suggest({ workspaceId: 'w1', prefix: '  ', first: 5 })).toEqual([]);
    });

    it('highlights file names where they matched, ahead of technical values, and a date as one mark', async () => {
      const [byFilename] = (await search({ query: 'dawn' })).hits;
      expect(byFilename.id).toBe(ids.harbour);
      expect(byFilename.highlights).toEqual(['Harbour at <em>dawn</em>', 'Harbour_<em>Dawn</em>_v1.MOV']);
      const [byExtension] = (await search({ query: 'mov' })).hits;
      expect(byExtension.highlights).toEqual(['Harbour_Dawn_v1.<em>MOV</em>']);
      const [byDate] = (await search({ query: '2024-05-01' })).hits;
      expect(byDate.id).toBe(ids.harbour);
      expect(byDate.highlights).toEqual(['<em>2024-05-01</em>']);
    });

    it('refuses bad filters and facet names with the argument named', async () => {
      await expect(search({ filter: { frameRates: ['23.976'] } })).rejects.toMatchObject({
        field: 'filter.frameRates',
      });
      await expect(search({ filter: { metadata: [{ key: 'episode', gte: 'soon' }] } })).rejects.toMatchObject({
        field: 'filter.metadata[0]',
      });
      await expect(search({ filter: { types: ['hologram'] } })).rejects.toMatchObject({ field: 'filter.types' });
      await expect(search({ facets: ['colour'] })).rejects.toMatchObject({ field: 'facets' });
    });
  });
}

behavesLikeAFacetedSearchIndex('PostgreSQL', () => createPostgresIndex(dataSource));
behavesLikeAFacetedSearchIndex('Elasticsearch', () =>
  createElasticsearchIndex({ url: infra.elasticsearchUrl, alias: `${name}-es` }),
);

describe('Elasticsearch only', () => {
  it('folds accents: "cafe" finds "Café"', async () => {
    const index = createElasticsearchIndex({ url: infra.elasticsearchUrl, alias: `${name}-es` });
    try {
      expect((await index.search({ workspaceId: 'w1', query: 'cafe', first: 5 })).hits.map((h) => h.id)).toEqual([
        ids.interview,
      ]);
      expect(
        (await index.suggest({ workspaceId: 'w1', prefix: 'cafe int', first: 5 })).map((s) => s.highlight),
      ).toEqual(['<em>Café</em> <em>interview</em>']);
    } finally {
      await index.close();
    }
  });
});
