import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@mam/logger';
import { createFilesystemStorage, storageKeys } from '@mam/storage';
import { makeClip, waitFor } from '@mam/testkit';
import type { EnrichmentJobRow } from '../../repositories/enrichment-jobs.repository';
import { ingestTestService } from '../../testing/ingest-test-service';
import type { JobContext } from '../job-context';
import { withKeyframes } from './with-keyframes';

// No engine is installed: the picture jobs are skipped, and this test visits their keyframes itself.
const { service, dataDir, config, upload } = ingestTestService('keyframes', (dataDir) => ({
  POCKETSPHINX_PATH: join(dataDir, 'no-such-pocketsphinx'),
  TESSERACT_PATH: join(dataDir, 'no-such-tesseract'),
  VISION_MODELS_DIR: join(dataDir, 'no-such-models'),
  KEYFRAME_INTERVAL_SECONDS: '2',
}));

const context = (): JobContext => ({
  dataSource: service.dataSource,
  storage: createFilesystemStorage(config.STORAGE_DIR),
  config,
  logger: createLogger('test', 'silent'),
  onProgress: () => undefined,
  signal: new AbortController().signal,
});

async function pictureJobs(assetId: string): Promise<Record<string, EnrichmentJobRow>> {
  return waitFor(
    async () => {
      const rows: EnrichmentJobRow[] = await service.dataSource.query(
        'SELECT * FROM enrichment_jobs WHERE asset_id = $1',
        [assetId],
      );
      return rows.length === 5 && rows.every((row) => row.status !== 'queued' && row.status !== 'running')
        ? Object.fromEntries(rows.map((row) => [row.kind, row]))
        : undefined;
    },
    { what: 'the enrichment jobs to end', timeoutMs: 60_000, intervalMs: 200 },
  );
}

/** What a picture engine would see: each keyframe's frame span and the bytes of its still. */
const seen = (job: EnrichmentJobRow) =>
  withKeyframes(job, context(), async ({ keyframes }) =>
    keyframes.map((keyframe) => ({
      frame: keyframe.frame,
      until: keyframe.until,
      sha256: createHash('sha256').update(readFileSync(keyframe.file)).digest('hex'),
    })),
  );

it("extracts a video's keyframes once for all its picture jobs: the next job reads them without the master", async () => {
  const accepted = await upload(
    makeClip(join(dataDir, 'clip.mp4'), { seconds: 5, width: 320, height: 180 }),
    'clip.mp4',
  );
  const jobs = await pictureJobs(accepted.assetId);

  const first = await seen(jobs.text);
  // testsrc2 at 25 fps, one keyframe at least every 2 s: frames 0, 50 and 100, up to the end (125).
  expect(first.map(({ frame, until }) => [frame, until])).toEqual([
    [0, 50],
    [50, 100],
    [100, 125],
  ]);
  const stored = createFilesystemStorage(config.STORAGE_DIR);
  const manifest = storageKeys.rendition(accepted.assetId, accepted.versionId, 'keyframes', 'manifest.json');
  expect(await stored.stat(manifest)).not.toBeNull();

  // Without the master, a second picture job of the version still gets the same stills.
  await stored.delete(storageKeys.master(accepted.assetId, accepted.versionId));
  expect(await seen(jobs.objects)).toEqual(first);
  expect(await seen(jobs.faces)).toEqual(first);
}, 120_000);

it('gives picture jobs that start together the same keyframes (one extracts, the others wait for it)', async () => {
  const accepted = await upload(
    makeClip(join(dataDir, 'clip2.mp4'), { seconds: 3, width: 320, height: 180 }),
    'clip2.mp4',
  );
  const jobs = await pictureJobs(accepted.assetId);
  const [text, objects, logos] = await Promise.all([seen(jobs.text), seen(jobs.objects), seen(jobs.logos)]);
  expect(text.map(({ frame }) => frame)).toEqual([0, 50]);
  expect(objects).toEqual(text);
  expect(logos).toEqual(text);
}, 120_000);
