import { join } from 'node:path';
import { ffmpeg, waitFor } from '@mam/testkit';
import { ingestTestService } from '../../testing/ingest-test-service';

const SPEECH = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';
const { service, dataDir, upload } = ingestTestService('enrichreal', (dataDir) => ({
  // The picture engines of this test are speech and OCR; the vision models are left out to keep it small.
  VISION_MODELS_DIR: join(dataDir, 'no-such-models'),
  KEYFRAME_INTERVAL_SECONDS: '0.5',
}));

it('transcribes the speech and reads the burnt-in caption of a clip into time-based segments, announced to search', async () => {
  // 3 s at 25 fps: a LibriVox sentence ("he was not an ill disposed young man"; the engine is sure of
  // "young man") and a caption from 1.5 s on.
  const clip = join(dataDir, 'speech.mp4');
  ffmpeg([
    '-f', 'lavfi', '-i', 'color=c=black:size=640x360:rate=25:duration=3',
    '-i', SPEECH,
    '-vf', "drawtext=text='MAMMOTH':fontsize=96:fontcolor=white:x=(w-tw)/2:y=(h-th)/2:enable='gte(t,1.5)'",
    '-t', '3', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip,
  ]); // prettier-ignore
  const accepted = await upload(clip, 'speech.mp4');

  const jobs = await waitFor(
    async () => {
      const rows: { kind: string; status: string; reason: string | null; output: any }[] =
        await service.dataSource.query('SELECT kind, status, reason, output FROM enrichment_jobs WHERE asset_id = $1', [
          accepted.assetId,
        ]);
      return rows.length === 5 && rows.every((row) => !['queued', 'running'].includes(row.status)) ? rows : undefined;
    },
    { what: 'every enrichment job to finish', timeoutMs: 120_000, intervalMs: 300 },
  );
  const byKind = Object.fromEntries(jobs.map((job) => [job.kind, job]));
  expect([byKind.transcript.status, byKind.transcript.reason]).toEqual(['ready', null]);
  expect(byKind.transcript.output.engine.engine).toBe('pocketsphinx');
  expect([byKind.text.status, byKind.text.output.engine.engine]).toEqual(['ready', 'tesseract']);
  expect([byKind.objects.status, byKind.objects.reason]).toEqual(['skipped', 'skipped: not installed']);

  const segments: {
    kind: string;
    text: string;
    start_frame: string;
    end_frame: string;
    frame_rate_numerator: number;
  }[] = await service.dataSource.query(
    'SELECT kind, text, start_frame, end_frame, frame_rate_numerator FROM enrichment_segments WHERE version_id = $1 ORDER BY kind, position',
    [accepted.versionId],
  );
  const spoken = segments.filter((s) => s.kind === 'transcript');
  expect(spoken.map((s) => s.text).join(' ')).toMatch(/\byoung man\b/);
  expect(spoken.every((s) => s.frame_rate_numerator === 25 && Number(s.start_frame) < 75)).toBe(true);
  const caption = segments.find((s) => s.kind === 'text' && /MAMMOTH/i.test(s.text));
  expect(caption).toBeDefined();
  expect(Math.abs(Number(caption!.start_frame) / 25 - 1.5)).toBeLessThanOrEqual(0.5);
  expect(Number(caption!.end_frame)).toBe(75);

  const [transcript] = await service.dataSource.query('SELECT language, words FROM transcripts WHERE version_id = $1', [
    accepted.versionId,
  ]);
  expect(transcript.language).toBe('en-US');
  expect(transcript.words.map((w: { text: string }) => w.text)).toContain('young');

  // One enrichment.segments-replaced for the transcript, one for the on-screen text.
  const [events] = await service.dataSource.query(
    `SELECT count(*)::int AS n FROM outbox WHERE topic = 'mam.ingest.enrichment.v1'`,
  );
  expect(events.n).toBe(2);
}, 180_000);
