import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { firstSignInLines, startTestSystem } from '@mam/system';
import { graphqlRequest, waitFor } from '@mam/testkit';
import { ensureWebBuild, initialLibraryBytes } from '@mam/web';
import { launchChromium } from '../test/browser/chromium';
import { fmt, sized, smoke } from './support';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any;

const ASSETS = sized('BENCH_WEB_ASSETS', 10_000, 10);
/** Thumbnails that must be painted: the first screenful. */
const THUMBNAILS = smoke ? 5 : 50;
const WITH_IMAGES = smoke ? THUMBNAILS : 60;
const RUNS = smoke ? 1 : 5;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Timing {
  /** Navigation start to the library painted. */
  total: number;
  /** When the last script, the last API answer (GraphQL and /auth) and the last image arrived. */
  scripts: number;
  api: number;
  images: number;
  apiCalls: number;
}

/** Milliseconds from navigation start until the library shows `thumbnails` painted posters (0: its empty state). */
async function timeToLibrary(page: Page, url: string, thumbnails: number): Promise<Timing> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(
    (n) =>
      n === 0
        ? !!document.querySelector('.empty h2')
        : Array.from(
            document.querySelectorAll('.card .thumb img') as ArrayLike<{ complete: boolean; naturalWidth: number }>,
          ).filter((i) => i.complete && i.naturalWidth > 0).length >= n,
    thumbnails,
    { timeout: 60_000, polling: 'raf' },
  );
  // A string, so the bundler's helpers for named functions do not reach the page.
  return page.evaluate<Timing>(`(() => {
    const total = performance.now();
    const entries = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= total);
    const api = entries.filter((e) => /\\/(graphql|auth\\/)/.test(e.name));
    const lastOf = (list) => Math.max(0, ...list.map((e) => e.responseEnd));
    return {
      total,
      scripts: lastOf(entries.filter((e) => e.initiatorType === 'script' || /\\.js(\\?|$)/.test(e.name))),
      api: lastOf(api),
      images: lastOf(entries.filter((e) => e.initiatorType === 'img')),
      apiCalls: api.length,
    };
  })()`);
}

const describeTiming = (t: Timing) =>
  `scripts ${fmt(t.scripts)} ms, API ${fmt(t.api)} ms (${t.apiCalls} calls), images ${fmt(t.images)} ms`;

/**
 * Browser app: navigation to the first 50 thumbnails painted in a library of 10,000 assets, against
 * the same navigation to an empty library (the app's own start-up); and the initial gzipped bytes.
 */
export async function benchWeb(): Promise<void> {
  ensureWebBuild((l) => process.stdout.write(`${l}\n`));
  const bytes = initialLibraryBytes();
  process.stdout.write(
    `initial library route: ${fmt(bytes.js / 1024)} KiB gzipped JS, ${fmt(bytes.css / 1024)} KiB gzipped CSS (budget 250 KiB JS)\n`,
  );

  const test = await startTestSystem('benchweb');
  const browser = await launchChromium();
  try {
    const base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
    const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
    // Tall enough that 50 cards are on screen at once (7 columns, 8 rows).
    const context = await browser.newContext({ viewport: { width: 1920, height: 1800 } });
    const page = await context.newPage();
    await page.goto(line.replace(/^Sign in: /, ''));
    await page.getByRole('heading', { name: 'All assets' }).waitFor();

    const empty: Timing[] = [];
    for (let i = 0; i < RUNS; i++) empty.push(await timeToLibrary(page, `${base}/`, 0));

    const authorization = `Bearer ${await test.token('bench-seeder', 'dev', ['admin'])}`;
    const started = Date.now();
    // The gateway allows at most 30 aliases per operation.
    for (let done = 0; done < ASSETS - WITH_IMAGES; done += 25) {
      const n = Math.min(25, ASSETS - WITH_IMAGES - done);
      const fields = Array.from(
        { length: n },
        (_, i) => `a${i}: createAsset(input: { title: "Archive reel ${done + i}", type: "video" }) { id }`,
      ).join('\n');
      const response = await graphqlRequest(test.system.gatewayUrl, `mutation { ${fields} }`, { authorization });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    }
    // The newest assets, shown first, are stills with real previews.
    for (let i = 0; i < WITH_IMAGES; i++) {
      const png = await sharp({
        create: { width: 320, height: 180, channels: 3, background: { r: (i * 37) % 255, g: (i * 91) % 255, b: 160 } },
      })
        .png()
        .toBuffer();
      const response = await graphqlRequest(
        test.system.gatewayUrl,
        'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId } }',
        {
          authorization,
          variables: { i: { filename: `still-${i}.png`, title: `Still ${i}`, contentBase64: png.toString('base64') } },
        },
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    }
    await waitFor(
      async () => {
        const r = await graphqlRequest<{ searchAssets: { total: number } }>(
          test.system.gatewayUrl,
          '{ searchAssets(filter: { types: ["image"] }) { total } all: searchAssets { total } }',
          { authorization },
        );
        const data = r.data as unknown as { searchAssets: { total: number }; all: { total: number } } | undefined;
        return data && data.all.total >= ASSETS ? data : undefined;
      },
      { timeoutMs: 600_000, intervalMs: 1000, what: `${ASSETS} assets searchable` },
    );
    await waitFor(
      async () => {
        const r = await graphqlRequest(
          test.system.gatewayUrl,
          `{ searchAssets(first: ${THUMBNAILS}, sort: CREATED_AT_DESC) { edges { node { ingestStatus } } } }`,
          { authorization },
        );
        const edges =
          (r.data as { searchAssets: { edges: Array<{ node: { ingestStatus: string } }> } } | undefined)?.searchAssets
            .edges ?? [];
        return edges.length === THUMBNAILS && edges.every((e) => e.node.ingestStatus === 'READY');
      },
      { timeoutMs: 600_000, intervalMs: 1000, what: `previews of the newest ${THUMBNAILS} assets` },
    );
    process.stdout.write(`seeded ${ASSETS} assets in ${fmt((Date.now() - started) / 1000)} s\n`);

    const full: Timing[] = [];
    for (let i = 0; i < RUNS; i++) full.push(await timeToLibrary(page, `${base}/`, THUMBNAILS));
    const e = median(empty.map((t) => t.total));
    const f = median(full.map((t) => t.total));
    const at = (runs: Timing[], total: number) => describeTiming(runs.find((t) => t.total === total)!);
    process.stdout.write(`empty library painted:            ${fmt(e)} ms (median of ${RUNS}; ${at(empty, e)})\n`);
    process.stdout.write(
      `first ${THUMBNAILS} thumbnails of ${ASSETS}: ${fmt(f)} ms (median of ${RUNS}; ${at(full, f)})\n`,
    );
    process.stdout.write(`ratio (${ASSETS} assets / empty): ${fmt(f / e)}x\n`);
  } finally {
    await browser.close();
    await test.stop();
  }
}
