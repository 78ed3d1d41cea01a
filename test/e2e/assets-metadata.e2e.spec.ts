import { decodeEnvelope, uuidv7 } from '@mam/events';
import type { AssetUpdated } from '@mam/proto';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, waitFor, type GraphQLResponse } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
const tokens: Record<'editor' | 'editor2' | 'admin' | 'outsider', string> = {
  editor: '',
  editor2: '',
  admin: '',
  outsider: '',
};

const FIELD = 'key label type choices required description system';
const SET =
  'mutation($input: SetAssetMetadataInput!) { setAssetMetadata(input: $input) { id revision metadata { key label type value } } }';
const BULK =
  'mutation($input: BulkSetAssetMetadataInput!) { bulkSetAssetMetadata(input: $input) { id revision metadata { key value } } }';

function gql(token: keyof typeof tokens, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${tokens[token]}` });
}

async function createAsset(title: string, type: string | null = 'video', token: keyof typeof tokens = 'editor') {
  const response = await gql(
    token,
    'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id revision } }',
    { input: { title, type } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createAsset as { id: string; revision: number };
}

async function defineField(input: Record<string, unknown>) {
  const response = await gql(
    'admin',
    `mutation($input: DefineMetadataFieldInput!) { defineMetadataField(input: $input) { ${FIELD} } }`,
    { input },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.defineMetadataField;
}

async function snapshot(id: string) {
  const response = await gql(
    'editor',
    'query($id: ID!) { asset(id: $id) { revision metadata { key value } history(first: 5) { edges { node { action } } } } }',
    { id },
  );
  return response.data!.asset as {
    revision: number;
    metadata: { key: string; value: unknown }[];
    history: { edges: { node: { action: string } }[] };
  };
}

beforeAll(async () => {
  test = await startTestSystem('assets-metadata');
  system = test.system;
  tokens.editor = await test.token('editor-1', 'studio-a', ['editor']);
  tokens.editor2 = await test.token('editor-2', 'studio-a', ['editor']);
  tokens.admin = await test.token('admin-1', 'studio-a', ['admin']);
  tokens.outsider = await test.token('outsider-1', 'studio-b', ['admin']);

  await defineField({ key: 'episode', label: 'Episode', type: 'NUMBER', required: true });
  await defineField({
    key: 'director',
    label: 'Director',
    type: 'USER',
    required: true,
    description: 'Who directed it',
  });
  await defineField({ key: 'mood', label: 'Mood', type: 'SINGLE_CHOICE', choices: ['calm', 'tense', 'joyful'] });
  await defineField({ key: 'location', label: 'Location', type: 'TEXT' });
  await defineField({ key: 'premiere', label: 'Premiere', type: 'DATE' });
  await defineField({ key: 'homepage', label: 'Homepage', type: 'URL' });
  await defineField({ key: 'cleared', label: 'Cleared', type: 'BOOLEAN' });
  const schema = await gql(
    'admin',
    'mutation($input: DefineMetadataSchemaInput!) { defineMetadataSchema(input: $input) { name assetTypes fields { key required } } }',
    {
      input: {
        name: 'Episodes',
        assetTypes: ['video'],
        fieldKeys: ['episode', 'director', 'mood', 'rights_territories'],
      },
    },
  );
  expect(schema.data!.defineMetadataSchema).toEqual({
    name: 'Episodes',
    assetTypes: ['video'],
    fields: [
      { key: 'episode', required: true },
      { key: 'director', required: true },
      { key: 'mood', required: false },
      { key: 'rights_territories', required: false },
    ],
  });
}, 120_000);

afterAll(() => test?.stop());

describe('metadata fields and schemas', () => {
  it("lists the built-in rights fields first, then the workspace's own, and keeps them to the workspace", async () => {
    const response = await gql('editor', `{ metadataFields { ${FIELD} } metadataSchemas { name } }`);
    const fields = response.data!.metadataFields as {
      key: string;
      type: string;
      choices: string[] | null;
      system: boolean;
    }[];
    expect(fields.map((f) => [f.key, f.type, f.system])).toEqual([
      ['rights_licence', 'TEXT', true],
      ['rights_expires', 'DATE', true],
      ['rights_territories', 'MULTIPLE_CHOICE', true],
      ['rights_channels', 'MULTIPLE_CHOICE', true],
      ['episode', 'NUMBER', false],
      ['director', 'USER', false],
      ['mood', 'SINGLE_CHOICE', false],
      ['location', 'TEXT', false],
      ['premiere', 'DATE', false],
      ['homepage', 'URL', false],
      ['cleared', 'BOOLEAN', false],
    ]);
    expect(fields[2].choices).toHaveLength(249);
    expect(fields[2].choices).toEqual(expect.arrayContaining(['DE', 'FR', 'GB', 'US', 'JP']));
    expect(fields[3].choices).toEqual(['broadcast', 'web', 'social', 'cinema', 'internal']);
    expect(fields[5]).toMatchObject({
      label: 'Director',
      required: true,
      description: 'Who directed it',
      choices: null,
    });
    expect(response.data!.metadataSchemas).toEqual([{ name: 'Episodes' }]);

    const other = await gql('outsider', '{ metadataFields { key } metadataSchemas { name } }');
    expect(other.data).toEqual({
      metadataFields: [
        { key: 'rights_licence' },
        { key: 'rights_expires' },
        { key: 'rights_territories' },
        { key: 'rights_channels' },
      ],
      metadataSchemas: [],
    });
  });

  it('refuses bad definitions, duplicates, reserved keys, and non-admins', async () => {
    const define = (token: keyof typeof tokens, input: Record<string, unknown>) =>
      gql(token, 'mutation($input: DefineMetadataFieldInput!) { defineMetadataField(input: $input) { key } }', {
        input,
      });
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { key: 'Bad-Key', label: 'x', type: 'TEXT' },
        'key',
        'Key must start with a lowercase letter and hold only lowercase letters, digits and underscores (at most 63)',
      ],
      [
        { key: `a${'b'.repeat(63)}`, label: 'x', type: 'TEXT' },
        'key',
        'Key must start with a lowercase letter and hold only lowercase letters, digits and underscores (at most 63)',
      ],
      [{ key: 'episode', label: 'Again', type: 'TEXT' }, 'key', 'A metadata field with key "episode" already exists'],
      [
        { key: 'rights_music', label: 'Music', type: 'TEXT' },
        'key',
        'Keys starting with "rights_" are reserved for built-in rights fields',
      ],
      [
        { key: 'status', label: 'Status', type: 'SINGLE_CHOICE' },
        'choices',
        'A SINGLE_CHOICE field needs at least one choice',
      ],
      [
        { key: 'status', label: 'Status', type: 'TEXT', choices: ['a'] },
        'choices',
        'Only SINGLE_CHOICE and MULTIPLE_CHOICE fields have choices',
      ],
      [{ key: 'status', label: ' ', type: 'TEXT' }, 'label', 'Label must be 1 to 200 characters'],
    ];
    for (const [input, field, message] of cases) {
      const response = await define('admin', input);
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(
      (await define('editor', { key: 'status', label: 'Status', type: 'TEXT' })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const schema = await gql(
      'admin',
      'mutation { defineMetadataSchema(input: { name: "Bad", assetTypes: ["video"], fieldKeys: ["episode", "nope", "neither"] }) { name } }',
    );
    expect(schema.errors?.[0]).toMatchObject({
      message: 'Unknown metadata fields: nope, neither',
      extensions: { code: 'BAD_USER_INPUT', field: 'fieldKeys' },
    });
    const type = await gql(
      'admin',
      'mutation { defineMetadataSchema(input: { name: "Bad", assetTypes: ["film"], fieldKeys: ["episode"] }) { name } }',
    );
    expect(type.errors?.[0]).toMatchObject({
      message: 'Unknown asset types film; use video, audio, image, document, other',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('setAssetMetadata', () => {
  it('reports every problem of an edit at once and writes nothing', async () => {
    const { id } = await createAsset('Episode 3, rough cut');
    const response = await gql('editor', SET, {
      input: {
        assetId: id,
        expectedRevision: 1,
        values: [
          { key: 'episode', value: 'three' },
          { key: 'mood', value: 'angry' },
          { key: 'premiere', value: '2027-02-30' },
          { key: 'homepage', value: 'not a url' },
          { key: 'rights_territories', value: ['DE', 'XX'] },
          { key: 'cleared', value: 'yes' },
          { key: 'colour', value: 'red' },
          { key: 'location', value: 'Harbour' },
        ],
      },
    });
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].message).toBe('Metadata values refused (8 problems); nothing was changed');
    expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions?.fieldErrors).toEqual([
      { key: 'episode', message: 'must be a number, not a string' },
      { key: 'mood', message: '"angry" is not one of the choices: calm, tense, joyful' },
      { key: 'premiere', message: '"2027-02-30" is not a valid date (YYYY-MM-DD)' },
      { key: 'homepage', message: '"not a url" is not a valid URL' },
      { key: 'rights_territories', message: expect.stringMatching(/^"XX" is not among the choices: AD, AE/) },
      { key: 'cleared', message: 'must be true or false, not a string' },
      { key: 'colour', message: 'is not a metadata field of this workspace' },
      { key: 'director', message: 'is required for this asset\'s type by metadata schema "Episodes"' },
    ]);
    expect(await snapshot(id)).toEqual({
      revision: 1,
      metadata: [],
      history: { edges: [{ node: { action: 'CREATED' } }] },
    });
  });

  it('stores valid values typed, records each change in history, makes them searchable, and refuses a stale edit with CONFLICT', async () => {
    const { id } = await createAsset('Episode 4, fine cut');
    const values = [
      { key: 'episode', value: 4 },
      { key: 'director', value: ' editor-2 ' },
      { key: 'mood', value: 'calm' },
      { key: 'location', value: 'Lighthouse at Kijkduin' },
      { key: 'premiere', value: '2027-03-01' },
      { key: 'homepage', value: 'https://example.org/episode-4' },
      { key: 'cleared', value: true },
      { key: 'rights_territories', value: ['NL', 'BE', 'NL'] },
      { key: 'rights_channels', value: ['broadcast', 'web'] },
      { key: 'rights_expires', value: '2029-12-31' },
    ];
    const response = await gql('editor', SET, { input: { assetId: id, expectedRevision: 1, values } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.setAssetMetadata.revision).toBe(2);
    expect(response.data!.setAssetMetadata.metadata).toEqual([
      { key: 'rights_expires', label: 'Rights expire', type: 'DATE', value: '2029-12-31' },
      { key: 'rights_territories', label: 'Territories', type: 'MULTIPLE_CHOICE', value: ['NL', 'BE'] },
      { key: 'rights_channels', label: 'Channels', type: 'MULTIPLE_CHOICE', value: ['broadcast', 'web'] },
      { key: 'episode', label: 'Episode', type: 'NUMBER', value: 4 },
      { key: 'director', label: 'Director', type: 'USER', value: 'editor-2' },
      { key: 'mood', label: 'Mood', type: 'SINGLE_CHOICE', value: 'calm' },
      { key: 'location', label: 'Location', type: 'TEXT', value: 'Lighthouse at Kijkduin' },
      { key: 'premiere', label: 'Premiere', type: 'DATE', value: '2027-03-01' },
      { key: 'homepage', label: 'Homepage', type: 'URL', value: 'https://example.org/episode-4' },
      { key: 'cleared', label: 'Cleared', type: 'BOOLEAN', value: true },
    ]);

    const changed = await gql('editor', SET, {
      input: {
        assetId: id,
        expectedRevision: 2,
        values: [
          { key: 'mood', value: 'tense' },
          { key: 'location', value: null },
          { key: 'episode', value: 4 },
        ],
      },
    });
    expect(changed.data!.setAssetMetadata.revision).toBe(3);
    const history = await gql(
      'editor',
      'query($id: ID!) { asset(id: $id) { history(first: 2) { edges { node { action actor revision changes { field from to } } } } } }',
      { id },
    );
    expect(history.data!.asset.history.edges[0].node).toEqual({
      action: 'METADATA_CHANGED',
      actor: 'editor-1',
      revision: 3,
      changes: [
        { field: 'metadata.mood', from: 'calm', to: 'tense' },
        { field: 'metadata.location', from: 'Lighthouse at Kijkduin', to: null },
      ],
    });
    expect(history.data!.asset.history.edges[1].node.changes).toContainEqual({
      field: 'metadata.rights_territories',
      from: null,
      to: 'NL, BE',
    });

    // Other services learn the values from the event: the whole state after the change.
    const rows: { value: Buffer }[] = await system.services.assets.dataSource.query(
      'SELECT value FROM outbox WHERE key = $1 ORDER BY seq',
      [id],
    );
    const updated = rows
      .map((r) => decodeEnvelope(r.value))
      .filter((e) => e.type === 'asset.updated')
      .map((e) => e.payload as AssetUpdated)
      .at(-1)!;
    expect(updated.revision).toBe(3n);
    expect(JSON.parse(updated.metadataJson)).toEqual({
      rights_expires: '2029-12-31',
      rights_territories: ['NL', 'BE'],
      rights_channels: ['broadcast', 'web'],
      episode: 4,
      director: 'editor-2',
      mood: 'tense',
      premiere: '2027-03-01',
      homepage: 'https://example.org/episode-4',
      cleared: true,
    });

    const stale = await gql('editor2', SET, {
      input: { assetId: id, expectedRevision: 2, values: [{ key: 'mood', value: 'joyful' }] },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id, revision: 3, metadata: { mood: 'tense', episode: 4 } },
    });

    const found = await waitFor(
      async () => {
        const search = await gql('editor', '{ searchAssets(query: "tense") { edges { node { id } highlights } } }');
        return search.data?.searchAssets.edges.find((e: { node: { id: string } }) => e.node.id === id);
      },
      { what: 'the asset to be found by a metadata value' },
    );
    expect(found.highlights).toContain('<em>tense</em>');
    const outsider = await gql('outsider', '{ searchAssets(query: "tense") { total } }');
    expect(outsider.data!.searchAssets.total).toBe(0);
    const doc = await system.services.assets.search.search({ workspaceId: 'studio-a', query: 'Kijkduin', first: 5 });
    expect(doc.hits.map((h) => h.id)).not.toContain(id);
  });

  it('does not require schema fields on assets of other types', async () => {
    const { id } = await createAsset('Press photo', 'image');
    const response = await gql('editor', SET, {
      input: { assetId: id, expectedRevision: 1, values: [{ key: 'rights_licence', value: 'Editorial use only' }] },
    });
    expect(response.data!.setAssetMetadata.metadata).toEqual([
      { key: 'rights_licence', label: 'Licence', type: 'TEXT', value: 'Editorial use only' },
    ]);
  });
});

describe('bulkSetAssetMetadata', () => {
  async function threeAssets() {
    const assets = [
      await createAsset('Bulk one', 'audio'),
      await createAsset('Bulk two', 'audio'),
      await createAsset('Bulk three', 'image'),
    ];
    return assets.map((a) => a.id);
  }

  it('applies the same values to every asset in one go, each with its own revision and history entry', async () => {
    const ids = await threeAssets();
    const response = await gql('editor', BULK, {
      input: {
        assetIds: ids,
        values: [
          { key: 'rights_channels', value: ['social'] },
          { key: 'rights_licence', value: 'Agency deal 2027' },
        ],
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.bulkSetAssetMetadata).toEqual(
      ids.map((id) => ({
        id,
        revision: 2,
        metadata: [
          { key: 'rights_licence', value: 'Agency deal 2027' },
          { key: 'rights_channels', value: ['social'] },
        ],
      })),
    );
    for (const id of ids)
      expect((await snapshot(id)).history.edges.map((e) => e.node.action)).toEqual(['METADATA_CHANGED', 'CREATED']);
  });

  it('changes nothing when one asset is not found, one is locked by someone else, or a value is invalid', async () => {
    const ids = await threeAssets();
    const foreign = (await createAsset('Studio B clip', 'audio', 'outsider')).id;
    const missing = uuidv7();
    const values = [{ key: 'rights_licence', value: 'Should not land' }];

    const notFound = await gql('editor', BULK, { input: { assetIds: [...ids, foreign, missing], values } });
    expect(notFound.errors?.[0]).toMatchObject({
      message: `Assets not found: ${foreign}, ${missing}`,
      extensions: { code: 'NOT_FOUND', assetIds: [foreign, missing] },
    });

    const invalid = await gql('editor', BULK, {
      input: {
        assetIds: ids,
        values: [...values, { key: 'rights_channels', value: ['radio'] }, { key: 'rights_expires', value: 'soon' }],
      },
    });
    expect(invalid.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        {
          key: 'rights_channels',
          message: '"radio" is not among the choices: broadcast, web, social, cinema, internal',
        },
        { key: 'rights_expires', message: '"soon" is not a valid date (YYYY-MM-DD)' },
      ],
    });

    const lock = await gql('editor2', 'mutation($id: ID!) { checkOutAsset(id: $id) { revision lock { expiresAt } } }', {
      id: ids[1],
    });
    const locked = await gql('editor', BULK, { input: { assetIds: ids, values } });
    expect(locked.errors?.[0]).toMatchObject({
      message: `Asset ${ids[1]} is checked out by editor-2 until ${lock.data!.checkOutAsset.lock.expiresAt}`,
      extensions: { code: 'LOCKED', holder: 'editor-2', assetId: ids[1] },
    });

    const snapshots = await Promise.all(ids.map(snapshot));
    expect(snapshots.map((s) => [s.revision, s.metadata])).toEqual([
      [1, []],
      [2, []],
      [1, []],
    ]);
    expect(
      (await gql('outsider', 'query($id: ID!) { asset(id: $id) { revision metadata { key } } }', { id: foreign })).data!
        .asset,
    ).toEqual({ revision: 1, metadata: [] });
  });

  it('reports required fields per asset when a schema applies to some of them', async () => {
    const video = (await createAsset('Needs episode')).id;
    const image = (await createAsset('Does not', 'image')).id;
    const response = await gql('editor', BULK, {
      input: { assetIds: [video, image], values: [{ key: 'mood', value: 'joyful' }] },
    });
    expect(response.errors?.[0].extensions?.fieldErrors).toEqual([
      { key: 'episode', message: 'is required for this asset\'s type by metadata schema "Episodes"', assetId: video },
      { key: 'director', message: 'is required for this asset\'s type by metadata schema "Episodes"', assetId: video },
    ]);
    expect((await snapshot(image)).revision).toBe(1);
  });
});

describe('workspace boundaries', () => {
  it("answers another workspace's asset exactly like a missing one in the metadata mutations", async () => {
    const { id } = await createAsset('Studio A only');
    const missing = uuidv7();
    const outcome = (r: GraphQLResponse) => ({
      data: r.data ?? null,
      errors: r.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })),
    });
    const set = (assetId: string) =>
      gql('outsider', SET, {
        input: { assetId, expectedRevision: 1, values: [{ key: 'rights_licence', value: 'mine now' }] },
      });
    expect(outcome(await set(id))).toEqual({ data: null, errors: [{ message: 'Asset not found', code: 'NOT_FOUND' }] });
    expect(outcome(await set(missing))).toEqual(outcome(await set(id)));
    const bulk = (assetId: string) =>
      gql('outsider', BULK, { input: { assetIds: [assetId], values: [{ key: 'rights_licence', value: 'mine now' }] } });
    expect((await bulk(id)).errors?.[0]).toMatchObject({
      message: `Assets not found: ${id}`,
      extensions: { code: 'NOT_FOUND', assetIds: [id] },
    });
    expect((await bulk(missing)).errors?.[0]).toMatchObject({
      message: `Assets not found: ${missing}`,
      extensions: { code: 'NOT_FOUND', assetIds: [missing] },
    });
    const read = await gql('outsider', 'query($id: ID!) { asset(id: $id) { metadata { key } } }', { id });
    expect(read.data).toEqual({ asset: null });
    expect(await snapshot(id)).toMatchObject({ revision: 1, metadata: [] });
  });
});
