/**
 * An editor hands a collection to their NLE from the collection's page: "Export for editing"
 * downloads an Avid bin shot log whose rows point at the proxies on the drive, and an FCPXML of the
 * same clips conformed to the masters. Each step leaves a screenshot in .artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, makeClip, waitFor } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { screenshot, seriousAccessibilityViolations } from './page-tools';

jest.setTimeout(300_000);

let test: TestSystem;
let browser: Browser;
let page: Page;
let token = '';
let collectionId = '';

async function ok(query: string, variables?: Record<string, unknown>) {
  const response = await graphqlRequest(test.system.gatewayUrl, query, {
    variables,
    authorization: `Bearer ${token}`,
  });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

beforeAll(async () => {
  ensureWebBuild();
  test = await startTestSystem('editing-export-browser');
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })).newPage();
  token = await test.token('setup', 'dev', ['admin']);
  const clip = makeClip(join(test.workDir, 'pier.mp4'), {
    seconds: 1,
    width: 160,
    height: 90,
    audio: false,
    timecode: '10:00:00:00',
  });
  const { uploadSmallFile } = await ok(
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId } }',
    { i: { filename: 'pier.mp4', contentBase64: readFileSync(clip).toString('base64'), title: 'Pier at dawn' } },
  );
  await waitFor(
    async () =>
      (await ok('query($id: ID!) { asset(id: $id) { ingestStatus } }', { id: uploadSmallFile.assetId })).asset
        ?.ingestStatus === 'READY',
    { timeoutMs: 90_000, what: 'the clip to be ready' },
  );
  collectionId = (await ok('mutation { createCollection(input: { name: "Harbour cut" }) { id } }')).createCollection.id;
  await ok('mutation($c: ID!, $a: [ID!]!) { addAssetsToCollection(collectionId: $c, assetIds: $a) { id } }', {
    c: collectionId,
    a: [uploadSmallFile.assetId],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

async function downloaded(): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('export for editing in the browser', () => {
  it('downloads an Avid shot log pointing at the proxies on the drive, and a conform FCPXML', async () => {
    const base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
    const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
    await page.goto(line.replace(/^Sign in: /, ''));
    await page.getByRole('heading', { name: 'All assets' }).waitFor();
    await page.goto(`${base}/?collection=${collectionId}`);
    await page.getByRole('heading', { name: 'Harbour cut', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Export for editing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export for editing' });
    await dialog.waitFor();
    await page.getByLabel('Format').selectOption('AVID_CSV');
    await screenshot(page, 'editing-export-dialog');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const csv = await downloaded();
    expect(csv.name).toBe('Harbour cut.csv');
    const [header, row, ...rest] = csv.text.split('\r\n');
    expect(header).toBe('Name,Source File,Start,End,Duration,FPS,Tracks,Drive Path');
    expect(rest).toEqual(['']);
    const [name, sourceFile, start, end, duration, fps, tracks, path] = row.split(',');
    expect(name).toMatch(/\.mp4$/);
    expect([sourceFile, start, end, duration, fps, tracks]).toEqual([
      name,
      '10:00:00:00',
      '10:00:01:00',
      '00:00:01:00',
      '25',
      'V',
    ]);
    // The proxy as the drive names it, in the collection's folder on the macOS mount.
    expect(path.startsWith('/Volumes/dav/Harbour cut/')).toBe(true);
    expect(path).not.toBe(`/Volumes/dav/Harbour cut/${name}`);
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Export for editing' }).click();
    await page.getByLabel('Masters on the drive (conform)').check();
    const fcpxml = await downloaded();
    expect(fcpxml.name).toBe('Harbour cut.fcpxml');
    expect(fcpxml.text).toContain(`src="file:///Volumes/dav/Harbour%20cut/${encodeURIComponent(name)}"`);
    expect(fcpxml.text).not.toContain('proxy-media');
  });
});
