import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { parseConfig } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { createKafkaBus } from '@mam/events';
import { createLogger } from '@mam/logger';
import { ingestConfigShape } from '@mam/ingest/src/config';
import { createIngestService } from '@mam/ingest/src/service';
import { beginUpload } from '@mam/ingest/src/domain/begin-upload';
import { receiveUpload } from '@mam/ingest/src/domain/receive-upload';
import { testInfrastructure, testSecret, uniqueName, waitFor } from '@mam/testkit';

const infra = testInfrastructure();
const name = uniqueName('workers');
const dataDir = mkdtempSync(join(tmpdir(), 'mam-workers-'));
const databaseUrl = `${infra.databaseUrlBase}/${name}_ingest`;
const FILES = 20;
const editor = { subject: 'editor-1', workspaceId: 'studio-a', roles: ['editor' as const], kind: 'user' as const };

function instance(label: string) {
  const logger = createLogger(`ingest-${label}`, 'silent');
  const bus = createKafkaBus({ brokers: infra.kafkaBrokers, clientId: `ingest-${label}`, topicPrefix: `${name}.`, logger });
  const config = parseConfig(ingestConfigShape, {
    PORT: '0',
    DATABASE_URL: databaseUrl,
    GATEWAY_SIGNING_SECRET: testSecret(),
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
    const image = await sharp({ create: { width: 640, height: 360, channels: 3, background: { r: (i * 12) % 255, g: 80, b: 160 } } }).png().toBuffer();
    writeFileSync(join(a.config.UPLOAD_DIR, uploadId), image);
    await receiveUpload(dataSource, uploadId, image.length);
    assetIds.push(accepted.assetId);
  }

  await waitFor(
    async () => (await dataSource.query(`SELECT count(*)::int AS n FROM ingest_assets WHERE ingest_status = 'READY'`))[0].n === FILES,
    { timeoutMs: 120_000, intervalMs: 500, what: 'every file to be ready' },
  );
  const jobs: { kind: string; attempts: number; worker: string; status: string }[] = await dataSource.query('SELECT kind, attempts, worker, status FROM rendition_jobs');
  expect(jobs).toHaveLength(FILES * 2);
  expect(jobs.every((job) => job.status === 'ready' && job.attempts === 1)).toBe(true);
  const workers = new Set(jobs.map((job) => job.worker));
  expect([...workers].sort()).toEqual([a.service.worker.workerId, b.service.worker.workerId].sort());
  // Per file exactly one upload.completed, one media.probed and one rendition.ready: nothing done twice.
  const events = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'mam.ingest.upload.v1'`);
  expect(events[0].n).toBe(FILES * 3);
  expect((await dataSource.query(`SELECT count(DISTINCT asset_id)::int AS n FROM rendition_jobs WHERE kind = 'preview'`))[0].n).toBe(FILES);
}, 180_000);
