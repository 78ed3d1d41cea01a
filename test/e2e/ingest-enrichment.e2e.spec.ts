import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';

const SPEECH = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';
let test: TestSystem;
let editor = '';
let assetId = '';

async function ok(query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(test.system.gatewayUrl, query, {
    variables,
    authorization: `Bearer ${editor}`,
  });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const VERSION = `query($id: ID!) { asset(id: $id) { ingestStatus currentVersion {
  renditions { kind status }
  enrichmentJobs { kind state reason engine { engine model version } }
  enrichmentSegments(kinds: [TRANSCRIPT, TEXT]) { kind text startFrame endFrame frameRate timecode }
} } }`;

beforeAll(async () => {
  // The vision models are pointed at a folder that does not exist: objects and faces cannot run here.
  test = await startTestSystem('enrichment', {
    ingest: { ENRICHMENT: 'true', VISION_MODELS_DIR: '/nonexistent/vision-models', KEYFRAME_INTERVAL_SECONDS: '0.5' },
  });
  editor = await test.token('eve', 'studio-e', ['editor']);
}, 120_000);

afterAll(() => test?.stop());

it('transcribes a clip and reads its burnt-in caption into timed segments; engines not installed skip their jobs while renditions become ready', async () => {
  // 3 s at 25 fps: a LibriVox sentence ("he was not an ill disposed young man") from the start, a caption from 1.5 s on.
  const clip = join(test.workDir, 'speech.mp4');
  ffmpeg([
    '-f', 'lavfi', '-i', 'color=c=black:size=480x270:rate=25:duration=3',
    '-i', SPEECH,
    '-vf', "drawtext=text='MAMMOTH':fontsize=72:fontcolor=white:x=(w-tw)/2:y=(h-th)/2:enable='gte(t,1.5)'",
    '-t', '3', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip,
  ]); // prettier-ignore
  const uploaded = (
    await ok('mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }', {
      i: { filename: 'speech.mp4', contentBase64: readFileSync(clip).toString('base64'), title: 'Reading' },
    })
  ).uploadSmallFile as { assetId: string };
  assetId = uploaded.assetId;

  const asset = await waitFor(
    async () => {
      const found = (await ok(VERSION, { id: assetId })).asset;
      return found.ingestStatus === 'READY' &&
        found.currentVersion.enrichmentJobs.length === 5 &&
        found.currentVersion.enrichmentJobs.every(
          (job: { state: string }) => !['QUEUED', 'RUNNING'].includes(job.state),
        )
        ? found
        : undefined;
    },
    { timeoutMs: 150_000, intervalMs: 500, what: 'renditions and enrichment finished' },
  );
  const jobs = Object.fromEntries(
    asset.currentVersion.enrichmentJobs.map((job: { kind: string }) => [job.kind, job]),
  ) as Record<string, { state: string; reason: string | null; engine: { engine: string } | null }>;
  expect([jobs.transcript.state, jobs.transcript.engine?.engine]).toEqual(['READY', 'pocketsphinx']);
  expect([jobs.text.state, jobs.text.engine?.engine]).toEqual(['READY', 'tesseract']);
  expect([jobs.objects.state, jobs.objects.reason]).toEqual(['SKIPPED', 'skipped: not installed']);
  expect([jobs.faces.state, jobs.faces.reason]).toEqual(['SKIPPED', 'skipped: not installed']);
  // Renditions are unaffected by the engines that could not run.
  const renditions = Object.fromEntries(
    asset.currentVersion.renditions.map((r: { kind: string; status: string }) => [r.kind, r.status]),
  );
  expect(renditions.proxy).toBe('READY');
  expect(renditions.thumbnails).toBe('READY');
  const segments = asset.currentVersion.enrichmentSegments as { kind: string; text: string; timecode: string }[];
  const said = segments.find((s) => s.kind === 'TRANSCRIPT' && /\byoung man\b/.test(s.text));
  // The sentence starts within the first second of the clip.
  expect(said?.timecode).toMatch(/^00:00:00:\d\d$/);
  const caption = segments.find((s) => s.kind === 'TEXT' && /MAMMOTH/i.test(s.text)) as unknown as {
    startFrame: number;
  };
  expect(Math.abs(caption.startFrame / 25 - 1.5)).toBeLessThanOrEqual(0.5);

  // Searchable through the gateway: by a spoken word and by the caption, each hit saying where.
  const found = async (q: string) =>
    (
      await ok(
        `query($q: String) { searchAssets(query: $q, first: 5) {
          edges { node { id } segments { kind text startFrame timecode } } } }`,
        { q },
      )
    ).searchAssets.edges as { node: { id: string }; segments: { kind: string; text: string; startFrame: number }[] }[];
  const spoken = await waitFor(async () => (await found('young')).find((e) => e.node.id === assetId), {
    timeoutMs: 30_000,
    intervalMs: 300,
    what: 'the clip found by a spoken word',
  });
  expect(spoken.segments[0]).toMatchObject({ kind: 'transcript' });
  expect(spoken.segments[0].text).toMatch(/<em>young<\/em>/i);
  const read = await waitFor(async () => (await found('mammoth')).find((e) => e.node.id === assetId), {
    timeoutMs: 30_000,
    intervalMs: 300,
    what: 'the clip found by its caption',
  });
  expect(read.segments[0].kind).toBe('text');
  expect(Math.abs(read.segments[0].startFrame / 25 - 1.5)).toBeLessThanOrEqual(0.5);
}, 300_000);
