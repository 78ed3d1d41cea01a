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
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import * as tus from 'tus-js-client';
import WebSocket from 'ws';
import { decodeEnvelope } from '@mam/events';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import {
  ffprobe,
  graphqlRequest,
  makeClip,
  testInfrastructure,
  uniqueName,
  waitFor,
  type GraphQLResponse,
} from '@mam/testkit';

let test: TestSystem;
let system: RunningSystem;
let editor: string;
let dataDir: string;

const REPO = resolve(__dirname, '..', '..');
/** The second copy goes to an S3 bucket (S3Proxy): objects under bags/<asset>/<package>/. */
const s3 = testInfrastructure().s3;
const bucket = uniqueName('archive').replaceAll('_', '-');
const s3Client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: s3 });
/** The first copy's folder. */
const archiveA = mkdtempSync(join(tmpdir(), 'mam-archive-a-'));
const s3Key = (bag: string, path: string) => `bags/${bag}/${path}`;

/** Downloads a bag from the bucket into a folder, as anyone with the bucket could, for the independent checker. */
async function downloadBag(bag: string, folder: string): Promise<string[]> {
  const listed = await s3Client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `bags/${bag}/` }));
  const paths: string[] = [];
  for (const object of listed.Contents ?? []) {
    const path = object.Key!.slice(`bags/${bag}/`.length);
    const body = (await s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: object.Key! }))).Body!;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), await body.transformToByteArray());
    paths.push(path);
  }
  return paths.sort();
}
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
  await s3Client.send(new CreateBucketCommand({ Bucket: bucket }));
  test = await startTestSystem('archive', {
    archive: {
      FIXITY_INTERVAL_SECONDS: '0',
      ARCHIVE_POLICY_SCHEDULE_SECONDS: '0',
      // Two copies: one in a folder, one in an S3 bucket with a cold storage class (GLACIER_IR: this S3
      // server has no RestoreObject, so the class that is read without one).
      ARCHIVE_LOCATIONS: `archive-a=${archiveA},archive-b=s3://${bucket}/bags`,
      ARCHIVE_S3_ENDPOINT: s3.endpoint,
      ARCHIVE_S3_ACCESS_KEY_ID: s3.accessKeyId,
      ARCHIVE_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      ARCHIVE_S3_STORAGE_CLASS: 'GLACIER_IR',
    },
  });
  system = test.system;
  dataDir = join(test.workDir, 'data');
  editor = await test.token('editor-1', 'studio-a', ['editor']);
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.dispose();
  await test?.stop();
  s3Client.destroy();
  rmSync(archiveA, { recursive: true, force: true });
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

  it('archives an asset with three versions, comments, a decision and a delivery to a folder and an S3 bucket as a valid BagIt bag; the masters leave the online tier, search by title and comment and the proxy keep working', async () => {
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
    await waitFor(async () => (await readAsset(assetId))?.versions.length === 2, { what: 'version 2 created' });
    const third = makeClip(join(test.workDir, 'lighthouse-v3.mp4'), {
      seconds: 1,
      width: 320,
      height: 240,
      timecode: '12:00:00:00',
    });
    await upload(third, { filename: 'lighthouse v3.mp4', assetId });
    const ready = await waitFor(
      async () => {
        const asset = await readAsset(assetId);
        return asset?.versions.length === 3 &&
          asset.ingestStatus === 'READY' &&
          asset.versions.every((v: { storageTier: string }) => v.storageTier === 'HOT')
          ? asset
          : undefined;
      },
      { timeoutMs: 120_000, what: 'version 3 ingested and known to archive' },
    );
    expect(ready.versions.map((v: { storageTier: string }) => v.storageTier)).toEqual(['HOT', 'HOT', 'HOT']);
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
        ).length === 3,
      { what: 'media facts' },
    );

    // Its life before the archive: description, tags, rights, a comment, a decision and a delivery.
    const admin = await test.token('admin-1', 'studio-a', ['admin']);
    const asAdmin = async (query: string, variables: Record<string, unknown>) => {
      const response = await graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${admin}` });
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const revision = async () =>
      (await ok('query($id: ID!) { asset(id: $id) { revision } }', { id: assetId })).asset.revision;
    await ok('mutation($i: UpdateAssetInput!) { updateAsset(input: $i) { id } }', {
      i: { id: assetId, expectedRevision: await revision(), description: 'The old lighthouse at dusk, from the pier' },
    });
    await ok(
      'mutation($id: ID!, $r: Int!, $t: [String!]!) { setAssetTags(assetId: $id, expectedRevision: $r, tags: $t) { id } }',
      {
        id: assetId,
        r: await revision(),
        t: ['coast', 'dusk'],
      },
    );
    await ok('mutation($i: SetAssetMetadataInput!) { setAssetMetadata(input: $i) { id } }', {
      i: {
        assetId,
        expectedRevision: await revision(),
        values: [{ key: 'rights_licence', value: 'Editorial use only' }],
      },
    });
    const comment = (
      await ok('mutation($i: PostCommentInput!) { postComment(input: $i) { id } }', {
        i: { versionId: ready.versions[0].id, body: 'A cormorant crosses the beam here', at: { frame: 10 } },
      })
    ).postComment;
    const review = (
      await ok('mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }', {
        i: { title: 'Lighthouse sign-off', assetIds: [assetId], reviewers: [{ subject: 'admin-1' }], policy: 'ANY' },
      })
    ).createReview;
    await waitFor(
      async () =>
        (
          await graphqlRequest(
            system.gatewayUrl,
            'mutation($i: DecideVersionInput!) { decideVersion(input: $i) { status } }',
            {
              variables: {
                i: { reviewId: review.id, versionId: ready.versions[2].id, decision: 'APPROVED', note: 'Lovely light' },
              },
              authorization: `Bearer ${admin}`,
            },
          )
        ).data?.decideVersion?.status,
      { what: 'the decision taken' },
    );
    const destination = (
      await asAdmin('mutation($i: CreateDestinationInput!) { createDestination(input: $i) { id } }', {
        i: { name: 'Library folder', kind: 'FOLDER', settings: { path: 'library' } },
      })
    ).createDestination;
    const delivery = (
      await ok('mutation($i: DeliverVersionInput!) { deliverVersion(input: $i) { id } }', {
        i: { versionId: ready.versions[2].id, profileIds: ['wav-48k-24bit'], destinationIds: [destination.id] },
      })
    ).deliverVersion;
    await waitFor(
      async () =>
        (await ok('query($id: ID!) { delivery(id: $id) { status } }', { id: delivery.id })).delivery.status ===
        'DELIVERED',
      { timeoutMs: 120_000, what: 'the delivery' },
    );
    await waitFor(
      async () => {
        const [facts] = await system.services.archive.dataSource.query(
          `SELECT a.description, a.metadata, (SELECT count(*)::int FROM asset_comments c WHERE c.asset_id = a.asset_id) AS comments,
                  (SELECT count(*)::int FROM asset_deliveries d WHERE d.asset_id = a.asset_id) AS deliveries,
                  (SELECT count(*)::int FROM asset_life_events l WHERE l.asset_id = a.asset_id) AS decisions
           FROM archive_assets a WHERE a.asset_id = $1`,
          [assetId],
        );
        return (
          facts?.metadata?.rights_licence && facts.comments === 1 && facts.deliveries === 1 && facts.decisions === 1
        );
      },
      { what: 'metadata, comment, decision and delivery known to archive' },
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
    expect(archived.versions.map((v: { storageTier: string }) => v.storageTier)).toEqual(['COLD', 'COLD', 'COLD']);
    expect(archived.archive.copies.map((c: { location: string; status: string }) => [c.location, c.status])).toEqual([
      ['archive-a', 'GOOD'],
      ['archive-b', 'GOOD'],
    ]);
    expect(archived.archive.audit.map((a: { action: string }) => a.action)).toEqual(['archive requested', 'archived']);
    for (const master of masters) expect(existsSync(master)).toBe(false);

    // The bag, as anyone can read it without our software.
    const bag = join(archiveA, done.output.bag);
    const manifest = readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toContain(`${versions[0].sha256}  data/v1/lighthouse_v1.mp4\n`);
    expect(manifest).toContain(`${versions[1].sha256}  data/v2/lighthouse_v2.mp4\n`);
    expect(manifest).toContain(`${versions[2].sha256}  data/v3/lighthouse_v3.mp4\n`);
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe(
      'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n',
    );
    expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toContain('Title: Lighthouse at dusk\n');
    const sidecar = JSON.parse(readFileSync(join(bag, 'data', 'metadata', 'asset.json'), 'utf8'));
    expect(sidecar.asset).toMatchObject({
      title: 'Lighthouse at dusk',
      description: 'The old lighthouse at dusk, from the pier',
      tags: ['coast', 'dusk'],
      rights: { licence: 'Editorial use only' },
    });
    const comments = JSON.parse(readFileSync(join(bag, 'data', 'metadata', 'comments.json'), 'utf8'));
    expect(comments.comments).toEqual([
      expect.objectContaining({
        id: comment.id,
        versionId: versions[0].id,
        author: 'editor-1',
        body: 'A cormorant crosses the beam here',
        frameIn: 10,
        timecode: '10:00:00:10',
      }),
    ]);
    const decisions = JSON.parse(readFileSync(join(bag, 'data', 'metadata', 'decisions.json'), 'utf8'));
    expect(decisions.decisions).toEqual([
      expect.objectContaining({
        versionId: versions[2].id,
        decision: 'approved',
        decidedBy: 'admin-1',
        note: 'Lovely light',
      }),
    ]);
    const deliveries = JSON.parse(readFileSync(join(bag, 'data', 'metadata', 'deliveries.json'), 'utf8'));
    expect(deliveries.deliveries).toEqual([
      expect.objectContaining({
        id: delivery.id,
        versionId: versions[2].id,
        destinationIds: [destination.id],
        outputs: [expect.objectContaining({ profileId: 'wav-48k-24bit', status: 'delivered' })],
      }),
    ]);
    expect(
      sidecar.versions.map((v: { number: number; sha256: string; technicalMetadata: { frameRate: string } }) => [
        v.number,
        v.sha256,
        v.technicalMetadata.frameRate,
      ]),
    ).toEqual([
      [1, versions[0].sha256, '25/1'],
      [2, versions[1].sha256, '25/1'],
      [3, versions[2].sha256, '25/1'],
    ]);
    const premis = JSON.parse(readFileSync(join(bag, 'data', 'metadata', 'premis-events.json'), 'utf8'));
    expect(premis.events.map((e: { eventType: string }) => e.eventType)).toEqual(
      expect.arrayContaining([
        'ingestion',
        'annotation',
        'review approved',
        'dissemination',
        'archive requested',
        'message digest calculation',
        'replication',
      ]),
    );
    expect(existsSync(join(archiveA, '.partial', done.output.bag.replace('/', '_')))).toBe(false);

    // Independent validation by the Library of Congress BagIt implementation, both copies (the S3 one downloaded).
    expect(bagitCheck(bag)).toEqual({ status: 0, out: 'valid 1.0 8' });
    const fromBucket = join(test.workDir, 'from-bucket');
    expect(await downloadBag(done.output.bag, fromBucket)).toContain('data/v3/lighthouse_v3.mp4');
    expect(bagitCheck(fromBucket)).toEqual({ status: 0, out: 'valid 1.0 8' });
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
    const byComment = (
      await ok('query($q: String) { searchAssets(query: $q, first: 5) { edges { node { id } } } }', { q: 'cormorant' })
    ).searchAssets;
    expect(byComment.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([assetId]);
    // The proxy still plays: served whole and range by range, and ffprobe reads it as video.
    const proxy = archived.currentVersion.renditions.find((r: { kind: string }) => r.kind === 'proxy');
    const served = await fetch(new URL(proxy.url, system.gatewayUrl), { headers: { range: 'bytes=0-99' } });
    expect(served.status).toBe(206);
    expect((await served.arrayBuffer()).byteLength).toBe(100);
    const whole = await fetch(new URL(proxy.url, system.gatewayUrl));
    expect(whole.status).toBe(200);
    const proxyFile = join(test.workDir, 'proxy.mp4');
    writeFileSync(proxyFile, Buffer.from(await whole.arrayBuffer()));
    const proxyProbe = ffprobe(proxyFile);
    expect(proxyProbe.streams.find((stream) => stream.codec_type === 'video')).toMatchObject({ codec_name: 'h264' });
    expect(Number(proxyProbe.format.duration)).toBeGreaterThan(0.5);
  }, 300_000);

  it('finds a flipped byte in one copy at the next fixity run, raises fixity.failed and repairs it from the other copy', async () => {
    const asset = await readAsset(assetId);
    const bag = asset.archive.copies[0].bag;
    const file = join(archiveA, bag, 'data', 'v1', 'lighthouse_v1.mp4');
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
    expect(bagitCheck(join(archiveA, bag)).status).toBe(0);

    // A missing file is found too, and put back from the other copy.
    const original = readFileSync(join(archiveA, bag, 'data', 'metadata', 'asset.json'));
    await s3Client.send(new DeleteObjectCommand({ Bucket: bucket, Key: s3Key(bag, 'data/metadata/asset.json') }));
    expect(await system.services.archive.fixity.runOnce(10 * 1024 ** 3)).toEqual({
      checked: 2,
      failed: 0,
      repaired: 1,
    });
    const put = await s3Client.send(
      new GetObjectCommand({ Bucket: bucket, Key: s3Key(bag, 'data/metadata/asset.json') }),
    );
    expect(Buffer.from(await put.Body!.transformToByteArray())).toEqual(original);
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
    expect(restored.versions.map((v: { storageTier: string }) => v.storageTier)).toEqual(['HOT', 'HOT', 'HOT']);
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

    const location = archiveA;
    renameSync(location, `${location}.away`);
    try {
      const unreachable = await gql('mutation($id: ID!) { archiveAsset(assetId: $id) { id } }', { id: assetId });
      expect(unreachable.errors?.[0]).toMatchObject({
        message: `archive location archive-a is unreachable (${location} cannot be written)`,
        extensions: { code: 'CONFLICT' },
      });
    } finally {
      renameSync(`${location}.away`, location);
    }
    expect((await readAsset(assetId)).archive.jobs.filter((j: { status: string }) => j.status === 'QUEUED')).toEqual(
      [],
    );
  }, 60_000);

  it("selects a saved search's results for a bulk archive and a policy, as the person asking may see them", async () => {
    const saveSearch = async (name: string, query: string) =>
      (
        await ok('mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id kind } }', {
          input: { name, query },
        })
      ).saveSearch;
    const lighthouses = await saveSearch('Lighthouses', 'lighthouse');
    expect(lighthouses.kind).toBe('SMART');
    const nothing = await saveSearch('Volcanoes', 'volcano');
    const plan = async (c: string) =>
      (
        await ok(
          'mutation($c: ID!) { archiveCollection(collectionId: $c, dryRun: true) { assets { assetId title } } }',
          {
            c,
          },
        )
      ).archiveCollection.assets;
    expect(await plan(lighthouses.id)).toEqual([{ assetId, title: 'Lighthouse at dusk' }]);
    expect(await plan(nothing.id)).toEqual([]);
    // Another workspace's person finds no such collection.
    const stranger = await test.token('editor-9', 'studio-z', ['editor']);
    const foreign = await graphqlRequest(
      system.gatewayUrl,
      'mutation($c: ID!) { archiveCollection(collectionId: $c, dryRun: true) { assets { assetId } } }',
      { variables: { c: lighthouses.id }, authorization: `Bearer ${stranger}` },
    );
    expect(foreign.errors?.[0]).toMatchObject({
      message: 'No such collection in this workspace',
      extensions: { code: 'BAD_USER_INPUT', field: 'collectionId' },
    });
    // A policy over the saved search (its scheduled runs act as the admin who made it, as the next test's do).
    const admin = await test.token('admin-1', 'studio-a', ['admin']);
    const asAdmin = (query: string, variables: Record<string, unknown>) =>
      graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${admin}` });
    const created = await asAdmin(
      'mutation($c: ID!) { createArchivePolicy(input: { name: "Lighthouse search", collectionId: $c }) { id } }',
      { c: lighthouses.id },
    );
    expect(created.errors).toBeUndefined();
    const run = await asAdmin('mutation($id: ID!) { runArchivePolicy(id: $id, dryRun: true) { assets { assetId } } }', {
      id: created.data!.createArchivePolicy.id,
    });
    expect(run.data?.runArchivePolicy.assets).toEqual([{ assetId }]);
  }, 60_000);

  it('archives by a scheduled policy triggered by a metadata value and a delivery, with retention; its package cannot be purged within retention, the first one can once its masters are online again', async () => {
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
    const POLICY =
      'id name collectionId metadataField metadataValue daysAfterDelivery everyMinutes nextRunAt retentionDays';
    const other = await asAdmin(
      `mutation { createArchivePolicy(input: { name: "Creative commons", metadataField: "rights_licence", metadataValue: "CC-BY" }) { ${POLICY} } }`,
    );
    expect(
      (
        await asAdmin('mutation($id: ID!) { runArchivePolicy(id: $id, dryRun: true) { assets { assetId } } }', {
          id: other.data!.createArchivePolicy.id,
        })
      ).data!.runArchivePolicy.assets,
    ).toEqual([]);
    const unpaired = await asAdmin(
      'mutation { createArchivePolicy(input: { name: "x", metadataField: "rights_licence" }) { id } }',
    );
    expect(unpaired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metadataValue' });
    const created = await asAdmin(
      `mutation($c: ID!) { createArchivePolicy(input: { name: "Coast, editorial, delivered", collectionId: $c,
        metadataField: "rights_licence", metadataValue: "Editorial use only", daysAfterDelivery: 0, everyMinutes: 60,
        retentionDays: 30 }) { ${POLICY} } }`,
      { c: collectionId },
    );
    expect(created.errors).toBeUndefined();
    const policy = created.data!.createArchivePolicy;
    expect(policy).toMatchObject({
      name: 'Coast, editorial, delivered',
      collectionId,
      metadataField: 'rights_licence',
      metadataValue: 'Editorial use only',
      daysAfterDelivery: 0,
      everyMinutes: 60,
      retentionDays: 30,
    });
    expect(Date.parse(policy.nextRunAt)).toBeLessThanOrEqual(Date.now());
    const dry = (
      await asAdmin(
        'mutation($id: ID!) { runArchivePolicy(id: $id, dryRun: true) { totalBytes assets { assetId } jobs { id } } }',
        { id: policy.id },
      )
    ).data!.runArchivePolicy;
    expect(dry.assets).toEqual([{ assetId }]);
    expect(dry.jobs).toEqual([]);
    const first = (await readAsset(assetId)).archive.copies[0].packageId;
    // Its schedule runs it (the first run is due at once); the next run is an hour later.
    expect(await system.services.archive.policies.runOnce()).toEqual([
      { policyId: policy.id, name: 'Coast, editorial, delivered', queued: 1, blocked: [] },
    ]);
    expect(await system.services.archive.policies.runOnce()).toEqual([]);
    const [scheduled] = (await readAsset(assetId)).archive.jobs;
    expect(scheduled).toMatchObject({ kind: 'ARCHIVE' });
    expect(await waitJob(scheduled.id)).toMatchObject({ status: 'READY' });
    // An asset.updated whose metadata meets the trigger brings the policy's next run forward to now
    // (it finds nothing left online to archive).
    const { revision } = (await ok('query($id: ID!) { asset(id: $id) { revision } }', { id: assetId })).asset;
    await ok(
      'mutation($id: ID!, $r: Int!) { setAssetTags(assetId: $id, expectedRevision: $r, tags: ["coast"]) { id } }',
      {
        id: assetId,
        r: revision,
      },
    );
    expect(
      await waitFor(
        async () => {
          const runs = await system.services.archive.policies.runOnce();
          return runs.length ? runs : undefined;
        },
        { what: 'the policy brought forward by the metadata trigger' },
      ),
    ).toEqual([{ policyId: policy.id, name: 'Coast, editorial, delivered', queued: 0, blocked: [] }]);
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
    expect(existsSync(join(archiveA, firstBag))).toBe(false);
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

  it("writes a policy's copies to the locations it names, and refuses a location that is not configured", async () => {
    const admin = await test.token('admin-1', 'studio-a', ['admin']);
    const asAdmin = (query: string, variables: Record<string, unknown>) =>
      graphqlRequest(system.gatewayUrl, query, { variables, authorization: `Bearer ${admin}` });
    const restored = (await ok('mutation($id: ID!) { restoreAsset(assetId: $id) { id } }', { id: assetId }))
      .restoreAsset;
    expect(await waitJob(restored.id)).toMatchObject({ status: 'READY' });
    const unknown = await asAdmin(
      'mutation($c: ID!) { createArchivePolicy(input: { name: "To the moon", collectionId: $c, locations: ["moon"] }) { id } }',
      { c: collectionId },
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'No such archive location: moon (configured: archive-a, archive-b)',
      extensions: { code: 'BAD_USER_INPUT', field: 'locations' },
    });
    const created = await asAdmin(
      'mutation($c: ID!) { createArchivePolicy(input: { name: "Folder only", collectionId: $c, locations: ["archive-a"] }) { id locations } }',
      { c: collectionId },
    );
    expect(created.data?.createArchivePolicy.locations).toEqual(['archive-a']);
    const run = await asAdmin('mutation($id: ID!) { runArchivePolicy(id: $id, dryRun: false) { jobs { id } } }', {
      id: created.data!.createArchivePolicy.id,
    });
    const [job] = run.data!.runArchivePolicy.jobs;
    const done = await waitJob(job.id);
    expect(done).toMatchObject({ status: 'READY' });
    expect(done.output.locations).toEqual(['archive-a']);
    const copies = (await readAsset(assetId)).archive.copies.filter(
      (c: { packageId: string }) => c.packageId === done.output.packageId,
    );
    expect(copies.map((c: { location: string; status: string }) => [c.location, c.status])).toEqual([
      ['archive-a', 'GOOD'],
    ]);
    expect(existsSync(join(archiveA, copies[0].bag, 'manifest-sha256.txt'))).toBe(true);
  }, 120_000);
});
