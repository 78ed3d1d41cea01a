import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@mam/config';
import { dropDatabase } from '@mam/db';
import { createInProcessBus, uuidv7 } from '@mam/events';
import { createLogger } from '@mam/logger';
import type { HlsMediaPlaylist } from '@mam/media';
import { createFilesystemStorage, MEDIA_FOLDER_PATH, verifyMediaFolderPath } from '@mam/storage';
import { testInfrastructure, testSecret, uniqueName } from '@mam/testkit';
import { ingestConfigShape } from '../config';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { toRendition } from '../resolvers/rendition';
import { createIngestService } from '../service';
import { hlsPublisher } from './publish-hls';

const infra = testInfrastructure();
const name = uniqueName('publishhls');
const dataDir = mkdtempSync(join(tmpdir(), 'mam-publishhls-'));
const databaseUrl = `${infra.databaseUrlBase}/${name}_ingest`;
const config = parseConfig(ingestConfigShape, {
  PORT: '0',
  DATABASE_URL: databaseUrl,
  GATEWAY_SIGNING_SECRET: testSecret(),
  MEDIA_SIGNING_SECRET: testSecret(),
  STORAGE_DIR: join(dataDir, 'storage'),
  UPLOAD_DIR: join(dataDir, 'uploads'),
  RENDITION_WORKER: 'false',
  SOURCE_SCANNER: 'false',
  LOG_LEVEL: 'silent',
});
const service = createIngestService(config, { bus: createInProcessBus(), logger: createLogger('ingest', 'silent') });

beforeAll(() => service.start());
afterAll(async () => {
  await service.stop();
  await dropDatabase(databaseUrl);
  rmSync(dataDir, { recursive: true, force: true });
});

it('publishes a growing stream into shared storage that another instance serves: EVENT from the first segment, VOD at the end', async () => {
  const job = { id: uuidv7(), asset_id: uuidv7(), version_id: uuidv7(), kind: 'proxy', worker: 'worker-a' };
  await service.dataSource.query(
    `INSERT INTO rendition_jobs (id, asset_id, version_id, kind, status, attempts, worker, lease_expires_at)
     VALUES ($1, $2, $3, 'proxy', 'running', 1, $4, now() + interval '1 hour')`,
    [job.id, job.asset_id, job.version_id, job.worker],
  );
  const row = (await renditionJobsRepository.find(service.dataSource, job.id))!;
  const work = join(dataDir, 'uploads', '.work', job.id);
  const stream = join(work, 'hls');
  mkdirSync(stream, { recursive: true });
  const storage = createFilesystemStorage(config.STORAGE_DIR);
  const publisher = hlsPublisher(row, {
    dataSource: service.dataSource,
    storage,
    config,
    logger: createLogger('ingest', 'silent'),
    onProgress: () => undefined,
    signal: new AbortController().signal,
  }, { stream, work }); // prettier-ignore
  // What ffmpeg leaves in its folder as it closes segments.
  const write = (file: string) => writeFileSync(join(stream, file), `bytes of ${file}`);
  const segment = (n: number) => ({ file: `segment-0000${n}.m4s`, durationSeconds: 2 });
  // Another instance: the same shared storage, read through its own adapter.
  const elsewhere = createFilesystemStorage(config.STORAGE_DIR);
  const read = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of elsewhere.read(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  };

  const first: HlsMediaPlaylist = { initFile: 'init.mp4', segments: [segment(0)], ended: false };
  write('init.mp4');
  write(segment(0).file);
  await publisher.onUpdate(first, first.segments);

  const running = toRendition((await renditionJobsRepository.find(service.dataSource, job.id))!, config);
  expect(running.status).toBe('RUNNING');
  expect(running.hls?.status).toBe('STREAMING');
  const [expires, signature, ...key] = running.hls!.url.slice(MEDIA_FOLDER_PATH.length).split('/');
  const playlistKey = key.join('/');
  expect(playlistKey).toBe(`renditions/${job.asset_id}/${job.version_id}/proxy/hls/index.m3u8`);
  const segmentKey = playlistKey.replace('index.m3u8', 'segment-00000.m4s');
  expect(verifyMediaFolderPath(segmentKey, expires, signature, config.MEDIA_SIGNING_SECRET)).toEqual({ ok: true });
  const growing = await read(playlistKey);
  expect(growing).toContain('#EXT-X-PLAYLIST-TYPE:EVENT\n');
  expect(growing).toContain('#EXT-X-MAP:URI="init.mp4"\n');
  expect(growing).not.toContain('#EXT-X-ENDLIST');
  expect(await read(segmentKey)).toBe('bytes of segment-00000.m4s');

  write(segment(1).file);
  write(segment(2).file);
  const last: HlsMediaPlaylist = { initFile: 'init.mp4', segments: [0, 1, 2].map(segment), ended: true };
  await publisher.onUpdate(last, [segment(1), segment(2)]);
  const complete = await read(playlistKey);
  expect(complete).toContain('#EXT-X-PLAYLIST-TYPE:VOD\n');
  expect(complete.endsWith('segment-00002.m4s\n#EXT-X-ENDLIST\n')).toBe(true);
  expect(complete.match(/^segment-\d+\.m4s$/gm)).toEqual([
    'segment-00000.m4s',
    'segment-00001.m4s',
    'segment-00002.m4s',
  ]);
  expect(readFileSync(storage.localPath(playlistKey.replace('index.m3u8', 'segment-00002.m4s')), 'utf8')).toBe(
    'bytes of segment-00002.m4s',
  );
  expect(publisher.stream()).toEqual({ playlist: playlistKey, complete: true, segments: 3 });

  // A try that starts over forgets the stream; a job another worker has taken is not written by this one.
  await renditionJobsRepository.recordPartialOutput(service.dataSource, { id: job.id, worker: 'worker-b' }, null);
  expect(toRendition((await renditionJobsRepository.find(service.dataSource, job.id))!, config).hls).not.toBeNull();
  await renditionJobsRepository.recordPartialOutput(service.dataSource, row, null);
  expect(toRendition((await renditionJobsRepository.find(service.dataSource, job.id))!, config).hls).toBeNull();
});
