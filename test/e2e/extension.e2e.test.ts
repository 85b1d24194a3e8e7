/**
 * The built extension in Debian's Chromium against pages on 127.0.0.1: badge, side panel
 * versus the extractor, in-page highlights, annotations across reloads and page changes,
 * snapshots in IndexedDB across a browser restart, the popup's save through the offscreen
 * document, a GBK page, and no request leaving 127.0.0.1. Tests run in order and share
 * one browser profile.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../lib/extract/index';
import { orderFigures } from '../../lib/page-agent/figures-view';
import { normalizeLine } from '../../lib/text/normalize';
import { EXTENSION_DIR, badgeOf, foreignRequests, launch, openExtensionPage, tabIdOf, type Browser } from './harness';
import { expected, highlightTexts, openPanel, readDb, reloadPanel, screenshot, selectText } from './helpers';
import { ANNOTATED, enReportHtml, gbkBytes, newsHtml, reportHtml, zhReportText } from './pages';
import { startServer, type TestServer } from './server';

/** The extension API inside the service worker (evaluated there, typed here). */
declare const chrome: typeof import('wxt/browser').browser;

const userDir = mkdtempSync(join(tmpdir(), 'pl-e2e-'));
const requests: string[] = [];
const norm = (texts: string[]) => texts.map(normalizeLine);
let server: TestServer;
let b: Browser;
let report: Page;
let reportTab: number;
let panel: Page;
let x: Extraction;

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/report.html', { body: reportHtml(zhReportText()) });
  server.routes.set('/news.html', { body: newsHtml() });
  server.routes.set('/en-report.html', { body: enReportHtml() });
  server.routes.set('/gbk.html', { body: gbkBytes(), type: 'text/html; charset=gbk' });
  server.routes.set('/sw-probe', { body: 'ok', type: 'text/plain' });
  b = await launch(userDir, requests);
});

afterAll(async () => {
  await b?.context.close();
  await server?.close();
  rmSync(userDir, { recursive: true, force: true });
});

describe('Promise Ledger in Chromium', () => {
  it('content script is at most 15 kB minified', () => {
    const bytes = statSync(join(EXTENSION_DIR, 'content-scripts/content.js')).size;
    console.log(`e2e: content-scripts/content.js ${bytes} bytes`);
    expect(bytes).toBeLessThanOrEqual(15_000);
  });

  it('a Chinese report page gets the badge and a non-report page does not', async () => {
    report = await b.context.newPage();
    await report.goto(`${server.base}/report.html`);
    reportTab = await tabIdOf(b, report.url());
    await expect.poll(() => badgeOf(b, reportTab), { timeout: 10_000 }).not.toBe('');
    const news = await b.context.newPage();
    await news.goto(`${server.base}/news.html`);
    const newsTab = await tabIdOf(b, news.url());
    // Ask the news page's content script for its verdict, so we know detection has run.
    const reply = await b.sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'pl/get-detection' }), newsTab);
    expect(reply).toMatchObject({ ok: true, value: { detection: { isReport: false } } });
    const onReport = await b.sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'pl/get-detection' }), reportTab) as { value: { ms: number } };
    console.log(`e2e: detection in the page took ${onReport.value.ms.toFixed(3)} ms (report), ${(reply as { value: { ms: number } }).value.ms.toFixed(3)} ms (news)`);
    expect(await badgeOf(b, newsTab)).toBe('');
    await news.close();
  });

  it('the side panel shows the outline, commitments, numbers and problems the extractor finds', async () => {
    x = expected(reportHtml(zhReportText()), report.url());
    expect(x.commitments.length).toBeGreaterThan(5);
    panel = await openPanel(b, reportTab);
    const counts = { outline: x.headings.length, numbers: x.numbers.length, commitments: x.commitments.length, problems: x.problems.length };
    for (const [tab, n] of Object.entries(counts)) expect([tab, await panel.getAttribute(`[data-tab="${tab}"]`, 'data-count')]).toEqual([tab, String(n)]);
    expect(await panel.textContent('.doc-title')).toBe(x.source.title);
    const list = (sel: string) => panel.$$eval(sel, (els) => els.map((e) => e.textContent ?? ''));
    expect(await list('.commitments [data-item-id] > .item-link')).toEqual(x.commitments.map((c) => c.text));
    await screenshot(panel, 'sidepanel-zh.png');
    await panel.click('[data-tab="outline"]');
    expect(await list('.outline [data-item-id] .item-link')).toEqual(x.headings.map((h) => h.marker + h.title));
    await panel.click('[data-tab="problems"]');
    expect(await list('.problems [data-item-id] .item-link')).toEqual(x.problems.map((p) => p.text));
    await panel.click('[data-tab="numbers"]');
    // Measures first, then table figures, years and dates, the rest (each group in text order).
    expect(await list('.numbers [data-item-id] .item-link strong')).toEqual(orderFigures(x.numbers).map((n) => n.raw));
    await panel.click('[data-tab="commitments"]');
  });

  it('clicking a commitment highlights and flashes it in the page, without changing the page text', async () => {
    const before = await report.evaluate(() => document.body.textContent);
    expect(norm(await highlightTexts(report, 'pl-commitment'))).toEqual(x.commitments.map((c) => c.text));
    const c = x.commitments[3];
    await panel.click(`[data-item-id="${c.id}"] > .item-link`);
    await expect.poll(async () => norm(await highlightTexts(report, 'pl-flash')), { timeout: 5_000 }).toEqual([c.text]);
    expect(await report.evaluate(() => document.body.textContent)).toBe(before);
    await report.bringToFront();
    await report.evaluate(() => [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith('三、存在'))?.scrollIntoView());
    await screenshot(report, 'page-highlights-zh.png');
    await panel.bringToFront();
    // Toggling a kind off removes its highlight from the registry.
    await panel.uncheck('[data-toggle="commitment"]');
    await expect.poll(() => highlightTexts(report, 'pl-commitment')).toEqual([]);
    await panel.check('[data-toggle="commitment"]');
    await expect.poll(async () => (await highlightTexts(report, 'pl-commitment')).length).toBe(x.commitments.length);
  });

  it('a saved snapshot is in IndexedDB, sanitized, with the text and its sha256', async () => {
    await panel.click('[data-action="save"]');
    await panel.waitForSelector('[data-saved="created"]');
    const { snapshots } = await readDb(panel);
    expect(snapshots).toHaveLength(1);
    const s = snapshots[0];
    expect(s).toMatchObject({ url: report.url(), title: x.source.title, text: x.text, commitments: x.commitments.length });
    expect(s.sha256).toBe(createHash('sha256').update(s.text, 'utf8').digest('hex'));
    expect(s.html).toContain('一网通办');
    expect(s.html).not.toMatch(/<script|onerror|\ssrc=/);
  });

  it('an annotation made on the page is re-anchored after reload, and orphaned when its text is removed', async () => {
    await selectText(report, ANNOTATED);
    await panel.click('[data-action="annotate"]');
    await panel.fill('.annotate-form textarea', '旁听庭审：明年是否继续？');
    await panel.fill('.annotate-form input[name="tags"]', '应诉，跟进');
    await panel.click('[data-action="save-note"]');
    await panel.waitForSelector('[data-note-id][data-anchor="anchored"]');
    await expect.poll(async () => norm(await highlightTexts(report, 'pl-note'))).toEqual([ANNOTATED]);
    await screenshot(panel, 'sidepanel-notes-zh.png');

    await report.reload();
    await reloadPanel(panel);
    await panel.click('[data-tab="notes"]');
    await panel.waitForSelector('[data-note-id][data-anchor="anchored"]');
    await expect.poll(async () => norm(await highlightTexts(report, 'pl-note'))).toEqual([ANNOTATED]);

    const original = server.routes.get('/report.html')!;
    server.routes.set('/report.html', { body: reportHtml(zhReportText(), ANNOTATED) });
    try {
      await report.reload();
      expect(await report.evaluate((p) => document.body.textContent!.includes(p), ANNOTATED)).toBe(false);
      await reloadPanel(panel);
      await panel.click('[data-tab="notes"]');
      await panel.waitForSelector('[data-note-id][data-anchor="orphaned"]');
      expect(await panel.$$('[data-note-id][data-anchor="anchored"]')).toHaveLength(0);
      expect(await highlightTexts(report, 'pl-note')).toEqual([]);
    } finally {
      server.routes.set('/report.html', original);
      await report.reload();
    }
    const { annotations } = await readDb(panel);
    expect(annotations).toMatchObject([{ kind: 'note', exact: ANNOTATED, tags: ['应诉', '跟进'] }]);
  });

  it('a commitment can be watched and given a status by hand; both are kept across reloads', async () => {
    await reloadPanel(panel);
    const c = x.commitments[1];
    const item = `[data-item-id="${c.id}"]`;
    await panel.click(`${item} [data-action="watch"]`);
    await panel.waitForSelector(`${item} [data-action="watch"][aria-pressed="true"]`);
    await panel.click(`${item} details summary`);
    await panel.selectOption(`${item} .status-form select`, 'progress');
    await panel.fill(`${item} .status-form input`, '已部署，待评估');
    await panel.click(`${item} .status-form button[type="submit"]`);
    await panel.waitForSelector(`${item} .chip.status-progress`);
    await report.reload();
    await reloadPanel(panel);
    await panel.waitForSelector(`${item} [data-action="watch"][aria-pressed="true"]`);
    await panel.waitForSelector(`${item} .chip.status-progress`);
    // Watching and a status are marks on the commitment: the Notes tab counts and lists the one note only.
    expect(await panel.getAttribute('[data-tab="notes"]', 'data-count')).toBe('1');
    await panel.selectOption('select[data-filter="mark"]', 'watched');
    expect(await panel.$$eval('.commitments > li', (ls) => ls.map((l) => l.getAttribute('data-item-id')))).toEqual([c.id]);
    await panel.selectOption('select[data-filter="mark"]', '');
    await panel.click('[data-tab="notes"]');
    expect(await panel.$$eval('[data-note-id]', (ls) => ls.length)).toBe(1);
    await panel.click('[data-tab="commitments"]');
    const { annotations } = await readDb(panel);
    expect(annotations.filter((a) => a.kind !== 'note')).toMatchObject([
      { kind: 'watch', exact: c.text },
      { kind: 'status', exact: c.text, note: '已部署，待评估' },
    ]);
  });

  it('the popup shows the verdict and counts and saves through the background (offscreen document)', async () => {
    const popup = await openExtensionPage(b, `popup.html?tab=${reportTab}&lang=zh_CN`, { width: 340, height: 360 });
    await popup.waitForSelector('[data-state="report"]');
    await popup.waitForSelector('[data-counts]');
    expect(await popup.textContent('[data-count-of="commitments"] strong')).toBe(String(x.commitments.length));
    await popup.click('[data-action="save"]');
    await popup.waitForSelector('[data-message="success"]');
    await popup.close();
  });

  it('a GBK-encoded report page works: badge, panel, and a save from the popup', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/gbk.html`);
    const tab = await tabIdOf(b, page.url());
    await expect.poll(() => badgeOf(b, tab), { timeout: 10_000 }).not.toBe('');
    const xg = expected(new TextDecoder('gbk').decode(gbkBytes()), page.url());
    expect(xg.source.title).toMatch(/^云溪县/);
    const p = await openPanel(b, tab);
    expect(await p.textContent('.doc-title')).toBe(xg.source.title);
    expect(await p.getAttribute('[data-tab="commitments"]', 'data-count')).toBe(String(xg.commitments.length));
    expect(await p.getAttribute('[data-tab="numbers"]', 'data-count')).toBe(String(xg.numbers.length));
    const popup = await openExtensionPage(b, `popup.html?tab=${tab}&lang=zh_CN`, { width: 340, height: 360 });
    await popup.click('[data-action="save"]');
    await popup.waitForSelector('[data-message="success"]');
    const { snapshots } = await readDb(p);
    expect(snapshots.map((s) => s.title)).toEqual(expect.arrayContaining([x.source.title, xg.source.title]));
    await Promise.all([popup.close(), p.close(), page.close()]);
  });

  it('the side panel in English on an English report (screenshot)', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/en-report.html`);
    const tab = await tabIdOf(b, page.url());
    const xe = expected(enReportHtml(), page.url());
    const p = await openPanel(b, tab, 'en');
    expect(await p.getAttribute('[data-tab="commitments"]', 'data-count')).toBe(String(xe.commitments.length));
    expect(await p.textContent('[data-tab="commitments"]')).toContain('Commitments');
    await screenshot(p, 'sidepanel-en.png');
    await Promise.all([p.close(), page.close()]);
  });

  it('snapshots and notes survive a browser restart (same profile)', async () => {
    const before = await readDb(panel);
    expect(before.snapshots.length).toBe(2);
    await b.context.close();
    b = await launch(userDir, requests);
    const page = await openExtensionPage(b, 'popup.html');
    const after = await readDb(page);
    expect(after.snapshots.map((s) => s.sha256).sort()).toEqual(before.snapshots.map((s) => s.sha256).sort());
    expect(after.annotations).toEqual(before.annotations);
    await page.close();
  });

  it('no request left 127.0.0.1 during the whole run (service worker included)', async () => {
    // The recorder sees service-worker requests: prove it with a fetch of the worker's own
    // manifest. Any other fetch from the worker is refused by the extension CSP (connect-src 'self').
    await b.sw.evaluate(async () => { await fetch('/manifest.json'); });
    await expect.poll(() => requests.includes(`chrome-extension://${b.extId}/manifest.json`)).toBe(true);
    expect(await b.sw.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), `${server.base}/sw-probe`)).toBe('refused');
    expect(requests.filter((u) => u.startsWith(server.base)).length).toBeGreaterThan(5);
    expect(foreignRequests(requests)).toEqual([]);
  });
});
