/**
 * Enrichment in the browser app: a clip with real speech and a burnt-in caption is found in the
 * library by a spoken word and by the caption, each hit saying where; clicking a hit opens the
 * player on that frame. On the asset page the transcript follows the player, seeks it and is
 * corrected in place; lanes under the player show the caption and a logo at their times.
 * Screenshots in .artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { joinByInvitation, screenshot, seriousAccessibilityViolations } from './page-tools';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any;

jest.setTimeout(300_000);

const SPEECH = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';
let test: TestSystem;
let browser: Browser;
let page: Page;
let base = '';
let session = '';
let csrf = '';
let assetId = '';
let versionId = '';

async function api(query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(test.system.gatewayUrl, query, {
    variables,
    headers: { cookie: session, 'x-csrf-token': csrf },
  });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  ensureWebBuild();
  // Faces and objects are left out (their models take seconds per still); speech and text run.
  test = await startTestSystem('enrichment-browser', {
    ingest: { ENRICHMENT: 'true', VISION_MODELS_DIR: '/nonexistent/vision-models', KEYFRAME_INTERVAL_SECONDS: '0.5' },
  });
  base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

it('finds a clip by what is said and shown in it, and opens the player at the hit', async () => {
  const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
  await page.goto(line.replace(/^Sign in: /, ''));
  await page.getByRole('heading', { name: 'All assets' }).waitFor();
  const cookies = await page.context().cookies();
  session = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  csrf = decodeURIComponent(cookies.find((c) => c.name === 'mam_csrf')?.value ?? '');

  // 3 s at 25 fps: a LibriVox sentence from the start, the caption MAMMOTH from 1.5 s on.
  const clip = join(test.workDir, 'reading.mp4');
  ffmpeg([
    '-f', 'lavfi', '-i', 'color=c=0x203040:size=480x270:rate=25:duration=3',
    '-i', SPEECH,
    '-vf', "drawtext=text='MAMMOTH':fontsize=72:fontcolor=white:x=(w-tw)/2:y=(h-th)/2:enable='gte(t,1.5)'",
    '-t', '3', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip,
  ]); // prettier-ignore
  const uploaded = await graphqlRequest(
    test.system.gatewayUrl,
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId versionId } }',
    {
      variables: {
        i: { filename: 'reading.mp4', contentBase64: readFileSync(clip).toString('base64'), title: 'Reading' },
      },
      headers: { cookie: session, 'x-csrf-token': csrf },
    },
  );
  expect(uploaded.errors).toBeUndefined();
  ({ assetId, versionId } = uploaded.data!.uploadSmallFile);

  // Enrichment runs after the renditions: wait through the API until the spoken words and the caption are searchable.
  for (const word of ['young', 'mammoth'])
    await waitFor(
      async () => {
        const found = await graphqlRequest(
          test.system.gatewayUrl,
          'query($q: String) { searchAssets(query: $q, first: 5) { edges { segments(first: 1) { kind } } } }',
          { variables: { q: word }, headers: { cookie: session, 'x-csrf-token': csrf } },
        );
        return found.data?.searchAssets.edges.length ? true : undefined;
      },
      { timeoutMs: 150_000, intervalMs: 1000, what: `"${word}" searchable` },
    );
  const search = page.getByPlaceholder(/Search titles/);
  const hit = page.getByTestId('hit-segment');
  await search.fill('young');
  await search.press('Enter');
  await hit.first().waitFor();
  await expect(hit.first().textContent()).resolves.toMatch(/^at 00:00:00:\d\d spoken: .*young/);
  // The matched word shows within the card's snippet, not cut off after its first words.
  const snippetBox = (await hit.first().boundingBox())!;
  const markBox = (await hit.first().locator('mark').first().boundingBox())!;
  expect(markBox.x + markBox.width).toBeLessThanOrEqual(snippetBox.x + snippetBox.width + 1);
  expect(markBox.y + markBox.height).toBeLessThanOrEqual(snippetBox.y + snippetBox.height + 1);
  await screenshot(page, 'enrichment-01-spoken-hit');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await search.fill('mammoth');
  await search.press('Enter');
  await hit.filter({ hasText: 'on screen' }).first().waitFor();
  const where = (await hit.first().textContent()) ?? '';
  const frame = Number(
    /at 00:00:(\d\d):(\d\d)/
      .exec(where)!
      .slice(1)
      .reduce((s, n, i) => (i ? s * 25 : 0) + Number(n), 0),
  );
  expect(Math.abs(frame / 25 - 1.5)).toBeLessThanOrEqual(1);
  const timecode = /at (\d\d:\d\d:\d\d:\d\d)/.exec(where)![1];
  await screenshot(page, 'enrichment-02-caption-hit');

  await hit.first().click();
  await page.waitForURL(/\/assets\/[^/?]+\?frame=\d+/);
  const shown = await waitFor(
    async () => {
      const time = (await page.evaluate(() => document.querySelector('video')?.currentTime ?? 0)) as number;
      return time > 0 ? time : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 200, what: 'the player at the hit' },
  );
  expect(Math.abs(shown - frame / 25)).toBeLessThanOrEqual(0.1);
  // The player's own timecode says the same frame as the hit.
  await page.getByText(timecode, { exact: true }).waitFor();
  await screenshot(page, 'enrichment-03-player-at-hit');
});

/** What the page's player shows: its frame (the timecode's) and the video's time. */
async function playerAt(on: Page): Promise<{ frame: number; seconds: number }> {
  return on.evaluate(() => ({
    frame: Number(document.querySelector('[data-testid="timecode"]').dataset.frame),
    seconds: document.querySelector('video').currentTime as number,
  }));
}

async function segmentRanges(on: Page): Promise<Array<{ start: number; end: number; active: boolean; text: string }>> {
  return on.getByTestId('transcript-segment').evaluateAll((items: any[]) =>
    items.map((item) => ({
      start: Number(item.dataset.startFrame),
      end: Number(item.dataset.endFrame),
      active: item.getAttribute('aria-current') === 'time',
      text: item.querySelector('.segment-text')?.textContent ?? '',
    })),
  );
}

it('shows the transcript beside the player, following it and seeking it; an editor corrects a segment, downloads it, and lanes show the caption and a logo', async () => {
  expect(assetId).not.toBe('');
  // A logo spelled like the caption joins the library; the clip is searched for logos again.
  await api('mutation($i: CreateLogoInput!) { createLogo(input: $i) { id } }', {
    i: { name: 'Mammoth Foods', wordmarks: ['MAMMOTH'] },
  });
  await api('mutation($v: ID!) { rerunEnrichment(versionId: $v, kinds: ["logos"]) { kind } }', { v: versionId });
  await waitFor(
    async () => {
      const found = await api(
        'query($v: ID!) { assetVersion(id: $v) { enrichmentSegments(kinds: [LOGO]) { text } } }',
        {
          v: versionId,
        },
      );
      return found.assetVersion.enrichmentSegments.length ? true : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 500, what: 'the logo found on the clip' },
  );

  await page.goto(`${base}/assets/${assetId}`);
  await page.getByRole('tab', { name: 'Transcript' }).click();
  const transcript = page.getByRole('list', { name: 'Transcript' });
  await transcript.waitFor();
  const segments = await segmentRanges(page);
  expect(segments.length).toBeGreaterThan(0);
  expect(segments.map((s) => s.text).join(' ')).toMatch(/\byoung\b/);
  for (const s of segments) expect(s.end).toBeGreaterThan(s.start);

  // Going to a frame inside the second segment (or the first) lights it, and the word said there.
  const target = segments[Math.min(1, segments.length - 1)];
  const inside = Math.floor((target.start + target.end) / 2);
  const tc = `00:00:${String(Math.floor(inside / 25)).padStart(2, '0')}:${String(inside % 25).padStart(2, '0')}`;
  await page.getByLabel('Go to timecode').fill(tc);
  await page.getByLabel('Go to timecode').press('Enter');
  await waitFor(async () => ((await playerAt(page)).frame === inside ? true : undefined), {
    timeoutMs: 10_000,
    intervalMs: 100,
    what: `the player at frame ${inside}`,
  });
  await waitFor(
    async () =>
      (await segmentRanges(page)).findIndex((s) => s.active) === segments.indexOf(target) ? true : undefined,
    { timeoutMs: 5000, intervalMs: 100, what: 'the segment under the playhead lit' },
  );
  expect((await segmentRanges(page)).filter((s) => s.active)).toHaveLength(1);
  // The word lit is the one said at that frame (none between words).
  const words = await page.locator('.transcript-segment.active .word').evaluateAll((spans: any[]) =>
    spans.map((w) => ({
      start: Number(w.dataset.startFrame),
      end: Number(w.dataset.endFrame),
      lit: w.classList.contains('active'),
    })),
  );
  const said = words.filter((w) => w.start <= inside && inside < Math.max(w.end, w.start + 1));
  expect(words.filter((w) => w.lit)).toEqual(said.length ? [said.at(-1)] : []);
  await screenshot(page, 'enrichment-04-transcript-at-frame');

  // Before the first word nothing is lit.
  if (segments[0].start > 0) {
    await page.getByLabel('Go to timecode').fill('00:00:00:00');
    await page.getByLabel('Go to timecode').press('Enter');
    await waitFor(async () => ((await playerAt(page)).frame === 0 ? true : undefined), {
      timeoutMs: 10_000,
      intervalMs: 100,
      what: 'the player at frame 0',
    });
    expect((await segmentRanges(page)).filter((s) => s.active)).toEqual([]);
  }

  // Playing from the start: the lit segment is always the one the playhead is in.
  await page
    .getByTestId('transcript-segment')
    .first()
    .getByRole('button', { name: /^Play from/ })
    .click();
  await page.getByRole('button', { name: 'Play (Space)' }).click();
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'Pause (Space)' }).click();
  await page.waitForTimeout(300);
  const paused = await playerAt(page);
  expect(paused.frame).toBeGreaterThan(10);
  const expected = segments.findIndex((s) => s.start <= paused.frame && paused.frame < s.end);
  expect((await segmentRanges(page)).findIndex((s) => s.active)).toBe(expected);

  // Clicking a segment's time seeks the player to its first frame, exactly.
  const last = segments[segments.length - 1];
  await page
    .getByTestId('transcript-segment')
    .last()
    .getByRole('button', { name: /^Play from/ })
    .click();
  const landed = await waitFor(
    async () => {
      const at = await playerAt(page);
      return at.frame === last.start ? at : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 100, what: `the player at the last segment's frame ${last.start}` },
  );
  expect(Math.abs(landed.seconds - last.start / 25)).toBeLessThan(1 / 25);
  expect((await segmentRanges(page)).at(-1)!.active).toBe(true);

  // An editor corrects the first segment in place: Esc leaves it as it was, Enter saves.
  const first = page.getByTestId('transcript-segment').first();
  const heard = segments[0].text.trim();
  await first.getByRole('button', { name: /^Correct the segment at/ }).click();
  const editor = first.getByRole('textbox');
  await editor.fill('not this');
  await editor.press('Escape');
  expect((await first.locator('.segment-text').textContent())?.trim()).toBe(heard);
  await first.getByRole('button', { name: /^Correct the segment at/ }).click();
  const correction = 'He was not an ill-disposed young mammoth keeper';
  await first.getByRole('textbox').fill(correction);
  await screenshot(page, 'enrichment-05-correcting');
  await first.getByRole('textbox').press('Enter');
  await first.getByTestId('segment-corrected').waitFor();
  await expect(first.getByTestId('segment-corrected').textContent()).resolves.toMatch(/^Corrected by you, /);
  await expect(first.locator('.segment-text').textContent()).resolves.toBe(correction);

  await page.reload();
  await page.getByRole('tab', { name: 'Transcript' }).click();
  await page.getByTestId('segment-corrected').first().waitFor();
  await expect(page.getByTestId('transcript-segment').first().locator('.segment-text').textContent()).resolves.toBe(
    correction,
  );
  await expect(page.getByTestId('segment-corrected').first().textContent()).resolves.toMatch(/^Corrected by you, .*\d/);
  await screenshot(page, 'enrichment-06-corrected');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The downloads are named after the asset and say what the correction says.
  const [vtt] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'WebVTT' }).click(),
  ]);
  expect(vtt.suggestedFilename()).toBe('Reading.vtt');
  const vttText = readFileSync(await vtt.path(), 'utf8');
  expect(vttText.startsWith('WEBVTT')).toBe(true);
  expect(vttText).toContain(correction);
  const [srt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SRT' }).click()]);
  expect(srt.suggestedFilename()).toBe('Reading.srt');
  expect(readFileSync(await srt.path(), 'utf8')).toMatch(
    new RegExp(`^1\\n00:00:\\d\\d,\\d{3} --> [^\\n]+\\n${correction}`),
  );

  // Lanes under the player: the caption and the logo, each a bar at its time; a click seeks there.
  const lanes = page.getByRole('region', { name: 'What is in the clip' });
  await lanes.waitFor();
  await expect(
    lanes.getByTestId('enrichment-lane').evaluateAll((l: any[]) => l.map((x) => x.dataset.kind)),
  ).resolves.toEqual(expect.arrayContaining(['TEXT', 'LOGO']));
  const caption = lanes.getByRole('group', { name: 'On-screen text' }).getByRole('button', { name: /^MAMMOTH · / });
  const logo = lanes.getByRole('group', { name: 'Logos' }).getByRole('button', { name: /^Mammoth Foods · / });
  await expect(caption.count()).resolves.toBeGreaterThan(0);
  await expect(logo.count()).resolves.toBeGreaterThan(0);
  const captionStart = Number(await caption.first().getAttribute('data-start-frame'));
  expect(Math.abs(captionStart / 25 - 1.5)).toBeLessThanOrEqual(1);
  // The bar sits where its time is on the player's timeline (frames 0 to 74).
  const track = (await lanes.getByRole('group', { name: 'On-screen text' }).boundingBox())!;
  const bar = (await caption.first().boundingBox())!;
  expect(Math.abs((bar.x - track.x) / track.width - captionStart / 74)).toBeLessThan(0.03);
  await caption.first().click();
  await waitFor(async () => ((await playerAt(page)).frame === captionStart ? true : undefined), {
    timeoutMs: 10_000,
    intervalMs: 100,
    what: `the player at the caption's frame ${captionStart}`,
  });
  await caption.first().hover();
  await screenshot(page, 'enrichment-07-lanes');

  // A viewer reads the transcript and its corrections, and cannot change them.
  const { inviteMember } = await api('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { url } }', {
    i: { email: 'vera@example.com', role: 'viewer' },
  });
  const viewer = await joinByInvitation(browser, `${base}${inviteMember.url}`, 'Vera Viewer');
  await viewer.goto(`${base}/assets/${assetId}`);
  await viewer.getByRole('tab', { name: 'Transcript' }).click();
  await viewer.getByTestId('segment-corrected').first().waitFor();
  await expect(viewer.getByTestId('segment-corrected').first().textContent()).resolves.toMatch(/^Corrected by \S+, /);
  await expect(viewer.getByRole('button', { name: /^Correct the segment/ }).count()).resolves.toBe(0);
  await viewer.getByTestId('transcript-segment').first().locator('.segment-text').dblclick();
  await expect(viewer.getByRole('textbox', { name: /^Text said at/ }).count()).resolves.toBe(0);
  await screenshot(viewer, 'enrichment-08-viewer-transcript');
});

it("runs enrichment again for a saved search's assets from its page", async () => {
  const { saveSearch } = await api('mutation($i: SaveSearchInput!) { saveSearch(input: $i) { id } }', {
    i: { name: 'Mammoth captions', query: 'mammoth' },
  });
  // When the text job last changed: queued again and run again, it changes twice.
  const textJobChanged = async (): Promise<{ state: string; at: Date }> =>
    (
      await test.system.services.ingest.dataSource.query(
        `SELECT status AS state, updated_at AS at FROM enrichment_jobs WHERE version_id = $1 AND kind = 'text'`,
        [versionId],
      )
    )[0];
  const before = await textJobChanged();
  expect(before.state).toBe('ready');
  await page.goto(`${base}/?collection=${saveSearch.id}`);
  await page.getByRole('button', { name: 'Enrich again' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enrich again' });
  await dialog.getByRole('checkbox', { name: /^On-screen text/ }).check();
  await screenshot(page, 'enrichment-09-enrich-again');
  await dialog.getByRole('button', { name: 'Enrich again' }).click();
  await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/^Queued 1 job for 1 asset\./);
  await waitFor(
    async () => {
      const now = await textJobChanged();
      return now.state === 'ready' && now.at > before.at ? true : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 300, what: 'the on-screen text read again' },
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.count()).resolves.toBe(0);
});
