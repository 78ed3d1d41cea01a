import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { createInProcessBus, uuidv7 } from '@mam/events';
import { createLogger } from '@mam/logger';
import { testInfrastructure, testSecret, uniqueName, waitFor } from '@mam/testkit';
import { ingestConfigShape } from '../config';
import { createIngestService } from '../service';

const infra = testInfrastructure();
const name = uniqueName('jobresume');
const dataDir = mkdtempSync(join(tmpdir(), 'mam-jobresume-'));
const databaseUrl = `${infra.databaseUrlBase}/${name}_ingest`;

// Embedded mode: the in-process bus, whose job offers die with the process that held them.
function instance() {
  const config = parseConfig(ingestConfigShape, {
    PORT: '0',
    DATABASE_URL: databaseUrl,
    GATEWAY_SIGNING_SECRET: testSecret(),
    MEDIA_SIGNING_SECRET: testSecret(),
    STORAGE_DIR: join(dataDir, 'storage'),
    UPLOAD_DIR: join(dataDir, 'uploads'),
    LOG_LEVEL: 'silent',
  });
  return createIngestService(config, { bus: createInProcessBus(), logger: createLogger('ingest', 'silent') });
}

afterAll(async () => {
  await dropDatabase(databaseUrl);
  rmSync(dataDir, { recursive: true, force: true });
});

it('takes up the jobs a crash left queued or running as soon as the service is back, not at the next sweep', async () => {
  const before = instance();
  await before.start();
  // What a crash leaves: a job whose offer was lost with the process, and one whose worker died mid-way.
  const queued = uuidv7();
  const running = uuidv7();
  await before.dataSource.query(
    `INSERT INTO rendition_jobs (id, asset_id, version_id, kind, status, attempts, worker, lease_expires_at, updated_at) VALUES
       ($1, $3, $4, 'thumbnails', 'queued', 0, NULL, NULL, now()),
       ($2, $3, $5, 'thumbnails', 'running', 1, 'crashed-worker', now() - interval '1 second', now())`,
    [queued, running, uuidv7(), uuidv7(), uuidv7()],
  );
  await before.stop();

  const after = instance();
  const t0 = Date.now();
  await after.start();
  try {
    const taken = await waitFor(
      async () => {
        const rows: { id: string; attempts: number; worker: string | null }[] = await after.dataSource.query(
          'SELECT id, attempts, worker FROM rendition_jobs WHERE id = ANY($1::uuid[]) ORDER BY id',
          [[queued, running]],
        );
        return rows.every((row) => row.worker === after.worker.workerId) ? rows : undefined;
      },
      { what: 'both jobs claimed by the restarted worker', timeoutMs: 10_000, intervalMs: 100 },
    );
    expect(Date.now() - t0).toBeLessThan(10_000);
    // Each was tried again (they then fail for want of media, and are retried as usual).
    const attempts = Object.fromEntries(taken.map((row) => [row.id, row.attempts]));
    expect(attempts[queued]).toBeGreaterThanOrEqual(1);
    expect(attempts[running]).toBeGreaterThanOrEqual(2);
  } finally {
    await after.stop();
  }
});

it('refuses to start, naming the kind, when unfinished work has a job kind ingest has no handler for', async () => {
  const seed = instance();
  await seed.start();
  const orphan = uuidv7();
  await seed.dataSource.query(
    `INSERT INTO rendition_jobs (id, asset_id, version_id, kind, status) VALUES ($1, $2, $3, 'hologram', 'queued')`,
    [orphan, uuidv7(), uuidv7()],
  );
  await seed.stop();

  const refused = instance();
  try {
    await expect(refused.start()).rejects.toThrow('job kind hologram has no handler');
  } finally {
    await refused.stop().catch(() => undefined);
  }
  const cleanup = instance();
  await cleanup.dataSource.initialize();
  await cleanup.dataSource.query('DELETE FROM rendition_jobs WHERE id = $1', [orphan]);
  await cleanup.dataSource.destroy();
});
