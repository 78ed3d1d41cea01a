import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import * as tus from 'tus-js-client';
import WebSocket from 'ws';
import { decodeEnvelope } from '@mam/events';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import { ffprobe, graphqlRequest, makeClip, waitFor, type GraphQLResponse } from '@mam/testkit';

let test: TestSystem;
let system: RunningSystem;
let editor: string;
let dataDir: string;

const REPO = resolve(__dirname, '..', '..');
const BAGIT_LIB = join(REPO, '.infra', 'lib', 'bagit');

const gql = (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${editor}` });

async function ok(query: string, variables?: Record<string, unknown>) {
  const response = await gql(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function upload(path: string, metadata: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    const instance = new tus.Upload(createReadStream(path), {
      endpoint: new URL('/files', system.gatewayUrl).toString(),
      uploadSize: statSync(path).size,
      metadata,
      headers: { authorization: `Bearer ${editor}` },
      retryDelays: [],
      onError: fail,
      onSuccess: () => done(instance.url!),
    });
    instance.start();
  });
}

/** Changes one byte of a file in place. */
function flipByte(path: string, at: number): void {
  const fd = openSync(path, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, at);
  writeSync(fd, Buffer.from([byte[0] ^ 0xff]), 0, 1, at);
  closeSync(fd);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const ASSET = `query($id: ID!) { asset(id: $id) { id title ingestStatus storageTier
  versions { id number sha256 storageTier }
  currentVersion { id renditions { kind status url } }
  archive { tier copies { packageId location bag status payloadBytes lastFixityResult } lastFixity { location result detail } jobs { id kind status } audit { action } } } }`;

const readAsset = async (id: string) => (await ok(ASSET, { id })).asset;

const JOB = 'id kind status progress reason output';
const waitJob = (id: string) =>
  waitFor(
    async () => {
      const job = (await ok(`query($id: ID!) { archiveJob(id: $id) { ${JOB} } }`, { id })).archiveJob;
      return ['READY', 'FAILED', 'CANCELLED'].includes(job?.status) ? job : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 300, what: `archive job ${id}` },
  );

/** The Library of Congress BagIt implementation's verdict on a bag folder. */
function bagitCheck(folder: string): { status: number | null; out: string } {
  const result = spawnSync('java', ['-cp', `${BAGIT_LIB}/*`, join(REPO, 'infra', 'bagit', 'BagCheck.java'), folder], {
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout.trim() };
}

beforeAll(async () => {
  if (!existsSync(BAGIT_LIB))
    throw new Error('the BagIt checker jars are missing: run infra/up.sh (it fetches them into .infra/lib/bagit)');
  test = await startTestSystem('archive', { archive: { FIXITY_INTERVAL_SECONDS: '0' } });
  system = test.system;
  dataDir = join(test.workDir, 'data');
  editor = await test.token('editor-1', 'studio-a', ['editor']);
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.dispose();
  await test?.stop();
});

const clients: Client[] = [];

/** A live subscription through the gateway: what it received so far. */
function subscribe(query: string, variables: Record<string, unknown>) {
  const received: Record<string, any>[] = [];
  const client = createClient({
    url: system.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${editor}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  clients.push(client);
  client.subscribe(
    { query, variables },
    {
      next: (result) => received.push(result.errors ? { errors: result.errors } : result.data!),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return received;
}

describe('archive and reuse', () => {
  let assetId: string;
  let versions: { id: string; number: number; sha256: string }[];
  let collectionId: string;

  it('archives an asset with two versions to two locations as a valid BagIt bag; the masters leave the online tier, search and proxy keep working', async () => {
    const first = makeClip(join(test.workDir, 'lighthouse-v1.mp4'), {
      seconds: 2,
      width: 320,
      height: 240,
      timecode: '10:00:00:00',
    });
    const second = makeClip(join(test.workDir, 'lighthouse-v2.mp4'), {
      seconds: 1,
      width: 320,
      height: 240,
      timecode: '11:00:00:00',
    });
    const url = await upload(first, { filename: 'lighthouse v1.mp4', title: 'Lighthouse at dusk' });
    assetId = (
      await system.services.ingest.dataSource.query('SELECT asset_id::text FROM uploads WHERE id = $1', [
        url.split('/').pop(),
      ])
    )[0].asset_id;
    await waitFor(async () => (await readAsset(assetId))?.ingestStatus === 'READY', {
      timeoutMs: 120_000,
      what: 'version 1 ingested',
    });
    await upload(second, { filename: 'lighthouse v2.mp4', assetId });
    const ready = await waitFor(
      async () => {
        const asset = await readAsset(assetId);
        return asset?.versions.length === 2 && asset.ingestStatus === 'READY' && asset.archive?.tier === 'HOT'
          ? asset
          : undefined;
      },
      { timeoutMs: 120_000, what: 'version 2 ingested and known to archive' },
    );
    expect(ready.versions.map((v: { storageTier: string }) => v.storageTier)).toEqual(['HOT', 'HOT']);
    versions = ready.versions;
    const masters = versions.map((v) => join(dataDir, 'storage', 'masters', assetId, v.id, 'master'));
    expect(masters.map(sha256)).toEqual(versions.map((v) => v.sha256));
    await waitFor(
      async () =>
        (
          await system.services.archive.dataSource.query(
            'SELECT 1 FROM asset_versions WHERE asset_id = $1 AND media_kind IS NOT NULL',
            [assetId],
          )
        ).length === 2,
      { what: 'media facts' },
    );

    // Archive by collection: a dry run says what would move and how many bytes, then the run.
    collectionId = (await ok('mutation { createCollection(input: { name: "Coast" }) { id } }')).createCollection.id;
    await ok('mutation($c: ID!, $a: [ID!]!) { addAssetsToCollection(collectionId: $c, assetIds: $a) { id } }', {
      c: collectionId,
      a: [assetId],
    });
    const PLAN = `dryRun totalBytes assets { assetId title versionIds bytes } blocked { assetId reason } jobs { ${JOB} }`;
    const bytes = masters.reduce((sum, master) => sum + statSync(master).size, 0);
    const dry = await waitFor(
      async () => {
        const plan = (
          await ok(`mutation($c: ID!) { archiveCollection(collectionId: $c, dryRun: true) { ${PLAN} } }`, {
            c: collectionId,
          })
        ).archiveCollection;
        return plan.assets.length ? plan : undefined;
      },
      { what: 'the collection known to archive' },
    );
    expect(dry).toEqual({
      dryRun: true,
      totalBytes: bytes,
      assets: [{ assetId, title: 'Lighthouse at dusk', versionIds: versions.map((v) => v.id), bytes }],
      blocked: [],
      jobs: [],
    });
    expect(existsSync(masters[0])).toBe(true);
    const plan = (
      await ok(`mutation($c: ID!) { archiveCollection(collectionId: $c, dryRun: false) { ${PLAN} } }`, {
        c: collectionId,
      })
    ).archiveCollection;
    expect(plan).toMatchObject({ dryRun: false, totalBytes: bytes, blocked: [] });
    const [job] = plan.jobs;
    expect(job).toMatchObject({ kind: 'ARCHIVE', status: 'QUEUED' });
    const again = await gql(`mutation($id: ID!) { archiveAsset(assetId: $id) { id } }`, { id: assetId });
    expect(again.errors?.[0]).toMatchObject({
      message: 'This asset is already being archived',
      extensions: { code: 'CONFLICT' },
    });
    const done = await waitJob(job.id);
    expect(done).toMatchObject({ status: 'READY', progress: 1, reason: null });
    expect(done.output.locations).toEqual(['archive-a', 'archive-b']);

    const archived = await readAsset(assetId);
    expect(archived.storageTier).toBe('COLD');
    expect(archived.versions.map((v: { storageTier: string }) => v.storageTier)).toEqual(['COLD', 'COLD']);
    expect(archived.archive.copies.map((c: { location: string; status: string }) => [c.location, c.status])).toEqual([
      ['archive-a', 'GOOD'],
      ['archive-b', 'GOOD'],
    ]);
    expect(archived.archive.audit.map((a: { action: string }) => a.action)).toEqual(['archive requested', 'archived']);
    for (const master of masters) expect(existsSync(master)).toBe(false);

    // The bag, as anyone can read it without our software.
    const bag = join(dataDir, 'archive-a', done.output.bag);
    const manifest = readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toContain(`${versions[0].sha256}  data/v1/lighthouse_v1.mp4\n`);
    expect(manifest).toContain(`${versions[1].sha256}  data/v2/lighthouse_v2.mp4\n`);
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe(
      'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n',
    );
    expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toContain('Title: Lighthouse at dusk\n');
    const sidecar = JSON.parse(readFileSync(join(bag, 'data', 'metadata', 'asset.json'), 'utf8'));
    expect(sidecar.asset.title).toBe('Lighthouse at dusk');
    expect(
      sidecar.versions.map((v: { number: number; sha256: string; technicalMetadata: { frameRate: string } }) => [
        v.number,
        v.sha256,
        v.technicalMetadata.frameRate,
      ]),
    ).toEqual([
      [1, versions[0].sha256, '25/1'],
      [2, versions[1].sha256, '25/1'],
    ]);
    const premis = JSON.parse(readFileSync(join(bag, 'data', 'metadata', 'premis-events.json'), 'utf8'));
    expect(premis.events.map((e: { eventType: string }) => e.eventType)).toEqual(
      expect.arrayContaining(['ingestion', 'archive requested', 'message digest calculation', 'replication']),
    );
    expect(existsSync(join(dataDir, 'archive-a', '.partial', done.output.bag.replace('/', '_')))).toBe(false);

    // Independent validation by the Library of Congress BagIt implementation, both copies.
    expect(bagitCheck(bag)).toEqual({ status: 0, out: 'valid 1.0 5' });
    expect(bagitCheck(join(dataDir, 'archive-b', done.output.bag))).toEqual({ status: 0, out: 'valid 1.0 5' });
    // The same checker refuses a bag whose manifest is missing or whose payload was changed.
    const noManifest = join(test.workDir, 'no-manifest');
    cpSync(bag, noManifest, { recursive: true });
    rmSync(join(noManifest, 'manifest-sha256.txt'));
    expect(bagitCheck(noManifest)).toMatchObject({ status: 1, out: expect.stringMatching(/^invalid /) });
    const changed = join(test.workDir, 'changed');
    cpSync(bag, changed, { recursive: true });
    flipByte(join(changed, 'data', 'v2', 'lighthouse_v2.mp4'), 500);
    expect(bagitCheck(changed)).toMatchObject({
      status: 1,
      out: expect.stringMatching(/^invalid .*lighthouse_v2\.mp4/),
    });

    // Still found by its title, its proxy still served.
    const found = await waitFor(
      async () => {
        const result = (
          await ok('query($q: String) { searchAssets(query: $q, first: 5) { edges { node { id } } } }', {
            q: 'lighthouse',
          })
        ).searchAssets;
        return result.edges.some((e: { node: { id: string } }) => e.node.id === assetId) ? result : undefined;
      },
      { what: 'search by title' },
    );
    expect(found.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(assetId);
    const proxy = archived.currentVersion.renditions.find((r: { kind: string }) => r.kind === 'proxy');
    const served = await fetch(new URL(proxy.url, system.gatewayUrl), { headers: { range: 'bytes=0-99' } });
    expect(served.status).toBe(206);
    expect((await served.arrayBuffer()).byteLength).toBe(100);
  }, 300_000);

  it('finds a flipped byte in one copy at the next fixity run, raises fixity.failed and repairs it from the other copy', async () => {
    const asset = await readAsset(assetId);
    const bag = asset.archive.copies[0].bag;
    const file = join(dataDir, 'archive-a', bag, 'data', 'v1', 'lighthouse_v1.mp4');
    flipByte(file, 1000);
    expect(sha256(file)).not.toBe(versions[0].sha256);

    const result = await system.services.archive.fixity.runOnce(10 * 1024 ** 3);
    expect(result).toEqual({ checked: 2, failed: 0, repaired: 1 });
    expect(sha256(file)).toBe(versions[0].sha256);
    const after = await readAsset(assetId);
    expect(
      after.archive.copies
        .map((c: { location: string; status: string; lastFixityResult: string }) => [
          c.location,
          c.status,
          c.lastFixityResult,
        ])
        .sort(),
    ).toEqual([
      ['archive-a', 'GOOD', 'REPAIRED'],
      ['archive-b', 'GOOD', 'OK'],
    ]);
    const events = (
      await system.services.archive.dataSource.query<{ value: Buffer }[]>(
        `SELECT value FROM outbox WHERE key = $1 ORDER BY seq`,
        [assetId],
      )
    ).map((row) => decodeEnvelope(row.value));
    const failed = events.filter((e) => e.type === 'fixity.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].payload).toMatchObject({
      location: 'archive-a',
      path: 'data/v1/lighthouse_v1.mp4',
      problem: 'mismatch',
      expectedSha256: versions[0].sha256,
      repaired: true,
    });
    const checks = await system.services.archive.dataSource.query('SELECT result FROM fixity_checks ORDER BY id');
    expect(checks.map((c: { result: string }) => c.result).sort()).toEqual(['ok', 'repaired']);
    expect(bagitCheck(join(dataDir, 'archive-a', bag)).status).toBe(0);

    // A missing file is found too, and put back from the other copy.
    const sidecar = join(dataDir, 'archive-b', bag, 'data', 'metadata', 'asset.json');
    const original = readFileSync(sidecar);
    rmSync(sidecar);
    expect(await system.services.archive.fixity.runOnce(10 * 1024 ** 3)).toEqual({
      checked: 2,
      failed: 0,
      repaired: 1,
    });
    expect(readFileSync(sidecar)).toEqual(original);
    const missing = await readAsset(assetId);
    expect(missing.archive.lastFixity).toEqual({
      location: 'archive-b',
      result: 'REPAIRED',
      detail: 'data/metadata/asset.json: missing, repaired from archive-a',
    });

    // The budget is in bytes: a run with room for one copy checks only the one checked longest ago.
    const before = await system.services.archive.dataSource.query<{ location: string }[]>(
      'SELECT location FROM archive_copies ORDER BY last_fixity_at, id LIMIT 1',
    );
    expect(await system.services.archive.fixity.runOnce(1)).toEqual({ checked: 1, failed: 0, repaired: 0 });
    const [latest] = await system.services.archive.dataSource.query<{ location: string }[]>(
      'SELECT c.location FROM fixity_checks f JOIN archive_copies c ON c.id = f.copy_id ORDER BY f.id DESC LIMIT 1',
    );
    expect(latest.location).toBe(before[0].location);
  }, 120_000);

  it('restores a frame-accurate subclip with its timecode from the archive', async () => {
    const bad = await gql(`mutation($input: SubclipRestoreInput!) { restoreSubclip(input: $input) { id } }`, {
      input: { versionId: versions[0].id, startTimecode: '10:00:01:00', endTimecode: '10:00:09:00' },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endTimecode' });
    const input = { versionId: versions[0].id, startTimecode: '10:00:00:05', endTimecode: '10:00:00:15' };
    const job = (
      await ok(`mutation($input: SubclipRestoreInput!) { restoreSubclip(input: $input) { ${JOB} } }`, { input })
    ).restoreSubclip;
    const twice = await gql(`mutation($input: SubclipRestoreInput!) { restoreSubclip(input: $input) { id } }`, {
      input,
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const done = await waitJob(job.id);
    expect(done).toMatchObject({ status: 'READY', output: { frameCount: 10, startTimecode: '10:00:00:05' } });
    const clip = join(dataDir, 'storage', done.output.storageKey);
    expect(sha256(clip)).toBe(done.output.sha256);
    const counted = spawnSync(
      'ffprobe',
      [
        '-v',
        'error',
        '-count_frames',
        '-select_streams',
        'v:0',
        '-show_entries',
        'stream=nb_read_frames',
        '-of',
        'csv=p=0',
        clip,
      ],
      { encoding: 'utf8' },
    );
    expect(counted.stdout.trim()).toBe('10');
    const probe = ffprobe(clip);
    expect(probe.streams.find((s) => s.codec_type === 'video')?.r_frame_rate).toBe('25/1');
    expect(JSON.stringify(probe)).toContain('10:00:00:05');
    // The masters stay archived: a subclip does not bring them back.
    expect((await readAsset(assetId)).storageTier).toBe('COLD');
  }, 120_000);

  it('restores the whole asset with the original sha256; the same restore twice is refused while it runs', async () => {
    const live = subscribe('subscription($id: ID!) { archiveJobs(assetId: $id) { id kind status progress } }', {
      id: assetId,
    });
    // Subgraph subscriptions are set up asynchronously: give it a moment before the job starts.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const job = (await ok(`mutation($id: ID!) { restoreAsset(assetId: $id) { ${JOB} } }`, { id: assetId }))
      .restoreAsset;
    const twice = await gql(`mutation($id: ID!) { restoreAsset(assetId: $id) { id } }`, { id: assetId });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await readAsset(assetId)).storageTier).toBe('RESTORING');
    expect(await waitJob(job.id)).toMatchObject({ status: 'READY' });
    const seen = await waitFor(
      () => (live.some((update) => update.archiveJobs?.status === 'READY') ? live : undefined),
      { what: 'the job ready on the subscription' },
    );
    const statuses = seen
      .map((update) => update.archiveJobs)
      .filter((update) => update.id === job.id)
      .map((update: { status: string }) => update.status);
    expect(statuses[0]).toBe('QUEUED');
    expect(statuses).toContain('RUNNING');
    expect(statuses.at(-1)).toBe('READY');
    expect(seen.at(-1)!.archiveJobs).toEqual({ id: job.id, kind: 'RESTORE', status: 'READY', progress: 1 });
    const restored = await readAsset(assetId);
    expect(restored.storageTier).toBe('HOT');
    expect(restored.versions.map((v: { storageTier: string }) => v.storageTier)).toEqual(['HOT', 'HOT']);
    for (const version of versions)
      expect(sha256(join(dataDir, 'storage', 'masters', assetId, version.id, 'master'))).toBe(version.sha256);
    const events = (
      await system.services.archive.dataSource.query<{ value: Buffer }[]>(
        `SELECT value FROM outbox WHERE key = $1 ORDER BY seq`,
        [assetId],
      )
    ).map((row) => decodeEnvelope(row.value).type);
    expect(events.filter((type) => type !== 'archive.job-requested')).toEqual([
      'asset.archived',
      'fixity.failed',
      'fixity.failed',
      'asset.restored',
      'asset.restored',
      'asset.restored',
    ]);
  }, 120_000);

  it('blocks archive moves under legal hold and keeps an audit nobody can alter', async () => {
    const admin = await test.token('admin-1', 'studio-a', ['admin']);
    const asAdmin = (query: string, variables: Record<string, unknown>) =>
      graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${admin}` });
    const held = await asAdmin(
      'mutation($id: ID!) { placeLegalHold(assetId: $id, reason: "litigation 42") { reason placedBy } }',
      { id: assetId },
    );
    expect(held.data?.placeLegalHold).toEqual({ reason: 'litigation 42', placedBy: 'admin-1' });
    const refused = await gql('mutation($id: ID!) { archiveAsset(assetId: $id) { id } }', { id: assetId });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const held2 = await gql(
      'mutation($c: ID!) { archiveCollection(collectionId: $c, dryRun: true) { assets { assetId } blocked { assetId reason } } }',
      { c: collectionId },
    );
    expect(held2.data?.archiveCollection).toEqual({
      assets: [],
      blocked: [{ assetId, reason: 'under legal hold (litigation 42)' }],
    });
    expect(refused.errors?.[0]?.message).toContain('legal hold');
    await expect(
      system.services.archive.dataSource.query(`UPDATE archive_audit SET action = 'nothing'`),
    ).rejects.toThrow('append-only');
    await expect(system.services.archive.dataSource.query('DELETE FROM archive_audit')).rejects.toThrow('append-only');
    expect(
      (await asAdmin('mutation($id: ID!) { releaseLegalHold(assetId: $id) }', { id: assetId })).data?.releaseLegalHold,
    ).toBe(true);
    const audit = (await readAsset(assetId)).archive.audit.map((a: { action: string }) => a.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'legal hold placed',
        'legal hold released',
        'fixity repaired',
        'subclip restored',
        'restored',
      ]),
    );
  }, 60_000);

  it('refuses to archive an asset checked out by someone else, or to an unreachable location', async () => {
    const other = await test.token('editor-2', 'studio-a', ['editor']);
    const revision = (await ok('query($id: ID!) { asset(id: $id) { revision } }', { id: assetId })).asset.revision;
    const out = await graphqlRequest(
      system.gatewayUrl,
      'mutation($id: ID!, $r: Int) { checkOutAsset(id: $id, expectedRevision: $r) { id } }',
      { variables: { id: assetId, r: revision }, authorization: `Bearer ${other}` },
    );
    expect(out.errors).toBeUndefined();
    // Asked with no versions, so that a request before the check-out reaches archive queues nothing.
    const locked = await waitFor(
      async () => {
        const response = await gql('mutation($id: ID!) { archiveAsset(assetId: $id, versionIds: []) { id } }', {
          id: assetId,
        });
        return response.errors?.[0]?.extensions?.code === 'LOCKED' ? response.errors[0] : undefined;
      },
      { what: 'the check-out known to archive' },
    );
    expect(locked.message).toMatch(/^The asset is checked out by editor-2 until /);
    await graphqlRequest(system.gatewayUrl, 'mutation($id: ID!) { checkInAsset(id: $id) { id } }', {
      variables: { id: assetId },
      authorization: `Bearer ${other}`,
    });
    await waitFor(
      async () =>
        (await gql('mutation($id: ID!) { archiveAsset(assetId: $id, versionIds: []) { id } }', { id: assetId }))
          .errors?.[0]?.extensions?.code !== 'LOCKED',
      { what: 'the check-in known to archive' },
    );

    const location = join(dataDir, 'archive-b');
    renameSync(location, `${location}.away`);
    try {
      const unreachable = await gql('mutation($id: ID!) { archiveAsset(assetId: $id) { id } }', { id: assetId });
      expect(unreachable.errors?.[0]).toMatchObject({
        message: `archive location archive-b is unreachable (${location} cannot be written)`,
        extensions: { code: 'CONFLICT' },
      });
    } finally {
      renameSync(`${location}.away`, location);
    }
    expect((await readAsset(assetId)).archive.jobs.filter((j: { status: string }) => j.status === 'QUEUED')).toEqual(
      [],
    );
  }, 60_000);

  it('archives by a policy with retention; its package cannot be purged within retention, the first one can once its masters are online again', async () => {
    const admin = await test.token('admin-1', 'studio-a', ['admin']);
    const asAdmin = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${admin}` });
      return response;
    };
    const notAdmin = await gql(
      'mutation($c: ID!) { createArchivePolicy(input: { name: "Coast", collectionId: $c }) { id } }',
      { c: collectionId },
    );
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await asAdmin(
      'mutation($c: ID!) { createArchivePolicy(input: { name: "Coast after a month", collectionId: $c, retentionDays: 30 }) { id name collectionId retentionDays } }',
      { c: collectionId },
    );
    expect(created.errors).toBeUndefined();
    const policy = created.data!.createArchivePolicy;
    expect(policy).toMatchObject({ name: 'Coast after a month', collectionId, retentionDays: 30 });
    const dry = (
      await asAdmin(
        'mutation($id: ID!) { runArchivePolicy(id: $id, dryRun: true) { totalBytes assets { assetId } jobs { id } } }',
        { id: policy.id },
      )
    ).data!.runArchivePolicy;
    expect(dry.assets).toEqual([{ assetId }]);
    expect(dry.jobs).toEqual([]);
    const first = (await readAsset(assetId)).archive.copies[0].packageId;
    const run = (
      await asAdmin('mutation($id: ID!) { runArchivePolicy(id: $id, dryRun: false) { jobs { id } } }', {
        id: policy.id,
      })
    ).data!.runArchivePolicy;
    expect(await waitJob(run.jobs[0].id)).toMatchObject({ status: 'READY' });
    const copies = (await readAsset(assetId)).archive.copies;
    expect(copies).toHaveLength(4);
    const second = copies[0].packageId;
    expect(second).not.toBe(first);
    const retained = await asAdmin('mutation($p: ID!) { purgeArchivePackage(packageId: $p) }', { p: second });
    expect(retained.errors?.[0]?.message).toMatch(/^The package is retained until /);
    // The first package's masters are archived in the second one too: it may go.
    const firstBag = copies.find((c: { packageId: string }) => c.packageId === first).bag;
    expect(
      (await asAdmin('mutation($p: ID!) { purgeArchivePackage(packageId: $p) }', { p: first })).data
        ?.purgeArchivePackage,
    ).toBe(true);
    expect(existsSync(join(dataDir, 'archive-a', firstBag))).toBe(false);
    const after = (await readAsset(assetId)).archive.copies.map((c: { packageId: string; status: string }) => [
      c.packageId === first ? 'first' : 'second',
      c.status,
    ]);
    expect(after.sort()).toEqual([
      ['first', 'PURGED'],
      ['first', 'PURGED'],
      ['second', 'GOOD'],
      ['second', 'GOOD'],
    ]);
  }, 120_000);
});
