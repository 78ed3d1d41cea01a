import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

// Functions passed to page.evaluate run in the browser; this Node program has no DOM types.
declare const document: any, window: any, DataTransfer: any, DragEvent: any;

export const screenshotDir = join(__dirname, '..', '..', '.artifacts', 'screenshots');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core run in the page; returns the serious and critical violations, described. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/** Drops files on the page the way a file manager's drag and drop does (with their modification times, as tus fingerprints read them). */
export async function dropFiles(
  page: Page,
  files: Array<{ path: string; name: string; type: string }>,
  selector = 'main',
): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.type,
    lastModified: Math.floor(statSync(f.path).mtimeMs),
    base64: readFileSync(f.path).toString('base64'),
  }));
  await page.evaluate(
    ({ payload, selector }) => {
      const dt = new DataTransfer();
      for (const f of payload)
        dt.items.add(
          new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, {
            type: f.type,
            lastModified: f.lastModified,
          }),
        );
      window.__drop = dt;
      const target = document.querySelector(selector)!;
      target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { payload, selector },
  );
}

export async function finishDrop(page: Page, selector = 'main'): Promise<void> {
  await page.evaluate((selector) => {
    const dt = window.__drop;
    document
      .querySelector(selector)!
      .dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, selector);
}

/** A new person joins the workspace through an invitation link in a browser of their own; returns their page. */
export async function joinByInvitation(browser: Browser, url: string, name: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill('quiet-harbour-77');
  await page.getByLabel('Repeat password').fill('quiet-harbour-77');
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await page.getByRole('heading', { name: 'All assets' }).waitFor();
  return page;
}
