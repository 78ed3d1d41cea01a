/**
 * Playable while transcoding: a 20 s clip, its proxy made at real time (PROXY_READ_RATE=1, so the
 * encode is still running), plays in the asset page from its HLS stream before the proxy is ready;
 * a frame in the part already written is shown exactly; a seek past what is written waits, then
 * shows its frame; the stream ends as VOD with the proxy. Screenshots in .artifacts/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, waitFor } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { screenshot } from './page-tools';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any;

jest.setTimeout(120_000);

let test: TestSystem;
let browser: Browser;
let page: Page;
let base = '';

beforeAll(async () => {
  ensureWebBuild();
  test = await startTestSystem('streaming-proxy-browser', { ingest: { PROXY_READ_RATE: '1' } });
  base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

/** The master's frame `n`, shrunk to one pixel: its average colour. */
function masterColour(clip: string, n: number): number[] {
  const out = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-i', clip, '-vf', `select=eq(n\\,${n}),scale=1:1`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { maxBuffer: 1024 },
  ); // prettier-ignore
  if (out.status !== 0) throw new Error(String(out.stderr));
  return [...out.stdout];
}

/** The picture the page's video element shows, shrunk to one pixel. */
const shownColour = () =>
  page.evaluate(() => {
    const video = document.querySelector('[data-testid="player-video"]');
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d');
    context.drawImage(video, 0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)] as number[];
  });

const videoState = () =>
  page.evaluate(() => {
    const video = document.querySelector('[data-testid="player-video"]');
    return { time: video?.currentTime ?? 0, paused: video?.paused ?? true, src: String(video?.currentSrc ?? '') };
  }) as Promise<{ time: number; paused: boolean; src: string }>;

it('plays a clip from its HLS stream while the proxy is still being made, and steps to a frame already written', async () => {
  const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
  await page.goto(line.replace(/^Sign in: /, ''));
  await page.getByRole('heading', { name: 'All assets' }).waitFor();
  const cookies = await page.context().cookies();
  const headers = {
    cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    'x-csrf-token': decodeURIComponent(cookies.find((c) => c.name === 'mam_csrf')?.value ?? ''),
  };

  // 20 s at 25 fps whose colour turns 18° of hue a second, so each second has a colour of its own.
  const clip = join(test.workDir, 'turning.mp4');
  ffmpeg([
    '-f', 'lavfi', '-i', 'color=c=0xd02020:size=640x360:rate=25:duration=20,hue=h=18*t',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=20',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip,
  ]); // prettier-ignore
  const uploaded = await graphqlRequest<{ uploadSmallFile: { assetId: string } }>(
    test.system.gatewayUrl,
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId } }',
    {
      variables: {
        i: { filename: 'turning.mp4', contentBase64: readFileSync(clip).toString('base64'), title: 'Turning' },
      },
      headers,
    },
  );
  expect(uploaded.errors).toBeUndefined();
  const assetId = uploaded.data!.uploadSmallFile.assetId;
  const proxyState = async () => {
    const answer = await graphqlRequest<{
      asset: {
        versions: { renditions: { kind: string; status: string; hls: { url: string; status: string } | null }[] }[];
      };
    }>(
      test.system.gatewayUrl,
      'query($id: ID!) { asset(id: $id) { versions { renditions { kind status hls { url status } } } } }',
      {
        variables: { id: assetId },
        headers,
      },
    );
    return answer.data?.asset?.versions[0]?.renditions.find((r) => r.kind === 'proxy');
  };
  // The asset page opens once the upload is a version assets knows; the proxy is then still being made.
  await waitFor(async () => (await proxyState())?.status, { timeoutMs: 20_000, what: 'the proxy job' });

  await page.goto(`${base}/assets/${assetId}`);
  const play = page.getByRole('button', { name: 'Play (Space)' });
  await play.waitFor({ timeout: 30_000 });
  await play.click();
  const playing = await waitFor(
    async () => {
      const state = await videoState();
      return !state.paused && state.time > 0.5 ? state : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 100, what: 'the clip playing' },
  );
  // It plays from the stream (MSE), while neither the MP4 proxy nor the stream is complete.
  const whilePlaying = (await proxyState())!;
  expect(playing.src).toMatch(/^blob:/);
  expect(whilePlaying.status).toBe('RUNNING');
  expect(whilePlaying.hls?.status).toBe('STREAMING');
  const growing = await (await fetch(new URL(whilePlaying.hls!.url, base))).text();
  expect(growing).toContain('#EXT-X-PLAYLIST-TYPE:EVENT');
  expect(growing).not.toContain('#EXT-X-ENDLIST');
  // The timeline shows the part still being made.
  expect(await page.getByTestId('timeline-unwritten').count()).toBe(1);
  await screenshot(page, 'streaming-01-playing-while-transcoding');

  // Pause and go to 00:00:02:00, frame 50, written long since.
  await page.getByRole('button', { name: 'Pause (Space)' }).click();
  const goTo = page.getByLabel('Go to timecode');
  await goTo.fill('00:00:02:00');
  await goTo.press('Enter');
  await page.getByTestId('frame-number').filter({ hasText: 'fr 50' }).waitFor();
  await waitFor(async () => (Math.abs((await videoState()).time - 2) < 0.03 ? true : undefined), {
    timeoutMs: 10_000,
    what: 'the video at 2 s',
  });
  const expected = masterColour(clip, 50);
  const shown = await waitFor(
    async () => {
      const colour = await shownColour();
      return colour.every((c, i) => Math.abs(c - expected[i]) <= 16) ? colour : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 200, what: `the picture of frame 50 (${expected.join(',')})` },
  );
  // Not the colour of a second later: the shown frame is the one asked for.
  const later = masterColour(clip, 75);
  expect(shown.some((c, i) => Math.abs(c - later[i]) > 24)).toBe(true);
  expect((await proxyState())?.status).toBe('RUNNING');
  await screenshot(page, 'streaming-02-frame-50-while-transcoding');

  // A seek past what is written waits, saying so, then shows its frame once the stream has it.
  await goTo.fill('00:00:18:00');
  await goTo.press('Enter');
  await page.getByTestId('player-waiting').waitFor({ timeout: 5_000 });
  await screenshot(page, 'streaming-03-waiting-for-the-rest');
  await page.getByTestId('frame-number').filter({ hasText: 'fr 450' }).waitFor({ timeout: 40_000 });
  expect(await page.getByTestId('player-waiting').count()).toBe(0);
  expect(Math.abs((await videoState()).time - 18)).toBeLessThan(0.03);

  // The proxy finishes: the stream is complete, a VOD playlist with its end.
  const done = await waitFor(
    async () => {
      const proxy = await proxyState();
      return proxy?.status === 'READY' ? proxy : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 500, what: 'the proxy ready' },
  );
  expect(done.hls?.status).toBe('READY');
  const complete = await (await fetch(new URL(done.hls!.url, base))).text();
  expect(complete).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
  expect(complete.trimEnd().endsWith('#EXT-X-ENDLIST')).toBe(true);
  expect(complete.match(/^segment-\d+\.m4s$/gm)).toHaveLength(10);
  // The player sees the stream end: nothing is left marked as still being made.
  await page.getByTestId('timeline-unwritten').waitFor({ state: 'detached', timeout: 10_000 });
  await screenshot(page, 'streaming-04-complete');
});
