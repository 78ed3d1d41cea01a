import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { parseConfig } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { createKafkaBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import { ingestConfigShape, createIngestService, beginUpload, receiveUpload } from '@mam/ingest';
import { testInfrastructure, testSecret, uniqueName, waitFor } from '@mam/testkit';
import { identityHeaders, signIdentity, streamedBody } from '@mam/graphql';
import { createHash } from 'node:crypto';

const infra = testInfrastructure();
const name = uniqueName('workers');
const dataDir = mkdtempSync(join(tmpdir(), 'mam-workers-'));
const databaseUrl = `${infra.databaseUrlBase}/${name}_ingest`;
const FILES = 20;
const editor = { subject: 'editor-1', workspaceId: 'studio-a', roles: ['editor' as const], kind: 'user' as const };
const gatewaySecret = testSecret();

function instance(label: string) {
  const logger = createLogger(`ingest-${label}`, 'silent');
  const bus = createKafkaBus({
    brokers: infra.kafkaBrokers,
    clientId: `ingest-${label}`,
    topicPrefix: `${name}.`,
    logger,
  });
  const config = parseConfig(ingestConfigShape, {
    PORT: '0',
    DATABASE_URL: databaseUrl,
    GATEWAY_SIGNING_SECRET: gatewaySecret,
    MEDIA_SIGNING_SECRET: testSecret(),
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${name}.`,
    STORAGE_DIR: join(dataDir, 'storage'),
    UPLOAD_DIR: join(dataDir, 'uploads'),
    LOG_LEVEL: 'silent',
  });
  return { service: createIngestService(config, { bus, logger }), bus, config };
}

const a = instance('a');
const b = instance('b');

beforeAll(async () => {
  await a.service.start();
  await b.service.start();
}, 60_000);

afterAll(async () => {
  for (const { service, bus } of [a, b]) {
    await service.stop();
    await bus.stop();
  }
  await dropDatabase(databaseUrl);
});

it('shares a batch of 20 files between two worker processes with no file processed twice', async () => {
  const { dataSource } = a.service;
  const assetIds: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const uploadId = `batch-${i}-${Date.now()}`;
    const accepted = await beginUpload(dataSource, editor, 'mutation', uploadId, { filename: `still-${i}.png` });
    const image = await sharp({
      create: { width: 640, height: 360, channels: 3, background: { r: (i * 12) % 255, g: 80, b: 160 } },
    })
      .png()
      .toBuffer();
    writeFileSync(join(a.config.UPLOAD_DIR, uploadId), image);
    await receiveUpload(dataSource, uploadId, image.length);
    assetIds.push(accepted.assetId);
  }

  await waitFor(
    async () =>
      (await dataSource.query(`SELECT count(*)::int AS n FROM ingest_assets WHERE ingest_status = 'READY'`))[0].n ===
      FILES,
    { timeoutMs: 120_000, intervalMs: 500, what: 'every file to be ready' },
  );
  const jobs: { kind: string; attempts: number; worker: string; status: string }[] = await dataSource.query(
    'SELECT kind, attempts, worker, status FROM rendition_jobs',
  );
  expect(jobs).toHaveLength(FILES * 2);
  expect(jobs.every((job) => job.status === 'ready' && job.attempts === 1)).toBe(true);
  const workers = new Set(jobs.map((job) => job.worker));
  expect([...workers].sort()).toEqual([a.service.worker.workerId, b.service.worker.workerId].sort());
  // Per file exactly one upload.completed, one media.probed and one rendition.ready: nothing done twice.
  const events = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'mam.ingest.upload.v1'`);
  expect(events[0].n).toBe(FILES * 3);
  expect(
    (await dataSource.query(`SELECT count(DISTINCT asset_id)::int AS n FROM rendition_jobs WHERE kind = 'preview'`))[0]
      .n,
  ).toBe(FILES);
}, 180_000);

it('takes one upload’s requests on either instance: a client resuming elsewhere makes the writing one let go', async () => {
  // As the gateway sends them: the identity signed once, bound to each request.
  const token = await signIdentity(editor, gatewaySecret);
  const tusHeaders = (method: string, path: string, extra: Record<string, string> = {}) => {
    const headers = { 'tus-resumable': '1.0.0', ...extra };
    return {
      ...headers,
      ...identityHeaders(token, gatewaySecret, { method, path, body: streamedBody(new Headers(headers)) }),
    };
  };
  const filesOf = (service: typeof a.service) => new URL('/files', service.url).toString();
  const image = await sharp({
    create: {
      width: 1200,
      height: 800,
      channels: 3,
      background: 'black',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
  const file = image;
  expect(file.length).toBeGreaterThan(500_000);
  const created = await fetch(filesOf(a.service), {
    method: 'POST',
    headers: tusHeaders('POST', '/files', {
      'upload-length': String(file.length),
      'upload-metadata': `filename ${Buffer.from('split.png').toString('base64')}`,
    }),
  });
  expect(created.status).toBe(201);
  const uploadId = new URL(created.headers.get('location')!, filesOf(a.service)).pathname.split('/').pop()!;

  // Instance a receives the first 100 KB, then the client's connection stalls mid-request.
  let stall: () => void = () => undefined;
  const stalled = new Promise<void>((resolve) => (stall = resolve));
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(file.subarray(0, 100_000));
      await stalled;
      controller.close();
    },
  });
  const slow = fetch(`${filesOf(a.service)}/${uploadId}`, {
    method: 'PATCH',
    headers: tusHeaders('PATCH', `/files/${uploadId}`, {
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    }),
    body,
    duplex: 'half',
  }).catch(() => undefined);
  await waitFor(
    async () =>
      (await a.service.dataSource.query('SELECT 1 FROM upload_locks WHERE upload_id = $1', [uploadId])).length > 0 ||
      undefined,
    { what: 'instance a to lock the upload' },
  );

  // The client resumes on instance b: b asks a to let go, learns the offset a kept, and takes the rest.
  const head = await fetch(`${filesOf(b.service)}/${uploadId}`, {
    method: 'HEAD',
    headers: tusHeaders('HEAD', `/files/${uploadId}`),
  });
  expect(head.status).toBe(200);
  const offset = Number(head.headers.get('upload-offset'));
  expect(offset).toBeGreaterThan(0);
  expect(offset).toBeLessThanOrEqual(100_000);
  // Instance a was told to let go: its stalled request has ended although the client never finished it.
  const aEnded = await Promise.race([
    slow.then(() => 'ended'),
    new Promise((resolve) => setTimeout(() => resolve('still writing'), 5_000)),
  ]);
  expect(aEnded).toBe('ended');
  const rest = await fetch(`${filesOf(b.service)}/${uploadId}`, {
    method: 'PATCH',
    headers: tusHeaders('PATCH', `/files/${uploadId}`, {
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    }),
    body: file.subarray(offset),
  });
  expect(rest.status).toBe(204);
  stall();
  await slow;

  const { dataSource } = b.service;
  const [upload] = await dataSource.query('SELECT asset_id FROM uploads WHERE id = $1', [uploadId]);
  await waitFor(
    async () =>
      (
        await dataSource.query(`SELECT 1 FROM ingest_assets WHERE asset_id = $1 AND ingest_status = 'READY'`, [
          upload.asset_id,
        ])
      ).length > 0 || undefined,
    {
      timeoutMs: 60_000,
      what: 'the upload to be ingested',
    },
  );
  const [master] = await dataSource.query(`SELECT sha256 FROM uploads WHERE id = $1`, [uploadId]);
  expect(master.sha256).toBe(createHash('sha256').update(file).digest('hex'));
}, 120_000);
