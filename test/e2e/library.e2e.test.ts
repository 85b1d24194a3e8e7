/**
 * The library, the compare view and export/import in Chromium (issue 5): two years of the
 * fictional 青禾县 saved from the side panel, grouped and searched in the library, compared
 * (statuses equal to lib/diff on the stored extractions), an override kept across reloads,
 * every export downloaded and checked, a bundle imported into a fresh profile, and no request
 * leaving 127.0.0.1. Tests run in order and share one browser profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../lib/diff/index';
import type { Diff } from '../../lib/diff/types';
import { foreignRequests, launch, openExtensionPage, tabIdOf, type Browser } from './harness';
import { openPanel, screenshot, selectText } from './helpers';
import { dumpLibrary, outputShot, type LibraryDump } from './library-helpers';
import { checkCompareExports, checkLibraryExports, checkPanelExports } from './library-exports';
import { ANNOTATED, reportHtml } from './pages';
import { startServer, type TestServer } from './server';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');
const dirs = [mkdtempSync(join(tmpdir(), 'pl-lib-')), mkdtempSync(join(tmpdir(), 'pl-lib-fresh-'))];
const requests: string[] = [];
const BODY_PHRASE = '城区供水管网改造'; // in the 2023 report only
const NOTE = '代表建议持续跟踪';
let server: TestServer;
let b: Browser;
let lib: Page;
let expectedDiff: Diff;
let bundlePath: string;

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/qinghe/2023.html', { body: reportHtml(read('samples/qinghe-2023.zh.txt')) });
  server.routes.set('/qinghe/2024.html', { body: reportHtml(read('samples/qinghe-2024.zh.txt')) });
  b = await launch(dirs[0], requests);
});

afterAll(async () => {
  await b?.context.close();
  await server?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (bundlePath) rmSync(bundlePath, { force: true });
});

const ready = (page: Page) => page.waitForSelector('.list-screen[data-state="ready"]');
async function search(page: Page, q: string) {
  await page.fill('input[name="q"]', q);
  await page.press('input[name="q"]', 'Enter');
  await page.waitForSelector(`.list-screen[data-results-for="${q}"]`);
}

describe('library, compare view, export and import in Chromium', () => {
  it('two years of one issuer are saved from the side panel (with a note on the newer page); an open library follows', async () => {
    for (const year of [2023, 2024]) {
      const page = await b.context.newPage();
      await page.goto(`${server.base}/qinghe/${year}.html`);
      const panel = await openPanel(b, await tabIdOf(b, page.url()));
      await panel.click('[data-action="save"]');
      await panel.waitForSelector('[data-saved="created"]');
      if (year === 2024) {
        await selectText(page, ANNOTATED);
        await panel.click('[data-action="annotate"]');
        await panel.fill('.annotate-form textarea', NOTE);
        await panel.fill('.annotate-form input[name="tags"]', '旁听，跟进');
        await panel.click('[data-action="save-note"]');
        await panel.waitForSelector('[data-note-id][data-anchor="anchored"]');
        // The side panel opens the library in a new tab.
        const [opened] = await Promise.all([b.context.waitForEvent('page'), panel.click('[data-action="open-library"]')]);
        expect(new URL(opened.url()).pathname).toBe('/library.html');
        await opened.close();
      }
      await panel.close();
      await page.close();
      if (year === 2023) {
        lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1200, height: 900 });
        await lib.waitForSelector('.card[data-year="2023"]');
      }
    }
    // The open library heard of the second save (another extension page) and shows it without a reload.
    await lib.waitForSelector('.card[data-year="2024"]');
    const db = await dumpLibrary(lib);
    expect(db.snapshots.map((s) => s.extraction.meta.coversYear).sort()).toEqual([2023, 2024]);
    expect(db.cards).toBe(2);
  });

  it('the library shows them grouped under their issuer, newest year first, and the space they take', async () => {
    await lib.reload();
    await ready(lib);
    expect(await lib.$$eval('.group', (gs) => gs.map((g) => g.getAttribute('data-issuer')))).toEqual(['青禾县']);
    expect(await lib.$$eval('.group .card', (cs) => cs.map((c) => c.getAttribute('data-year')))).toEqual(['2024', '2023']);
    expect(await lib.textContent('.group-title .count')).toBe('2 份快照');
    expect(await lib.textContent('.card[data-year="2024"] [data-count="notes"]')).toContain('1 条批注');
    // The space used, as the browser estimates it (in the "Add / import" menu): two saved reports take some room.
    await lib.click('[data-action="add-menu"]');
    const meter = await lib.waitForSelector('.storage-meter[data-usage-bytes]');
    expect(Number(await meter.getAttribute('data-usage-bytes'))).toBeGreaterThan(0);
    expect(await lib.textContent('.storage-line')).toMatch(/^已用 \d+(\.\d)? (B|KB|MB|GB)，上限 \d+(\.\d)? (KB|MB|GB|TB)（(<1|\d+)%）/);
    expect(await meter.getAttribute('data-level')).toBe('ok');
    // Whatever the browser answers to "Keep my data persistently" is shown, and the line follows it.
    if (await meter.getAttribute('data-persisted') === 'false') {
      await lib.click('.storage-meter [data-action="persist"]');
      const answer = await (await lib.waitForSelector('[data-persist-answer]')).getAttribute('data-persist-answer');
      await lib.waitForSelector(`.storage-meter[data-persisted="${answer}"]`);
    }
    await outputShot(lib, 'library-zh.png');
  });

  it('search finds a Chinese phrase from the body, and a note', async () => {
    await search(lib, BODY_PHRASE);
    expect(await lib.$$eval('.card', (cs) => cs.map((c) => c.getAttribute('data-year')))).toEqual(['2023']);
    expect(await lib.textContent('.card .snippet mark')).toBe(BODY_PHRASE);
    await search(lib, NOTE);
    expect(await lib.$$eval('.card', (cs) => cs.map((c) => c.getAttribute('data-year')))).toEqual(['2024']);
    expect(await lib.getAttribute('.card .snippet', 'data-snippet')).toBe('note');
    await search(lib, '没有这样的句子');
    await lib.waitForSelector('[data-empty="results"]');
    await lib.click('[data-action="clear-search"]');
    await lib.waitForSelector('.list-screen[data-results-for=""] .group');
  });

  it('the compare view shows the statuses lib/diff gives for the stored extractions', async () => {
    const db = await dumpLibrary(lib);
    const [older, newer] = [...db.snapshots].sort((x, y) => x.extraction.meta.coversYear! - y.extraction.meta.coversYear!);
    expectedDiff = diff(older.extraction, newer.extraction);
    await lib.click('[data-action="compare-pair"]');
    await lib.waitForSelector('[data-compare="ready"]');
    const summary = await lib.$$eval('[data-summary="computed"] [data-summary-status]', (ls) => Object.fromEntries(ls.map((l) => [l.getAttribute('data-summary-status'), Number(l.getAttribute('data-count'))])));
    expect(summary).toEqual(expectedDiff.summary);
    const items = await lib.$$eval('.diff-item', (ls) => ls.map((l) => [l.getAttribute('data-commitment'), l.getAttribute('data-status')]));
    expect(items).toEqual(expectedDiff.items.map((i) => [i.commitmentId, i.status]));
    const bars = await lib.$$eval('.status-chart rect[data-status]', (rs) => rs.reduce((n, r) => n + Number(r.getAttribute('data-count')), 0));
    expect(bars).toBe(expectedDiff.items.length);
    expect(await lib.$$('.targets tbody tr')).toHaveLength(expectedDiff.items.flatMap((i) => i.targets).length);
    await screenshot(lib, 'compare-zh.png');
  });

  it('a status set by hand is shown as such and survives a reload', async () => {
    const target = expectedDiff.items.find((i) => i.status === 'unaddressed')!;
    const row = `.diff-item[data-commitment="${target.commitmentId}"]`;
    await lib.click(`${row} details.override summary`);
    await lib.selectOption(`${row} .status-form select`, 'fulfilled');
    await lib.fill(`${row} .status-form input`, '县政府网站2024年6月公告已完成');
    await lib.click(`${row} [data-action="save-override"]`);
    await lib.waitForSelector(`${row}[data-overridden="true"][data-status="fulfilled"] [data-by-hand]`);
    await lib.reload();
    await lib.waitForSelector(`${row}[data-overridden="true"][data-status="fulfilled"][data-computed="unaddressed"]`);
    expect(await lib.textContent(`${row} .override-note`)).toContain('县政府网站2024年6月公告已完成');
    expect(await lib.getAttribute('[data-summary="effective"] [data-summary-status="fulfilled"]', 'data-count')).toBe(String(expectedDiff.summary.fulfilled + 1));
    const db = await dumpLibrary(lib);
    expect(db.overrides).toEqual([expect.objectContaining({ commitmentId: target.commitmentId, status: 'fulfilled', note: '县政府网站2024年6月公告已完成' })]);
  });

  it('an evidence quote opens the newer snapshot in the reader at that sentence; the saved page is sandboxed', async () => {
    const withEvidence = expectedDiff.items.find((i) => i.evidence.length)!;
    const e = withEvidence.evidence[0];
    await lib.click(`.diff-item[data-commitment="${withEvidence.commitmentId}"] [data-evidence="${e.start}-${e.end}"]`);
    await lib.waitForSelector('.reader [data-focus]');
    expect((await lib.$$eval('.reader [data-focus]', (ms) => ms.map((m) => m.textContent).join(''))).trim()).toBe(e.text.trim());
    expect(await lib.evaluate(() => document.activeElement?.hasAttribute('data-focus'))).toBe(true);
    expect(await lib.$$('.reader-text h2, .reader-text h3')).not.toHaveLength(0);
    await outputShot(lib, 'reader-zh.png');
    await lib.click('[data-mode-button="page"]');
    const frame = await lib.waitForSelector('iframe.saved-page');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const srcdoc = (await frame.getAttribute('srcdoc'))!;
    expect(srcdoc).toContain('一网通办');
    expect(srcdoc).not.toMatch(/<script|onerror=/);
    await lib.click('[data-mode-button="text"]');
    await lib.click('[data-tab="notes"]');
    expect(await lib.textContent('.notes .note-text')).toBe(NOTE);
  });

  it('each export downloads a file whose content is checked (library, compare view of the two selected, side panel)', async () => {
    await lib.goto(`chrome-extension://${b.extId}/library.html?lang=zh_CN#/`);
    await ready(lib);
    for (const box of await lib.$$('.card-select')) await box.check();
    const db = await dumpLibrary(lib);
    bundlePath = await checkLibraryExports(lib, db);
    // Any two selected snapshots can be compared (older first, whichever order they were picked in).
    const ids = Object.fromEntries(await lib.$$eval('.card', (cs) => cs.map((c) => [c.getAttribute('data-year'), c.getAttribute('data-card-id')])));
    await lib.click('[data-action="compare-selected"]');
    await lib.waitForSelector(`[data-compare="ready"][data-older="${ids['2023']}"][data-newer="${ids['2024']}"]`);
    await checkCompareExports(lib, db, expectedDiff);
    const page = await b.context.newPage();
    await page.goto(`${server.base}/qinghe/2024.html`);
    const panel = await openPanel(b, await tabIdOf(b, page.url()));
    await checkPanelExports(panel, NOTE);
    await Promise.all([panel.close(), page.close()]);
  });

  it('importing the exported bundle into a fresh profile reproduces the library; a malformed file writes nothing', async () => {
    const before = await dumpLibrary(lib);
    const fresh = await launch(dirs[1], requests);
    try {
      const page = await openExtensionPage(fresh, 'library.html?lang=zh_CN', { width: 1200, height: 900 });
      await page.waitForSelector('[data-empty="library"]');
      const bad = join(dirs[1], 'broken.json');
      writeFileSync(bad, '{"schema":"promise-ledger/bundle@1","snapshots":[{"sha256":"x"}]}');
      await page.setInputFiles('[data-action="import-file"]', bad);
      expect(await (await page.waitForSelector('[data-import-error]')).textContent()).toMatch(/^Cannot import this file: .*nothing was imported/);
      expect((await dumpLibrary(page)).snapshots).toEqual([]);
      await page.setInputFiles('[data-action="import-file"]', bundlePath);
      expect(await (await page.waitForSelector('[data-plan]')).textContent()).toContain('将导入 2 份快照');
      await page.click('[data-action="import-confirm"]');
      await page.waitForSelector('[data-imported]');
      await page.waitForSelector('.group .card[data-year="2023"]');
      const after = await dumpLibrary(page);
      const comparable = (d: LibraryDump) => ({ ...d, snapshots: d.snapshots.map(({ extraction, ...s }) => ({ ...s, commitments: extraction.commitments.length })) });
      expect(comparable(after)).toEqual(comparable(before));
      expect(await page.$$eval('.group .card', (cs) => cs.map((c) => c.getAttribute('data-year')))).toEqual(['2024', '2023']);
      await search(page, NOTE);
      expect(await page.$$eval('.card', (cs) => cs.map((c) => c.getAttribute('data-year')))).toEqual(['2024']);
    } finally {
      await fresh.context.close();
    }
  });

  it('no request left 127.0.0.1 during the run (service worker included)', async () => {
    expect(requests.filter((u) => u.startsWith(server.base)).length).toBeGreaterThan(3);
    expect(requests.some((u) => u.includes('/library.html'))).toBe(true);
    expect(foreignRequests(requests)).toEqual([]);
  });
});
