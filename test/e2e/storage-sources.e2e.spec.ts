import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startTestSystem, type RunningSystem, type TestSystem } from '@mam/system';
import { storageKeys } from '@mam/storage';
import {
  graphqlRequest,
  makeClip,
  startPrivateSshd,
  testInfrastructure,
  uniqueName,
  waitFor,
  type PrivateSshd,
} from '@mam/testkit';

const s3 = testInfrastructure().s3;
const s3Client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: s3 });
const bucket = uniqueName('camera-cards').replace(/_/g, '-');
let test: TestSystem;
let system: RunningSystem;
let sshd: PrivateSshd;
let admin: string;

const SOURCE_FIELDS = 'id name kind mode hasCredentials settings scan { state listed queued missing error }';
const ASSET_FIELDS = `ingestStatus ingestStatusReason
  currentVersion { id number renditions { kind status reason } }
  sourceFile { path missing versionId source { name kind } }`;

const query = (text: string, variables?: Record<string, unknown>) =>
  graphqlRequest(system.gatewayUrl, text, { variables, authorization: `Bearer ${admin}` });

const putClip = (key: string, file: string) =>
  s3Client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: readFileSync(file) }));

async function scanned(id: string, expect: (scan: { state: string; listed: number; missing: number }) => boolean) {
  let last: unknown;
  try {
    return await waitFor(
      async () => {
        const source = (await query(`query($id: ID!) { storageSource(id: $id) { ${SOURCE_FIELDS} } }`, { id })).data
          ?.storageSource;
        last = source;
        return source && expect(source.scan) ? source : undefined;
      },
      { timeoutMs: 60_000, what: `source ${id} to finish its scan` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last seen: ${JSON.stringify(last)}`, { cause: error });
  }
}

async function assetOf(sourceName: string, path: string) {
  const rows: { asset_id: string }[] = await system.services.ingest.dataSource.query(
    `SELECT o.asset_id FROM source_objects o JOIN storage_sources s ON s.id = o.source_id WHERE s.name = $1 AND o.path = $2`,
    [sourceName, path],
  );
  return rows[0]?.asset_id;
}

async function readyAsset(assetId: string, number = 1) {
  return waitFor(
    async () => {
      const asset = (await query(`query($id: ID!) { asset(id: $id) { ${ASSET_FIELDS} } }`, { id: assetId })).data
        ?.asset;
      return asset?.ingestStatus === 'READY' && asset.currentVersion?.number === number ? asset : undefined;
    },
    { timeoutMs: 90_000, what: `asset ${assetId} version ${number} to be ready` },
  );
}

beforeAll(async () => {
  sshd = await startPrivateSshd();
  await s3Client.send(new CreateBucketCommand({ Bucket: bucket }));
  test = await startTestSystem('storage-sources', {
    ingest: { SOURCE_SECRET_KEY: 's'.repeat(40), SOURCE_POLL_MS: '200', SOURCE_SCAN_PAGE_SIZE: '2' },
  });
  system = test.system;
  admin = await test.token('ada', 'studio-src', ['admin']);
  for (const name of ['a001.mp4', 'a002.mp4', 'a003.mp4'])
    await putClip(
      `cards/day-1/${name}`,
      makeClip(join(test.workDir, name), { seconds: 1, width: 160, height: 90, audio: false }),
    );
  await putClip(
    'cards/.DS_Store',
    makeClip(join(test.workDir, 'hidden.mp4'), { seconds: 1, width: 64, height: 36, audio: false }),
  );
  mkdirSync(join(sshd.root, 'card-b', 'clips'), { recursive: true });
  for (const name of ['b001.mp4', 'b002.mp4'])
    makeClip(join(sshd.root, 'card-b', 'clips', name), { seconds: 1, width: 160, height: 90, audio: false });
}, 180_000);

afterAll(async () => {
  await test?.stop();
  await sshd?.stop();
  s3Client.destroy();
});

describe('ingest from storage sources, in place', () => {
  let s3Source = '';
  let sftpSource = '';

  it('scans an S3 bucket prefix and an SFTP folder into assets with proxies, leaving the masters where they are', async () => {
    const bucketSource = await query(
      `mutation($input: CreateStorageSourceInput!) { createStorageSource(input: $input) { ${SOURCE_FIELDS} } }`,
      {
        input: {
          name: 'Card A (bucket)',
          kind: 'S3',
          settings: { endpoint: s3.endpoint, bucket, prefix: 'cards', forcePathStyle: true },
          credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        },
      },
    );
    expect(bucketSource.errors).toBeUndefined();
    expect(bucketSource.data!.createStorageSource).toMatchObject({
      kind: 'S3',
      mode: 'IN_PLACE',
      hasCredentials: true,
    });
    expect(JSON.stringify(bucketSource.data)).not.toContain(s3.secretAccessKey);
    s3Source = bucketSource.data!.createStorageSource.id;
    const folderSource = await query(
      `mutation($input: CreateStorageSourceInput!) { createStorageSource(input: $input) { ${SOURCE_FIELDS} } }`,
      {
        input: {
          name: 'Card B (SFTP)',
          kind: 'SFTP',
          settings: {
            host: sshd.host,
            port: sshd.port,
            username: sshd.username,
            path: join(sshd.root, 'card-b'),
            hostKeySha256: sshd.hostKeySha256,
          },
          credentials: { privateKey: sshd.privateKey },
        },
      },
    );
    expect(folderSource.errors).toBeUndefined();
    sftpSource = folderSource.data!.createStorageSource.id;

    // Pages of two: the bucket's three clips take two pages, each recorded before the next is listed.
    expect((await scanned(s3Source, (scan) => scan.state === 'IDLE' && scan.listed === 3)).scan).toMatchObject({
      listed: 3,
      queued: 3,
      missing: 0,
      error: null,
    });
    expect((await scanned(sftpSource, (scan) => scan.state === 'IDLE' && scan.listed === 2)).scan).toMatchObject({
      listed: 2,
      queued: 2,
    });

    const files = [
      ['Card A (bucket)', 'day-1/a001.mp4'],
      ['Card A (bucket)', 'day-1/a002.mp4'],
      ['Card A (bucket)', 'day-1/a003.mp4'],
      ['Card B (SFTP)', 'clips/b001.mp4'],
      ['Card B (SFTP)', 'clips/b002.mp4'],
    ];
    const assetIds = new Set<string>();
    for (const [sourceName, path] of files) {
      const assetId = await assetOf(sourceName, path);
      expect(assetId).toBeTruthy();
      assetIds.add(assetId);
      const asset = await readyAsset(assetId);
      expect(asset.sourceFile).toMatchObject({ path, missing: false, source: { name: sourceName } });
      expect(asset.currentVersion.renditions).toEqual(
        expect.arrayContaining([{ kind: 'proxy', status: 'READY', reason: null }]),
      );
      // In place: nothing was copied under the master key; the file is still at its source.
      expect(
        await system.services.ingest.storage.stat(storageKeys.master(assetId, asset.currentVersion.id)),
      ).toBeNull();
    }
    expect(assetIds.size).toBe(5);
    const listed = await s3Client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'cards/day-1/' }));
    expect(listed.Contents?.map((object) => object.Key)).toEqual([
      'cards/day-1/a001.mp4',
      'cards/day-1/a002.mp4',
      'cards/day-1/a003.mp4',
    ]);
    expect(existsSync(join(sshd.root, 'card-b', 'clips', 'b001.mp4'))).toBe(true);
    const [{ count }] = await system.services.ingest.dataSource.query(
      `SELECT count(*)::int AS count FROM uploads WHERE source = 'storage-source' AND in_place AND master_key IS NULL AND sha256 IS NOT NULL`,
    );
    expect(count).toBe(5);
  });

  it('makes a clip replaced at the source version 2, and shows a removed one as missing, after a re-scan', async () => {
    const replaced = await assetOf('Card A (bucket)', 'day-1/a002.mp4');
    const removed = await assetOf('Card B (SFTP)', 'clips/b002.mp4');
    await putClip(
      'cards/day-1/a002.mp4',
      makeClip(join(test.workDir, 'a002-v2.mp4'), { seconds: 2, width: 192, height: 108, audio: false }),
    );
    rmSync(join(sshd.root, 'card-b', 'clips', 'b002.mp4'));
    // Touched, not changed: a new date with the same bytes.
    const touched = await assetOf('Card B (SFTP)', 'clips/b001.mp4');
    const touchedV1 = (await readyAsset(touched)).currentVersion.id;
    utimesSync(join(sshd.root, 'card-b', 'clips', 'b001.mp4'), new Date('2026-01-02'), new Date('2026-01-02'));

    for (const id of [s3Source, sftpSource]) {
      const asked = await query(`mutation($id: ID!) { scanStorageSource(id: $id) { scan { requested } } }`, { id });
      expect(asked.errors).toBeUndefined();
    }
    await scanned(s3Source, (scan) => scan.state === 'IDLE' && scan.listed === 3);
    const folder = await scanned(sftpSource, (scan) => scan.state === 'IDLE' && scan.missing === 1);
    expect(folder.scan).toMatchObject({ listed: 1, queued: 1, missing: 1 });

    const second = await readyAsset(replaced, 2);
    expect(second.sourceFile).toMatchObject({
      path: 'day-1/a002.mp4',
      missing: false,
      versionId: second.currentVersion.id,
    });
    const versions = (
      await query('query($id: ID!) { asset(id: $id) { versions { number } } }', { id: replaced })
    ).data!.asset.versions.map((version: { number: number }) => version.number);
    expect(versions.sort()).toEqual([1, 2]);

    const unchanged = await waitFor(
      async () =>
        (
          await system.services.ingest.dataSource.query(
            `SELECT status, failure_reason FROM uploads WHERE asset_id = $1 AND status = 'terminated'`,
            [touched],
          )
        )[0],
      { what: 'the touched file to be recognised as unchanged' },
    );
    expect(unchanged.failure_reason).toBe(`same content as version ${touchedV1}`);
    const same = await readyAsset(touched, 1);
    expect(same.sourceFile).toMatchObject({ path: 'clips/b001.mp4', versionId: touchedV1, missing: false });

    const gone = (await query(`query($id: ID!) { asset(id: $id) { ${ASSET_FIELDS} } }`, { id: removed })).data!.asset;
    expect(gone.sourceFile).toMatchObject({ path: 'clips/b002.mp4', missing: true });
    expect(gone.currentVersion.number).toBe(1);

    // A rendition of a master moved away from its in-place source fails saying so.
    const proxy = (
      await query('query($id: ID!) { asset(id: $id) { currentVersion { renditions { id kind } } } }', { id: removed })
    ).data!.asset.currentVersion.renditions.find((r: { kind: string }) => r.kind === 'poster');
    await query('mutation($id: ID!) { retryRendition(id: $id) { status } }', { id: proxy.id });
    const failed = await waitFor(
      async () => {
        const renditions = (
          await query('query($id: ID!) { asset(id: $id) { currentVersion { renditions { kind status reason } } } }', {
            id: removed,
          })
        ).data!.asset.currentVersion.renditions;
        return renditions.find((r: { kind: string; status: string }) => r.kind === 'poster' && r.status === 'FAILED');
      },
      { what: 'the poster of a moved-away master to fail' },
    );
    expect(failed.reason).toContain('no longer at sftp://');
  });

  it('resumes a scan left unfinished by a stopped instance after its last recorded page, taking nothing in twice', async () => {
    const db = system.services.ingest.dataSource;
    const [{ count: uploadsBefore }] = await db.query(`SELECT count(*)::int AS count FROM uploads`);
    // As an instance leaves it when it stops after recording the first page of a scan: the page's
    // file seen by the scan, the cursor after it, and a lease that has run out.
    const scanId = '01890000-0000-7000-8000-000000000001';
    await db.query(`UPDATE source_objects SET seen_scan = $2 WHERE source_id = $1 AND path = 'day-1/a001.mp4'`, [
      s3Source,
      scanId,
    ]);
    await db.query(
      `UPDATE storage_sources SET scan_state = 'scanning', scan_id = $2, scan_cursor = 'day-1/a001.mp4', scan_listed = 1,
         scan_queued = 0, lease_holder = 'stopped-instance', lease_expires_at = now() - interval '1 second' WHERE id = $1`,
      [s3Source, scanId],
    );
    const resumed = await scanned(s3Source, (scan) => scan.state === 'IDLE');
    expect(resumed.scan).toMatchObject({ listed: 3, queued: 0, missing: 0, error: null });
    const seen: { path: string }[] = await db.query(
      `SELECT path FROM source_objects WHERE source_id = $1 AND seen_scan = $2 AND state = 'present' ORDER BY path`,
      [s3Source, scanId],
    );
    expect(seen.map((row) => row.path)).toEqual(['day-1/a001.mp4', 'day-1/a002.mp4', 'day-1/a003.mp4']);
    const [{ count: uploadsAfter }] = await db.query(`SELECT count(*)::int AS count FROM uploads`);
    expect(uploadsAfter).toBe(uploadsBefore);
  });

  it('stops a scan whose credentials are refused, says why, and marks nothing missing', async () => {
    const made = await query(
      `mutation($input: CreateStorageSourceInput!) { createStorageSource(input: $input) { id } }`,
      {
        input: {
          name: 'Card A (revoked key)',
          kind: 'S3',
          settings: { endpoint: s3.endpoint, bucket, prefix: 'cards', forcePathStyle: true },
          credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: 'not-the-secret' },
        },
      },
    );
    const failed = await scanned(made.data!.createStorageSource.id, (scan) => scan.state === 'FAILED');
    expect(failed.scan.error).toMatch(
      /the S3 server refused the listing in .*SignatureDoesNotMatch|InvalidAccessKeyId/,
    );
    expect(failed.scan.missing).toBe(0);

    const refused = await query(
      `mutation($input: CreateStorageSourceInput!) { createStorageSource(input: $input) { id } }`,
      { input: { name: 'No key', kind: 'SFTP', settings: { host: sshd.host, username: 'x' } } },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'credentials' });
    const local = await query(
      `mutation($input: CreateStorageSourceInput!) { createStorageSource(input: $input) { id } }`,
      { input: { name: 'Root', kind: 'LOCAL', settings: { path: '/etc' } } },
    );
    expect(local.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const sources = (await query('{ storageSources { name } }')).data!.storageSources.map(
      (s: { name: string }) => s.name,
    );
    expect(sources).toEqual(['Card A (bucket)', 'Card A (revoked key)', 'Card B (SFTP)']);
  });
});
