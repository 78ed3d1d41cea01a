import {
  createDataSource,
  createNotificationHub,
  dropDatabase,
  ensureDatabase,
  type DataSource,
  type NotificationHub,
} from '@mam/db';
import { testInfrastructure, uniqueName } from '@mam/testkit';
import { ERRORS } from '@tus/server';
import { CreateUploadLocks1764400000220 } from '../migrations/1764400000220-create-upload-locks';
import { createPostgresLocker, UPLOAD_LOCK_RELEASE_CHANNEL } from './postgres-locker';

const infra = testInfrastructure();
const databaseUrl = `${infra.databaseUrlBase}/${uniqueName('uploadlocks')}`;
let dataSource: DataSource;
const hubs: NotificationHub<{ uploadId: string }>[] = [];

/** One ingest instance's locker: its own listener on the shared database. */
async function instance(options: { acquireTimeoutMs?: number } = {}) {
  const releases = createNotificationHub<{ uploadId: string }>({ databaseUrl, channel: UPLOAD_LOCK_RELEASE_CHANNEL });
  await releases.start();
  hubs.push(releases);
  return createPostgresLocker({ dataSource, releases, retryMs: 20, ...options });
}

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  dataSource = createDataSource({ url: databaseUrl, entities: [], migrations: [CreateUploadLocks1764400000220] });
  await dataSource.initialize();
  await dataSource.runMigrations();
});

afterAll(async () => {
  for (const hub of hubs) await hub.stop();
  await dataSource?.destroy();
  await dropDatabase(databaseUrl);
});

it('hands an upload from the instance writing it to another that asks, once the first lets go', async () => {
  const [first, second] = [await instance(), await instance()];
  const held = first.newLock('upload-1');
  let released = 0;
  await held.lock(new AbortController().signal, async () => {
    released += 1;
    await held.unlock();
  });
  expect(await dataSource.query('SELECT count(*)::int AS n FROM upload_locks')).toEqual([{ n: 1 }]);

  const taker = second.newLock('upload-1');
  await taker.lock(new AbortController().signal, () => undefined);
  expect(released).toBe(1);
  const [row] = await dataSource.query(`SELECT upload_id FROM upload_locks`);
  expect(row).toEqual({ upload_id: 'upload-1' });
  await taker.unlock();
  expect(await dataSource.query('SELECT count(*)::int AS n FROM upload_locks')).toEqual([{ n: 0 }]);
});

it('gives up with the tus lock timeout when the holder does not let go, and takes over a lease its holder left to expire', async () => {
  const [first, second] = [await instance(), await instance({ acquireTimeoutMs: 300 })];
  const stubborn = first.newLock('upload-2');
  await stubborn.lock(new AbortController().signal, () => undefined);
  await expect(second.newLock('upload-2').lock(new AbortController().signal, () => undefined)).rejects.toBe(
    ERRORS.ERR_LOCK_TIMEOUT,
  );
  await stubborn.unlock();

  // An instance that died holding a lock: its lease runs out and another instance takes the upload.
  await dataSource.query(
    `INSERT INTO upload_locks (upload_id, holder, expires_at) VALUES ('upload-3', gen_random_uuid(), now() - interval '1 second')`,
  );
  const next = second.newLock('upload-3');
  await next.lock(new AbortController().signal, () => undefined);
  await next.unlock();
});
