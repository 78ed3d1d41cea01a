import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { makeSceneThumbnails } from '@mam/media';
import { createFilesystemStorage } from '@mam/storage';
import { makeClip, waitFor } from '@mam/testkit';
import { retryRendition } from '../domain/retry-rendition';
import { SYSTEM_ACTOR } from '../domain/request-job';
import { renditionJobsRepository, type RenditionJobRow } from '../repositories/rendition-jobs.repository';
import { ingestTestService } from '../testing/ingest-test-service';

// The encode held to real time, so the shared run is seen while it goes on.
const { service, dataDir, upload } = ingestTestService('onedecode', () => ({ PROXY_READ_RATE: '1' }));
const VIDEO_KINDS = ['filmstrip', 'poster', 'proxy', 'thumbnails', 'waveform'];
const FINISHED = ['ready', 'failed', 'skipped', 'cancelled'];

const jobsOf = async (versionId: string) =>
  Object.fromEntries(
    (await renditionJobsRepository.forVersion(service.dataSource, versionId)).map((job) => [job.kind, job]),
  ) as Record<string, RenditionJobRow>;
const sizeOf = async (key: string) => {
  const storage = createFilesystemStorage(join(dataDir, 'storage'));
  const { width, height } = await sharp(storage.localPath(key)).metadata();
  return [width, height];
};

it("makes a video's poster, thumbnails, filmstrip and waveform in its proxy's run, each job row reporting on its own", async () => {
  const clip = makeClip(join(dataDir, 'clip.mp4'), { seconds: 6, width: 640, height: 360 });
  const alone = join(dataDir, 'alone.mp4');
  copyFileSync(clip, alone);
  const { versionId } = await upload(clip, 'clip.mp4');

  // While the proxy encodes, the poster's row runs with it, on the same worker, with progress of its own.
  const during = await waitFor(
    async () => {
      const jobs = await jobsOf(versionId);
      const poster = jobs.poster;
      return jobs.proxy?.status === 'running' && poster?.status === 'running' && poster.progress > 0 ? jobs : undefined;
    },
    { what: 'the poster running within the proxy run', timeoutMs: 60_000, intervalMs: 100 },
  );
  expect(during.poster.worker).toBe(during.proxy.worker);
  expect(during.poster.progress).toBeLessThan(1);

  const jobs = await waitFor(
    async () => {
      const all = await jobsOf(versionId);
      return VIDEO_KINDS.every((kind) => FINISHED.includes(all[kind]?.status)) ? all : undefined;
    },
    { what: 'every video rendition finished', timeoutMs: 60_000, intervalMs: 200 },
  );
  expect(Object.keys(jobs).sort()).toEqual(VIDEO_KINDS);
  for (const kind of VIDEO_KINDS) {
    expect(jobs[kind]).toMatchObject({ status: 'ready', progress: 1, attempts: 1, worker: jobs.proxy.worker });
    // Each was made in the proxy's run: finished before (or with) the proxy itself.
    expect(jobs[kind].updated_at.getTime()).toBeLessThanOrEqual(jobs.proxy.updated_at.getTime());
  }
  const { proxy, poster, thumbnails, filmstrip, waveform } = Object.fromEntries(
    Object.entries(jobs).map(([kind, job]) => [kind, job.output!]),
  );
  expect(proxy).toMatchObject({ width: 640, height: 360, hls: { complete: true } });
  expect(poster).toMatchObject({ width: 640, height: 360, details: { seconds: 1, frame: 25 } });
  expect(poster.key).toContain(`/${versionId}/poster/`);
  expect(await sizeOf(poster.key)).toEqual([640, 360]);
  // The same frames as the thumbnails' own maker picks from the same clip.
  const thumbnailsAlone = await makeSceneThumbnails(alone, join(dataDir, 'thumbnails-alone'));
  expect(thumbnails.items!.map((item) => [item.seconds, item.frame])).toEqual(
    thumbnailsAlone.map((item) => [item.seconds, item.frame]),
  );
  expect(thumbnails.items![0].key).toContain(`/${versionId}/thumbnails/`);
  expect(await sizeOf(thumbnails.items![0].key)).toEqual([320, 180]);
  expect(filmstrip).toMatchObject({ width: 960, height: 90, details: { columns: 6, rows: 1, count: 6 } });
  expect(await sizeOf(filmstrip.key)).toEqual([960, 90]);
  expect(waveform).toMatchObject({ details: { bucketsPerSecond: 20, sampleRate: 8000 } });

  // A retry of one of them runs it alone, and overwrites its files with the same.
  await retryRendition(service.dataSource, jobs.poster, SYSTEM_ACTOR);
  const retried = await waitFor(
    async () => {
      const job = await renditionJobsRepository.find(service.dataSource, jobs.poster.id);
      return job?.status === 'ready' && job.updated_at > jobs.poster.updated_at ? job : undefined;
    },
    { what: 'the poster made again', timeoutMs: 60_000, intervalMs: 200 },
  );
  expect(retried.output).toMatchObject({
    key: poster.key,
    width: 640,
    height: 360,
    details: { seconds: 1, frame: 25 },
  });
  expect((await renditionJobsRepository.find(service.dataSource, jobs.proxy.id))!.updated_at).toEqual(
    jobs.proxy.updated_at,
  );
}, 120_000);
