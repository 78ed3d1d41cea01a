/**
 * People and the logo library in the browser app: a portrait uploaded through the API is enriched
 * with the real faces engine; the unnamed person it shows is named on the People page, and the
 * portrait is then found in the library by that name. A logo is added with a reference image on
 * the Logo library page (a broken image first, refused in words). Screenshots in .artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { testPhoto } from '@mam/enrichment/testing';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { graphqlRequest, waitFor } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { joinByInvitation, screenshot, seriousAccessibilityViolations } from './page-tools';

jest.setTimeout(300_000);

const NAME = 'Eileen Collins';
let test: TestSystem;
let browser: Browser;
let page: Page;
let base = '';
let headers: Record<string, string> = {};

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graphqlRequest(test.system.gatewayUrl, query, { variables, headers });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

beforeAll(async () => {
  ensureWebBuild();
  test = await startTestSystem('people-browser', { ingest: { ENRICHMENT: 'true', KEYFRAME_INTERVAL_SECONDS: '1' } });
  base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
  await page.goto(line.replace(/^Sign in: /, ''));
  await page.getByRole('heading', { name: 'All assets' }).waitFor();
  const cookies = await page.context().cookies();
  headers = {
    cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    'x-csrf-token': decodeURIComponent(cookies.find((c) => c.name === 'mam_csrf')?.value ?? ''),
  };
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

it('names the person of an uploaded portrait, who is then found by name, and adds a logo', async () => {
  // A small JPEG of the astronaut portrait: one face, found by the real faces engine.
  const portrait = await sharp(testPhoto('astronaut.png')).resize(320).jpeg({ quality: 85 }).toBuffer();
  const { uploadSmallFile } = await api<{ uploadSmallFile: { assetId: string } }>(
    'mutation($i: SmallFileUploadInput!) { uploadSmallFile(input: $i) { assetId } }',
    { i: { filename: 'portrait.jpg', contentBase64: portrait.toString('base64'), title: 'Portrait in orbit' } },
  );
  const assetId = uploadSmallFile.assetId;
  const faces = await waitFor(
    async () => {
      const data = await api(
        'query($id: ID!) { asset(id: $id) { currentVersion { enrichmentJobs { kind state reason } } } }',
        { id: assetId },
      );
      const job = data.asset?.currentVersion?.enrichmentJobs.find((j: { kind: string }) => j.kind === 'faces');
      return job && !['QUEUED', 'RUNNING'].includes(job.state) ? job : undefined;
    },
    { timeoutMs: 180_000, intervalMs: 1000, what: 'the faces job done' },
  );
  expect(faces).toEqual({ kind: 'faces', state: 'READY', reason: null });

  // The People page shows the one unnamed person with their face picture.
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
  const card = page.getByRole('list', { name: 'People' }).getByRole('link');
  await card.first().waitFor();
  await expect(card.count()).resolves.toBe(1);
  await expect(card.first().textContent()).resolves.toMatch(/^Unnamed person1 face$/);
  const picture = card.first().getByRole('img', { name: 'Face of Unnamed person' });
  await waitFor(
    async () => ((await picture.evaluate((img: any) => img.complete && img.naturalWidth)) as number) || undefined,
    { timeoutMs: 10_000, intervalMs: 200, what: 'the face picture loaded' },
  );
  // Admins see the face recognition switch, on.
  await expect(page.getByRole('switch').isChecked()).resolves.toBe(true);
  await screenshot(page, 'people-01-unnamed');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The person's page: their face, and the portrait as an appearance opening the asset at its frame.
  await card.first().click();
  await page.waitForURL(/\/people\/[0-9a-f-]+$/);
  const personId = page.url().split('/').pop()!;
  const appearance = page.getByRole('list', { name: 'Appearances of Unnamed person' }).getByRole('link');
  await expect(appearance.textContent()).resolves.toMatch(/^Portrait in orbitat 00:00:00:00$/);
  await expect(appearance.getAttribute('href')).resolves.toBe(`/assets/${assetId}?frame=0`);
  await expect(page.getByRole('list', { name: 'Faces of Unnamed person' }).getByRole('button').count()).resolves.toBe(
    1,
  );

  const name = page.getByLabel('Name', { exact: true });
  await name.fill(NAME);
  await name.press('Enter');
  await page.getByText('Saved: every appearance is now found by this name').waitFor();
  await page.getByRole('list', { name: `Appearances of ${NAME}` }).waitFor();
  await screenshot(page, 'people-02-named');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // Through the API: the person has the name, and the portrait is found by it as a person hit.
  const named = await api('query($id: ID!) { person(id: $id) { name appearances { segment { kind text } } } }', {
    id: personId,
  });
  expect(named.person).toEqual({ name: NAME, appearances: [{ segment: { kind: 'PERSON', text: NAME } }] });
  await waitFor(
    async () => {
      const found = await api('query($q: String) { searchAssets(query: $q, first: 5) { edges { node { id } } } }', {
        q: NAME,
      });
      return found.searchAssets.edges.some((e: { node: { id: string } }) => e.node.id === assetId) || undefined;
    },
    { timeoutMs: 30_000, intervalMs: 500, what: `the portrait found by "${NAME}"` },
  );
  // And in the library's search box, the hit says it is the person.
  const search = page.getByPlaceholder(/Search titles/);
  await search.fill(NAME);
  await search.press('Enter');
  const hit = page.getByTestId('hit-segment');
  await hit.first().waitFor();
  await expect(hit.first().textContent()).resolves.toMatch(new RegExp(`person: .*${NAME}`));
  await expect(page.locator('.card-title').allTextContents()).resolves.toEqual(['Portrait in orbit']);
  await screenshot(page, 'people-03-found-by-name');

  // The logo library: a broken image is refused in words; a real one is added and listed.
  await page.getByRole('link', { name: 'Logo library' }).click();
  await page.getByRole('heading', { name: 'Logo library' }).waitFor();
  await page.getByText('No logos yet.').waitFor();
  await page.getByLabel('Name', { exact: true }).fill('scikit-image');
  await page.getByLabel('Wordmarks').fill('scikit-image, skimage');
  const images = page.getByLabel(/Reference images/);
  await images.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await page.getByRole('button', { name: 'Add logo' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^broken\.png is .*/);
  await screenshot(page, 'logos-01-refused');
  await page.getByRole('button', { name: 'Remove broken.png' }).click();
  await images.setInputFiles({
    name: 'skimage-logo.png',
    mimeType: 'image/png',
    buffer: await sharp(readFileSync(testPhoto('logo.png')))
      .resize(240)
      .png()
      .toBuffer(),
  });
  await page.getByRole('img', { name: 'skimage-logo.png' }).waitFor();
  await page.getByRole('button', { name: 'Add logo' }).click();
  await page.getByText('scikit-image is in the library').waitFor();
  const row = page.getByRole('table', { name: 'Logos' }).getByRole('row').nth(1);
  await row.waitFor();
  await expect(row.locator('td').allTextContents()).resolves.toEqual([
    'scikit-image',
    'scikit-imageskimage',
    '1',
    expect.stringMatching(/ by you$/),
    ' Delete',
  ]);
  const { logos } = await api('{ logos { name wordmarks imageCount } }');
  expect(logos).toEqual([{ name: 'scikit-image', wordmarks: ['scikit-image', 'skimage'], imageCount: 1 }]);
  await screenshot(page, 'logos-02-listed');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // A viewer sees the named person and the library, with no control that changes them.
  const { inviteMember } = await api('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { url } }', {
    i: { email: 'sam@example.com', role: 'viewer' },
  });
  const viewer = await joinByInvitation(browser, `${base}${inviteMember.url}`, 'Sam Viewer');
  await viewer.goto(`${base}/people/${personId}`);
  await viewer.getByRole('heading', { name: NAME, level: 1 }).waitFor();
  await viewer.getByRole('list', { name: `Appearances of ${NAME}` }).waitFor();
  await expect(viewer.getByLabel('Name', { exact: true }).count()).resolves.toBe(0);
  for (const control of ['Merge with…', /^Not this person/, 'These are someone else'])
    await expect(viewer.getByRole('button', { name: control }).count()).resolves.toBe(0);
  await expect(viewer.getByRole('switch').count()).resolves.toBe(0);
  await screenshot(viewer, 'people-04-viewer');
  await viewer.getByRole('link', { name: 'Logo library' }).click();
  await viewer.getByRole('cell', { name: 'scikit-image', exact: true }).waitFor();
  await expect(viewer.getByRole('button', { name: /Delete|Add logo/ }).count()).resolves.toBe(0);
});
