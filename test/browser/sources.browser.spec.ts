/**
 * An admin registers a NAS share as a storage source in the browser app: its scan's progress on
 * the Sources page, the clips in the library with their masters left in place, and a clip removed
 * from the share shown "Missing at source" once the watched folder is scanned again; then a person
 * connects the drive from their settings with an app password that works until it is revoked.
 * Each step leaves a screenshot in .artifacts/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { makeClip } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { screenshot, seriousAccessibilityViolations } from './page-tools';

jest.setTimeout(300_000);

const nas = mkdtempSync(join(tmpdir(), 'mam-nas-'));
let test: TestSystem;
let browser: Browser;
let page: Page;
let base = '';

const assets = () => page.getByRole('region', { name: 'Assets' });

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(join(nas, 'cards', 'A001'), { recursive: true });
  for (const name of ['harbour-wide', 'harbour-close'])
    makeClip(join(nas, 'cards', 'A001', `${name}.mp4`), { seconds: 1, width: 160, height: 90, audio: false });
  test = await startTestSystem('sources-browser', { ingest: { LOCAL_SOURCE_ROOT: nas, SOURCE_POLL_MS: '300' } });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
  rmSync(nas, { recursive: true, force: true });
});

describe('storage sources in the browser', () => {
  it('adds a NAS share and follows its scan to the end', async () => {
    base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
    const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
    await page.goto(line.replace(/^Sign in: /, ''));
    await page.getByRole('heading', { name: 'All assets' }).waitFor();
    await page.goto(`${base}/admin/sources`);
    await page.getByRole('heading', { name: 'Storage sources', level: 1 }).waitFor();
    await page.getByText('No sources yet.').waitFor();

    await page.getByLabel('Name').fill('NAS camera cards');
    await page.getByLabel('Kind').selectOption('LOCAL');
    await page.getByLabel('Folder under the source root').fill('../outside');
    await page.getByRole('button', { name: 'Add and scan' }).click();
    await page.getByRole('alert').filter({ hasText: 'must be a folder under the local source root' }).waitFor();
    await screenshot(page, 'sources-01-refused-folder');

    await page.getByLabel('Folder under the source root').fill('cards');
    await page.getByRole('button', { name: 'Add and scan' }).click();
    const row = page.getByRole('row', { name: /NAS camera cards/ });
    await row.getByText('2 files').waitFor({ timeout: 60_000 });
    await expect(row.getByRole('cell', { name: 'Left in place' }).count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain('watched');
    await screenshot(page, 'sources-02-scanned');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows the clips in the library, and one removed from the share as missing at source', async () => {
    await page.goto(`${base}/`);
    for (const name of ['harbour-wide', 'harbour-close'])
      await assets()
        .getByRole('link', { name: new RegExp(`^${name}`) })
        .waitFor({ timeout: 90_000 });
    // Proxies made first: a file moved away while its renditions are made fails them, saying so.
    for (let attempt = 0; attempt < 90 && (await assets().locator('.badge.processing').count()); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await page.reload();
    }
    await expect(assets().locator('.badge.failed').count()).resolves.toBe(0);
    rmSync(join(nas, 'cards', 'A001', 'harbour-close.mp4'));
    const card = assets().getByRole('link', { name: /^harbour-close/ });
    for (let attempt = 0; attempt < 60; attempt++) {
      if (await card.getByText('Missing at source').count()) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await page.reload();
    }
    await card.getByText('Missing at source').waitFor();
    await expect(
      assets()
        .getByRole('link', { name: /^harbour-wide/ })
        .getByText('Missing at source')
        .count(),
    ).resolves.toBe(0);
    await screenshot(page, 'sources-03-missing-badge');

    await page.goto(`${base}/admin/sources`);
    await page
      .getByRole('row', { name: /NAS camera cards/ })
      .getByText('1 missing')
      .waitFor();
    await screenshot(page, 'sources-04-one-missing');
  });

  it('connects the drive with an app password shown once, which stops working when revoked', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Connect the drive' }).click();
    await page.getByRole('heading', { name: 'Connect the drive', level: 1 }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Drive address' }).inputValue()).resolves.toMatch(/\/dav\/$/);
    // Chromium here reports Linux: its steps show first, and each system has its own.
    await expect(page.getByRole('tab', { name: 'Linux' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tabpanel').textContent()).resolves.toContain('davfs');
    await page.getByRole('tab', { name: 'Windows' }).click();
    await expect(page.getByRole('tabpanel').textContent()).resolves.toMatch(/Map network drive/i);
    await page.getByText('No app passwords yet').waitFor();

    await page.getByRole('button', { name: 'Create app password' }).click();
    await page.getByRole('alert').filter({ hasText: 'Name the password after the computer' }).waitFor();
    await page.getByRole('textbox', { name: 'Computer name' }).fill('Edit suite 2');
    await page.getByRole('button', { name: 'Create app password' }).click();
    const secret = await page.getByRole('textbox', { name: 'Password', exact: true }).inputValue();
    const username = await page.getByRole('textbox', { name: 'User name' }).inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    // The person's email: a user name with a colon would cut the password short in HTTP Basic.
    expect(username).toMatch(/^[^:]+@[^:]+$/);
    await page.getByRole('row', { name: /Edit suite 2/ }).waitFor();
    await screenshot(page, 'drive-01-app-password');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const propfind = () =>
      fetch(`${base}/dav/`, {
        method: 'PROPFIND',
        headers: { Depth: '1', Authorization: `Basic ${Buffer.from(`${username}:${secret}`).toString('base64')}` },
      });
    const listing = await propfind();
    expect(listing.status).toBe(207);
    expect(await listing.text()).toContain('<D:multistatus');

    await page.getByRole('button', { name: 'I have stored it' }).click();
    await expect(page.getByRole('textbox', { name: 'Password', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Revoke app password Edit suite 2' }).click();
    await page.getByText(/Revoked: Edit suite 2/).waitFor();
    await screenshot(page, 'drive-02-revoked');
    expect((await propfind()).status).toBe(401);
  });

  it('shows a plain message when a page fails, inside the shell and without the error or its stack', async () => {
    // The drive page's code, served so that the page throws as it renders.
    await page.route(/\/static\/DrivePage-[^/]+\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "export function DrivePage() { throw new Error('drive page exploded'); }",
      }),
    );
    try {
      await page.goto(`${base}/settings/drive`);
      const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong on this page' });
      await alert.waitFor();
      await page.getByRole('navigation', { name: 'Library navigation' }).waitFor();
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('drive page exploded');
      expect(text).not.toMatch(/Error|\bat \S+ \(|static\/|\.js:\d+/);
      await screenshot(page, 'page-error');
      await page.getByRole('link', { name: 'Go to the library' }).click();
      await page.getByRole('region', { name: 'Assets' }).waitFor();
    } finally {
      await page.unroute(/\/static\/DrivePage-[^/]+\.js$/);
    }
  });
});
