import { TOPICS, UploadCompletedSchema, type UploadCompleted } from '@mam/proto';
import { createKafkaBus, decodeEnvelope, encodeEnvelope, uuidv7, type EventBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import type { RunningSystem } from '@mam/system';
import { graphqlRequest, testInfrastructure, waitFor, type GraphQLResponse } from '@mam/testkit';
import { startTestSystem, type TestSystem } from '@mam/system';

let test: TestSystem;
let system: RunningSystem;
let bus: EventBus;
const tokens: Record<'editor1' | 'editor2' | 'admin' | 'viewer' | 'outsider', string> = {
  editor1: '',
  editor2: '',
  admin: '',
  viewer: '',
  outsider: '',
};

const VERSION_FIELDS = 'id number filename sha256 size mimeType note createdBy current';
const ASSET_FIELDS = `id title type revision createdBy lock { holder acquiredAt expiresAt } currentVersion { id number filename } versions { ${VERSION_FIELDS} }`;
const HISTORY =
  'history(first: 10) { edges { node { action actor revision version { number } changes { field from to } } } }';

function gql(token: keyof typeof tokens, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${tokens[token]}` });
}

async function readAsset(id: string, token: keyof typeof tokens = 'editor1', fields = ASSET_FIELDS) {
  const response = await gql(token, `query($id: ID!) { asset(id: $id) { ${fields} } }`, { id });
  expect(response.errors).toBeUndefined();
  return response.data!.asset;
}

async function createAsset(title: string) {
  const response = await gql(
    'editor1',
    'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id revision } }',
    { input: { title, type: 'video' } },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createAsset as { id: string; revision: number };
}

const sha = (n: number) => n.toString(16).padStart(64, 'a');

type UploadFields = Partial<Omit<UploadCompleted, '$typeName' | '$unknown'>> & { assetId: string };

/** Publishes ingest's `upload.completed` on the real Kafka topic, as ingest would. */
async function publishUpload(fields: UploadFields, eventId = uuidv7()) {
  const payload = {
    uploadId: `tus-${uuidv7()}`,
    versionId: uuidv7(),
    workspaceId: 'studio-a',
    filename: 'clip.mov',
    size: 1_048_576n,
    sha256: sha(1),
    mimeType: 'video/quicktime',
    newAsset: false,
    uploadedBy: 'editor-1',
    ...fields,
  };
  const value = encodeEnvelope(
    {
      type: 'upload.completed',
      aggregateId: fields.assetId,
      actor: { subject: payload.uploadedBy, workspaceId: payload.workspaceId, kind: 'user' },
      schema: UploadCompletedSchema,
      payload,
    },
    eventId,
  );
  await bus.publish([{ topic: TOPICS.ingestUpload, key: fields.assetId, value }]);
  return payload;
}

async function waitForVersions(assetId: string, count: number) {
  return waitFor(
    async () => {
      const read = async () =>
        (await gql('editor1', `query($id: ID!) { asset(id: $id) { ${ASSET_FIELDS} } }`, { id: assetId })).data?.asset;
      const asset = await read();
      // The asset row and its versions are read one after the other, so the read that first sees the
      // new version may predate its commit for the asset row: read once more once it is there.
      return asset && asset.versions.length >= count ? await read() : undefined;
    },
    { what: `${count} versions of ${assetId}` },
  );
}

/** The events the assets service committed for one asset, in order, decoded. */
async function eventsOf(assetId: string) {
  const rows: { value: Buffer }[] = await system.services.assets.dataSource.query(
    'SELECT value FROM outbox WHERE key = $1 ORDER BY seq',
    [assetId],
  );
  return rows.map((r) => decodeEnvelope(r.value));
}

beforeAll(async () => {
  test = await startTestSystem('assets-versions');
  system = test.system;
  bus = createKafkaBus({
    brokers: testInfrastructure().kafkaBrokers,
    clientId: `${test.name}-ingest`,
    topicPrefix: `${test.name}.`,
    logger: createLogger('test-ingest', 'silent'),
  });
  tokens.editor1 = await test.token('editor-1', 'studio-a', ['editor']);
  tokens.editor2 = await test.token('editor-2', 'studio-a', ['editor']);
  tokens.admin = await test.token('admin-1', 'studio-a', ['admin']);
  tokens.viewer = await test.token('viewer-1', 'studio-a', ['viewer']);
  tokens.outsider = await test.token('outsider-1', 'studio-b', ['admin']);
}, 120_000);

afterAll(async () => {
  await bus?.stop();
  await test?.stop();
});

describe('versions from ingest uploads', () => {
  it('creates the asset from a new-asset upload, adds later uploads as versions, promotes an older one, and records it all in history and events', async () => {
    const assetId = uuidv7();
    const first = await publishUpload({
      assetId,
      newAsset: true,
      title: 'Harbour at dawn',
      filename: 'harbour_dawn_v1.mov',
      note: 'first cut',
      size: 5_000_000_000n,
      sha256: sha(11),
    });
    const created = await waitForVersions(assetId, 1);
    expect(created).toEqual({
      id: assetId,
      title: 'Harbour at dawn',
      type: 'video',
      revision: 1,
      createdBy: 'editor-1',
      lock: null,
      currentVersion: { id: first.versionId, number: 1, filename: 'harbour_dawn_v1.mov' },
      versions: [
        {
          id: first.versionId,
          number: 1,
          filename: 'harbour_dawn_v1.mov',
          sha256: sha(11),
          size: 5_000_000_000,
          mimeType: 'video/quicktime',
          note: 'first cut',
          createdBy: 'editor-1',
          current: true,
        },
      ],
    });

    const second = await publishUpload({
      assetId,
      filename: 'harbour_dawn_v2.mov',
      sha256: sha(12),
      note: '',
      uploadedBy: 'editor-2',
    });
    // The same version delivered again under another event id changes nothing.
    await publishUpload({ ...second, assetId });
    const updated = await waitForVersions(assetId, 2);
    expect(updated.revision).toBe(2);
    expect(updated.currentVersion).toEqual({ id: second.versionId, number: 2, filename: 'harbour_dawn_v2.mov' });
    expect(
      updated.versions.map((v: { number: number; current: boolean; note: string | null; createdBy: string }) => [
        v.number,
        v.current,
        v.note,
        v.createdBy,
      ]),
    ).toEqual([
      [1, false, 'first cut', 'editor-1'],
      [2, true, null, 'editor-2'],
    ]);

    const promoted = await gql(
      'editor1',
      `mutation($a: ID!, $v: ID!) { promoteVersion(assetId: $a, versionId: $v, expectedRevision: 2) { revision currentVersion { number } versions { number current } } }`,
      { a: assetId, v: first.versionId },
    );
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data!.promoteVersion).toEqual({
      revision: 3,
      currentVersion: { number: 1 },
      versions: [
        { number: 1, current: true },
        { number: 2, current: false },
      ],
    });

    const again = await gql(
      'editor1',
      `mutation($a: ID!, $v: ID!) { promoteVersion(assetId: $a, versionId: $v, expectedRevision: 3) { revision } }`,
      { a: assetId, v: first.versionId },
    );
    expect(again.errors?.[0]).toMatchObject({
      message: 'Version 1 is already the current version',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const history = (await readAsset(assetId, 'viewer', HISTORY)).history.edges.map((e: { node: unknown }) => e.node);
    expect(history).toEqual([
      {
        action: 'VERSION_PROMOTED',
        actor: 'editor-1',
        revision: 3,
        version: { number: 1 },
        changes: [{ field: 'currentVersion', from: '2', to: '1' }],
      },
      {
        action: 'VERSION_ADDED',
        actor: 'editor-2',
        revision: 2,
        version: { number: 2 },
        changes: [
          { field: 'version', from: null, to: '2' },
          { field: 'filename', from: null, to: 'harbour_dawn_v2.mov' },
          { field: 'currentVersion', from: '1', to: '2' },
        ],
      },
      {
        action: 'VERSION_ADDED',
        actor: 'editor-1',
        revision: 1,
        version: { number: 1 },
        changes: [
          { field: 'version', from: null, to: '1' },
          { field: 'filename', from: null, to: 'harbour_dawn_v1.mov' },
          { field: 'currentVersion', from: null, to: '1' },
        ],
      },
      {
        action: 'CREATED',
        actor: 'editor-1',
        revision: 1,
        version: null,
        changes: [
          { field: 'title', from: null, to: 'Harbour at dawn' },
          { field: 'type', from: null, to: 'video' },
        ],
      },
    ]);

    const page1 = (
      await readAsset(
        assetId,
        'viewer',
        'history(first: 3) { edges { node { action } } pageInfo { hasNextPage endCursor } }',
      )
    ).history;
    expect(page1.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'VERSION_PROMOTED',
      'VERSION_ADDED',
      'VERSION_ADDED',
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await readAsset(
        assetId,
        'viewer',
        `history(first: 3, after: "${page1.pageInfo.endCursor}") { edges { node { action } } pageInfo { hasNextPage } }`,
      )
    ).history;
    expect(page2).toEqual({ edges: [{ node: { action: 'CREATED' } }], pageInfo: { hasNextPage: false } });

    const events = await eventsOf(assetId);
    expect(events.map((e) => [e.type, e.actor.subject])).toEqual([
      ['asset.access-changed', 'editor-1'],
      ['asset.created', 'editor-1'],
      ['asset.version-created', 'editor-1'],
      ['asset.version-created', 'editor-2'],
      ['asset.current-version-changed', 'editor-1'],
    ]);
    expect(events[3].payload).toMatchObject({
      assetId,
      versionId: second.versionId,
      number: 2,
      workspaceId: 'studio-a',
      filename: 'harbour_dawn_v2.mov',
      sha256: sha(12),
      size: 1_048_576n,
      createdBy: 'editor-2',
      current: true,
    });
    expect(events[4].payload).toMatchObject({
      assetId,
      versionId: first.versionId,
      number: 1,
      workspaceId: 'studio-a',
    });

    // The other subgraphs learned of the asset from asset.created, and search finds it by a word of a file name.
    const found = await waitFor(
      async () => {
        const response = await gql(
          'editor1',
          '{ searchAssets(query: "dawn v2") { edges { node { id review { status } } } } }',
        );
        return response.data?.searchAssets.edges.find(
          (e: { node: { id: string; review: unknown } }) => e.node.id === assetId && e.node.review,
        );
      },
      { what: 'the asset to be found by its version file name' },
    );
    expect(found.node.review).toEqual({ status: 'PENDING' });
    const exact = await gql('editor1', '{ searchAssets(query: "harbour_dawn_v2.mov") { edges { node { id } } } }');
    expect(exact.data!.searchAssets.edges).toEqual([{ node: { id: assetId } }]);
  });

  it('keeps a version that arrives while someone else has the asset checked out, without making it current', async () => {
    const assetId = uuidv7();
    const first = await publishUpload({
      assetId,
      newAsset: true,
      filename: 'Lighthouse interview.wav',
      mimeType: 'audio/wav',
    });
    const created = await waitForVersions(assetId, 1);
    expect(created).toMatchObject({ title: 'Lighthouse interview.wav', type: 'audio', revision: 1 });

    const checkedOut = await gql(
      'editor2',
      'mutation($id: ID!) { checkOutAsset(id: $id, minutes: 30) { revision lock { holder } } }',
      { id: assetId },
    );
    expect(checkedOut.data!.checkOutAsset).toEqual({ revision: 2, lock: { holder: 'editor-2' } });

    const held = await publishUpload({ assetId, filename: 'Lighthouse interview (clean).wav', mimeType: 'audio/wav' });
    const afterHeld = await waitForVersions(assetId, 2);
    expect(afterHeld.currentVersion.id).toBe(first.versionId);
    expect(afterHeld.versions.map((v: { number: number; current: boolean }) => [v.number, v.current])).toEqual([
      [1, true],
      [2, false],
    ]);
    const [latest] = (await readAsset(assetId, 'editor1', HISTORY)).history.edges.map((e: { node: unknown }) => e.node);
    expect(latest).toMatchObject({ action: 'VERSION_HELD', actor: 'editor-1', version: { number: 2 } });
    expect(latest.changes[2]).toMatchObject({
      field: 'heldBy',
      from: null,
      to: expect.stringMatching(/^editor-2 until \d{4}-\d{2}-\d{2}T/),
    });
    const heldEvent = (await eventsOf(assetId)).find(
      (e) =>
        e.type === 'asset.version-created' &&
        (e.payload as unknown as { versionId: string }).versionId === held.versionId,
    );
    expect(heldEvent?.payload).toMatchObject({ number: 2, current: false });

    // Only the holder can promote the held version while the lock lasts.
    const promote = (token: keyof typeof tokens) =>
      gql(
        token,
        'mutation($a: ID!, $v: ID!) { promoteVersion(assetId: $a, versionId: $v, expectedRevision: 3) { revision currentVersion { number } } }',
        { a: assetId, v: held.versionId },
      );
    expect((await promote('editor1')).errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Asset is checked out by editor-2 until /),
      extensions: { code: 'LOCKED' },
    });
    expect((await promote('editor2')).data!.promoteVersion).toEqual({ revision: 4, currentVersion: { number: 2 } });

    // The holder's own upload goes through and becomes current.
    const own = await publishUpload({
      assetId,
      filename: 'Lighthouse interview (final).wav',
      mimeType: 'audio/wav',
      uploadedBy: 'editor-2',
    });
    const afterOwn = await waitForVersions(assetId, 3);
    expect(afterOwn.currentVersion).toEqual({
      id: own.versionId,
      number: 3,
      filename: 'Lighthouse interview (final).wav',
    });
    expect(afterOwn.revision).toBe(5);
  });

  it('dead-letters an upload for an asset that does not exist, and one that is malformed, and carries on', async () => {
    const unknown = uuidv7();
    await publishUpload({ assetId: unknown, filename: 'orphan.mov' });
    await publishUpload({ assetId: uuidv7(), newAsset: true, sha256: 'not-a-checksum' });
    const rows = await waitFor(
      async () => {
        const found: { reason: string }[] = await system.services.assets.dataSource.query(
          `SELECT reason FROM dead_letters WHERE consumer_group = 'assets.uploads' ORDER BY id`,
        );
        return found.length >= 2 ? found : undefined;
      },
      { what: 'two dead letters' },
    );
    expect(rows.map((r) => r.reason)).toEqual([
      `rejected: asset ${unknown} does not exist`,
      expect.stringMatching(
        /^rejected: upload tus-\S+ cannot become a version: sha256 is not 64 lowercase hex digits$/,
      ),
    ]);
    const later = uuidv7();
    await publishUpload({ assetId: later, newAsset: true, filename: 'after the bad ones.mov' });
    expect((await waitForVersions(later, 1)).title).toBe('after the bad ones.mov');
  });
});

describe('no conflicting edits', () => {
  it('applies an edit based on the current revision and refuses a stale one with CONFLICT carrying the current state', async () => {
    const { id } = await createAsset('Rough cut');
    const ok = await gql(
      'editor1',
      'mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { id title description revision updatedAt } }',
      {
        input: { id, expectedRevision: 1, title: 'Rough cut, tightened', description: 'Trimmed the opening' },
      },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateAsset).toMatchObject({
      id,
      title: 'Rough cut, tightened',
      description: 'Trimmed the opening',
      revision: 2,
    });

    const stale = await gql(
      'editor2',
      'mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { id revision } }',
      { input: { id, expectedRevision: 1, title: 'Something else' } },
    );
    expect(stale.data).toBeNull();
    expect(stale.errors).toHaveLength(1);
    expect(stale.errors![0].message).toBe(
      'Asset was changed meanwhile: the edit was based on revision 1, the asset is at revision 2',
    );
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: {
        id,
        revision: 2,
        title: 'Rough cut, tightened',
        description: 'Trimmed the opening',
        type: 'video',
        updatedAt: ok.data!.updateAsset.updatedAt,
        currentVersionId: null,
        lock: null,
      },
    });
    expect((await readAsset(id)).title).toBe('Rough cut, tightened');

    const history = (await readAsset(id, 'editor1', HISTORY)).history.edges.map((e: { node: unknown }) => e.node);
    expect(history[0]).toEqual({
      action: 'EDITED',
      actor: 'editor-1',
      revision: 2,
      version: null,
      changes: [
        { field: 'title', from: 'Rough cut', to: 'Rough cut, tightened' },
        { field: 'description', from: null, to: 'Trimmed the opening' },
      ],
    });
    const updated = (await eventsOf(id)).filter((e) => e.type === 'asset.updated');
    expect(updated.map((e) => e.payload)).toEqual([
      expect.objectContaining({ assetId: id, workspaceId: 'studio-a', title: 'Rough cut, tightened', revision: 2n }),
    ]);
  });

  it('lets exactly one of several simultaneous edits of the same revision through', async () => {
    const { id } = await createAsset('Contested');
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        gql(
          i % 2 ? 'editor1' : 'editor2',
          'mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { title revision } }',
          { input: { id, expectedRevision: 1, title: `Title ${i}` } },
        ),
      ),
    );
    const winners = attempts.filter((a) => a.data?.updateAsset);
    expect(winners).toHaveLength(1);
    expect(attempts.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(5);
    const asset = await readAsset(id, 'editor1', `revision title ${HISTORY}`);
    expect(asset).toMatchObject({ revision: 2, title: winners[0].data!.updateAsset.title });
    expect(asset.history.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['EDITED', 'CREATED']);
  });

  it('refuses a stale promoteVersion the same way', async () => {
    const assetId = uuidv7();
    const first = await publishUpload({ assetId, newAsset: true, filename: 'a.mov' });
    await publishUpload({ assetId, filename: 'b.mov' });
    await waitForVersions(assetId, 2);
    const stale = await gql(
      'editor1',
      `mutation($a: ID!, $v: ID!) { promoteVersion(assetId: $a, versionId: $v, expectedRevision: 1) { revision } }`,
      { a: assetId, v: first.versionId },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: assetId, revision: 2, currentVersionId: expect.any(String) },
    });
    expect((stale.errors![0].extensions!.current as { currentVersionId: string }).currentVersionId).not.toBe(
      first.versionId,
    );
  });
});

describe('check-out locks', () => {
  const update = (token: keyof typeof tokens, id: string, expectedRevision: number, title: string) =>
    gql(token, 'mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { title revision } }', {
      input: { id, expectedRevision, title },
    });

  it('refuses edits by others with LOCKED naming the holder and expiry, lets the holder edit, and lets only an admin break the lock', async () => {
    const { id } = await createAsset('Locked cut');
    const checkedOut = await gql(
      'editor1',
      'mutation($id: ID!) { checkOutAsset(id: $id, expectedRevision: 1, minutes: 30) { revision lock { holder acquiredAt expiresAt } } }',
      { id },
    );
    expect(checkedOut.errors).toBeUndefined();
    const lock = checkedOut.data!.checkOutAsset.lock;
    expect(checkedOut.data!.checkOutAsset.revision).toBe(2);
    expect(lock.holder).toBe('editor-1');
    const minutes = (Date.parse(lock.expiresAt) - Date.parse(lock.acquiredAt)) / 60_000;
    expect(minutes).toBe(30);

    const refusals = await Promise.all([
      update('editor2', id, 2, 'Not mine'),
      gql('editor2', 'mutation($input: SetAssetMetadataInput!) { setAssetMetadata(input: $input) { id } }', {
        input: { assetId: id, expectedRevision: 2, values: [{ key: 'rights_licence', value: 'CC-BY' }] },
      }),
      gql('editor2', 'mutation($id: ID!) { checkOutAsset(id: $id) { id } }', { id }),
      gql('editor2', 'mutation($id: ID!) { checkInAsset(id: $id) { id } }', { id }),
    ]);
    for (const refusal of refusals) {
      expect(refusal.errors?.[0]).toMatchObject({
        message: `Asset is checked out by editor-1 until ${lock.expiresAt}`,
        extensions: { code: 'LOCKED', holder: 'editor-1', expiresAt: lock.expiresAt },
      });
    }
    expect(await readAsset(id, 'editor2', 'title revision')).toEqual({ title: 'Locked cut', revision: 2 });

    expect((await update('editor1', id, 2, 'Mine to change')).data!.updateAsset).toEqual({
      title: 'Mine to change',
      revision: 3,
    });

    const notAdmin = await gql('editor2', 'mutation($id: ID!) { breakAssetLock(id: $id) { id } }', { id });
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const broken = await gql('admin', 'mutation($id: ID!) { breakAssetLock(id: $id) { revision lock { holder } } }', {
      id,
    });
    expect(broken.data!.breakAssetLock).toEqual({ revision: 4, lock: null });
    expect((await update('editor2', id, 4, 'Free again')).data!.updateAsset).toEqual({
      title: 'Free again',
      revision: 5,
    });

    const history = (await readAsset(id, 'editor1', HISTORY)).history.edges.map(
      (e: { node: { action: string; actor: string; changes: unknown[] } }) => [
        e.node.action,
        e.node.actor,
        e.node.changes[0],
      ],
    );
    expect(history).toEqual([
      ['EDITED', 'editor-2', { field: 'title', from: 'Mine to change', to: 'Free again' }],
      ['LOCK_BROKEN', 'admin-1', { field: 'lock', from: 'editor-1', to: null }],
      ['EDITED', 'editor-1', { field: 'title', from: 'Locked cut', to: 'Mine to change' }],
      ['LOCKED', 'editor-1', { field: 'lock', from: null, to: 'editor-1' }],
      ['CREATED', 'editor-1', { field: 'title', from: null, to: 'Locked cut' }],
    ]);
    expect((await eventsOf(id)).map((e) => e.type)).toEqual([
      'asset.access-changed',
      'asset.created',
      'asset.updated',
      'asset.updated',
      'asset.updated',
      'asset.updated',
    ]);
  });

  it('treats an expired lock as free and releases a lock on check-in', async () => {
    const { id } = await createAsset('Expiring');
    await gql('editor1', 'mutation($id: ID!) { checkOutAsset(id: $id, minutes: 5) { revision } }', { id });
    expect((await update('editor2', id, 2, 'Too early')).errors?.[0].extensions?.code).toBe('LOCKED');
    // Five minutes pass.
    await system.services.assets.dataSource.query(
      `UPDATE assets SET lock_acquired_at = now() - interval '6 minutes', lock_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    expect((await readAsset(id, 'editor2', 'lock { holder }')).lock).toBeNull();
    expect((await update('editor2', id, 2, 'After expiry')).data!.updateAsset).toEqual({
      title: 'After expiry',
      revision: 3,
    });

    const mine = await gql('editor2', 'mutation($id: ID!) { checkOutAsset(id: $id) { revision lock { holder } } }', {
      id,
    });
    expect(mine.data!.checkOutAsset).toEqual({ revision: 4, lock: { holder: 'editor-2' } });
    const released = await gql('editor2', 'mutation($id: ID!) { checkInAsset(id: $id) { revision lock { holder } } }', {
      id,
    });
    expect(released.data!.checkInAsset).toEqual({ revision: 5, lock: null });
    const [unlocked] = (await readAsset(id, 'editor1', HISTORY)).history.edges;
    expect(unlocked.node).toMatchObject({
      action: 'UNLOCKED',
      actor: 'editor-2',
      changes: [{ field: 'lock', from: 'editor-2', to: null }],
    });

    const badMinutes = await gql('editor1', 'mutation($id: ID!) { checkOutAsset(id: $id, minutes: 0) { id } }', { id });
    expect(badMinutes.errors?.[0]).toMatchObject({
      message: 'minutes must be between 1 and 10080',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const viewer = await gql('viewer', 'mutation($id: ID!) { checkOutAsset(id: $id) { id } }', { id });
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('workspace boundaries', () => {
  it("makes another workspace's asset and version look exactly like ones that do not exist, in every new query and mutation", async () => {
    const assetId = uuidv7();
    const upload = await publishUpload({ assetId, newAsset: true, filename: 'secret.mov' });
    await waitForVersions(assetId, 1);
    const missing = uuidv7();

    const mutations = (id: string, versionId: string) => [
      ['updateAsset', `mutation { updateAsset(input: { id: "${id}", expectedRevision: 1, title: "x" }) { id } }`],
      [
        'promoteVersion',
        `mutation { promoteVersion(assetId: "${id}", versionId: "${versionId}", expectedRevision: 1) { id } }`,
      ],
      ['checkOutAsset', `mutation { checkOutAsset(id: "${id}") { id } }`],
      ['checkInAsset', `mutation { checkInAsset(id: "${id}") { id } }`],
      ['breakAssetLock', `mutation { breakAssetLock(id: "${id}") { id } }`],
    ];
    const outcome = (r: GraphQLResponse) => ({
      data: r.data ?? null,
      errors: r.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })),
    });
    for (const [index, [field, query]] of mutations(assetId, upload.versionId).entries()) {
      const foreign = outcome(await gql('outsider', query));
      const absent = outcome(await gql('outsider', mutations(missing, uuidv7())[index][1]));
      expect({ field, ...foreign }).toEqual({
        field,
        data: null,
        errors: [{ message: 'Asset not found', code: 'NOT_FOUND' }],
      });
      expect(absent).toEqual(foreign);
    }
    const read = await gql(
      'outsider',
      `query($id: ID!, $v: ID!) { asset(id: $id) { id ${HISTORY} lock { holder } } assetVersion(id: $v) { id filename } }`,
      { id: assetId, v: upload.versionId },
    );
    expect(read).toMatchObject({ data: { asset: null, assetVersion: null } });
    expect(read.errors).toBeUndefined();
    expect(await readAsset(assetId, 'editor1', 'revision title lock { holder }')).toEqual({
      revision: 1,
      title: 'secret.mov',
      lock: null,
    });
  });
});
