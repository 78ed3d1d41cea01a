import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as tus from 'tus-js-client';
import { findAll, parseXml, graphqlRequest, makeClip, waitFor, type GraphQLResponse } from '@mam/testkit';
import type { RunningSystem } from '@mam/system';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
const tokens: Record<'editor' | 'viewer' | 'outsider', string> = { editor: '', viewer: '', outsider: '' };

type Who = keyof typeof tokens;

function gql(who: Who, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${tokens[who]}` });
}

/** Runs an operation that must succeed and returns its data. */
async function ok(who: Who, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await gql(who, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function createAsset(title: string, who: Who = 'editor'): Promise<string> {
  return (
    await ok(who, 'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }', { input: { title } })
  ).createAsset.id;
}

async function createCollection(
  name: string,
  parentId?: string,
  who: Who = 'editor',
): Promise<{ id: string; revision: number }> {
  return (
    await ok(who, 'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id revision } }', {
      input: { name, parentId },
    })
  ).createCollection;
}

async function assetIdsOf(collectionId: string, first = 50): Promise<string[]> {
  const data = await ok(
    'editor',
    'query($id: ID!, $first: Int) { collection(id: $id) { assets(first: $first) { edges { node { id } } } } }',
    { id: collectionId, first },
  );
  return data.collection.assets.edges.map((e: { node: { id: string } }) => e.node.id);
}

async function childNames(collectionId: string): Promise<string[]> {
  const data = await ok('editor', 'query($id: ID!) { collection(id: $id) { children { name } } }', {
    id: collectionId,
  });
  return data.collection.children.map((c: { name: string }) => c.name);
}

async function historyOf(assetId: string) {
  const data = await ok(
    'editor',
    'query($id: ID!) { asset(id: $id) { revision history(first: 20) { edges { node { action actor revision changes { field from to } } } } } }',
    { id: assetId },
  );
  return {
    revision: data.asset.revision as number,
    entries: data.asset.history.edges.map((e: { node: unknown }) => e.node) as {
      action: string;
      actor: string;
      revision: number;
      changes: { field: string; from: string | null; to: string | null }[];
    }[],
  };
}

const ADD =
  'mutation($c: ID!, $a: [ID!]!, $p: Int) { addAssetsToCollection(collectionId: $c, assetIds: $a, position: $p) { id } }';
const MOVE_ASSET =
  'mutation($c: ID!, $a: ID!, $b: ID) { moveAssetInCollection(collectionId: $c, assetId: $a, beforeAssetId: $b) { id } }';

beforeAll(async () => {
  test = await startTestSystem('assets-collections');
  system = test.system;
  tokens.editor = await test.token('editor-1', 'studio-a', ['editor']);
  tokens.viewer = await test.token('viewer-1', 'studio-a', ['viewer']);
  tokens.outsider = await test.token('outsider-1', 'studio-b', ['admin']);
}, 120_000);

afterAll(() => test?.stop());

describe('nested collections', () => {
  it('gives each collection its path, refuses a move under its own descendant, and orders children', async () => {
    const projects = await createCollection('Projects');
    const harbour = await createCollection('Harbour', projects.id);
    const dailies = await createCollection('Dailies', harbour.id);

    const read = await ok(
      'editor',
      'query($id: ID!) { collection(id: $id) { name kind revision createdBy parent { name } path { name } } }',
      { id: dailies.id },
    );
    expect(read.collection).toEqual({
      name: 'Dailies',
      kind: 'MANUAL',
      revision: 1,
      createdBy: 'editor-1',
      parent: { name: 'Harbour' },
      path: [{ name: 'Projects' }, { name: 'Harbour' }],
    });
    const roots = await ok('editor', 'query { collections(parentId: null) { edges { node { name } } } }');
    expect(roots.collections.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('Projects');
    const underProjects = await ok(
      'editor',
      'query($p: ID) { collections(parentId: $p) { edges { node { name } } pageInfo { hasNextPage } } }',
      { p: projects.id },
    );
    expect(underProjects.collections).toEqual({
      edges: [{ node: { name: 'Harbour' } }],
      pageInfo: { hasNextPage: false },
    });

    const UPDATE =
      'mutation($id: ID!, $rev: Int!, $parent: ID, $name: String) { updateCollection(id: $id, expectedRevision: $rev, parentId: $parent, name: $name) { revision parent { id } path { name } } }';
    for (const parent of [dailies.id, harbour.id, projects.id]) {
      const cycle = await gql('editor', UPDATE, { id: projects.id, rev: 1, parent });
      expect(cycle.errors?.[0]).toMatchObject({
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldErrors: [
            {
              key: 'parentId',
              message: 'Collection "Projects" cannot move under itself or one of its own sub-collections',
            },
          ],
        },
      });
    }
    const stale = await gql('editor', UPDATE, { id: dailies.id, rev: 7, parent: null });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: dailies.id, revision: 1, name: 'Dailies', parentId: harbour.id },
    });

    // Two moves that are each fine alone but together would make a cycle: one of them is refused.
    const [left, right] = [await createCollection('Left'), await createCollection('Right')];
    const crossed = await Promise.all([
      gql('editor', UPDATE, { id: left.id, rev: 1, parent: right.id }),
      gql('editor', UPDATE, { id: right.id, rev: 1, parent: left.id }),
    ]);
    expect(crossed.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);

    const moved = await ok('editor', UPDATE, { id: dailies.id, rev: 1, parent: null });
    expect(moved.updateCollection).toEqual({ revision: 2, parent: null, path: [] });
    const renamed = await ok('editor', UPDATE, { id: harbour.id, rev: 1, name: 'Harbour film' });
    expect(renamed.updateCollection).toEqual({
      revision: 2,
      parent: { id: projects.id },
      path: [{ name: 'Projects' }],
    });
    const back = await ok('editor', UPDATE, { id: dailies.id, rev: 2, parent: harbour.id });
    expect(back.updateCollection.path).toEqual([{ name: 'Projects' }, { name: 'Harbour film' }]);

    const reels = await Promise.all(
      ['Reel A', 'Reel B', 'Reel C'].map(
        async (reel) => [reel, (await createCollection(reel, harbour.id)).id] as const,
      ),
    ).then(Object.fromEntries);
    const sorted = await childNames(harbour.id);
    expect(sorted[0]).toBe('Dailies');
    expect(sorted.slice(1).sort()).toEqual(['Reel A', 'Reel B', 'Reel C']);
    const MOVE = 'mutation($id: ID!, $before: ID) { moveCollection(id: $id, beforeCollectionId: $before) { id } }';
    await ok('editor', MOVE, { id: reels['Reel C'], before: dailies.id });
    await ok('editor', MOVE, { id: dailies.id, before: null });
    await ok('editor', MOVE, { id: reels['Reel A'], before: reels['Reel B'] });
    expect(await childNames(harbour.id)).toEqual(['Reel C', 'Reel A', 'Reel B', 'Dailies']);
    const notSibling = await gql('editor', MOVE, { id: reels['Reel A'], before: projects.id });
    expect(notSibling.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ key: 'beforeCollectionId' }],
    });

    const viewerEdit = await gql('viewer', UPDATE, { id: dailies.id, rev: 3, name: 'Mine' });
    expect(viewerEdit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nameless = await gql('editor', 'mutation { createCollection(input: {name: "   "}) { id } }');
    expect(nameless.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ key: 'name', message: 'Name must not be empty' }],
    });
  });

  it('refuses to delete a collection with sub-collections unless recursive, and never deletes its assets', async () => {
    const season = await createCollection('Season 2');
    const episode = await createCollection('Episode 1', season.id);
    const [trailer, interview] = [await createAsset('Season trailer'), await createAsset('Episode interview')];
    await ok('editor', ADD, { c: season.id, a: [trailer] });
    await ok('editor', ADD, { c: episode.id, a: [interview] });

    const DELETE =
      'mutation($id: ID!, $rev: Int!, $recursive: Boolean) { deleteCollection(id: $id, expectedRevision: $rev, recursive: $recursive) }';
    const refused = await gql('editor', DELETE, { id: season.id, rev: 1 });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Collection "Season 2" has 1 sub-collection: delete it first, or pass recursive: true',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ key: 'recursive' }] },
    });
    expect((await gql('editor', DELETE, { id: season.id, rev: 2, recursive: true })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    const deleted = await ok('editor', DELETE, { id: season.id, rev: 1, recursive: true });
    expect(deleted.deleteCollection).toEqual([episode.id, season.id]);

    expect(
      (await ok('editor', 'query($id: ID!) { collection(id: $id) { id } }', { id: season.id })).collection,
    ).toBeNull();
    expect(
      (await ok('editor', 'query($id: ID!) { collection(id: $id) { id } }', { id: episode.id })).collection,
    ).toBeNull();
    for (const [assetId, collection] of [
      [trailer, 'Season 2'],
      [interview, 'Episode 1'],
    ]) {
      const asset = await ok('editor', 'query($id: ID!) { asset(id: $id) { id collections { id } } }', { id: assetId });
      expect(asset.asset).toEqual({ id: assetId, collections: [] });
      const { entries } = await historyOf(assetId);
      expect(entries[0]).toMatchObject({
        action: 'REMOVED_FROM_COLLECTION',
        actor: 'editor-1',
        changes: [
          { field: 'collection', from: collection, to: null },
          { field: 'collectionId', to: null },
        ],
      });
    }
  });
});

describe('assets in collections', () => {
  it('keeps an asset in two collections with its own order in each, reorders and removes, and records membership in history', async () => {
    const [a1, a2, a3, a4] = [
      await createAsset('Shot 1'),
      await createAsset('Shot 2'),
      await createAsset('Shot 3'),
      await createAsset('Shot 4'),
    ];
    const selects = await createCollection('Selects');
    const broll = await createCollection('B-roll');

    await ok('editor', ADD, { c: selects.id, a: [a1, a2, a3] });
    await ok('editor', ADD, { c: broll.id, a: [a3, a1] });
    expect(await assetIdsOf(selects.id)).toEqual([a1, a2, a3]);
    expect(await assetIdsOf(broll.id)).toEqual([a3, a1]);

    await ok('editor', ADD, { c: selects.id, a: [a4, a2], p: 1 });
    expect(await assetIdsOf(selects.id)).toEqual([a1, a4, a2, a3]);
    await ok('editor', MOVE_ASSET, { c: selects.id, a: a3, b: a1 });
    expect(await assetIdsOf(selects.id)).toEqual([a3, a1, a4, a2]);
    await ok('editor', MOVE_ASSET, { c: selects.id, a: a1, b: null });
    expect(await assetIdsOf(selects.id)).toEqual([a3, a4, a2, a1]);
    // Many moves into the same gap exhaust it; the order survives the renumbering.
    for (let i = 0; i < 14; i++) {
      await ok('editor', MOVE_ASSET, { c: selects.id, a: i % 2 ? a2 : a1, b: a4 });
    }
    expect(await assetIdsOf(selects.id)).toEqual([a3, a1, a2, a4]);
    expect(await assetIdsOf(broll.id)).toEqual([a3, a1]);

    const pageOne = await ok(
      'editor',
      'query($id: ID!) { collection(id: $id) { assetCount assets(first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
      { id: selects.id },
    );
    expect(pageOne.collection.assetCount).toBe(4);
    expect(pageOne.collection.assets.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a3, a1, a2]);
    expect(pageOne.collection.assets.pageInfo.hasNextPage).toBe(true);
    const pageTwo = await ok(
      'editor',
      'query($id: ID!, $after: String) { collection(id: $id) { assets(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }',
      { id: selects.id, after: pageOne.collection.assets.pageInfo.endCursor },
    );
    expect(pageTwo.collection.assets).toEqual({ edges: [{ node: { id: a4 } }], pageInfo: { hasNextPage: false } });
    const badCursor = await gql(
      'editor',
      'query($id: ID!) { collection(id: $id) { assets(after: "nonsense") { edges { cursor } } } }',
      { id: selects.id },
    );
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const inBoth = await ok('editor', 'query($id: ID!) { asset(id: $id) { collections { name } } }', { id: a1 });
    expect(inBoth.asset.collections).toEqual([{ name: 'B-roll' }, { name: 'Selects' }]);

    await ok(
      'editor',
      'mutation($c: ID!, $a: [ID!]!) { removeAssetsFromCollection(collectionId: $c, assetIds: $a) { id } }',
      { c: broll.id, a: [a1, a2] },
    );
    expect(await assetIdsOf(broll.id)).toEqual([a3]);
    const { revision, entries } = await historyOf(a1);
    expect(revision).toBe(1);
    expect(entries.map((e) => [e.action, e.revision, e.changes.find((c) => c.field === 'collection')])).toEqual([
      ['REMOVED_FROM_COLLECTION', 1, { field: 'collection', from: 'B-roll', to: null }],
      ['ADDED_TO_COLLECTION', 1, { field: 'collection', from: null, to: 'B-roll' }],
      ['ADDED_TO_COLLECTION', 1, { field: 'collection', from: null, to: 'Selects' }],
      ['CREATED', 1, undefined],
    ]);
    expect(entries[2].changes).toContainEqual({ field: 'collectionId', from: null, to: selects.id });
    expect((await historyOf(a2)).entries.filter((e) => e.action === 'REMOVED_FROM_COLLECTION')).toEqual([]);

    const foreignAsset = await createAsset('Their shot', 'outsider');
    const missing = await gql('editor', ADD, {
      c: selects.id,
      a: [a2, foreignAsset, '00000000-0000-4000-8000-000000000000'],
    });
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      assetIds: [foreignAsset, '00000000-0000-4000-8000-000000000000'],
    });
    const notMember = await gql('editor', MOVE_ASSET, { c: broll.id, a: a1, b: null });
    expect(notMember.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', assetId: a1 });
    const viewerAdd = await gql('viewer', ADD, { c: selects.id, a: [a1] });
    expect(viewerAdd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await assetIdsOf(selects.id)).toEqual([a3, a1, a2, a4]);
  });
});

describe('saved searches', () => {
  it('are smart collections whose assets are what the saved search finds now', async () => {
    const dusk = await createAsset('Lighthouse at dusk');
    const keeper = await createAsset('Lighthouse keeper interview');
    await createAsset('Harbour crane timelapse');
    const parent = await createCollection('Searches');

    const saved = await ok(
      'editor',
      'mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id kind savedQuery savedFilters parent { name } } }',
      {
        input: { name: 'Lighthouses', query: 'lighthouse', parentCollectionId: parent.id },
      },
    );
    expect(saved.saveSearch).toMatchObject({
      kind: 'SMART',
      savedQuery: 'lighthouse',
      savedFilters: null,
      parent: { name: 'Searches' },
    });
    const smart = saved.saveSearch.id;

    const found = await waitFor(
      async () => {
        const ids = await assetIdsOf(smart);
        return ids.length === 2 ? ids : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250, what: 'the saved search to find both lighthouse assets' },
    );
    expect(found.sort()).toEqual([dusk, keeper].sort());
    expect(
      (await ok('editor', 'query($id: ID!) { collection(id: $id) { assetCount } }', { id: smart })).collection
        .assetCount,
    ).toBe(2);

    const later = await createAsset('Lighthouse lamp close-up');
    await waitFor(async () => (await assetIdsOf(smart)).includes(later), {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'a new matching asset to appear',
    });

    const soundAsset = (
      await ok('editor', 'mutation { createAsset(input: {title: "Lighthouse foghorn", type: "audio"}) { id } }')
    ).createAsset.id;
    const filtered = await ok(
      'editor',
      'mutation($f: JSON) { saveSearch(input: {name: "Lighthouse sounds", query: "lighthouse", filters: $f}) { id savedFilters } }',
      { f: { types: ['audio'] } },
    );
    expect(filtered.saveSearch.savedFilters).toEqual({ types: ['audio'] });
    await waitFor(async () => (await assetIdsOf(smart)).includes(soundAsset), {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'the sound asset to be searchable',
    });
    expect(await assetIdsOf(filtered.saveSearch.id)).toEqual([soundAsset]);
    const wrongFilter = await gql(
      'editor',
      'mutation($f: JSON) { saveSearch(input: {name: "Odd", query: "x", filters: $f}) { id } }',
      { f: { types: ['hologram'] } },
    );
    expect(wrongFilter.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ key: 'filters', message: expect.stringMatching(/^Filters: filter.types/) }],
    });

    const manualAdd = await gql('editor', ADD, { c: smart, a: [dusk] });
    expect(manualAdd.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ key: 'collectionId' }],
    });
    const manualMove = await gql('editor', MOVE_ASSET, { c: smart, a: dusk, b: null });
    expect(manualMove.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await gql('editor', 'mutation { saveSearch(input: {name: "Everything", query: "  "}) { id } }');
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ key: 'query' }] });
    const badFilters = await gql(
      'editor',
      'mutation($f: JSON) { saveSearch(input: {name: "Odd", query: "x", filters: $f}) { id } }',
      { f: ['not', 'an', 'object'] },
    );
    expect(badFilters.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ key: 'filters', message: 'Filters must be a JSON object' }],
    });
  }, 90_000);
});

describe('another workspace', () => {
  it('sees none of it: collections read as not found, its saved searches find none of our assets', async () => {
    const ours = await createCollection('Confidential');
    const child = await createCollection('Inside', ours.id);
    const asset = await createAsset('Confidential lighthouse plans');
    await ok('editor', ADD, { c: ours.id, a: [asset] });

    expect(
      (await ok('outsider', 'query($id: ID!) { collection(id: $id) { id } }', { id: ours.id })).collection,
    ).toBeNull();
    expect((await ok('outsider', 'query { collections { edges { node { id } } } }')).collections.edges).toEqual([]);
    expect((await ok('outsider', 'query($id: ID!) { asset(id: $id) { id } }', { id: asset })).asset).toBeNull();
    const attempts = [
      gql('outsider', 'query($p: ID) { collections(parentId: $p) { edges { node { id } } } }', { p: ours.id }),
      gql('outsider', 'mutation($id: ID!) { updateCollection(id: $id, expectedRevision: 1, name: "Taken") { id } }', {
        id: ours.id,
      }),
      gql('outsider', 'mutation($id: ID!) { deleteCollection(id: $id, expectedRevision: 1, recursive: true) }', {
        id: ours.id,
      }),
      gql('outsider', 'mutation($id: ID!) { moveCollection(id: $id) { id } }', { id: child.id }),
      gql('outsider', ADD, { c: ours.id, a: [asset] }),
      gql(
        'outsider',
        'mutation($c: ID!, $a: [ID!]!) { removeAssetsFromCollection(collectionId: $c, assetIds: $a) { id } }',
        { c: ours.id, a: [asset] },
      ),
      gql('outsider', MOVE_ASSET, { c: ours.id, a: asset, b: null }),
      gql('outsider', 'mutation($p: ID!) { createCollection(input: {name: "Squatter", parentId: $p}) { id } }', {
        p: ours.id,
      }),
      gql('outsider', 'query($c: ID!) { exportCollectionForEditing(collectionId: $c, format: FCPXML) { content } }', {
        c: ours.id,
      }),
      gql('outsider', 'query($a: [ID!]!) { exportAssetsForEditing(assetIds: $a, format: FCPXML) { content } }', {
        a: [asset],
      }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await gql(
      'editor',
      'mutation { updateCollection(id: "00000000-0000-4000-8000-000000000000", expectedRevision: 1, name: "x") { id } }',
    );
    expect(missing.errors?.[0]).toMatchObject({ message: 'Collection not found', extensions: { code: 'NOT_FOUND' } });
    const theirs = await gql(
      'outsider',
      'mutation($id: ID!) { updateCollection(id: $id, expectedRevision: 1, name: "x") { id } }',
      { id: ours.id },
    );
    expect(theirs.errors?.[0]).toEqual(missing.errors?.[0]);

    const theirSearch = (
      await ok('outsider', 'mutation { saveSearch(input: {name: "Spy", query: "confidential"}) { id } }')
    ).saveSearch.id;
    const ourSearch = (
      await ok('editor', 'mutation { saveSearch(input: {name: "Ours", query: "confidential"}) { id } }')
    ).saveSearch.id;
    await waitFor(async () => (await assetIdsOf(ourSearch)).includes(asset), {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'the asset to be searchable',
    });
    const spied = await ok(
      'outsider',
      'query($id: ID!) { collection(id: $id) { assetCount assets { edges { node { id } } } } }',
      { id: theirSearch },
    );
    expect(spied.collection).toEqual({ assetCount: 0, assets: { edges: [] } });
    expect(
      (await ok('editor', 'query($id: ID!) { collection(id: $id) { id } }', { id: theirSearch })).collection,
    ).toBeNull();
    expect(
      (await ok('editor', 'query($id: ID!) { asset(id: $id) { collections { name } } }', { id: asset })).asset
        .collections,
    ).toEqual([{ name: 'Confidential' }]);
  }, 60_000);
});

describe('hand-off to editing', () => {
  function tusUpload(path: string, metadata: Record<string, string>): Promise<string> {
    return new Promise((resolve, reject) => {
      const upload: tus.Upload = new tus.Upload(createReadStream(path), {
        endpoint: new URL('/files', system.gatewayUrl).toString(),
        uploadSize: statSync(path).size,
        metadata,
        headers: { authorization: `Bearer ${tokens.editor}` },
        retryDelays: [],
        onError: reject,
        onSuccess: () => resolve(upload.url!.split('/').pop()!),
      });
      upload.start();
    });
  }

  async function assetOfUpload(uploadId: string): Promise<string> {
    const rows: { asset_id: string }[] = await system.services.ingest.dataSource.query(
      'SELECT asset_id FROM uploads WHERE id = $1',
      [uploadId],
    );
    return rows[0].asset_id;
  }

  const EXPORT = `query($c: ID!) { exportCollectionForEditing(collectionId: $c, format: FCPXML) {
    format filename content skipped { assetId reason }
    media { assetId versionId filename proxyFilename renditionKey durationFrames frameRate startTimecode hasVideo hasAudio width height version { id renditions { kind url } } } } }`;

  it('files an upload into the collection it names and hands the collection over as FCPXML that relinks proxies to masters', async () => {
    const edit = await createCollection('Harbour edit');
    const foreign = await createCollection('Not yours', undefined, 'outsider');

    const pal = makeClip(join(test.workDir, 'pal.mp4'), {
      seconds: 3,
      width: 320,
      height: 180,
      rate: '25',
      timecode: '10:00:00:00',
    });
    const ntsc = makeClip(join(test.workDir, 'ntsc.mp4'), {
      seconds: 2,
      width: 320,
      height: 180,
      rate: '30000/1001',
      timecode: '01:00:00;00',
    });
    const palName = 'Harbour & Dawn "take 2" <A>.mp4';
    const ntscName = 'ночь на маяке.mp4';

    const palAsset = await assetOfUpload(await tusUpload(pal, { filename: palName, collectionId: edit.id }));
    const strayAsset = await assetOfUpload(await tusUpload(pal, { filename: 'stray.mp4', collectionId: foreign.id }));
    const small = await ok(
      'editor',
      'mutation($input: SmallFileUploadInput!) { uploadSmallFile(input: $input) { assetId } }',
      { input: { filename: ntscName, contentBase64: readFileSync(ntsc).toString('base64') } },
    );
    const ntscAsset: string = small.uploadSmallFile.assetId;

    await waitFor(async () => (await assetIdsOf(edit.id)).includes(palAsset), {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: 'the upload to be filed into its collection',
    });
    await waitFor(
      async () =>
        (await gql('editor', 'query($id: ID!) { asset(id: $id) { id } }', { id: ntscAsset })).data?.asset ?? undefined,
      { timeoutMs: 60_000, intervalMs: 250, what: 'the small file to become an asset' },
    );
    await ok('editor', ADD, { c: edit.id, a: [ntscAsset], p: 0 });
    expect(await assetIdsOf(edit.id)).toEqual([ntscAsset, palAsset]);

    const stray = await waitFor(async () => (await historyOf(strayAsset).catch(() => undefined))?.entries, {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: 'the stray upload to become an asset',
    });
    expect(stray.map((e) => e.action)).toEqual(['NOT_ADDED_TO_COLLECTION', 'VERSION_ADDED', 'CREATED']);
    expect(stray[0].changes).toEqual([{ field: 'requestedCollectionId', from: null, to: foreign.id }]);
    expect(
      (await ok('editor', 'query($id: ID!) { asset(id: $id) { collections { id } } }', { id: strayAsset })).asset
        .collections,
    ).toEqual([]);
    expect(
      (await ok('outsider', 'query($id: ID!) { collection(id: $id) { assetCount } }', { id: foreign.id })).collection
        .assetCount,
    ).toBe(0);
    const filed = (await historyOf(palAsset)).entries;
    expect(filed.map((e) => e.action)).toEqual(['ADDED_TO_COLLECTION', 'VERSION_ADDED', 'CREATED']);
    expect(filed[0]).toMatchObject({
      actor: 'editor-1',
      changes: [
        { field: 'collection', from: null, to: 'Harbour edit' },
        { field: 'collectionId', from: null, to: edit.id },
      ],
    });

    const handoff = await waitFor(
      async () => {
        const response = await gql('editor', EXPORT, { c: edit.id });
        const result = response.data?.exportCollectionForEditing;
        return result?.media.length === 2 && result.media.every((m: { renditionKey: string | null }) => m.renditionKey)
          ? result
          : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 500, what: 'both clips to be probed and have proxies' },
    );
    expect(handoff).toMatchObject({ format: 'FCPXML', filename: 'Harbour edit.fcpxml', skipped: [] });
    const [ntscMedia, palMedia] = handoff.media;
    expect(ntscMedia).toMatchObject({
      assetId: ntscAsset,
      filename: ntscName,
      proxyFilename: `${ntscName}.proxy.mp4`,
      durationFrames: 60,
      frameRate: '30000/1001',
      startTimecode: '01:00:00;00',
      hasVideo: true,
      hasAudio: true,
      width: 320,
      height: 180,
    });
    expect(palMedia).toMatchObject({
      assetId: palAsset,
      filename: palName,
      proxyFilename: `${palName}.proxy.mp4`,
      durationFrames: 75,
      frameRate: '25/1',
      startTimecode: '10:00:00:00',
      hasVideo: true,
      hasAudio: true,
    });
    expect(palMedia.renditionKey).toBe(`renditions/${palAsset}/${palMedia.versionId}/proxy/proxy.mp4`);

    const doc = parseXml(handoff.content);
    expect(doc.attributes.version).toBe('1.10');
    const assets = findAll(doc, 'asset');
    expect(
      assets.map((a) => [
        a.attributes.name,
        a.attributes.start,
        a.attributes.duration,
        a.attributes.hasVideo,
        a.attributes.hasAudio,
      ]),
    ).toEqual([
      [ntscName, '107999892/30000s', '60060/30000s', '1', '1'],
      [palName, '900000/25s', '75/25s', '1', '1'],
    ]);
    expect(assets.map((a) => a.children.map((m) => `${m.attributes.kind} ${m.attributes.src}`))).toEqual([
      [
        `original-media ./${encodeURIComponent(ntscName)}`,
        `proxy-media ./${encodeURIComponent(`${ntscName}.proxy.mp4`)}`,
      ],
      [
        `original-media ./${encodeURIComponent(palName)}`,
        `proxy-media ./${encodeURIComponent(`${palName}.proxy.mp4`)}`,
      ],
    ]);
    expect(handoff.content).toContain('name="Harbour &amp; Dawn &quot;take 2&quot; &lt;A&gt;.mp4"');
    const formats = new Map(findAll(doc, 'format').map((f) => [f.attributes.id, f.attributes]));
    expect(assets.map((a) => formats.get(a.attributes.format)?.frameDuration)).toEqual(['1001/30000s', '1/25s']);
    const clips = findAll(doc, 'asset-clip');
    expect(
      clips.map((c) => [
        assets.find((a) => a.attributes.id === c.attributes.ref)?.attributes.name,
        c.attributes.offset,
        c.attributes.tcFormat,
      ]),
    ).toEqual([
      [ntscName, '0s', 'DF'],
      [palName, '60060/30000s', 'NDF'],
    ]);
    expect(findAll(doc, 'event')[0].attributes.name).toBe('Harbour edit');

    // The proxy itself comes from ingest, signed, through the version the hand-off names.
    const proxy = palMedia.version.renditions.find((r: { kind: string }) => r.kind === 'proxy');
    expect(palMedia.version.id).toBe(palMedia.versionId);
    const fetched = await fetch(new URL(proxy.url, system.gatewayUrl), { headers: { range: 'bytes=0-99' } });
    expect(fetched.status).toBe(206);
    expect(fetched.headers.get('content-type')).toBe('video/mp4');

    const chosen = await ok(
      'editor',
      'query($a: [ID!]!) { exportAssetsForEditing(assetIds: $a, format: FCPXML) { filename content media { assetId } skipped { assetId } } }',
      { a: [palAsset, ntscAsset] },
    );
    expect(chosen.exportAssetsForEditing).toMatchObject({
      filename: 'Selection.fcpxml',
      media: [{ assetId: palAsset }, { assetId: ntscAsset }],
      skipped: [],
    });
    expect(findAll(parseXml(chosen.exportAssetsForEditing.content), 'asset').map((a) => a.attributes.name)).toEqual([
      palName,
      ntscName,
    ]);

    const textOnly = await createAsset('Script notes');
    const partial = await ok(
      'editor',
      'query($a: [ID!]!) { exportAssetsForEditing(assetIds: $a, format: FCPXML) { media { assetId } skipped { assetId versionId reason } } }',
      { a: [textOnly, palAsset] },
    );
    expect(partial.exportAssetsForEditing).toEqual({
      media: [{ assetId: palAsset }],
      skipped: [{ assetId: textOnly, versionId: null, reason: 'the asset has no file yet' }],
    });
  }, 240_000);
});
