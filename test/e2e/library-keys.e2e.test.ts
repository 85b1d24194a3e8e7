/**
 * A reader's first hour with the library, in Chromium (issue 15): the empty library leads
 * with one sentence and one button; two years saved from the side panel, the second with
 * notes on passages the page writes with full-width brackets; the panel's "saved" message
 * opens that snapshot, and the library it opens speaks the panel's language; the keyboard
 * path (`/`, type, Enter, j, k, Enter) opens a snapshot without the mouse, and the first
 * card is at most 3 Tab presses away; the exported Web Annotations re-anchor on the
 * original page, every quote found exactly. Screenshots for the README (UPDATE_SCREENSHOTS=1).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, tabIdOf, type Browser } from './harness';
import { openPanel, screenshot, selectText } from './helpers';
import { exportFrom } from './library-helpers';
import { ANNOTATED, reportHtml } from './pages';
import { startServer, type TestServer } from './server';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');
const userDir = mkdtempSync(join(tmpdir(), 'pl-keys-'));
/** A passage the page writes with full-width brackets (the extraction's text has half-width ones). */
const FULL_WIDTH = '对照《法治政府建设实施纲要（2021—2025年）》';
const PAGE_2024 = '/qinghe/2024.html';
let server: TestServer;
let b: Browser;

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/qinghe/2023.html', { body: reportHtml(read('samples/qinghe-2023.zh.txt')) });
  server.routes.set(PAGE_2024, { body: reportHtml(read('samples/qinghe-2024.zh.txt')) });
  b = await launch(userDir);
});

afterAll(async () => {
  await b?.context.close();
  await server?.close();
  rmSync(userDir, { recursive: true, force: true });
});

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName.toLowerCase() ?? '', card: el?.getAttribute('data-card-id') ?? null, name: el?.getAttribute('name') ?? null };
});

async function annotate(page: Page, panel: Page, phrase: string, note: string) {
  await selectText(page, phrase);
  await panel.click('[data-action="annotate"]');
  await panel.fill('.annotate-form textarea', note);
  await panel.click('[data-action="save-note"]');
  await panel.waitForSelector(`[data-note-id][data-anchor="anchored"] >> text=${note}`);
}

/** The Web Annotations in a file, checked against the page's own text as a W3C client reads it. */
async function reanchor(page: Page, text: string): Promise<{ exact: string; quoteFound: boolean; contextFound: boolean; positionHolds: boolean }[]> {
  const items = JSON.parse(text).first.items as { target: { selector: any[] } }[];
  const selectors = items.map((i) => ({
    quote: i.target.selector.find((s) => s.type === 'TextQuoteSelector'),
    position: i.target.selector.find((s) => s.type === 'TextPositionSelector'),
  }));
  return page.evaluate((sels) => {
    const content = document.body.textContent ?? '';
    return sels.map(({ quote, position }) => ({
      exact: quote.exact as string,
      quoteFound: content.includes(quote.exact),
      contextFound: content.includes(quote.prefix + quote.exact + quote.suffix),
      positionHolds: content.slice(position.start, position.end) === quote.exact,
    }));
  }, selectors);
}

describe('the library from the keyboard, and annotations other tools can anchor', () => {
  it('an empty library says how to begin in one sentence, with one button', async () => {
    const lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1200, height: 800 });
    await lib.waitForSelector('.list-screen[data-state="ready"] [data-empty="library"]');
    expect(await lib.$$eval('[data-empty="library"] button', (bs) => bs.map((x) => x.textContent))).toEqual(['添加报告文件…']);
    expect(await lib.textContent('[data-empty="library"] .empty-lead')).toMatch(/保存快照/);
    // The rarely used tools wait behind one closed menu; no selection bar before anything is selected.
    expect(await lib.$eval('details.add-menu', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await lib.$('.selection-bar')).toBeNull();
    await screenshot(lib, 'library-empty-zh.png');
    await lib.close();
  });

  it('two years saved from the side panel; "saved" opens the snapshot, in the language of the panel', async () => {
    for (const year of [2023, 2024]) {
      const page = await b.context.newPage();
      await page.goto(`${server.base}/qinghe/${year}.html`);
      const panel = await openPanel(b, await tabIdOf(b, page.url()), year === 2024 ? 'en' : 'zh_CN');
      await panel.click('[data-action="save"]');
      const saved = await panel.waitForSelector('[data-saved="created"]');
      if (year === 2024) {
        const id = await saved.getAttribute('data-snapshot-id');
        await annotate(page, panel, ANNOTATED, 'follow up at the hearing');
        await annotate(page, panel, FULL_WIDTH, 'which plan years');
        const [opened] = await Promise.all([b.context.waitForEvent('page'), panel.click('.notice-success button')]);
        await opened.waitForSelector('main.library[data-view="snapshot"]');
        expect(new URL(opened.url()).search).toBe('?lang=en');
        expect(new URL(opened.url()).hash).toBe(`#/snapshot/${id}`);
        expect(await opened.getAttribute('html', 'lang')).toBe('en');
        await opened.close();
      }
      await panel.close();
      await page.close();
    }
  });

  it('the keyboard reaches and opens a snapshot: first card in ≤ 3 Tabs; /, type, Enter, j, k, Enter', async () => {
    const lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1200, height: 800 });
    await lib.waitForSelector('.list-screen[data-state="ready"] .card');
    await screenshot(lib, 'library-pair-zh.png');
    let tabs = 0;
    while (tabs < 3 && (await focused(lib)).card === null) { await lib.keyboard.press('Tab'); tabs++; }
    const first = await lib.getAttribute('.card', 'data-card-id');
    expect((await focused(lib)).card).toBe(first);
    console.log(`e2e keys: first card after ${tabs} Tab presses`);
    // The skip link (the first stop) goes straight to the list too.
    await lib.reload();
    await lib.waitForSelector('.list-screen[data-state="ready"] .card');
    await lib.keyboard.press('Tab');
    expect(await lib.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('skip-to-list');
    await lib.keyboard.press('Enter');
    expect((await focused(lib)).card).toBe(first);

    await lib.keyboard.press('/');
    expect(await focused(lib)).toMatchObject({ tag: 'input', name: 'q' });
    await lib.keyboard.type('法治');
    await lib.keyboard.press('Enter');
    await lib.waitForSelector('.list-screen[data-results-for="法治"] .card');
    const cards = await lib.$$eval('.card', (cs) => cs.map((c) => c.getAttribute('data-card-id')));
    expect(cards).toHaveLength(2);
    await expect.poll(async () => (await focused(lib)).card).toBe(cards[0]);
    await lib.keyboard.press('j');
    expect((await focused(lib)).card).toBe(cards[1]);
    await lib.keyboard.press('k');
    expect((await focused(lib)).card).toBe(cards[0]);
    await lib.keyboard.press('Enter');
    await lib.waitForSelector('main.library[data-view="snapshot"]');
    expect(new URL(lib.url()).hash).toMatch(new RegExp(`^#/snapshot/${cards[0]}`));
    await lib.close();
  });

  it('exported Web Annotations re-anchor on the original page: every quote found exactly', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}${PAGE_2024}`);
    const panel = await openPanel(b, await tabIdOf(b, page.url()));
    const fromPanel = await reanchor(page, (await exportFrom(panel, 'main.panel', 'annotations')).text);
    await panel.close();
    const lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1200, height: 800 });
    await lib.waitForSelector('.list-screen[data-state="ready"] .card');
    await lib.check('.card[data-year="2024"] .card-select');
    const fromLibrary = await reanchor(page, (await exportFrom(lib, '.selection-bar', 'annotations')).text);
    console.log(`e2e keys: panel export ${JSON.stringify(fromPanel)}; library export ${JSON.stringify(fromLibrary)}`);
    for (const found of [fromPanel, fromLibrary]) {
      expect(found.map((f) => f.exact).sort()).toEqual([ANNOTATED, FULL_WIDTH].sort());
      for (const f of found) expect(f).toMatchObject({ quoteFound: true, contextFound: true });
    }
    // The side panel reads the page itself: its offsets are the page's textContent offsets.
    for (const f of fromPanel) expect(f.positionHolds).toBe(true);
    await Promise.all([lib.close(), page.close()]);
  });
});
