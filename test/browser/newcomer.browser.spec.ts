/**
 * A newcomer's first session in the browser app, on one started system: first-run sign-in link,
 * inviting a colleague, dragging a clip in, finding it, frame-stepping the player, editing
 * metadata and switching versions. Each step leaves a screenshot in .artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { makeClip } from '@mam/testkit';
import { framesToTimecode, frameRate } from '@mam/timecode';
import { ensureWebBuild, initialLibraryBytes } from '@mam/web';
import { launchChromium } from './chromium';
import { dropFiles, finishDrop, screenshot, seriousAccessibilityViolations } from './page-tools';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any;

jest.setTimeout(300_000);

let test: TestSystem;
let base: string;
let browser: Browser;
let page: Page;
let clip: string;
let secondClip: string;

beforeAll(async () => {
  ensureWebBuild();
  test = await startTestSystem('newcomer');
  base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
  // 29.97 drop-frame starting two frames before a dropped minute label.
  clip = makeClip(join(test.workDir, 'harbour-sunrise.mp4'), {
    seconds: 2,
    width: 320,
    height: 180,
    rate: '30000/1001',
    audio: false,
    timecode: '00:00:59;28',
  });
  secondClip = makeClip(join(test.workDir, 'harbour-sunrise-v2.mp4'), {
    seconds: 1,
    width: 320,
    height: 180,
    rate: '25',
    audio: false,
  });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

describe('a newcomer in the browser', () => {
  it('gets a lean production build: the library route loads well under its 250 KB budget of gzipped JS', () => {
    const { js } = initialLibraryBytes();
    // Budget 250 KB; the production build is about 170 KB, React's development build about 240 KB.
    expect(js).toBeGreaterThan(10_000);
    expect(js).toBeLessThan(200_000);
  });

  it('signs in with the first-run link', async () => {
    const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
    const link = line.replace(/^Sign in: /, '');
    expect(link).toMatch(/\/sign-in\/link#token=/);
    await page.goto(link);
    await page.getByRole('heading', { name: 'All assets' }).waitFor();
    await page.getByText('Your library is empty').waitFor();
    expect(page.url()).toBe(`${base}/`);
    await screenshot(page, '01-first-sign-in');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('invites a second person, who sets a password and signs in', async () => {
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Members and invitations' }).click();
    await page.getByLabel('Email').fill('robin@example.com');
    await page.getByLabel('Role').selectOption('editor');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const inviteUrl = await page.getByTestId('invite-link').inputValue();
    expect(inviteUrl).toMatch(/\/invite#token=/);
    await screenshot(page, '02-invite-created');

    const robin = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const robinPage = await robin.newPage();
    await robinPage.goto(inviteUrl);
    await robinPage.getByLabel('Your name').fill('Robin Editor');
    await robinPage.getByLabel('Password', { exact: true }).fill('short');
    await robinPage.getByLabel('Repeat password').fill('short');
    await robinPage.getByRole('button', { name: 'Join workspace' }).click();
    await robinPage.getByText('Use at least 10 characters').waitFor();
    await screenshot(robinPage, '03-invite-weak-password');
    await robinPage.getByLabel('Password', { exact: true }).fill('harbour-lights-42');
    await robinPage.getByLabel('Repeat password').fill('harbour-lights-42');
    await robinPage.getByRole('button', { name: 'Join workspace' }).click();
    await robinPage.getByRole('heading', { name: 'All assets' }).waitFor();

    // Signed out, Robin signs in again with the new password.
    await robinPage.getByRole('button', { name: /^Account:/ }).click();
    await robinPage.getByRole('menuitem', { name: 'Sign out' }).click();
    await robinPage.getByRole('heading', { name: 'Sign in' }).waitFor();
    await robinPage.getByLabel('Email').fill('robin@example.com');
    await robinPage.getByLabel('Password').fill('wrong-password-1');
    await robinPage.getByRole('button', { name: 'Sign in' }).click();
    await robinPage.getByText('Wrong email or password').waitFor();
    await robinPage.getByLabel('Password').fill('harbour-lights-42');
    await robinPage.getByRole('button', { name: 'Sign in' }).click();
    await robinPage.getByRole('heading', { name: 'All assets' }).waitFor();
    await robinPage.getByRole('button', { name: 'Account: Robin Editor' }).waitFor();
    await screenshot(robinPage, '04-invitee-signed-in');
    await robin.close();
  });

  it('drags a clip in and watches it become ready', async () => {
    await page.getByRole('link', { name: 'All assets' }).click();
    await dropFiles(page, [{ path: clip, name: 'harbour-sunrise.mp4', type: 'video/mp4' }]);
    await page.getByText('Drop to upload').waitFor();
    await screenshot(page, '05-drag-over');
    await finishDrop(page);
    const item = page.getByTestId('upload-item');
    await item.waitFor();
    await screenshot(page, '06-uploading');
    await page.locator('[data-testid=upload-item][data-phase=ready]').waitFor({ timeout: 120_000 });
    await expect(item.getByTestId('upload-status').textContent()).resolves.toBe('Ready');
    await expect(item.getByText(/Proxy ✓/).count()).resolves.toBe(1);
    await page
      .getByRole('region', { name: 'Assets' })
      .getByRole('link', { name: /^harbour-sunrise/ })
      .waitFor();
    await screenshot(page, '07-upload-ready');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('finds it by a word of its title with a facet', async () => {
    await page.getByRole('combobox', { name: 'Search assets' }).fill('harbour');
    await page
      .getByRole('option', { name: /harbour/ })
      .first()
      .waitFor();
    await screenshot(page, '08-suggestions');
    await page.getByRole('combobox', { name: 'Search assets' }).press('Enter');
    await page.getByRole('heading', { name: 'Results for “harbour”' }).waitFor();
    // The checkbox follows the address (the filter lives in the URL), so it turns on a moment after the click.
    await page.getByRole('checkbox', { name: /Video/ }).click();
    await page.getByText('Type: Video').waitFor();
    await page.waitForFunction(() => document.querySelector('.facet-option input:checked') !== null);
    await page.getByText('1 asset', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['video']);
    await screenshot(page, '09-search-with-facet');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The search is kept as a smart collection in the sidebar.
    await page.getByRole('button', { name: 'Save as smart collection' }).click();
    await page.getByLabel('Name').fill('Harbour clips');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Harbour clips' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Library navigation' })
      .getByRole('link', { name: /Harbour clips\s*1/ })
      .waitFor();
    await page
      .getByRole('region', { name: 'Assets' })
      .getByRole('link', { name: /^harbour-sunrise/ })
      .waitFor();
    await screenshot(page, '09b-smart-collection');

    // A manual collection, filled from a selection.
    await page.getByRole('button', { name: 'New collection' }).click();
    await page.getByLabel('Collection name').fill('Selects');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('link', { name: /^Selects\s*0$/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Select harbour-sunrise' }).click();
    await page.getByRole('toolbar', { name: 'Selected assets' }).getByText('1 selected').waitFor();
    await screenshot(page, '09b2-selection');
    await page.getByLabel('Add to collection').selectOption({ label: 'Selects' });
    await page.getByText('Added 1 asset to Selects.').waitFor();
    await page.getByRole('link', { name: /^Selects\s*1$/ }).waitFor();
    // Bulk edit: one metadata value on the whole selection.
    await page.getByRole('checkbox', { name: 'Select harbour-sunrise' }).click();
    await page.getByRole('button', { name: 'Set metadata…' }).click();
    await page.getByLabel('Field').selectOption({ label: 'Licence' });
    await page.getByLabel('Value').fill('CC BY 4.0');
    await screenshot(page, '09b3-bulk-metadata');
    await page.getByRole('button', { name: 'Apply to all' }).click();
    await page.getByText('Licence set on 1 asset.').waitFor();

    await page.getByRole('button', { name: 'List view' }).click();
    await page
      .getByRole('region', { name: 'Assets' })
      .getByRole('link', { name: /^harbour-sunrise/ })
      .waitFor();
    await screenshot(page, '09c-list-view');
    await page.getByRole('button', { name: 'Grid view' }).click();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await screenshot(page, '09d-shortcuts');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  it('opens it and steps three frames forward: the drop-frame timecode moves by exactly three frames', async () => {
    await page
      .getByRole('region', { name: 'Assets' })
      .getByRole('link', { name: /^harbour-sunrise/ })
      .click();
    const timecode = page.getByTestId('timecode-label');
    await timecode.waitFor();
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    const rate = frameRate(30000, 1001);
    await expect(timecode.textContent()).resolves.toBe('00:00:59;28');
    await page.getByRole('group', { name: /^Player:/ }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=timecode]')?.getAttribute('data-frame') === '3',
    );
    await page.waitForFunction(() => !document.querySelector('video')!.seeking);
    // 00:00:59;28 + 3 frames skips the dropped labels ;00 and ;01 of minute one.
    await expect(timecode.textContent()).resolves.toBe(framesToTimecode(1798 + 3, rate, { dropFrame: true }));
    await expect(timecode.textContent()).resolves.toBe('00:01:00;03');
    await expect(page.getByTestId('frame-number').textContent()).resolves.toBe('fr 3');
    const shown = await page.evaluate(() => document.querySelector('video')!.currentTime);
    expect(Math.floor((shown * 30000) / 1001)).toBe(3);
    await screenshot(page, '10-asset-three-frames-on');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('edits a metadata field: a validation error, then success', async () => {
    await page.getByRole('region', { name: 'Uploads' }).getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('tab', { name: 'Metadata' }).click();
    const expires = page.getByLabel('Rights expire');
    await expires.fill('2026-02-30');
    await page.getByRole('button', { name: 'Save metadata' }).click();
    await page.getByText('Rights expire "2026-02-30" is not a valid date (YYYY-MM-DD)').waitFor();
    await expect(expires.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, '11-metadata-error');
    await expires.fill('2026-12-31');
    await page.getByRole('button', { name: 'Save metadata' }).click();
    await page.getByText('Metadata saved.').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Metadata' }).click();
    await expect(page.getByLabel('Rights expire').inputValue()).resolves.toBe('2026-12-31');
    await expect(page.getByLabel('Licence').inputValue()).resolves.toBe('CC BY 4.0');
    await screenshot(page, '12-metadata-saved');
  });

  it('uploads a second version and switches between versions', async () => {
    await page.getByRole('tab', { name: 'Info' }).click();
    await page.getByTestId('version-input').setInputFiles(secondClip);
    await page
      .locator('[data-testid=upload-item][data-phase=ready]', { hasText: 'harbour-sunrise-v2.mp4' })
      .waitFor({ timeout: 120_000 });
    const versions = page.getByLabel('Version', { exact: true });
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('#version option') as ArrayLike<{ textContent: string }>).some(
        (o) => o.textContent === 'Version 2 (current)',
      ),
    );
    await expect(versions.inputValue()).resolves.toBe(
      await page.locator('#version option', { hasText: 'Version 2' }).getAttribute('value'),
    );
    const timecode = page.getByTestId('timecode-label');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=timecode-label]')?.textContent === '00:00:00:00',
    );
    await page.getByText('harbour-sunrise-v2.mp4', { exact: true }).first().waitFor();
    await screenshot(page, '13-version-2');

    await versions.selectOption({ label: 'Version 1' });
    await page.waitForFunction(
      () => document.querySelector('[data-testid=timecode-label]')?.textContent === '00:00:59;28',
    );
    await expect(page.getByRole('button', { name: 'Make current' }).count()).resolves.toBe(1);
    await expect(page.locator('dd', { hasText: 'harbour-sunrise.mp4' }).count()).resolves.toBe(1);
    await screenshot(page, '14-version-1');
    await versions.selectOption({ label: 'Version 2 (current)' });
    await expect(timecode.textContent()).resolves.toBe('00:00:00:00');
  });

  it('checks the asset out and in, tags it, and reads its history', async () => {
    await page.getByRole('button', { name: 'Check out for editing' }).click();
    await page.getByText(/You have this asset checked out until/).waitFor();
    await screenshot(page, '14b-checked-out');
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('button', { name: 'Check out for editing' }).waitFor();
    await expect(page.getByText(/You have this asset checked out/).count()).resolves.toBe(0);
    await page.getByLabel('Add a tag').fill('golden hour');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Remove tag golden hour' }).waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('Checked in').first().waitFor();
    await page.getByText('Added version 2').waitFor();
    await screenshot(page, '14c-history');
  });

  it('fits a 768 px wide window', async () => {
    await page.setViewportSize({ width: 768, height: 900 });
    await screenshot(page, '15-asset-768');
    await page.goto(`${base}/`);
    await page
      .getByRole('region', { name: 'Assets' })
      .getByRole('link', { name: /^harbour-sunrise/ })
      .waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '16-library-768');
  });
});
