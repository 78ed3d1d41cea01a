/**
 * An admin's and an editor's afternoon in the browser app, on one started system: groups, grants,
 * API keys and metadata fields; a person in two workspaces switching between them; an upload that
 * survives a page reload; two versions compared side by side. Screenshots in .artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { ffmpeg, graphqlRequest, makeClip } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { dropFiles, finishDrop, screenshot, seriousAccessibilityViolations } from './page-tools';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any;

jest.setTimeout(300_000);

let test: TestSystem;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let robin: BrowserContext;
let robinPage: Page;
let clip: string;
let secondClip: string;

const ROBIN = { email: 'robin@example.com', password: 'harbour-lights-42' };

beforeAll(async () => {
  ensureWebBuild();
  test = await startTestSystem('adminweb');
  base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
  // Lossless noise, about 11 MB: more than one 8 MB upload chunk, so a reload can land between chunks.
  clip = join(test.workDir, 'quay-at-dusk.mp4');
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    "nullsrc=s=640x360:r=25,geq=lum='random(1)*255':cb=128:cr=128",
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000',
    '-t',
    '1.2',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-qp',
    '0',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    clip,
  ]);
  secondClip = makeClip(join(test.workDir, 'quay-at-dusk-v2.mp4'), { seconds: 2, width: 320, height: 180, rate: '25' });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
  await page.goto(line.replace(/^Sign in: /, ''));
  await page.getByRole('heading', { name: 'All assets' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

async function acceptInvite(target: Page, url: string, name: string) {
  await target.goto(url);
  await target.getByLabel('Your name').fill(name);
  await target.getByLabel('Password', { exact: true }).fill(ROBIN.password);
  await target.getByLabel('Repeat password').fill(ROBIN.password);
  await target.getByRole('button', { name: 'Join workspace' }).click();
  await target.getByRole('heading', { name: 'All assets' }).waitFor();
}

describe('an admin in the browser', () => {
  it('invites a colleague and gathers them in a group', async () => {
    await page.goto(`${base}/admin/members`);
    await page.getByLabel('Email').fill(ROBIN.email);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const inviteUrl = await page.getByTestId('invite-link').inputValue();
    robin = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    robinPage = await robin.newPage();
    await acceptInvite(robinPage, inviteUrl, 'Robin Grader');

    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('heading', { name: 'Groups', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByText('Give the group a name').waitFor();
    await page.getByLabel('New group name').fill('Colour team');
    await page.getByRole('button', { name: 'Create group' }).click();
    const card = page.getByRole('region', { name: 'Colour team' });
    await card.getByText('Nobody yet').waitFor();
    await card.getByLabel('Add a member to Colour team').selectOption({ label: 'Robin Grader' });
    await card.getByRole('button', { name: 'Add to group' }).click();
    await card.getByRole('button', { name: 'Remove Robin Grader from Colour team' }).waitFor();
    await expect(card.getByText('1 member', { exact: false }).count()).resolves.toBe(1);
    await screenshot(page, 'admin-01-groups');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('grants the group a role on a collection, and all members one it then revokes', async () => {
    await page.getByRole('button', { name: 'New collection' }).click();
    await page.getByLabel('Collection name').fill('Grading');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('link', { name: /^Grading\s*0$/ }).waitFor();

    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Access' }).click();
    // A new workspace gives every member its default role.
    const grants = page.getByRole('table', { name: 'Current grants' });
    await grants.getByRole('row', { name: /All members\s+editor\s+.* by system/ }).waitFor();
    // Whoever makes a collection may edit it.
    await page.getByLabel('Grants on').selectOption({ label: 'Grading' });
    await grants.getByRole('row', { name: /^Admin\s+editor/ }).waitFor();
    expect(new URL(page.url()).searchParams.has('collection')).toBe(true);
    await page.getByRole('button', { name: 'Grant', exact: true }).click();
    await page.getByText('Choose a group to grant to.').waitFor();
    await page.getByLabel('Group', { exact: true }).selectOption({ label: 'Colour team' });
    await page.getByLabel('The role').selectOption('reviewer');
    await page.getByRole('button', { name: 'Grant', exact: true }).click();
    await grants.getByRole('row', { name: /Group Colour team\s+reviewer/ }).waitFor();
    await page.getByText('Access granted.').waitFor();

    await page.getByLabel('Give').selectOption('members');
    await page.getByLabel('The role').selectOption('viewer');
    await page.getByRole('button', { name: 'Grant', exact: true }).click();
    await grants.getByRole('row', { name: /All members\s+viewer/ }).waitFor();
    await screenshot(page, 'admin-02-grants-on-collection');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Revoke viewer from All members' }).click();
    await grants.getByRole('row', { name: /All members/ }).waitFor({ state: 'detached' });
    await expect(grants.getByRole('row').count()).resolves.toBe(3); // the head, the creator's and the group's grant

    // The grant is kept: read again from the server on a fresh load of the same address.
    await page.reload();
    await page
      .getByRole('table', { name: 'Current grants' })
      .getByRole('row', { name: /Group Colour team\s+reviewer/ })
      .waitFor();
    await page.getByLabel('Grants on').selectOption('workspace');
    await page
      .getByRole('table', { name: 'Current grants' })
      .getByRole('row', { name: /All members\s+editor/ })
      .waitFor();
  });

  it('creates an API key whose secret is shown once, then revokes it', async () => {
    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'API keys' }).click();
    await page.getByText('No keys yet.').waitFor();
    await page.getByLabel('Key name').fill('Playout server');
    await page.getByLabel('Key role').selectOption('viewer');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByRole('textbox', { name: 'Secret', exact: true }).inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(20);
    await page.getByRole('button', { name: 'Copy secret' }).waitFor();
    await page
      .getByRole('table', { name: 'Keys in use' })
      .getByRole('row', { name: /Playout server\s+viewer/ })
      .waitFor();
    await screenshot(page, 'admin-03-api-key-secret');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The secret works, as the key's role.
    const asKey = await graphqlRequest(test.system.gatewayUrl, '{ metadataFields { key } }', {
      authorization: `ApiKey ${secret}`,
    });
    expect(asKey.errors).toBeUndefined();
    expect(asKey.data!.metadataFields.length).toBeGreaterThan(0);

    await page.reload();
    await page
      .getByRole('table', { name: 'Keys in use' })
      .getByRole('row', { name: /Playout server/ })
      .waitFor();
    await expect(page.getByRole('textbox', { name: 'Secret', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByText(secret).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Revoke key Playout server' }).click();
    await page.getByText('No keys yet.').waitFor();
    await page.getByText(/^Revoked: Playout server/).waitFor();
    const revoked = await graphqlRequest(test.system.gatewayUrl, '{ metadataFields { key } }', {
      authorization: `ApiKey ${secret}`,
    });
    expect(revoked.status).toBe(401);
  });

  it('defines a metadata field with its validation and a schema that groups fields', async () => {
    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Metadata' }).click();
    await page.getByLabel('Label').fill('Grade');
    await expect(page.getByLabel('Key', { exact: true }).inputValue()).resolves.toBe('grade');
    await page.getByLabel('Type', { exact: true }).selectOption('SINGLE_CHOICE');
    await page.getByRole('button', { name: 'Define field' }).click();
    await page.getByText('List the choices, one per line').waitFor();
    await page.getByLabel('Choices, one per line').fill('Rough\nFinal');
    await page.getByRole('button', { name: 'Define field' }).click();
    await page.getByText('Field “Grade” defined.').waitFor();
    await page
      .getByRole('table', { name: 'Fields' })
      .getByRole('row', { name: /Grade\s+One of a list · 2 choices\s+grade/ })
      .waitFor();

    await page.getByLabel('Schema name').fill('Graded video');
    await page.getByRole('group', { name: 'Fields' }).getByLabel('Grade').check();
    await page.getByRole('button', { name: 'Save schema' }).click();
    await page.getByText('Schema “Graded video” saved.').waitFor();
    await page
      .getByRole('table', { name: 'Schemas' })
      .getByRole('row', { name: /Graded video\s+video\s+Grade/ })
      .waitFor();
    await screenshot(page, 'admin-04-metadata');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 768, height: 900 });
    await screenshot(page, 'admin-05-metadata-768');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('a person in two workspaces', () => {
  it('joins a second workspace with the same account and switches between them', async () => {
    const boss = await test.token('boss', 'harbour-films', ['admin']);
    const invited = await graphqlRequest(
      test.system.gatewayUrl,
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { url } }',
      {
        variables: { i: { email: ROBIN.email, role: 'reviewer' } },
        authorization: `Bearer ${boss}`,
      },
    );
    await acceptInvite(robinPage, `${base}${invited.data!.inviteMember.url}`, 'Robin Grader');
    const switcher = robinPage.getByRole('button', { name: /^Switch workspace, current:/ });
    await expect(switcher.textContent()).resolves.toContain('harbour-films');
    await switcher.click();
    const menu = robinPage.getByRole('menu', { name: 'Workspaces' });
    await menu.getByRole('menuitemradio', { name: /My workspace/ }).waitFor();
    await expect(menu.getByRole('menuitemradio', { name: /harbour-films/ }).getAttribute('aria-checked')).resolves.toBe(
      'true',
    );
    await screenshot(robinPage, 'switch-01-two-workspaces');
    await menu.getByRole('menuitemradio', { name: /My workspace/ }).click();
    await robinPage.waitForFunction(() => document.querySelector('.ws-switch')?.textContent.includes('My workspace'));
    // In the first workspace Robin sees its collections, Grading among them.
    await robinPage.getByRole('link', { name: /^Grading/ }).waitFor();
    await screenshot(robinPage, 'switch-02-switched');
  });
});

describe('an editor uploading and comparing', () => {
  it('resumes an upload after a page reload from where it stopped, and it becomes ready', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'All assets' }).waitFor();
    // The first 8 MB chunk goes through; then the connection drops on every later one until the page is reloaded.
    let patches = 0;
    await page.route('**/files/**', (route) =>
      route.request().method() === 'PATCH' && ++patches > 1 ? route.abort('connectionfailed') : route.continue(),
    );
    const firstChunk = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 204);
    await dropFiles(page, [{ path: clip, name: 'quay-at-dusk.mp4', type: 'video/mp4' }]);
    await finishDrop(page);
    const confirmed = Number((await firstChunk).headers()['upload-offset']);
    expect(confirmed).toBe(8 * 1024 * 1024);
    for (let waited = 0; patches < 2 && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    expect(patches).toBeGreaterThan(1);
    await screenshot(page, 'upload-01-connection-lost');
    // Reloaded while the link is still down (a retry must not slip through first), then back online.
    await page.reload();
    await page.unrouteAll({ behavior: 'wait' });
    await page.getByText(/Not finished before the page was closed: quay-at-dusk\.mp4/).waitFor();
    await screenshot(page, 'upload-02-after-reload');

    const offsets: number[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && request.url().includes('/files/'))
        offsets.push(Number(request.headers()['upload-offset']));
    });
    await dropFiles(page, [{ path: clip, name: 'quay-at-dusk.mp4', type: 'video/mp4' }]);
    await finishDrop(page);
    await page
      .locator('[data-testid=upload-item][data-phase=ready]', { hasText: 'quay-at-dusk.mp4' })
      .waitFor({ timeout: 120_000 });
    expect(offsets.length).toBeGreaterThan(0);
    expect(offsets[0]).toBe(confirmed);
    await screenshot(page, 'upload-03-resumed-ready');
  });

  it('compares two versions side by side: play, pause and frame steps drive both, with waveform and meter', async () => {
    await page
      .getByRole('region', { name: 'Assets' })
      .getByRole('link', { name: /^quay-at-dusk/ })
      .click();
    await page.getByTestId('player-video').waitFor();
    await page.getByTestId('version-input').setInputFiles(secondClip);
    await page
      .locator('[data-testid=upload-item][data-phase=ready]', { hasText: 'quay-at-dusk-v2.mp4' })
      .waitFor({ timeout: 120_000 });
    await page.getByRole('region', { name: 'Uploads' }).getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('button', { name: 'Compare' }).click();
    const bar = page.getByRole('region', { name: 'Compare versions' });
    await expect(bar.getByLabel('Compare with').inputValue()).resolves.toBe(
      await bar.locator('option', { hasText: 'Version 1' }).getAttribute('value'),
    );
    await page.waitForFunction(() =>
      ['player-video', 'compare-video'].every(
        (id) => (document.querySelector(`[data-testid=${id}]`)?.readyState ?? 0) >= 2,
      ),
    );
    await page.getByTestId('waveform').waitFor();

    const state = () =>
      page.evaluate(() =>
        ['player-video', 'compare-video'].map((id) => {
          const v = document.querySelector(`[data-testid=${id}]`);
          return { paused: v.paused as boolean, time: v.currentTime as number };
        }),
      );
    await page.getByRole('group', { name: /^Player:/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      ['player-video', 'compare-video'].every((id) => !document.querySelector(`[data-testid=${id}]`).paused),
    );
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=audio-meter]')?.getAttribute('aria-valuenow')) > -60,
      undefined,
      { timeout: 10_000 },
    );
    await screenshot(page, 'compare-01-playing');
    await page.keyboard.press('k');
    await page.waitForFunction(() =>
      ['player-video', 'compare-video'].every((id) => document.querySelector(`[data-testid=${id}]`).paused),
    );

    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=timecode]')?.getAttribute('data-frame') === '3',
    );
    await page.waitForFunction(() => {
      const [a, b] = ['player-video', 'compare-video'].map((id) => document.querySelector(`[data-testid=${id}]`));
      return !a.seeking && !b.seeking && Math.abs(a.currentTime - b.currentTime) < 0.001;
    });
    const [lead, follow] = await state();
    expect(Math.floor(lead.time * 25)).toBe(3);
    expect(follow.time).toBeCloseTo(lead.time, 3);
    expect(lead.paused && follow.paused).toBe(true);
    await screenshot(page, 'compare-02-three-frames-on');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 768, height: 900 });
    await screenshot(page, 'compare-03-768');
    await page.setViewportSize({ width: 1280, height: 800 });
    await bar.getByRole('button', { name: 'Stop comparing' }).click();
    await expect(page.getByTestId('compare-video').count()).resolves.toBe(0);
  });

  it('picks territories by country name from a searchable chip list', async () => {
    await page.getByRole('tab', { name: 'Metadata' }).click();
    const territories = page.getByRole('combobox', { name: 'Territories' });
    await territories.fill('fran');
    await page.getByRole('option', { name: /^France\s*FR$/ }).waitFor();
    await screenshot(page, 'territories-01-suggestions');
    await territories.press('Enter');
    await territories.fill('united k');
    await page.getByRole('option', { name: /^United Kingdom/ }).click();
    await page.getByRole('button', { name: 'Remove France' }).waitFor();
    await page.getByRole('button', { name: 'Save metadata' }).click();
    await page.getByText('Metadata saved.').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Metadata' }).click();
    const chosen = page.getByRole('list', { name: 'Territories: chosen' });
    await expect(chosen.getByRole('listitem').allTextContents()).resolves.toEqual(['France', 'United Kingdom']);
    await screenshot(page, 'territories-02-saved');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
