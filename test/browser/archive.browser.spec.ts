/**
 * An archivist in the browser app, on one started system: two tiny clips in a manual collection,
 * a policy for the collection, its dry run (what would move, how many bytes), the run, the
 * "Archived" badge in the library, and a restore of one asset followed live on its page.
 * Each step leaves a screenshot in .artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { makeClip, waitFor } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { dropFiles, finishDrop, screenshot, seriousAccessibilityViolations } from './page-tools';

jest.setTimeout(300_000);

let test: TestSystem;
let browser: Browser;
let page: Page;
const clips: Array<{ path: string; name: string; type: string }> = [];

const assets = () => page.getByRole('region', { name: 'Assets' });

beforeAll(async () => {
  ensureWebBuild();
  // Both locations act as a slow cold tier, so a restore waits a few seconds and says so while it does.
  test = await startTestSystem('archive-browser', { archive: { ARCHIVE_COLD_LOCATIONS: 'archive-a=4,archive-b=4' } });
  for (const name of ['pier-dawn', 'pier-dusk']) {
    const path = makeClip(join(test.workDir, `${name}.mp4`), {
      seconds: 1,
      width: 160,
      height: 90,
      rate: '25',
      audio: false,
    });
    clips.push({ path, name: `${name}.mp4`, type: 'video/mp4' });
  }
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

describe('an archivist in the browser', () => {
  it('signs in, uploads two clips and puts them in a collection', async () => {
    const base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
    const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
    await page.goto(line.replace(/^Sign in: /, ''));
    await page.getByRole('heading', { name: 'All assets' }).waitFor();
    await dropFiles(page, clips);
    await finishDrop(page);
    await page.locator('[data-testid=upload-item][data-phase=ready]').nth(1).waitFor({ timeout: 120_000 });
    for (const name of ['pier-dawn', 'pier-dusk'])
      await assets()
        .getByRole('link', { name: new RegExp(`^${name}`) })
        .waitFor();
    await page.getByRole('button', { name: 'Clear' }).click();

    await page.getByRole('button', { name: 'New collection' }).click();
    await page.getByLabel('Collection name').fill('Pier shoot');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('link', { name: /^Pier shoot\s*0$/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Select pier-dawn' }).click();
    await page.getByRole('checkbox', { name: 'Select pier-dusk' }).click();
    await page.getByLabel('Add to collection').selectOption({ label: 'Pier shoot' });
    await page.getByText('Added 2 assets to Pier shoot.').waitFor();
    await page.getByRole('link', { name: /^Pier shoot\s*2$/ }).waitFor();
    await screenshot(page, 'archive-01-collection');
  });

  it('opens the archive page: its locations, and no policies yet', async () => {
    await page.getByRole('link', { name: 'Archive', exact: true }).click();
    await page.getByRole('heading', { name: 'Archive', level: 1 }).waitFor();
    const locations = page.getByRole('region', { name: 'Locations' });
    await locations.getByRole('cell', { name: 'archive-a' }).waitFor();
    await expect(locations.getByText('Receives archive copies').count()).resolves.toBeGreaterThanOrEqual(1);
    await page.getByText('No policies yet.').waitFor();
    await screenshot(page, 'archive-02-archive-page');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('refuses a policy without a name, in words, and creates one for the collection', async () => {
    await page.getByRole('button', { name: 'Create policy' }).click();
    await page.getByText('Give the policy a name').waitFor();
    await page.getByLabel('Retention (days)').fill('ten');
    await page.getByRole('button', { name: 'Create policy' }).click();
    await page.getByText('Enter a whole number of days').waitFor();
    await screenshot(page, 'archive-03-policy-errors');
    await page.getByLabel('Policy name').fill('Pier shoot to archive');
    await page.getByLabel('Collection', { exact: true }).first().selectOption({ label: 'Pier shoot' });
    await page.getByLabel('Retention (days)').fill('30');
    await page.getByRole('group', { name: 'Copies go to' }).getByText('the default locations').waitFor();
    for (const location of ['archive-b', 'archive-a']) await page.getByRole('checkbox', { name: location }).check();
    await page.getByRole('button', { name: 'Create policy' }).click();
    const policy = page.getByRole('listitem', { name: 'Policy Pier shoot to archive' });
    await policy
      .getByText(
        'Archives assets in Pier shoot · kept at least 30 days · copies to archive-a, archive-b · runs by hand',
      )
      .waitFor();
    await screenshot(page, 'archive-04-policy-created');
  });

  it('dry-runs the policy: both assets and their bytes, nothing moved; then runs it', async () => {
    const policy = page.getByRole('listitem', { name: 'Policy Pier shoot to archive' });
    await policy.getByRole('button', { name: 'Dry run' }).click();
    const dry = policy.getByRole('status', { name: 'Dry run result' });
    await dry.getByText(/^Would archive 2 assets, \d+(\.\d)? KB in total \(dry run: nothing moved yet\)\.$/).waitFor();
    await dry.getByRole('link', { name: 'pier-dawn' }).waitFor();
    await dry.getByRole('link', { name: 'pier-dusk' }).waitFor();
    await screenshot(page, 'archive-05-dry-run');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await dry.getByRole('button', { name: 'Archive 2 assets' }).click();
    await policy
      .getByRole('status', { name: 'Archive started' })
      .getByText(/^Archiving 2 assets/)
      .waitFor();
    await screenshot(page, 'archive-06-run');
  });

  it('sees the archived badge on both library cards', async () => {
    await page.getByRole('link', { name: 'All assets' }).click();
    // Archiving is a job: the library shows the badge once the masters left the online tier.
    for (let attempt = 0; attempt < 60; attempt++) {
      await assets()
        .getByRole('link', { name: /^pier-dusk/ })
        .waitFor();
      if ((await assets().getByText('Archived', { exact: true }).count()) === 2) break;
      await page.waitForTimeout(500);
      await page.reload();
    }
    await expect(assets().getByText('Archived', { exact: true }).count()).resolves.toBe(2);
    await screenshot(page, 'archive-07-archived-badges');
  });

  it('restores one asset from its page and watches the restore finish', async () => {
    await assets()
      .getByRole('link', { name: /^pier-dawn/ })
      .click();
    const section = page.getByTestId('archive-section');
    await section.getByText('archived', { exact: true }).waitFor();
    await section.getByRole('list', { name: 'Archive copies' }).getByText('archive-a').waitFor();
    await expect(section.getByRole('list', { name: 'Archive copies' }).getByRole('listitem').count()).resolves.toBe(2);
    await screenshot(page, 'archive-08-asset-archived');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await section.getByRole('button', { name: 'Restore' }).click();
    // The page does not poll: the wait for the cold tier arrives through the archiveJobs subscription.
    const job = section.getByTestId('archive-job');
    await job.getByText(/^waiting for the cold tier of archive-a, archive-b/).waitFor();
    await expect(job.getByRole('progressbar', { name: 'Restoring progress' }).count()).resolves.toBe(1);
    await page.getByRole('heading', { level: 1 }).locator('..').getByText('Restoring', { exact: true }).waitFor();
    await screenshot(page, 'archive-09-restoring');
    await page.locator('[data-testid=archive-section][data-tier=HOT]').waitFor({ timeout: 120_000 });
    await section.getByText('online', { exact: true }).waitFor();
    await expect(
      page.getByRole('heading', { level: 1 }).locator('..').getByText('Archived', { exact: true }).count(),
    ).resolves.toBe(0);
    await screenshot(page, 'archive-10-restored');

    // An admin places a legal hold: it is shown, and archiving is no longer offered until it is released.
    await section.getByRole('button', { name: 'Place legal hold' }).click();
    await section.getByRole('button', { name: 'Place hold' }).click();
    await section.getByText('Say why the asset is held').waitFor();
    await section.getByLabel('Reason for the hold').fill('Litigation 42');
    await section.getByRole('button', { name: 'Place hold' }).click();
    await section
      .getByText(/^Legal hold: Litigation 42\. Placed by you on .*; archive moves and deletion are blocked\.$/)
      .waitFor();
    await expect(section.getByRole('button', { name: 'Archive master' }).count()).resolves.toBe(0);
    await screenshot(page, 'archive-11-legal-hold');
    await section.getByRole('button', { name: 'Release legal hold' }).click();
    await section.getByRole('button', { name: 'Archive master' }).waitFor();

    await page.getByRole('link', { name: 'Back to the library' }).click();
    // The library may first paint its cached page, then the fresh one: the restored card loses its badge.
    const badges = async (name: RegExp) =>
      assets().getByRole('link', { name }).getByText('Archived', { exact: true }).count();
    await assets()
      .getByRole('link', { name: /^pier-dusk/ })
      .waitFor();
    expect(
      await waitFor(
        async () => {
          const now = { dawn: await badges(/^pier-dawn/), dusk: await badges(/^pier-dusk/) };
          return now.dawn === 0 ? now : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 200, what: 'the restored card without its badge' },
      ),
    ).toEqual({ dawn: 0, dusk: 1 });
    await expect(assets().getByText('Archived', { exact: true }).count()).resolves.toBe(1);
  });
});
