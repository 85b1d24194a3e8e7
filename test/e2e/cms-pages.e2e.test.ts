/**
 * Reports on government CMS page templates (test/fixtures/cms) in Chromium, with and without
 * an appendix table (重点项目表) inside the article container: the side panel gives the same
 * outline, commitments and problems whether the table has 0, 45 or 5,000 rows, and the
 * panel's detection agrees with the badge's (the content script's own, cheaper reading).
 *
 * MEASURED (Debian Chromium, headless, 2 shared cores): see the `e2e cms:` log lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendixHtml, type TableStyle } from '../fixtures/cms/appendix';
import { TEMPLATES, chengxiReport } from '../fixtures/cms/templates';
import { badgeOf, launch, openExtensionPage, tabIdOf, type Browser } from './harness';
import { startServer, type TestServer } from './server';

/** The extension API inside the service worker (evaluated there, typed here). */
declare const chrome: typeof import('wxt/browser').browser;

const userDir = mkdtempSync(join(tmpdir(), 'pl-cms-'));
let server: TestServer;
let b: Browser;

const STYLES: TableStyle[] = ['plain', 'word', 'th'];
/** Templates also served with a 5,000-row table (a 1 MB page): the <br> one Readability misreads, and TRS. */
const HUGE = ['zoom-br', 'trs-zoom'];

interface PanelRead { outline: string[]; commitments: string[]; problems: string[]; percent: string; badge: string; badgeTitle: string; readyMs: number }

beforeAll(async () => {
  server = await startServer();
  const report = chengxiReport();
  Object.entries(TEMPLATES).forEach(([name, template], i) => {
    server.routes.set(`/${name}/0.html`, { body: template(report, '') });
    server.routes.set(`/${name}/45.html`, { body: template(report, appendixHtml(45, STYLES[i % STYLES.length])) });
    if (HUGE.includes(name)) server.routes.set(`/${name}/5000.html`, { body: template(report, appendixHtml(5000, STYLES[i % STYLES.length])) });
  });
  b = await launch(userDir);
});

afterAll(async () => {
  await b?.context.close();
  await server?.close();
  rmSync(userDir, { recursive: true, force: true });
});

/** Every item text of a panel list (all pages of it: "show more" until none is left). */
async function listTexts(panel: Page, tab: string, selector: string): Promise<string[]> {
  await panel.click(`[data-tab="${tab}"]`);
  while (await panel.$('[data-action="show-more"]')) await panel.click('[data-action="show-more"]');
  return panel.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
}

/** Opens the page, waits for its badge, reads the side panel. */
async function readThroughPanel(path: string): Promise<PanelRead> {
  const page = await b.context.newPage();
  await page.goto(`${server.base}${path}`, { timeout: 60_000 });
  const tabId = await tabIdOf(b, page.url());
  await expect.poll(() => badgeOf(b, tabId), { timeout: 15_000 }).not.toBe('');
  const t0 = Date.now();
  const panel = await openExtensionPage(b, `sidepanel.html?tab=${tabId}&lang=zh_CN`);
  await panel.waitForSelector('main[data-state="ready"]', { timeout: 45_000 });
  const readyMs = Date.now() - t0;
  const read: PanelRead = {
    outline: await listTexts(panel, 'outline', '.outline [data-item-id] .item-link'),
    commitments: await listTexts(panel, 'commitments', '.commitments [data-item-id] > .item-link'),
    problems: await listTexts(panel, 'problems', '.problems [data-item-id] .item-link'),
    percent: (await panel.textContent('.detection summary')) ?? '',
    badge: await badgeOf(b, tabId),
    badgeTitle: await b.sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId),
    readyMs,
  };
  await panel.close();
  await page.close();
  return read;
}

const percentOf = (s: string) => /(\d+)\s*%/.exec(s)?.[1] ?? null;

describe('government CMS templates with an appendix table', () => {
  for (const name of Object.keys(TEMPLATES)) {
    const sizes = HUGE.includes(name) ? [45, 5000] : [45];
    it(`${name}: the same outline, commitments and problems with a ${sizes.join(' or ')}-row table as without; panel and badge agree`, async () => {
      const plain = await readThroughPanel(`/${name}/0.html`);
      expect(plain.outline.length).toBeGreaterThanOrEqual(10);
      expect(plain.commitments.length).toBeGreaterThanOrEqual(20);
      expect(plain.problems.length).toBeGreaterThanOrEqual(1);
      for (const rows of [0, ...sizes]) {
        const read = rows ? await readThroughPanel(`/${name}/${rows}.html`) : plain;
        console.log(`e2e cms: ${name} ${rows} rows: outline ${read.outline.length}, commitments ${read.commitments.length}, problems ${read.problems.length}, panel "${read.percent}", badge "${read.badge}" (${read.badgeTitle}), ready ${read.readyMs} ms`);
        expect(read.outline).toEqual(plain.outline);
        expect(read.commitments).toEqual(plain.commitments);
        expect(read.problems).toEqual(plain.problems);
        // The panel calls it a report with the score the badge's title gives.
        expect(read.percent).toMatch(/^识别为报告/);
        expect(read.badge).not.toBe('');
        expect(percentOf(read.percent)).toBe(percentOf(read.badgeTitle));
      }
    }, 240_000);
  }
});
