/**
 * The side panel as a reader uses it all day (issue 15), in Chromium at its 420 px width:
 * the tab bar fits in both languages (no "Notes 0" cut off).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, tabIdOf, type Browser } from './harness';
import { openPanel } from './helpers';
import { longEnReportHtml, reportHtml, zhReportText } from './pages';
import { startServer, type TestServer } from './server';

const userDir = mkdtempSync(join(tmpdir(), 'pl-panel-'));
let server: TestServer;
let b: Browser;
let report: Page;
let tabId: number;

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/report.html', { body: reportHtml(zhReportText()) });
  server.routes.set('/en-report.html', { body: longEnReportHtml() });
  b = await launch(userDir);
  report = await b.context.newPage();
  await report.goto(`${server.base}/report.html`);
  tabId = await tabIdOf(b, report.url());
});

afterAll(async () => {
  await b?.context.close();
  await server?.close();
  rmSync(userDir, { recursive: true, force: true });
});

describe('the side panel at 420 px', () => {
  it.each(['en', 'zh_CN'])('the tab bar shows every tab whole in %s (scrollWidth ≤ clientWidth)', async (lang) => {
    const page = lang === 'en' ? await b.context.newPage() : report;
    if (lang === 'en') await page.goto(`${server.base}/en-report.html`);
    const panel = await openPanel(b, lang === 'en' ? await tabIdOf(b, page.url()) : tabId, lang);
    expect(panel.viewportSize()?.width).toBe(420);
    const counts = await panel.$$eval('[role="tab"]', (ts) => ts.map((t) => Number(t.getAttribute('data-count'))));
    if (lang === 'en') expect(Math.min(...counts.slice(0, 3))).toBeGreaterThanOrEqual(10);
    const bar = await panel.$eval('.tabs', (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    const last = await panel.$eval('[data-tab="notes"]', (el) => {
      const r = el.getBoundingClientRect();
      const bar = el.parentElement!.getBoundingClientRect();
      return { right: r.right, barRight: bar.right, text: el.textContent };
    });
    console.log(`e2e panel: ${lang} counts ${counts.join('/')}, tab bar ${bar.scroll}/${bar.client} px, last tab "${last.text}" ends at ${last.right} of ${last.barRight}`);
    expect(bar.scroll).toBeLessThanOrEqual(bar.client);
    expect(last.right).toBeLessThanOrEqual(last.barRight);
    await panel.close();
    if (page !== report) await page.close();
  });
});
