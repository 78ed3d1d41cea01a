import { join } from 'node:path';
import { makeClip, waitFor } from '@mam/testkit';
import { ingestTestService } from '../testing/ingest-test-service';

const { service, dataDir, upload } = ingestTestService('enrichjobs', (dataDir) => ({
  POCKETSPHINX_PATH: join(dataDir, 'no-such-pocketsphinx'),
  TESSERACT_PATH: join(dataDir, 'no-such-tesseract'),
  VISION_MODELS_DIR: join(dataDir, 'no-such-models'),
}));

it('plans every enrichment of a video with sound on its own queue; engines not installed skip their jobs while renditions become ready', async () => {
  const clip = makeClip(join(dataDir, 'clip.mp4'), { seconds: 1, width: 160, height: 90 });
  const accepted = await upload(clip, 'clip.mp4');

  const jobs = await waitFor(
    async () => {
      const rows: { kind: string; status: string; reason: string | null; version_id: string }[] =
        await service.dataSource.query(
          'SELECT kind, status, reason, version_id FROM enrichment_jobs WHERE asset_id = $1 ORDER BY kind',
          [accepted.assetId],
        );
      return rows.length === 5 && rows.every((row) => row.status !== 'queued' && row.status !== 'running')
        ? rows
        : undefined;
    },
    { what: 'every enrichment job to finish', timeoutMs: 60_000, intervalMs: 200 },
  );
  expect(jobs.map((job) => job.kind)).toEqual(['faces', 'logos', 'objects', 'text', 'transcript']);
  expect(Object.fromEntries(jobs.map((job) => [job.kind, [job.status, job.reason]]))).toEqual({
    faces: ['skipped', 'skipped: not installed'],
    logos: ['skipped', 'skipped: no logos in the library'],
    objects: ['skipped', 'skipped: not installed'],
    text: ['skipped', 'skipped: not installed'],
    transcript: ['skipped', 'skipped: not installed'],
  });
  expect(jobs.every((job) => job.version_id === accepted.versionId)).toBe(true);

  const asset = await waitFor(
    async () => {
      const [row] = await service.dataSource.query(
        'SELECT ingest_status, status_reason FROM ingest_assets WHERE asset_id = $1',
        [accepted.assetId],
      );
      return row?.ingest_status === 'READY' ? row : undefined;
    },
    { what: 'the asset to be ready', timeoutMs: 60_000, intervalMs: 200 },
  );
  // Enrichment never touches the asset's ingest status, nor its rendition jobs.
  expect(asset.status_reason).toBeNull();
  const renditions: { kind: string; status: string }[] = await service.dataSource.query(
    'SELECT kind, status FROM rendition_jobs WHERE asset_id = $1 ORDER BY kind',
    [accepted.assetId],
  );
  expect(renditions.map((job) => job.kind)).toEqual([
    'filmstrip',
    'ingest',
    'poster',
    'proxy',
    'thumbnails',
    'waveform',
  ]);
  expect(renditions.every((job) => job.status === 'ready')).toBe(true);
}, 120_000);
