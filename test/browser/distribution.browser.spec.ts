/**
 * A producer in the browser app, on one started system: a tiny clip uploaded, a workspace profile
 * made (its impossible width refused at the field), a folder destination and an on-approval rule set
 * up, the version approved in review, and the deliveries page watched until every output has been
 * delivered and verified; then the asset's delivery history. Last, a webhook destination into one
 * territory and channel and a rule on a metadata value: an expired licence has the rule's delivery refused
 * and the deliver dialog refused, each with the reason shown. Each step leaves a screenshot in
 * .artifacts/screenshots/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { ffprobe, makeClip } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { dropFiles, finishDrop, screenshot, seriousAccessibilityViolations } from './page-tools';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: { cookie: string };

jest.setTimeout(300_000);

let test: TestSystem;
let browser: Browser;
let page: Page;
let clip = '';
let assetId = '';

const distributionNav = () => page.getByRole('navigation', { name: 'Distribution sections' });

/**
 * Approves the asset's first version in review, as the signed-in producer: opens a review of the asset
 * naming the producer as its reviewer (through the GraphQL API with the browser's own session), then
 * clicks Approve on its review page.
 */
async function approveInReview(id: string): Promise<void> {
  const reviewId = await page.evaluate(async (assetId) => {
    const csrf = /(?:^|;\s*)mam_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
    const call = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data: any; errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    // Review and distribution learn of a new version from its event: wait until both know it.
    let versionId = '';
    let producer = '';
    for (let attempt = 0; attempt < 120 && !versionId; attempt++) {
      const { asset } = await call(
        'query($id: ID!) { asset(id: $id) { createdBy versions { id distributionStatus reviewStatus } } }',
        {
          id: assetId,
        },
      );
      // The producer uploaded the asset: its creator's subject is theirs.
      producer = asset.createdBy;
      const [version] = asset.versions;
      if (version?.distributionStatus === 'AWAITING_APPROVAL' && version.reviewStatus === 'PENDING')
        versionId = version.id;
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const { createReview } = await call('mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }', {
      i: { title: 'Harbour promo sign-off', assetIds: [assetId], reviewers: [{ subject: producer }], policy: 'ANY' },
    });
    return createReview.id as string;
  }, id);
  // The producer approves on the review page, then goes back to watch the deliveries.
  const deliveries = page.url();
  await page.goto(new URL(`/reviews/${reviewId}`, deliveries).toString());
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.locator('[data-testid=review-status][data-status=APPROVED]').waitFor();
  await screenshot(page, 'distribution-07a-approved-in-review');
  await page.goto(deliveries);
}

/** Calls the GraphQL API with the browser's own session. */
async function callApi(query: string, variables: Record<string, unknown>): Promise<any> {
  return page.evaluate(
    async ({ query, variables }) => {
      const csrf = /(?:^|;\s*)mam_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data: any; errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    },
    { query, variables },
  );
}

/** Sets the asset's metadata as the signed-in producer, then waits until distribution has kept that revision. */
async function setMetadata(id: string, values: { key: string; value: unknown }[]): Promise<void> {
  const { asset } = await callApi('query($id: ID!) { asset(id: $id) { revision } }', { id });
  const { setAssetMetadata } = await callApi(
    'mutation($i: SetAssetMetadataInput!) { setAssetMetadata(input: $i) { revision } }',
    { i: { assetId: id, expectedRevision: asset.revision, values } },
  );
  for (let attempt = 0; attempt < 120; attempt++) {
    const [kept]: { revision: string }[] = await test.system.services.distribution.dataSource.query(
      'SELECT revision FROM asset_descriptions WHERE asset_id = $1',
      [id],
    );
    if (kept && Number(kept.revision) >= setAssetMetadata.revision) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('distribution did not keep the metadata');
}

beforeAll(async () => {
  ensureWebBuild();
  test = await startTestSystem('distribution-browser');
  clip = makeClip(join(test.workDir, 'harbour-promo.mp4'), {
    seconds: 1,
    width: 320,
    height: 180,
    rate: '25',
    audio: true,
  });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

describe('a producer delivering on approval', () => {
  it('signs in, uploads a clip and opens the deliveries page: nothing delivered yet', async () => {
    const base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
    const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
    await page.goto(line.replace(/^Sign in: /, ''));
    await page.getByRole('heading', { name: 'All assets' }).waitFor();
    await dropFiles(page, [{ path: clip, name: 'harbour-promo.mp4', type: 'video/mp4' }]);
    await finishDrop(page);
    await page.locator('[data-testid=upload-item][data-phase=ready]').waitFor({ timeout: 120_000 });
    const card = page.getByRole('region', { name: 'Assets' }).getByRole('link', { name: /^harbour-promo/ });
    await card.waitFor();
    assetId = (await card.getAttribute('href'))!.replace(/^\/assets\//, '');
    await page.getByRole('button', { name: 'Clear' }).click();

    await page.getByRole('link', { name: 'Deliveries' }).click();
    await page.getByRole('heading', { name: 'Deliveries', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'No deliveries yet' }).waitFor();
    await screenshot(page, 'distribution-01-no-deliveries');
  });

  it('makes a workspace profile: an odd width is refused at its field, then saved', async () => {
    await distributionNav().getByRole('link', { name: 'Profiles' }).click();
    const presets = page.getByRole('region', { name: 'Presets' });
    await presets.getByRole('listitem', { name: 'Profile WAV 48 kHz 24-bit' }).waitFor();
    await expect(presets.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(8);
    await presets.getByRole('button', { name: 'Show the settings of Web H.264 1080p (MP4, faststart)' }).click();
    await presets.getByText('video.width').first().waitFor();
    await screenshot(page, 'distribution-02-presets');

    await page.getByRole('button', { name: 'New profile', exact: true }).click();
    await page.getByLabel('Profile name').fill('Proxy 360p');
    await page.getByLabel('Width (px)').fill('641');
    await page.getByLabel('Height (px)').fill('360');
    await page.getByRole('button', { name: 'Save profile' }).click();
    const widthError = page.locator('#profile-video-width-error');
    await widthError.getByText(/width 641 is odd/).waitFor();
    await expect(page.getByLabel('Width (px)').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByLabel('Width (px)').scrollIntoViewIfNeeded();
    await screenshot(page, 'distribution-03-profile-refused');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Width (px)').fill('640');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').getByText('Saved Proxy 360p.').waitFor();
    const own = page.getByRole('region', { name: 'Workspace profiles' });
    await own
      .getByRole('listitem', { name: 'Profile Proxy 360p' })
      .getByText(/h264 640×360/)
      .waitFor();
    await screenshot(page, 'distribution-04-profile-saved');

    // Changed later: a lower quality for smaller proxies.
    await own.getByRole('button', { name: 'Change Proxy 360p' }).click();
    await page.getByRole('heading', { name: 'Change Proxy 360p' }).waitFor();
    await expect(page.getByLabel('Width (px)').inputValue()).resolves.toBe('640');
    await page.getByLabel('Quality (CRF / q)').fill('30');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').getByText('Saved Proxy 360p.').waitFor();
    await own.getByRole('button', { name: 'Show the settings of Proxy 360p' }).click();
    const quality = own.getByText('video.quality').locator('..');
    await expect(quality.locator('dd').textContent()).resolves.toBe('30');
    await expect(own.getByRole('listitem').count()).resolves.toBe(1);
  });

  it('adds a folder destination and an SFTP one whose password is never shown again', async () => {
    await distributionNav().getByRole('link', { name: 'Destinations' }).click();
    await page.getByText('No destinations yet.').waitFor();
    await page.getByRole('button', { name: 'Save destination' }).click();
    await page.getByText('Give the destination a name').waitFor();
    await page.getByText('Say which folder to write to').waitFor();
    await page.getByLabel('Name').fill('Playout folder');
    await page.getByLabel('Folder').fill('playout');
    await page.getByRole('button', { name: 'Save destination' }).click();
    await page.getByRole('status').getByText('Saved Playout folder.').waitFor();

    await page.getByLabel('Kind').selectOption('SFTP');
    await page.getByLabel('Name').fill('Broadcaster SFTP');
    await page.getByLabel('Host', { exact: true }).fill('sftp.broadcaster.example');
    await page.getByLabel('User', { exact: true }).fill('promo');
    await page.getByLabel('Remote folder').fill('incoming');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('s3cret-Passw0rd');
    await page.getByRole('button', { name: 'Save destination' }).click();
    await page.getByRole('status').getByText('Saved Broadcaster SFTP.').waitFor();
    const table = page.getByRole('region', { name: 'Destinations' });
    await table.getByRole('cell', { name: 'deliveries/playout' }).waitFor();
    await table.getByRole('cell', { name: 'sftp://promo@sftp.broadcaster.example/incoming' }).waitFor();
    await expect(table.getByRole('cell', { name: 'Stored, encrypted' }).count()).resolves.toBe(1);
    await expect(page.getByRole('textbox', { name: 'Password', exact: true }).inputValue()).resolves.toBe('');
    expect(await page.content()).not.toContain('s3cret-Passw0rd');
    await page.getByRole('heading', { name: 'Destinations', level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'distribution-05-destinations');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('sets up a rule: when a version is approved, deliver two profiles to the folder', async () => {
    await distributionNav().getByRole('link', { name: 'Rules' }).click();
    await page.getByText('No rules yet').waitFor();
    await page.getByLabel('Rule name').fill('Approved promos to playout');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page.getByText('Choose at least one profile').waitFor();
    const profiles = page.getByRole('group', { name: 'In these profiles' });
    await profiles.getByLabel('Proxy 360p').check();
    await profiles.getByLabel('WAV 48 kHz 24-bit').check();
    await page.getByRole('group', { name: 'To these destinations' }).getByLabel('Playout folder').check();
    await page.getByRole('button', { name: 'Create rule' }).click();
    const rule = page.getByRole('listitem', { name: 'Rule Approved promos to playout' });
    await rule
      .getByText('When a version is approved, deliver it in Proxy 360p and WAV 48 kHz 24-bit to Playout folder.')
      .waitFor();
    await screenshot(page, 'distribution-06-rule');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('approves the version in review and watches the deliveries finish, verified, on the deliveries page', async () => {
    await distributionNav().getByRole('link', { name: 'Deliveries' }).click();
    await page.getByRole('heading', { name: 'No deliveries yet' }).waitFor();
    await approveInReview(assetId);

    const delivery = page.getByRole('article', { name: 'Delivery of harbour-promo' });
    await delivery.waitFor({ timeout: 60_000 });
    await delivery.getByText('By a rule ·', { exact: false }).waitFor();
    await expect(delivery.getByRole('progressbar').count()).resolves.toBe(2);
    await screenshot(page, 'distribution-07-delivering');

    // Followed live until it has ended, then listed with the finished ones.
    const finished = page
      .getByRole('region', { name: 'Finished' })
      .getByRole('article', { name: 'Delivery of harbour-promo' });
    await page
      .locator('#finished-title ~ article[aria-label="Delivery of harbour-promo"][data-status=DELIVERED]')
      .waitFor({ timeout: 180_000 });
    await expect(page.getByRole('region', { name: 'Running' }).getByRole('article').count()).resolves.toBe(0);
    await finished.getByRole('button', { name: 'Show files and transfers' }).click();
    for (const name of ['Proxy 360p', 'WAV 48 kHz 24-bit']) {
      const output = finished.getByRole('listitem', { name: `Output ${name}` });
      await output.locator('[data-testid=verification][data-passed=true]').waitFor();
      await output.getByText('Verified against the profile').waitFor();
      await expect(output.getAttribute('data-status')).resolves.toBe('DELIVERED');
      await expect(output.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
      const transfers = output.getByRole('list', { name: `${name} transfers` });
      await transfers.getByText('Playout folder').waitFor();
      await transfers.getByText(join(test.workDir, 'data', 'deliveries', 'playout'), { exact: false }).waitFor();
    }
    await screenshot(page, 'distribution-08-delivered');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The files are in the destination folder, made as the profiles say.
    const root = join(test.workDir, 'data', 'deliveries', 'playout');
    expect(existsSync(root)).toBe(true);
    const [stem] = readdirSync(root);
    const profileFolders = readdirSync(join(root, stem));
    expect(profileFolders).toContain('wav-48k-24bit');
    const wavFolder = join(root, stem, 'wav-48k-24bit');
    const wav = ffprobe(join(wavFolder, readdirSync(wavFolder)[0]));
    expect(wav.streams[0]).toMatchObject({ codec_name: 'pcm_s24le', sample_rate: '48000', channels: 2 });
    const proxyFolder = profileFolders.find((f) => f !== 'wav-48k-24bit')!;
    const proxyFile = readdirSync(join(root, stem, proxyFolder)).find((f) => f.endsWith('.mp4'))!;
    const proxy = ffprobe(join(root, stem, proxyFolder, proxyFile));
    expect(proxy.streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 640, height: 360 });
  });

  it('sees the delivery in the asset page’s history and delivers it again by hand', async () => {
    await page
      .getByRole('article', { name: 'Delivery of harbour-promo' })
      .getByRole('link', { name: 'harbour-promo' })
      .click();
    const history = page.getByTestId('asset-deliveries');
    await history.getByText('Delivered', { exact: true }).first().waitFor();
    await history.getByRole('article', { name: 'Delivery of Version 1' }).waitFor();
    await screenshot(page, 'distribution-09-asset-history');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await history.getByRole('button', { name: 'Deliver…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deliver harbour-promo' });
    await dialog.getByRole('button', { name: 'Deliver', exact: true }).click();
    await dialog.getByText('Choose at least one profile').waitFor();
    await dialog.getByRole('group', { name: 'Profiles' }).getByLabel('WAV 48 kHz 24-bit').check();
    await dialog.getByRole('group', { name: 'Destinations' }).getByLabel('Playout folder').check();
    await screenshot(page, 'distribution-10-deliver-dialog');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Deliver', exact: true }).click();
    await dialog.getByText('Started 1 delivery.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await history.getByRole('article', { name: 'Delivery of Version 1' }).nth(1).waitFor();
    await page
      .locator('[data-testid=asset-deliveries] article[data-status=DELIVERED]')
      .nth(1)
      .waitFor({ timeout: 120_000 });
    await history.locator('article').first().locator('[data-testid=verification][data-passed=true]').waitFor();
    await screenshot(page, 'distribution-11-asset-redelivered');
  });

  it('delivers a selection from the library and sees it delivered on the deliveries page', async () => {
    await page.getByRole('link', { name: 'All assets' }).click();
    await page.getByRole('checkbox', { name: 'Select harbour-promo' }).click();
    await page.getByRole('toolbar', { name: 'Selected assets' }).getByRole('button', { name: 'Deliver…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deliver harbour-promo' });
    await dialog.getByText('Its current version (version 1) is made in each profile', { exact: false }).waitFor();
    await dialog.getByRole('group', { name: 'Profiles' }).getByLabel('Proxy 360p').check();
    await dialog.getByRole('group', { name: 'Destinations' }).getByLabel('Playout folder').check();
    await dialog.getByRole('button', { name: 'Deliver', exact: true }).click();
    await dialog.getByText('Started 1 delivery.').waitFor();
    await screenshot(page, 'distribution-12-library-deliver');
    await dialog.getByRole('link', { name: 'Follow it on the deliveries page' }).click();
    await page.getByRole('heading', { name: 'Deliveries', level: 1 }).waitFor();
    const finished = page.getByRole('region', { name: 'Finished' });
    // The third delivery, by hand: listed first once it has ended, with its one output verified.
    await page.locator('#finished-title ~ article[data-status=DELIVERED]').nth(2).waitFor({ timeout: 120_000 });
    const latest = finished.getByRole('article').first();
    await latest.getByText(/^By hand, you/).waitFor();
    await latest
      .getByRole('listitem', { name: 'Output Proxy 360p' })
      .getByText('Verified against the profile')
      .waitFor();
    await expect(finished.getByRole('article').count()).resolves.toBe(3);
    await screenshot(page, 'distribution-13-all-delivered');
  });

  it('adds a webhook destination into GB web and a rule on a licence value; an expired licence refuses both, with the reason', async () => {
    await distributionNav().getByRole('link', { name: 'Destinations' }).click();
    await page.getByLabel('Kind').selectOption('WEBHOOK');
    await page.getByLabel('Name').fill('Partner webhook');
    await page.getByLabel('Notice address').fill('not a url');
    await page.getByRole('textbox', { name: /^Signing secret/ }).fill('short');
    await page.getByLabel('Territory (optional)').fill('gb');
    await page.getByLabel('Channel (optional)').selectOption('web');
    await page.getByRole('button', { name: 'Save destination' }).click();
    await page.getByText('Enter the address to send notices to (https://…)').waitFor();
    await page.getByText('Use a signing secret of 16 characters or more').waitFor();
    await page.getByLabel('Notice address').fill('https://partner.example/mam-deliveries');
    await page.getByRole('textbox', { name: /^Signing secret/ }).fill('partner-signing-secret-0123');
    await page.getByRole('button', { name: 'Save destination' }).click();
    await page.getByRole('status').getByText('Saved Partner webhook.').waitFor();
    const row = page.getByRole('region', { name: 'Destinations' }).getByRole('row', { name: /Partner webhook/ });
    await row.getByRole('cell', { name: 'Webhook', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'https://partner.example/mam-deliveries' }).waitFor();
    await row.getByRole('cell', { name: 'GB · Web' }).waitFor();
    await row.getByRole('cell', { name: 'Stored, encrypted' }).waitFor();
    expect(await page.content()).not.toContain('partner-signing-secret-0123');
    await page.getByRole('heading', { name: 'Destinations', level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'distribution-14-webhook-destination');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await distributionNav().getByRole('link', { name: 'Rules' }).click();
    await page.getByLabel('Rule name').fill('Cleared promos to the partner');
    await page.getByLabel('Deliver when').selectOption('METADATA_VALUE_SET');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page.getByText('Choose the field to watch').waitFor();
    await page.getByLabel('Field', { exact: true }).selectOption({ label: 'Licence' });
    await page.getByLabel('Takes the value').fill('CLEARED');
    await page.getByRole('group', { name: 'In these profiles' }).getByLabel('WAV 48 kHz 24-bit').check();
    await page.getByRole('group', { name: 'To these destinations' }).getByLabel('Partner webhook').check();
    await screenshot(page, 'distribution-15-metadata-rule-form');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page
      .getByRole('listitem', { name: 'Rule Cleared promos to the partner' })
      .getByText(
        'When an asset’s Licence becomes “CLEARED”, deliver its current version in WAV 48 kHz 24-bit to Partner webhook.',
      )
      .waitFor();
    await page
      .getByRole('listitem', { name: 'Rule Approved promos to playout' })
      .getByText('When a version is approved')
      .waitFor();
    await page.getByRole('heading', { name: 'Rules', level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'distribution-16-rules');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The licence ran out, then is marked cleared: the rule starts a delivery the rights gate refuses.
    await setMetadata(assetId, [{ key: 'rights_expires', value: '2020-01-31' }]);
    await setMetadata(assetId, [{ key: 'rights_licence', value: 'CLEARED' }]);
    await distributionNav().getByRole('link', { name: 'Deliveries' }).click();
    const refused = page.locator('article[aria-label="Delivery of harbour-promo"][data-status=REFUSED]');
    await refused.waitFor({ timeout: 60_000 });
    await refused.getByText('Refused', { exact: true }).first().waitFor();
    await refused
      .getByTestId('refusal')
      .getByText('Refused by the asset’s rights: the licence expired on 2020-01-31 (rights_expires)')
      .waitFor();
    await refused.scrollIntoViewIfNeeded();
    await screenshot(page, 'distribution-17-refused');

    await refused.getByRole('link', { name: 'harbour-promo' }).click();
    const history = page.getByTestId('asset-deliveries');
    await history.getByText('Last delivery refused by the asset’s rights').waitFor();
    await history.locator('article[data-status=REFUSED]').getByTestId('refusal').waitFor();
    await history.getByRole('button', { name: 'Deliver…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deliver harbour-promo' });
    await dialog.getByRole('group', { name: 'Profiles' }).getByLabel('WAV 48 kHz 24-bit').check();
    await dialog.getByRole('group', { name: 'Destinations' }).getByLabel('Playout folder').check();
    await dialog.getByRole('button', { name: 'Deliver', exact: true }).click();
    await dialog.getByText('No delivery was started.').waitFor();
    await dialog
      .getByTestId('refusal')
      .getByText('The licence expired on 2020-01-31 (rights_expires).', { exact: false })
      .waitFor();
    await screenshot(page, 'distribution-18-deliver-refused');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });
});
