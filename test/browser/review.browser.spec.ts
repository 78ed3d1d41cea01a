/**
 * Review and approval in the browser app, on one started system: a member starts a review of a
 * drop-frame clip and shares it with a password; a guest without an account opens the link, leaves a
 * range comment (I and O keys) with an arrow drawn on the frame; the member's second browser, already
 * on the review page, sees the comment arrive on the timeline without a reload and approves.
 * Screenshots in .artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { firstSignInLines, startTestSystem, type TestSystem } from '@mam/system';
import { makeClip } from '@mam/testkit';
import { ensureWebBuild } from '@mam/web';
import { launchChromium } from './chromium';
import { dropFiles, finishDrop, screenshot, seriousAccessibilityViolations } from './page-tools';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any;

jest.setTimeout(300_000);

let test: TestSystem;
let base: string;
let browser: Browser;
let member: BrowserContext;
let page: Page;
let watcher: Page;
let guest: Page;
let reviewUrl = '';
let shareUrl = '';
const PASSWORD = 'north-pier-2026';

/** A GraphQL call made by the member's signed-in page, with its session cookie and CSRF token. */
async function memberQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const csrf = /(?:^|;\s*)mam_csrf=([^;]+)/.exec(document.cookie)?.[1];
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    { query, variables },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

beforeAll(async () => {
  ensureWebBuild();
  test = await startTestSystem('reviewweb');
  base = new URL('/', test.system.gatewayUrl).toString().replace(/\/$/, '');
  browser = await launchChromium();
  member = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await member.newPage();
  if (process.env.REVIEW_DEBUG) {
    member.on('response', async (r) => {
      if (!r.url().includes('/graphql')) return;
      const text = await r.text().catch(() => '');
      if (text.includes('"errors"')) console.log('GRAPHQL', r.request().postData()?.slice(0, 120), text.slice(0, 600));
    });
    page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  }
  const [line] = await firstSignInLines(test.system, { publicBaseUrl: base });
  await page.goto(line.replace(/^Sign in: /, ''));
  await page.getByRole('heading', { name: 'All assets' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await test?.stop();
});

describe('review and approval in the browser', () => {
  it('a member uploads a drop-frame clip and starts a review of it from the asset page', async () => {
    // 29.97 fps counted drop-frame from 01:00:00;00, three seconds.
    const clip = makeClip(join(test.workDir, 'harbour-grade.mp4'), {
      seconds: 3,
      width: 320,
      height: 180,
      rate: '30000/1001',
      audio: false,
      timecode: '01:00:00;00',
    });
    await dropFiles(page, [{ path: clip, name: 'harbour-grade.mp4', type: 'video/mp4' }]);
    await finishDrop(page);
    await page.locator('[data-testid=upload-item][data-phase=ready]').first().waitFor({ timeout: 120_000 });
    await page
      .getByRole('region', { name: 'Assets' })
      .getByRole('link', { name: /^harbour-grade/ })
      .click();
    await page.getByTestId('player-video').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Start review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a review' });
    await dialog.getByLabel('Title').fill('Harbour grade, client pass');
    await expect(dialog.getByRole('checkbox', { name: 'You' }).isChecked()).resolves.toBe(true);
    await dialog.getByLabel('Due date').fill('2099-01-15');
    await dialog.getByLabel('Approval').selectOption('ANY');
    await screenshot(page, 'review-01-start-review');
    await dialog.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('heading', { name: 'Harbour grade, client pass' }).waitFor();
    reviewUrl = page.url();
    expect(reviewUrl).toMatch(/\/reviews\/[0-9a-f-]{36}$/);

    await page.getByRole('link', { name: 'Reviews', exact: true }).click();
    const row = page.getByRole('row', { name: /Harbour grade, client pass/ });
    await row.getByText(/^Due .*2099$/).waitFor();
    await row.getByText('Any one approves').waitFor();
    await row.getByText('0 of 1').waitFor();
    await page.getByRole('button', { name: 'Mine to review or started by me' }).click();
    await row.waitFor();
    await screenshot(page, 'review-02-reviews-list');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('creates a password-protected share link and shows its address once', async () => {
    await page.goto(reviewUrl);
    await page.getByRole('button', { name: 'Share with guests' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share for review' });
    await expect(dialog.getByRole('checkbox', { name: /^Comment/ }).isChecked()).resolves.toBe(true);
    await dialog.getByLabel('Password (optional)').fill('short');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await dialog.getByText('A link password has at least 8 characters').waitFor();
    await dialog.getByLabel('Password (optional)').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const created = page.getByRole('dialog', { name: 'Share link created' });
    shareUrl = await created.getByTestId('share-url').inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${base}/r/[A-Za-z0-9_-]+\\?password=1$`));
    await screenshot(page, 'review-03-share-link');
    await created.getByRole('button', { name: 'Done' }).click();
  });

  it("the member's second browser follows the review page", async () => {
    const second = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      storageState: await member.storageState(),
    });
    watcher = await second.newPage();
    await watcher.goto(reviewUrl);
    await watcher.getByTestId('player-video').waitFor();
    await watcher.getByText('No comments yet.', { exact: false }).waitFor();
    expect(await watcher.getByTestId('timeline-marker').count()).toBe(0);
  });

  it('a guest opens the link: a wrong password is refused in words, the right one opens the review', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    guest = await context.newPage();
    if (process.env.REVIEW_DEBUG) {
      guest.on('console', (m) => console.log('GUEST CONSOLE', m.type(), m.text()));
      guest.on('websocket', (ws) => {
        ws.on('framesent', (f) => console.log('GUEST WS SENT', String(f.payload).slice(0, 300)));
        ws.on('framereceived', (f) => console.log('GUEST WS GOT', String(f.payload).slice(0, 300)));
        ws.on('close', () => console.log('GUEST WS CLOSED'));
      });
    }
    await guest.goto(shareUrl);
    await guest.getByRole('heading', { name: 'You are invited to review' }).waitFor();
    await guest.getByLabel('Your name').fill('Gina Client');
    await guest.getByLabel('Your email').fill('gina@client.example');
    await guest.getByLabel('Link password').fill('not-the-password');
    await guest.getByRole('button', { name: 'Open review' }).click();
    await guest
      .getByRole('alert')
      .getByText('the password is wrong, or the link has expired', { exact: false })
      .waitFor();
    await screenshot(guest, 'review-04-guest-wrong-password');
    await guest.getByLabel('Link password').fill(PASSWORD);
    await guest.getByRole('button', { name: 'Open review' }).click();
    await guest.getByRole('heading', { name: 'Harbour grade, client pass' }).waitFor();
    await guest.getByTestId('player-video').waitFor({ timeout: 60_000 });
    // Guests may comment through this link, but not decide, and never post internal comments.
    await expect(guest.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await expect(guest.getByText('Internal (team only)').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(guest)).toEqual([]);
  });

  it('the guest marks a range with I and O, draws an arrow on the frame and comments', async () => {
    const goTo = async (timecode: string) => {
      await guest.getByLabel('Go to timecode').fill(timecode);
      await guest.getByLabel('Go to timecode').press('Enter');
      await guest.waitForFunction(
        (tc) => document.querySelector('[data-testid=timecode-label]')?.textContent === tc,
        timecode,
      );
    };
    const player = guest.getByRole('group', { name: /^Player/ });
    await goTo('01:00:00;10');
    await player.focus();
    await player.press('i');
    await goTo('01:00:01;20');
    await player.focus();
    await player.press('o');
    await guest.getByTestId('composer-where').getByText('From 01:00:00;10 to 01:00:01;20').waitFor();

    await guest.getByRole('button', { name: 'Draw arrow' }).click();
    const layer = guest.getByTestId('annotation-layer');
    const box = (await layer.boundingBox())!;
    await guest.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.75);
    await guest.mouse.down();
    await guest.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.55, { steps: 5 });
    await guest.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4, { steps: 5 });
    await guest.mouse.up();
    await guest.getByTestId('drawing-count').getByText('1 drawing').waitFor();
    await guest.getByLabel('Comment', { exact: true }).fill('The horizon tilts here: level it through this shot.');
    await screenshot(guest, 'review-05-guest-drawing');
    await guest.getByRole('button', { name: 'Post comment' }).click();
    const thread = guest.getByTestId('comment-thread');
    await thread.getByText('01:00:00;10 – 01:00:01;20').waitFor();
    await thread.getByText('The horizon tilts here', { exact: false }).waitFor();
    await screenshot(guest, 'review-06-guest-commented');
  });

  it("the member's second browser sees the comment arrive on the timeline, and who is watching", async () => {
    const marker = watcher.locator('[data-testid=timeline-marker][data-frame-in="10"][data-frame-out="50"]');
    await marker.waitFor({ timeout: 20_000 });
    await watcher.getByTestId('comment-thread').getByText('The horizon tilts here', { exact: false }).waitFor();
    const presence = watcher.getByTestId('presence').filter({ hasText: 'Gina Client' });
    await presence.getByText('at 01:00:01;20').waitFor({ timeout: 20_000 });
    // A click on the marker goes to its first frame and shows the arrow over the picture.
    await marker.click();
    await watcher.waitForFunction(
      () => document.querySelector('[data-testid=timecode-label]')?.textContent === '01:00:00;10',
    );
    await watcher.locator('[data-testid=annotation-layer] polygon').waitFor();
    // The member's picture is smaller than the guest's: the arrow's head lands at the same place on it.
    const head = await watcher.evaluate(() => {
      const svg = document.querySelector('[data-testid=annotation-layer]');
      const [x, y] = svg.querySelector('polygon').getAttribute('points').split(' ')[0].split(',').map(Number);
      return { x: x / svg.clientWidth, y: y / svg.clientHeight, width: svg.clientWidth };
    });
    expect(head.x).toBeCloseTo(0.6, 1);
    expect(head.y).toBeCloseTo(0.4, 1);
    await screenshot(watcher, 'review-07-member-sees-live-comment');
    expect(await seriousAccessibilityViolations(watcher)).toEqual([]);
  });

  it('the member approves and the version is APPROVED, with the comment stored as drawn', async () => {
    await watcher.getByRole('button', { name: 'Approve' }).click();
    await watcher.locator('[data-testid=review-status][data-status=APPROVED]').waitFor();
    await screenshot(watcher, 'review-08-approved');

    const reviewId = reviewUrl.split('/').pop()!;
    const { review } = await memberQuery<{ review: { assets: Array<{ currentVersion: { id: string } }> } }>(
      'query($id: ID!) { review(id: $id) { assets { currentVersion { id } } } }',
      { id: reviewId },
    );
    const versionId = review.assets[0].currentVersion.id;
    const { reviewVersion } = await memberQuery<{
      reviewVersion: {
        reviewStatus: string;
        reviewComments: Array<{
          body: string;
          frameIn: number;
          frameOut: number;
          timecodeIn: string;
          timecodeOut: string;
          internal: boolean;
          author: { name: string; kind: string };
          annotations: Array<{ kind: string; color: string; points: Array<{ x: number; y: number }> }>;
        }>;
      };
    }>(
      `query($id: ID!) { reviewVersion(id: $id) { reviewStatus reviewComments {
        body frameIn frameOut timecodeIn timecodeOut internal author { name kind }
        annotations { kind color points { x y } } } } }`,
      { id: versionId },
    );
    expect(reviewVersion.reviewStatus).toBe('APPROVED');
    expect(reviewVersion.reviewComments).toHaveLength(1);
    const [comment] = reviewVersion.reviewComments;
    expect(comment).toMatchObject({
      body: 'The horizon tilts here: level it through this shot.',
      frameIn: 10,
      frameOut: 50,
      timecodeIn: '01:00:00;10',
      timecodeOut: '01:00:01;20',
      internal: false,
      author: { name: 'Gina Client', kind: 'GUEST' },
    });
    expect(comment.annotations).toHaveLength(1);
    const [arrow] = comment.annotations;
    expect(arrow.kind).toBe('ARROW');
    expect(arrow.color).toBe('#ff4d4f');
    expect(arrow.points).toHaveLength(2);
    expect(arrow.points[0].x).toBeCloseTo(0.25, 1);
    expect(arrow.points[0].y).toBeCloseTo(0.75, 1);
    expect(arrow.points[1].x).toBeCloseTo(0.6, 1);
    expect(arrow.points[1].y).toBeCloseTo(0.4, 1);

    // The guest sees the decision too, without a reload.
    await guest.locator('[data-testid=review-status][data-status=APPROVED]').waitFor({ timeout: 20_000 });
  });

  it('the member replies (once for the team only) and resolves the thread; the guest sees only the open reply', async () => {
    const thread = watcher.getByTestId('comment-thread');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByLabel('Reply').fill('Levelled in the next version.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByText('Levelled in the next version.').waitFor();
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByLabel('Reply').fill('Grade note for us: keep the warm cast.');
    await thread.getByRole('checkbox', { name: 'Internal' }).check();
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByText('Grade note for us', { exact: false }).waitFor();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await thread.getByText('resolved', { exact: true }).waitFor();
    await screenshot(watcher, 'review-09-member-replied-and-resolved');

    const guestThread = guest.getByTestId('comment-thread');
    await guestThread.getByText('Levelled in the next version.').waitFor({ timeout: 20_000 });
    await guestThread.getByText('resolved', { exact: true }).waitFor({ timeout: 20_000 });
    await expect(guest.getByText('Grade note for us', { exact: false }).count()).resolves.toBe(0);
    await screenshot(guest, 'review-10-guest-sees-reply');
    expect(await seriousAccessibilityViolations(guest)).toEqual([]);
  });
});
