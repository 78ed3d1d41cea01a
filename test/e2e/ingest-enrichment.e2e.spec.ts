import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';

const SPEECH = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';
let test: TestSystem;
let editor = '';
let viewer = '';
let assetId = '';
let versionId = '';

async function ok(query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(test.system.gatewayUrl, query, {
    variables,
    authorization: `Bearer ${editor}`,
  });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function refusal(token: string, query: string, variables: Record<string, unknown>) {
  const response = await graphqlRequest(test.system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });
  return response.errors?.[0]?.extensions?.code;
}

async function searchHits(q: string) {
  return (
    await ok(
      `query($q: String) { searchAssets(query: $q, first: 5) {
        edges { node { id } segments { kind text startFrame timecode } } } }`,
      { q },
    )
  ).searchAssets.edges as { node: { id: string }; segments: { kind: string; text: string; startFrame: number }[] }[];
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
  viewer = await test.token('vic', 'studio-e', ['viewer']);
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
  ).uploadSmallFile as { assetId: string; versionId: string };
  assetId = uploaded.assetId;
  versionId = uploaded.versionId;

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
  const found = searchHits;
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

const TRANSCRIPT = `query($id: ID!) { asset(id: $id) { currentVersion { transcript {
  language engine { engine model version } vtt srt
  segments { id index startFrame endFrame frameRate timecode text corrected correctedBy correctedAt words { text startFrame endFrame confidence } }
} } } }`;

const CORRECT = `mutation($v: ID!, $s: ID!, $t: String!) {
  correctTranscriptSegment(versionId: $v, segmentId: $s, text: $t) { id index text corrected correctedBy correctedAt }
}`;

interface Segment {
  id: string;
  index: number;
  startFrame: number;
  endFrame: number;
  frameRate: string;
  text: string;
  corrected: boolean;
  correctedBy: string | null;
  correctedAt: string | null;
  words: { text: string; startFrame: number; endFrame: number; confidence: number }[];
}

/** "00:00:01.240": a WebVTT timestamp of a frame at a rational rate. */
function cueTime(frame: number, frameRate: string): string {
  const [num, den] = frameRate.split('/').map(Number);
  const ms = Math.round((frame * den * 1000) / num);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

it('reads the transcript with its words and as WebVTT; an editor corrects a segment, a viewer may not, and search finds the corrected words', async () => {
  const transcript = (await ok(TRANSCRIPT, { id: assetId })).asset.currentVersion.transcript as {
    language: string;
    engine: { engine: string };
    vtt: string;
    srt: string;
    segments: Segment[];
  };
  expect(transcript.engine.engine).toBe('pocketsphinx');
  expect(transcript.segments.length).toBeGreaterThan(0);
  const first = transcript.segments[0];
  expect(first).toMatchObject({ index: 0, frameRate: '25/1', corrected: false, correctedBy: null, correctedAt: null });
  expect(first.words.map((w) => w.text).join(' ')).toBe(first.text);
  for (const word of first.words) {
    expect(word.startFrame).toBeGreaterThanOrEqual(first.startFrame);
    expect(word.endFrame).toBeLessThanOrEqual(first.endFrame);
    expect(word.confidence).toBeGreaterThanOrEqual(0);
  }
  const said = transcript.segments.find((s) => /\byoung man\b/.test(s.text))!;
  expect(said.words.map((w) => w.text)).toEqual(expect.arrayContaining(['young', 'man']));
  expect(transcript.vtt.startsWith('WEBVTT\n')).toBe(true);
  expect(transcript.vtt).toContain(`\n${cueTime(first.startFrame, first.frameRate)} --> `);
  expect(transcript.srt).toMatch(/^1\n\d\d:\d\d:\d\d,\d{3} --> /);

  const correction = 'he was not an ill disposed young zeppelinist';
  const variables = { v: versionId, s: said.id, t: correction };
  expect(await refusal(viewer, CORRECT, variables)).toBe('FORBIDDEN');
  expect(await refusal(editor, CORRECT, { ...variables, t: '   ' })).toBe('BAD_USER_INPUT');
  expect(await refusal(editor, CORRECT, { ...variables, t: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
  expect(await refusal(editor, CORRECT, { ...variables, s: '01890000-0000-7000-8000-000000000000' })).toBe('NOT_FOUND');
  const correctedFrom = Date.now();
  const saved = (await ok(CORRECT, variables)).correctTranscriptSegment;
  expect(saved).toEqual({
    id: said.id,
    index: said.index,
    text: correction,
    corrected: true,
    correctedBy: expect.stringMatching(/\beve$/),
    correctedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
  expect(Math.abs(Date.parse(saved.correctedAt) - correctedFrom)).toBeLessThan(60_000);

  const hit = await waitFor(async () => (await searchHits('zeppelinist')).find((e) => e.node.id === assetId), {
    timeoutMs: 30_000,
    intervalMs: 300,
    what: 'the clip found by a corrected word',
  });
  expect(hit.segments[0].kind).toBe('transcript');
  expect(hit.segments[0].text).toMatch(/<em>zeppelinist<\/em>/i);
  const after = (await ok(TRANSCRIPT, { id: assetId })).asset.currentVersion.transcript as {
    vtt: string;
    segments: Segment[];
  };
  const changed = after.segments.find((s) => s.id === said.id)!;
  expect(changed).toMatchObject({
    text: correction,
    corrected: true,
    correctedBy: saved.correctedBy,
    correctedAt: saved.correctedAt,
  });
  // The engine's words stay as heard; the other segments are uncorrected.
  expect(changed.words.map((w) => w.text)).toEqual(said.words.map((w) => w.text));
  expect(after.segments.filter((s) => s.corrected).map((s) => s.id)).toEqual([said.id]);
  expect(after.vtt).toContain(correction);
}, 120_000);

it("re-runs the enrichment of a saved search's assets and keeps corrections; a viewer's assets are listed as left out", async () => {
  const saved = (
    await ok('mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }', {
      input: { name: 'Zeppelin talk', query: 'zeppelinist' },
    })
  ).saveSearch.id;
  const before = (await ok(VERSION, { id: assetId })).asset.currentVersion.enrichmentJobs as { kind: string }[];
  const RERUN = `mutation($c: ID!, $k: [String!]) { rerunCollectionEnrichment(collectionId: $c, kinds: $k) {
    assets jobs { kind state } skipped { assetId reason } } }`;
  const rerun = (await ok(RERUN, { c: saved, k: ['TRANSCRIPT'] })).rerunCollectionEnrichment;
  expect(rerun).toEqual({ assets: 1, jobs: [{ kind: 'transcript', state: 'QUEUED' }], skipped: [] });
  const done = await waitFor(
    async () => {
      const jobs = (await ok(VERSION, { id: assetId })).asset.currentVersion.enrichmentJobs as {
        kind: string;
        state: string;
      }[];
      return jobs.find((job) => job.kind === 'transcript' && job.state === 'READY') ? jobs : undefined;
    },
    { timeoutMs: 90_000, intervalMs: 500, what: 'the transcript made again' },
  );
  expect(done.map((job) => job.kind).sort()).toEqual(before.map((job) => job.kind).sort());
  const transcript = (await ok(TRANSCRIPT, { id: assetId })).asset.currentVersion.transcript as { vtt: string };
  expect(transcript.vtt).toContain('zeppelinist');

  const all = (await ok(RERUN, { c: saved, k: null })).rerunCollectionEnrichment;
  expect(all.assets).toBe(1);
  expect(all.jobs.map((job: { kind: string }) => job.kind).sort()).toEqual(before.map((job) => job.kind).sort());

  const asViewer = await graphqlRequest(test.system.gatewayUrl, RERUN, {
    variables: { c: saved, k: ['transcript'] },
    authorization: `Bearer ${viewer}`,
  });
  expect(asViewer.errors).toBeUndefined();
  expect(asViewer.data?.rerunCollectionEnrichment).toEqual({
    assets: 0,
    jobs: [],
    skipped: [{ assetId, reason: 'This needs the editor role on the asset; you have viewer' }],
  });
  const unknown = await graphqlRequest(test.system.gatewayUrl, RERUN, {
    variables: { c: saved, k: ['tarot'] },
    authorization: `Bearer ${editor}`,
  });
  expect(unknown.errors?.[0]).toMatchObject({
    message: 'No such enrichment: tarot',
    extensions: { code: 'BAD_USER_INPUT' },
  });
}, 150_000);
