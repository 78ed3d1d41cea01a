import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, testInfrastructure, uniqueName, waitFor } from '@mam/testkit';
import { fmt, rounds, sampledRss, sized, timed, writeRandomFile } from './support';

const READ_BYTES = sized('BENCH_DAV_BYTES', 1024 ** 3, 8 * 1024 ** 2);
const SCAN_OBJECTS = sized('BENCH_DAV_OBJECTS', 100_000, 200);

/** Reads a response body to its end without keeping it; resolves with the bytes read. */
async function drain(response: Response): Promise<number> {
  if (!response.ok) throw new Error(`GET answered ${response.status}: ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return bytes;
}

async function gqlAs(test: TestSystem, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await graphqlRequest<Record<string, any>>(test.system.gatewayUrl, query, {
    variables,
    authorization: `Bearer ${token}`,
  });
  if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/**
 * Sequential read of a 1 GiB proxy through the drive (`/dav`, Basic with an app password) against
 * the same stored file over its signed `/media` URL, alternating, best of each. A real proxy of
 * that size is an hour of 720p; the bench stores a clip, lets its proxy become ready, then puts
 * 1 GiB of bytes in the proxy's stored file, so both routes stream the same file from storage.
 */
async function readThroughDrive(test: TestSystem): Promise<void> {
  const editor = await test.token('bench-editor', 'bench-dav', ['editor']);
  const { createAppPassword } = await gqlAs(
    test,
    editor,
    'mutation { createAppPassword(name: "bench") { secret username } }',
  );
  const basic = `Basic ${Buffer.from(`${createAppPassword.username}:${createAppPassword.secret}`).toString('base64')}`;
  await gqlAs(test, editor, 'mutation { createCollection(input: { name: "Bench reels" }) { id } }');
  const clip = makeClip(join(test.workDir, 'reel.mp4'), { seconds: 1, width: 160, height: 90 });
  const davUrl = (path: string) => new URL(`/dav/${path}`, test.system.gatewayUrl).toString();
  const put = await fetch(davUrl('Bench%20reels/Reel.mp4'), {
    method: 'PUT',
    headers: { authorization: basic, 'content-length': String(readFileSync(clip).length) },
    body: readFileSync(clip),
  });
  if (put.status >= 300) throw new Error(`drive PUT answered ${put.status}: ${await put.text()}`);
  const [{ asset_id: assetId, version_id: versionId }] = await test.system.services.ingest.dataSource.query(
    `SELECT asset_id::text, version_id::text FROM uploads WHERE filename = 'Reel.mp4'`,
  );
  const proxyUrl = async () => {
    const { asset } = await gqlAs(
      test,
      editor,
      'query($id: ID!) { asset(id: $id) { ingestStatus currentVersion { renditions { kind status url } } } }',
      { id: assetId },
    );
    const proxy = asset?.currentVersion?.renditions.find((r: { kind: string }) => r.kind === 'proxy');
    return asset?.ingestStatus === 'READY' && proxy?.status === 'READY' ? (proxy.url as string) : undefined;
  };
  await waitFor(proxyUrl, { timeoutMs: 120_000, what: 'the reel to be ready' });
  const [{ output }] = await test.system.services.ingest.dataSource.query(
    `SELECT output FROM rendition_jobs WHERE version_id = $1 AND kind = 'proxy'`,
    [versionId],
  );
  await writeRandomFile(join(test.workDir, 'data', 'storage', output.key), READ_BYTES);

  const runs = { media: [] as number[], drive: [] as number[] };
  for (let round = 0; round < rounds(3); round++) {
    const url = new URL((await proxyUrl())!, test.system.gatewayUrl).toString();
    const media = await timed(async () => drain(await fetch(url)));
    const drive = await timed(async () =>
      drain(await fetch(davUrl('Bench%20reels/Reel%20v1.proxy.mp4'), { headers: { authorization: basic } })),
    );
    for (const [read, bytes] of [
      ['media', media.result],
      ['drive', drive.result],
    ] as const)
      if (bytes !== READ_BYTES) throw new Error(`${read} read ${bytes} bytes of ${READ_BYTES}`);
    runs.media.push(media.seconds);
    runs.drive.push(drive.seconds);
  }
  const mib = READ_BYTES / 1024 ** 2;
  const media = Math.min(...runs.media);
  const drive = Math.min(...runs.drive);
  process.stdout.write(
    [
      `sequential read of a ${fmt(mib, 0)} MiB proxy:`,
      `  over /media (signed URL):       ${fmt(media)} s, ${fmt(mib / media, 0)} MiB/s`,
      `  through the drive (/dav):       ${fmt(drive)} s, ${fmt(mib / drive, 0)} MiB/s`,
      `drive read ratio (drive / media throughput): ${fmt(media / drive)}  (aim >= 0.9)`,
      '',
    ].join('\n'),
  );
}

/**
 * A scan of an S3 source (S3Proxy on loopback) holding many small objects, from the source's
 * creation to its scan done: objects per second and the peak memory of the whole system while it
 * runs. The system here scans and queues (RENDITION_WORKER off), as a scanning instance would; the
 * files' ingest jobs wait for the media workers.
 */
async function scanSource(): Promise<void> {
  const s3 = testInfrastructure().s3;
  const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: s3 });
  const bucket = uniqueName('bench-scan').replace(/_/g, '-');
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  const body = randomBytes(512);
  let next = 0;
  const put = async () => {
    while (next < SCAN_OBJECTS) {
      const index = next++;
      const key = `card/${String(Math.floor(index / 1000)).padStart(3, '0')}/clip-${String(index).padStart(6, '0')}.mp4`;
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    }
  };
  const filled = await timed(() => Promise.all(Array.from({ length: 32 }, put)));
  const test = await startTestSystem('benchdavscan', {
    ingest: { SOURCE_SECRET_KEY: 's'.repeat(40), SOURCE_POLL_MS: '100', RENDITION_WORKER: 'false' },
  });
  try {
    const admin = await test.token('bench-admin', 'bench-scan', ['admin']);
    const idleMiB = Math.round(process.memoryUsage.rss() / 1024 ** 2);
    const scanned = await sampledRss(() =>
      timed(async () => {
        const { createStorageSource } = await gqlAs(
          test,
          admin,
          'mutation($input: CreateStorageSourceInput!) { createStorageSource(input: $input) { id } }',
          {
            input: {
              name: 'Bench card',
              kind: 'S3',
              settings: { endpoint: s3.endpoint, bucket, prefix: 'card', forcePathStyle: true },
              credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
            },
          },
        );
        return waitFor(
          async () => {
            const { storageSource } = await gqlAs(
              test,
              admin,
              'query($id: ID!) { storageSource(id: $id) { scan { state finishedAt listed queued error } } }',
              { id: createStorageSource.id },
            );
            if (storageSource.scan.state === 'FAILED') throw new Error(`scan failed: ${storageSource.scan.error}`);
            const { scan } = storageSource;
            return scan.state === 'IDLE' && scan.finishedAt ? scan : undefined;
          },
          { timeoutMs: 3_600_000, intervalMs: 250, what: 'the scan to finish' },
        );
      }),
    );
    const { seconds, result } = scanned.result;
    if (result.listed !== SCAN_OBJECTS) throw new Error(`the scan listed ${result.listed} of ${SCAN_OBJECTS}`);
    process.stdout.write(
      [
        `scan of an S3 source with ${SCAN_OBJECTS} small objects (S3Proxy; filled in ${fmt(filled.seconds)} s):`,
        `  ${fmt(seconds)} s, ${fmt(SCAN_OBJECTS / seconds, 0)} objects/s, ${result.queued} queued for ingest`,
        `  peak RSS (whole system, sampled): ${scanned.peakMiB} MiB (idle before: ${idleMiB} MiB)`,
        '',
      ].join('\n'),
    );
  } finally {
    await test.stop();
    client.destroy();
  }
}

/** The drive: reading through the mount against `/media`, and scanning a large storage source. */
export async function benchDav(): Promise<void> {
  const test = await startTestSystem('benchdav');
  try {
    await readThroughDrive(test);
  } finally {
    await test.stop();
  }
  await scanSource();
}
