import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { testPhoto } from '@mam/enrichment/testing';
import { startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';

// A LibriVox sentence ("he was not an ill disposed young man …") read from the clip's start.
const SPEECH = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';
const NAME = 'Eileen Collins';
let test: TestSystem;
let editor = '';
let viewer = '';
let admin = '';
let newsClip = { assetId: '', versionId: '' };
let portrait = { assetId: '', versionId: '' };

async function call(token: string, query: string, variables?: Record<string, unknown>) {
  return graphqlRequest(test.system.gatewayUrl, query, { variables, authorization: `Bearer ${token}` });
}

async function ok(query: string, variables?: Record<string, unknown>, token = editor) {
  const response = await call(token, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

interface Hit {
  node: { id: string };
  segments: { kind: string; text: string; startFrame: number }[];
}

async function hitFor(q: string, assetId: string): Promise<Hit | undefined> {
  const { searchAssets } = await ok(
    `query($q: String) { searchAssets(query: $q, first: 5) { edges { node { id } segments(first: 3) { kind text startFrame } } } }`,
    { q },
  );
  return (searchAssets.edges as Hit[]).find((edge) => edge.node.id === assetId);
}

const found = (q: string, assetId: string, what: string) =>
  waitFor(() => hitFor(q, assetId), { timeoutMs: 30_000, intervalMs: 300, what });

async function upload(file: string, title: string) {
  const { uploadSmallFile } = await ok(
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    { i: { filename: file.split('/').pop(), contentBase64: readFileSync(file).toString('base64'), title } },
  );
  return uploadSmallFile as { assetId: string; versionId: string };
}

const JOBS = `query($id: ID!) { asset(id: $id) { currentVersion {
  enrichmentJobs { kind state reason }
  enrichmentSegments(kinds: [PERSON, LOGO]) { id kind text startFrame person { id name } }
} } }`;

interface Enriched {
  jobs: { kind: string; state: string; reason: string | null }[];
  segments: {
    id: string;
    kind: string;
    text: string;
    startFrame: number;
    person: { id: string; name: string | null } | null;
  }[];
}

async function enriched(assetId: string): Promise<Enriched> {
  const version = (await ok(JOBS, { id: assetId })).asset.currentVersion;
  return { jobs: version.enrichmentJobs, segments: version.enrichmentSegments };
}

const settled = (assetId: string, kinds: number) =>
  waitFor(
    async () => {
      const state = await enriched(assetId);
      return state.jobs.length === kinds && state.jobs.every((job) => !['QUEUED', 'RUNNING'].includes(job.state))
        ? state
        : undefined;
    },
    { timeoutMs: 240_000, intervalMs: 1000, what: `enrichment of ${assetId} finished` },
  );

beforeAll(async () => {
  test = await startTestSystem('people', {
    ingest: { ENRICHMENT: 'true', KEYFRAME_INTERVAL_SECONDS: '0.5' },
  });
  editor = await test.token('eve', 'studio-p', ['editor']);
  viewer = await test.token('vic', 'studio-p', ['viewer']);
  admin = await test.token('ada', 'studio-p', ['admin']);
}, 120_000);

afterAll(() => test?.stop());

it('finds a clip by a spoken word, by a person named on another clip, by its caption and by a logo, each at its time', async () => {
  // The library's logo: skimage's mark, by its image and its wordmark.
  const logo = (
    await ok('mutation($i: CreateLogoInput!) { createLogo(input: $i) { id name wordmarks imageCount } }', {
      i: {
        name: 'scikit-image',
        wordmarks: ['scikit-image'],
        images: [{ filename: 'logo.png', contentBase64: readFileSync(testPhoto('logo.png')).toString('base64') }],
      },
    })
  ).createLogo;
  expect(logo).toMatchObject({ name: 'scikit-image', wordmarks: ['scikit-image'], imageCount: 1 });

  // 3 s at 25 fps: speech from the start, the astronaut from 0.5 s, a caption from 1.5 s, the logo from 2.2 s.
  const clip = join(test.workDir, 'news.mp4');
  const face = join(test.workDir, 'face.png');
  const mark = join(test.workDir, 'mark.png');
  await sharp(testPhoto('astronaut.png')).resize(300, 300).toFile(face);
  await sharp(testPhoto('logo.png')).resize(140, 140).toFile(mark);
  ffmpeg([
    '-f', 'lavfi', '-i', 'color=c=0x202830:size=640x360:rate=25:duration=3',
    '-i', SPEECH, '-loop', '1', '-i', face, '-loop', '1', '-i', mark,
    '-filter_complex',
    "[0][2]overlay=x=30:y=30:enable='gte(t,0.5)'[a];[a][3]overlay=x=480:y=20:enable='gte(t,2.2)'[b];" +
      "[b]drawtext=text='EVENING NEWS':fontsize=40:fontcolor=white:x=340:y=300:enable='gte(t,1.5)'[v]",
    '-map', '[v]', '-map', '1:a', '-t', '3', '-r', '25',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip,
  ]); // prettier-ignore
  // Another clip: a still of the same person, cropped and sized differently.
  const still = join(test.workDir, 'portrait.jpg');
  await sharp(testPhoto('astronaut.png'))
    .extract({ left: 60, top: 0, width: 400, height: 400 })
    .resize(720, 720)
    .jpeg({ quality: 85 })
    .toFile(still);

  newsClip = await upload(clip, 'Evening bulletin');
  portrait = await upload(still, 'Portrait');
  const news = await settled(newsClip.assetId, 5);
  const photo = await settled(portrait.assetId, 4);
  const state = (e: Enriched) => Object.fromEntries(e.jobs.map((job) => [job.kind, job.reason ?? job.state]));
  expect(state(news)).toEqual({ transcript: 'READY', text: 'READY', objects: 'READY', faces: 'READY', logos: 'READY' });
  expect(state(photo)).toMatchObject({ faces: 'READY', logos: 'READY' });

  // The same person on both, grouped into one person of the workspace, not yet named.
  const onNews = news.segments.filter((s) => s.kind === 'PERSON');
  const onPhoto = photo.segments.filter((s) => s.kind === 'PERSON');
  expect(onNews).toHaveLength(1);
  expect(onPhoto).toHaveLength(1);
  expect(onNews[0].person?.id).toBe(onPhoto[0].person?.id);
  expect(onNews[0].person?.name).toBeNull();
  expect(Math.abs(onNews[0].startFrame / 25 - 0.5)).toBeLessThanOrEqual(1);
  const logoSegment = news.segments.find((s) => s.kind === 'LOGO');
  expect(logoSegment?.text).toBe('scikit-image');
  expect(Math.abs(logoSegment!.startFrame / 25 - 2.2)).toBeLessThanOrEqual(1);

  // Naming the portrait's appearance names the person everywhere.
  const named = (
    await ok('mutation($p: ID!, $n: String!) { namePerson(personId: $p, name: $n) { id name faceCount } }', {
      p: onPhoto[0].person!.id,
      n: NAME,
    })
  ).namePerson;
  expect(named.name).toBe(NAME);
  expect(named.faceCount).toBeGreaterThanOrEqual(2);
  expect(
    (await call(viewer, 'mutation($p: ID!) { namePerson(personId: $p, name: "X") { id } }', { p: named.id }))
      .errors?.[0]?.extensions?.code,
  ).toBe('FORBIDDEN');

  const byName = await found('collins', newsClip.assetId, 'the news clip found by the name given on the portrait');
  expect(byName.segments[0].kind).toBe('person');
  expect(Math.abs(byName.segments[0].startFrame / 25 - 0.5)).toBeLessThanOrEqual(1);
  const bySpeech = await found('young', newsClip.assetId, 'the news clip found by a spoken word');
  expect(bySpeech.segments[0].kind).toBe('transcript');
  expect(bySpeech.segments[0].startFrame / 25).toBeLessThanOrEqual(2);
  const byCaption = await found('evening news', newsClip.assetId, 'the news clip found by its caption');
  const caption = byCaption.segments.find((s) => s.kind === 'text');
  expect(Math.abs(caption!.startFrame / 25 - 1.5)).toBeLessThanOrEqual(1);
  const byLogo = await found('scikit-image', newsClip.assetId, 'the news clip found by the logo');
  const logoHit = byLogo.segments.find((s) => s.kind === 'logo');
  expect(Math.abs(logoHit!.startFrame / 25 - 2.2)).toBeLessThanOrEqual(1);

  // The person's faces and appearances, with pictures of the faces.
  const person = (
    await ok(
      `query($id: ID!) { person(id: $id) { name faces(first: 5) { assetId timecode imageUrl }
        appearances { asset { id } segment { text timecode } } } }`,
      { id: named.id },
    )
  ).person;
  expect(new Set(person.appearances.map((a: { asset: { id: string } }) => a.asset.id))).toEqual(
    new Set([newsClip.assetId, portrait.assetId]),
  );
  const picture = await fetch(new URL(person.faces[0].imageUrl, test.system.gatewayUrl));
  expect(picture.status).toBe(200);
  expect((await sharp(Buffer.from(await picture.arrayBuffer())).metadata()).width).toBe(160);
}, 420_000);

it('takes a wrong appearance away from a person and merges two people into one', async () => {
  const [appearance] = (await enriched(portrait.assetId)).segments.filter((s) => s.kind === 'PERSON');
  const named = appearance.person!.id;
  const moved = (await ok('mutation($s: ID!) { notThisPerson(segmentId: $s) { id name } }', { s: appearance.id }))
    .notThisPerson as { id: string; name: string | null }[];
  expect(moved).toHaveLength(1);
  expect(moved[0].id).not.toBe(named);
  const after = (await enriched(portrait.assetId)).segments.filter((s) => s.kind === 'PERSON');
  expect(after.map((s) => s.person?.id)).toEqual([moved[0].id]);
  // The news clip keeps the name.
  expect((await enriched(newsClip.assetId)).segments.find((s) => s.kind === 'PERSON')?.person?.name).toBe(NAME);
  // Looking at the portrait again keeps the mark: the face does not go back to the named person.
  await ok('mutation($v: ID!) { rerunEnrichment(versionId: $v, kinds: ["faces"]) { state } }', {
    v: portrait.versionId,
  });
  const again = await settled(portrait.assetId, 4);
  const rerun = again.segments.filter((s) => s.kind === 'PERSON');
  expect(rerun).toHaveLength(1);
  expect(rerun[0].person?.id).not.toBe(named);
  expect(rerun[0].person?.name).toBeNull();
  moved[0].id = rerun[0].person!.id;

  const merged = (
    await ok('mutation($k: ID!, $m: ID!) { mergePeople(keepId: $k, mergeId: $m) { id name } }', {
      k: named,
      m: moved[0].id,
    })
  ).mergePeople;
  expect(merged).toEqual({ id: named, name: NAME });
  expect((await enriched(portrait.assetId)).segments.find((s) => s.kind === 'PERSON')?.person).toEqual({
    id: named,
    name: NAME,
  });
  await found('collins', portrait.assetId, 'the portrait found by name again after the merge');
}, 120_000);

it('refuses a logo that is not an image, and an admin switches face recognition off and deletes all face data', async () => {
  const bad = await call(editor, 'mutation($i: CreateLogoInput!) { createLogo(input: $i) { id } }', {
    i: {
      name: 'Broken',
      images: [{ filename: 'broken.png', contentBase64: Buffer.from('not a picture').toString('base64') }],
    },
  });
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.message).toMatch(/broken\.png is not a readable image/);
  expect((await ok('{ logos { name } }')).logos).toEqual([{ name: 'scikit-image' }]);

  expect((await call(editor, 'mutation { deleteFaceData }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const deleted = (await ok('mutation { deleteFaceData }', {}, admin)).deleteFaceData as number;
  expect(deleted).toBeGreaterThanOrEqual(2);
  expect((await ok('{ people { id } }')).people).toEqual([]);
  await waitFor(async () => ((await hitFor('collins', newsClip.assetId)) ? undefined : true), {
    timeoutMs: 30_000,
    intervalMs: 300,
    what: 'the name gone from search',
  });

  await ok('mutation { setFaceRecognition(enabled: false) { enabled } }', {}, admin);
  const rerun = (
    await ok('mutation($v: ID!) { rerunEnrichment(versionId: $v, kinds: ["faces"]) { kind state } }', {
      v: portrait.versionId,
    })
  ).rerunEnrichment;
  expect(rerun).toEqual([{ kind: 'faces', state: 'QUEUED' }]);
  const skipped = await waitFor(
    async () => (await enriched(portrait.assetId)).jobs.find((job) => job.kind === 'faces' && job.state === 'SKIPPED'),
    { timeoutMs: 60_000, intervalMs: 500, what: 'the faces job skipped' },
  );
  expect(skipped.reason).toBe('skipped: face recognition is off in this workspace');
  expect((await ok('{ people { id } }')).people).toEqual([]);
}, 120_000);
