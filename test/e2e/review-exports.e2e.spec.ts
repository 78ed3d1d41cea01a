import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrameRate, timecodeToFrames, type FrameRate } from '@mam/timecode';
import type { RunningSystem } from '@mam/system';
import { startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, waitFor, type GraphQLResponse } from '@mam/testkit';

let test: TestSystem;
let system: RunningSystem;
let admin = '';
const clips: Record<'ntsc' | 'pal', { assetId: string; versionId: string }> = {} as never;

type Auth = { member: string } | { guest: string };
const header = (auth: Auth) => ('member' in auth ? `Bearer ${auth.member}` : `Guest ${auth.guest}`);
const as = (auth: Auth, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphqlRequest(system.gatewayUrl, query, { variables, authorization: header(auth) });

async function ok(auth: Auth, query: string, variables?: Record<string, unknown>) {
  const response = await as(auth, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const POST = 'mutation($i: PostCommentInput!) { postComment(input: $i) { id frameIn frameOut } }';
const EXPORT =
  'query($v: ID!, $f: ReviewMarkerFormat!) { exportReviewMarkers(versionId: $v, format: $f) { content encoding contentType filename } }';

async function exported(auth: Auth, versionId: string, format: 'EDL' | 'FCPXML' | 'CSV') {
  return (await ok(auth, EXPORT, { v: versionId, f: format })).exportReviewMarkers as {
    content: string;
    contentType: string;
    filename: string;
  };
}

async function upload(filename: string, clip: string) {
  const content = readFileSync(clip).toString('base64');
  const data = await ok(
    { member: admin },
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    { i: { filename, contentBase64: content } },
  );
  const uploaded = data.uploadSmallFile as { assetId: string; versionId: string };
  await waitFor(
    async () =>
      (
        await ok({ member: admin }, 'query($id: ID!) { reviewVersion(id: $id) { reviewTiming { durationFrames } } }', {
          id: uploaded.versionId,
        })
      ).reviewVersion?.reviewTiming?.durationFrames,
    {
      timeoutMs: 120_000,
      what: `${filename} probed and known to review`,
    },
  );
  return uploaded;
}

/** A marker as read back from an export: frames counted from the version's first. */
interface ReadMarker {
  frameIn: number;
  frames: number;
  text: string;
}

/** EDL: the FCM line says how to count, the event's source in is the first frame, each `* LOC:` a marker. */
function readEdl(edl: string, rate: FrameRate): ReadMarker[] {
  const dropFrame = /^FCM: DROP FRAME$/m.test(edl);
  const event = /^001\s+\S+\s+V\s+C\s+(\S+) (\S+) (\S+) (\S+)$/m.exec(edl);
  expect(event).not.toBeNull();
  const first = timecodeToFrames(event![1], rate, { dropFrame });
  return [...edl.matchAll(/^\* LOC: (\S+) (\w+)\s+(.*)$/gm)].map((m) => ({
    frameIn: timecodeToFrames(m[1], rate, { dropFrame }) - first,
    frames: 1,
    text: m[3],
  }));
}

/** An FCPXML rational time ("N/Ds" or "Ns") as a whole number of frames at `rate`; anything between frames fails. */
function framesOfTime(time: string, rate: FrameRate): number {
  const match = /^(\d+)(?:\/(\d+))?s$/.exec(time);
  expect(match).not.toBeNull();
  const numerator = BigInt(match![1]) * BigInt(rate.num);
  const denominator = BigInt(match![2] ?? '1') * BigInt(rate.den);
  expect(numerator % denominator).toBe(0n);
  return Number(numerator / denominator);
}

const attributesOf = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const unescape = (text: string) =>
  text
    .replace(/&#10;/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** FCPXML: the format's frame duration is the rate; markers' starts are in the clip's source time, whose start is the first frame. */
function readFcpxml(xml: string): { rate: FrameRate; tcFormat: string; markers: ReadMarker[] } {
  const format = attributesOf(/<format [^>]*>/.exec(xml)![0]);
  const [den, num] = format.frameDuration.replace(/s$/, '').split('/').map(Number);
  const rate = { num, den: den ?? 1 };
  const clip = attributesOf(/<asset-clip [^>]*>/.exec(xml)![0]);
  const first = framesOfTime(clip.start, rate);
  const markers = [...xml.matchAll(/<marker [^>]*\/>/g)].map((m) => {
    const marker = attributesOf(m[0]);
    return {
      frameIn: framesOfTime(marker.start, rate) - first,
      frames: framesOfTime(marker.duration, rate),
      text: `${unescape(marker.value)}: ${unescape(marker.note)}`,
    };
  });
  return { rate, tcFormat: clip.tcFormat, markers };
}

/** Premiere's marker list: a header row, then tab-separated rows; In and Out are the source's timecode. */
function readCsv(csv: string, rate: FrameRate, startTimecode: string, dropFrame: boolean): ReadMarker[] {
  const [header, ...rows] = csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t'));
  expect(header).toEqual(['Marker Name', 'Description', 'In', 'Out', 'Duration', 'Marker Type']);
  const first = timecodeToFrames(startTimecode, rate, { dropFrame });
  return rows.map(([name, description, tcIn, tcOut, , type]) => {
    expect(type).toBe('Comment');
    const frameIn = timecodeToFrames(tcIn, rate, { dropFrame }) - first;
    return {
      frameIn,
      frames: Math.max(1, timecodeToFrames(tcOut, rate, { dropFrame }) - first - frameIn),
      text: `${name}: ${description}`,
    };
  });
}

beforeAll(async () => {
  test = await startTestSystem('review-exports');
  system = test.system;
  admin = await test.token('ada', 'studio-x', ['admin']);
  const make = (name: string, rate: string, timecode: string, seconds: number) =>
    makeClip(join(test.workDir, name), { seconds, width: 32, height: 18, rate, audio: false, timecode });
  // Just over a minute at 29.97 drop-frame, so markers fall on both sides of the first dropped labels.
  clips.ntsc = await upload('ntsc.mp4', make('ntsc.mp4', '30000/1001', '01:00:00;00', 61));
  clips.pal = await upload('pal.mp4', make('pal.mp4', '25', '10:00:00:00', 2));
}, 300_000);

afterAll(async () => {
  await test?.stop();
});

/** What was commented: frames, and the text the marker must carry. */
interface Posted {
  frameIn: number;
  frameOut: number;
  body: string;
}

async function post(versionId: string, input: Record<string, unknown>): Promise<Posted> {
  const comment = (await ok({ member: admin }, POST, { i: { versionId, ...input } })).postComment as {
    frameIn: number;
    frameOut: number;
  };
  return { frameIn: comment.frameIn, frameOut: comment.frameOut, body: input.body as string };
}

const expectLanded = (markers: ReadMarker[], posted: Posted[], { ranges }: { ranges: boolean }) => {
  const expected = [...posted].sort((a, b) => a.frameIn - b.frameIn);
  expect(markers.map((m) => m.frameIn)).toEqual(expected.map((p) => p.frameIn));
  expected.forEach((p, i) => {
    expect(markers[i].text).toContain(p.body);
    if (ranges) expect(markers[i].frames).toBe(p.frameOut - p.frameIn + 1);
  });
};

describe('review markers read back', () => {
  const posted: Posted[] = [];
  let guest = '';

  it('puts markers on the commented frames of a 29.97 drop-frame version from 01:00:00;00', async () => {
    posted.push(await post(clips.ntsc.versionId, { body: 'First frame flash', at: { frame: 0 } }));
    posted.push(
      await post(clips.ntsc.versionId, { body: 'After the first dropped labels', at: { timecode: '01:01:00;02' } }),
    );
    posted.push(
      await post(clips.ntsc.versionId, { body: 'Grade drifts & "pumps"', at: { frame: 1795 }, out: { frame: 1810 } }),
    );
    posted.push(await post(clips.ntsc.versionId, { body: 'Frame 999', at: { frame: 999 } }));
    expect(posted[1].frameIn).toBe(1800);
    await ok({ member: admin }, POST, { i: { versionId: clips.ntsc.versionId, body: 'On the whole cut: nice' } });

    const rate = parseFrameRate('30000/1001');
    const edl = await exported({ member: admin }, clips.ntsc.versionId, 'EDL');
    expect(edl).toMatchObject({ contentType: 'text/plain; charset=utf-8', filename: 'ntsc-review.edl' });
    expect(edl.content).toMatch(/^FCM: DROP FRAME$/m);
    expect(edl.content).toContain('* LOC: 01:01:00;02 RED');
    expectLanded(readEdl(edl.content, rate), posted, { ranges: false });

    const fcpxml = await exported({ member: admin }, clips.ntsc.versionId, 'FCPXML');
    expect(fcpxml).toMatchObject({ contentType: 'application/xml; charset=utf-8', filename: 'ntsc-review.fcpxml' });
    const read = readFcpxml(fcpxml.content);
    expect(read.rate).toEqual({ num: 30000, den: 1001 });
    expect(read.tcFormat).toBe('DF');
    expectLanded(read.markers, posted, { ranges: true });

    const csv = await exported({ member: admin }, clips.ntsc.versionId, 'CSV');
    expect(csv.filename).toBe('ntsc-review.csv');
    expectLanded(readCsv(csv.content, rate, '01:00:00;00', true), posted, { ranges: true });
  }, 60_000);

  it('puts markers on the commented frames of a 25 fps version from 10:00:00:00', async () => {
    const pal = [
      await post(clips.pal.versionId, { body: 'Last frame', at: { frame: 49 } }),
      await post(clips.pal.versionId, {
        body: 'Boom in shot',
        at: { timecode: '10:00:00:05' },
        out: { timecode: '10:00:00:12' },
      }),
    ];
    const rate = parseFrameRate('25');
    const edl = await exported({ member: admin }, clips.pal.versionId, 'EDL');
    expect(edl.content).toMatch(/^FCM: NON-DROP FRAME$/m);
    expectLanded(readEdl(edl.content, rate), pal, { ranges: false });
    const read = readFcpxml((await exported({ member: admin }, clips.pal.versionId, 'FCPXML')).content);
    expect(read.tcFormat).toBe('NDF');
    expectLanded(read.markers, pal, { ranges: true });
    expectLanded(
      readCsv((await exported({ member: admin }, clips.pal.versionId, 'CSV')).content, rate, '10:00:00:00', false),
      pal,
      { ranges: true },
    );
  }, 60_000);

  it('gives a guest the markers of their link only, never internal comments', async () => {
    await ok({ member: admin }, POST, {
      i: { versionId: clips.ntsc.versionId, body: 'Internal: client must not see', at: { frame: 300 }, internal: true },
    });
    const member = readFcpxml((await exported({ member: admin }, clips.ntsc.versionId, 'FCPXML')).content).markers;
    expect(member.map((m) => m.frameIn)).toContain(300);

    const link = (
      await ok({ member: admin }, 'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token } }', {
        i: { scope: 'VERSION', assetId: clips.ntsc.assetId, versionId: clips.ntsc.versionId, permissions: [] },
      })
    ).createShareLink as { token: string };
    const response = await fetch(new URL('/review-links/open', system.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: link.token, name: 'Cleo', email: 'cleo@client.example' }),
    });
    expect(response.status).toBe(200);
    guest = ((await response.json()) as { sessionToken: string }).sessionToken;

    const seen = readFcpxml((await exported({ guest }, clips.ntsc.versionId, 'FCPXML')).content).markers;
    expect(seen.map((m) => m.frameIn)).toEqual(member.filter((m) => m.frameIn !== 300).map((m) => m.frameIn));
    expect(seen.some((m) => m.text.includes('Internal'))).toBe(false);
    expect((await exported({ guest }, clips.ntsc.versionId, 'EDL')).content).not.toContain('Internal');

    const outside = await as({ guest }, EXPORT, { v: clips.pal.versionId, f: 'EDL' });
    expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const stranger = await test.token('sam', 'other-studio', ['admin']);
    expect(
      (await as({ member: stranger }, EXPORT, { v: clips.ntsc.versionId, f: 'CSV' })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  }, 60_000);

  it('writes a PDF review report whose text holds each thread by timecode, its replies and the decisions', async () => {
    const root = posted[1];
    const [thread] = (
      (
        await ok({ member: admin }, 'query($id: ID!) { reviewVersion(id: $id) { reviewComments { id frameIn } } }', {
          id: clips.ntsc.versionId,
        })
      ).reviewVersion.reviewComments as { id: string; frameIn: number | null }[]
    ).filter((c) => c.frameIn === root.frameIn);
    await ok({ member: admin }, POST, {
      i: { versionId: clips.ntsc.versionId, parentId: thread.id, body: 'Lifted in the next grade' },
    });
    const review = (
      await ok({ member: admin }, 'mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }', {
        i: { title: 'Spot', assetIds: [clips.ntsc.assetId], reviewers: [{ subject: 'ada' }], policy: 'ANY' },
      })
    ).createReview as { id: string };
    await ok({ member: admin }, 'mutation($i: DecideVersionInput!) { decideVersion(input: $i) { status } }', {
      i: { reviewId: review.id, versionId: clips.ntsc.versionId, decision: 'CHANGES_REQUESTED', note: 'Grade first' },
    });

    const reportOf = async (auth: Auth, name: string) => {
      const report = (
        await ok(
          auth,
          'query($v: ID!) { exportReviewReport(versionId: $v) { content encoding contentType filename } }',
          { v: clips.ntsc.versionId },
        )
      ).exportReviewReport as { content: string; encoding: string; contentType: string; filename: string };
      expect(report).toMatchObject({ encoding: 'base64', contentType: 'application/pdf', filename: 'ntsc-review.pdf' });
      const file = join(test.workDir, name);
      writeFileSync(file, Buffer.from(report.content, 'base64'));
      return {
        file,
        text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/ {2,}/g, ' '),
      };
    };
    const { file, text } = await reportOf({ member: admin }, 'member-report.pdf');
    expect(text).toContain('Status: CHANGES_REQUESTED');
    expect(text).toContain('drop-frame from 01:00:00;00');
    expect(text).toContain('01:01:00;02 (open)');
    expect(text).toContain('After the first dropped labels');
    expect(text).toContain('Lifted in the next grade');
    expect(text).toContain('01:00:59;25 - 01:01:00;12 (open)');
    expect(text).toContain('Internal: client must not see');
    expect(text).toContain('member:ada: CHANGES_REQUESTED - Grade first');
    // A picture of each commented frame (five threads at frames), taken from the master at its size.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(5);
    for (const image of images) expect(image.trim().split(/\s+/).slice(3, 5)).toEqual(['32', '18']);

    // The guest's report: no internal thread, and no one else's decision.
    const forGuest = await reportOf({ guest }, 'guest-report.pdf');
    expect(forGuest.text).toContain('After the first dropped labels');
    expect(forGuest.text).not.toContain('Internal');
    expect(forGuest.text).not.toContain('member:ada');
    expect(forGuest.text).toContain('No decisions.');
  }, 60_000);
});
