/**
 * Enrichment in the browser app: a clip with real speech and a burnt-in caption is found in the
 * library by a spoken word and by the caption, each hit saying where; clicking a hit opens the
 * player on that frame. Screenshots in .artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { screenshot, seriousAccessibilityViolations } from './page-tools';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any;

jest.setTimeout(300_000);

const SPEECH = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';
let test: TestSystem;
let browser: Browser;
let page: Page;
let base = '';

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
  const session = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = decodeURIComponent(cookies.find((c) => c.name === 'mam_csrf')?.value ?? '');

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
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId } }',
    {
      variables: {
        i: { filename: 'reading.mp4', contentBase64: readFileSync(clip).toString('base64'), title: 'Reading' },
      },
      headers: { cookie: session, 'x-csrf-token': csrf },
    },
  );
  expect(uploaded.errors).toBeUndefined();

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
