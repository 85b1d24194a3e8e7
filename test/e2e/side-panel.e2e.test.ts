/**
 * The side panel as a reader uses it all day (issue 15), in Chromium at its 420 px width:
 * the tab bar fits in both languages (no "Notes 0" cut off); the lists from the keyboard
 * (one Tab stop per commitment, j/k, ←/→ to its actions, Enter shows it in the page); notes
 * edited with their dates, and a note on the whole report, exported with the others; the
 * in-page "Annotate" button beside a selection, untouched by the page's styles.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, tabIdOf, type Browser } from './harness';
import { highlightTexts, openPanel, readDb, selectText } from './helpers';
import { exportFrom } from './library-helpers';
import { normalizeLine } from '../../lib/text/normalize';
import { ANNOTATED, longEnReportHtml, reportHtml, zhReportText } from './pages';
import { startServer, type TestServer } from './server';

const HOSTILE_CSS = 'button{display:none!important} *{font-size:40px!important;color:red!important} [hidden]{display:block!important}';
const userDir = mkdtempSync(join(tmpdir(), 'pl-panel-'));
let server: TestServer;
let b: Browser;
let report: Page;
let tabId: number;

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/report.html', { body: reportHtml(zhReportText()) });
  server.routes.set('/en-report.html', { body: longEnReportHtml() });
  // The same report on a site whose stylesheet hides every button and blows up every font.
  server.routes.set('/styled.html', { body: reportHtml(zhReportText()).replace('</head>', `<style>${HOSTILE_CSS}</style></head>`) });
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

const focus = (panel: Page) => panel.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  const item = el?.closest<HTMLElement>('[data-key-item]');
  return { item: item?.dataset.itemId ?? null, onItem: !!el?.matches('[data-key-item]'), action: el?.dataset.action ?? el?.tagName.toLowerCase() ?? null };
});

describe('the side panel from the keyboard', () => {
  it('one Tab stop per commitment; j/k, ←/→ to its actions, Enter shows it in the page; keys typed in a field stay there', async () => {
    const panel = await openPanel(b, tabId, 'zh_CN');
    const ids = await panel.$$eval('.commitments > li', (ls) => ls.map((l) => l.getAttribute('data-item-id')));
    let tabs = 0;
    while (tabs < 40 && (await focus(panel)).item === null) { await panel.keyboard.press('Tab'); tabs++; }
    expect(await focus(panel)).toMatchObject({ item: ids[0], onItem: true });
    await panel.keyboard.press('Tab');
    expect(await focus(panel)).toMatchObject({ item: ids[1], onItem: true });
    console.log(`e2e panel keys: first commitment after ${tabs} Tab presses, the next one after 1 more`);
    await panel.keyboard.press('j');
    expect((await focus(panel)).item).toBe(ids[2]);
    await panel.keyboard.press('k');
    await panel.keyboard.press('k');
    expect(await focus(panel)).toMatchObject({ item: ids[0], onItem: true });
    await panel.keyboard.press('ArrowRight');
    await panel.keyboard.press('ArrowRight');
    expect(await focus(panel)).toMatchObject({ item: ids[0], action: 'watch' });
    await panel.keyboard.press('Enter');
    await panel.waitForSelector(`[data-item-id="${ids[0]}"] [data-action="watch"][aria-pressed="true"]`);
    await panel.keyboard.press('ArrowLeft');
    await panel.keyboard.press('ArrowLeft');
    expect(await focus(panel)).toMatchObject({ item: ids[0], onItem: true });
    await panel.keyboard.press('j');
    const text = normalizeLine(await panel.textContent(`[data-item-id="${ids[1]}"] .item-link`) ?? '');
    await panel.keyboard.press('Enter');
    await expect.poll(async () => (await highlightTexts(report, 'pl-flash')).map(normalizeLine), { timeout: 10_000 }).toEqual([text]);

    await panel.click('[data-tab="numbers"]');
    await panel.focus('input[data-filter="indicator"]');
    await panel.keyboard.type('jk');
    expect(await panel.inputValue('input[data-filter="indicator"]')).toBe('jk');
    expect((await focus(panel)).action).toBe('input');
    await panel.close();
  });
});

describe('notes in the side panel', () => {
  it('a note is edited in place with its dates shown; a note on the whole report comes first and is exported', async () => {
    const panel = await openPanel(b, tabId, 'zh_CN');
    await selectText(report, ANNOTATED);
    await panel.click('[data-action="annotate"]');
    await panel.fill('.annotate-form textarea', '旁听庭审：明年是否继续？');
    await panel.click('[data-action="save-note"]');
    const note = '[data-note-id][data-anchor="anchored"]';
    await panel.waitForSelector(note);
    const today = new Date().toISOString().slice(0, 10);
    expect(await panel.textContent(`${note} .note-dates`)).toBe(`创建于 ${today}`);

    await panel.click(`${note} [data-action="edit-note"]`);
    expect(await panel.inputValue(`${note} textarea`)).toBe('旁听庭审：明年是否继续？');
    await panel.fill(`${note} textarea`, '旁听庭审：已答复，继续');
    await panel.click(`${note} [data-action="save-note"]`);
    await panel.waitForSelector(`${note} .note-dates[data-edited]`);
    expect(await panel.textContent(`${note} .note-text`)).toBe('旁听庭审：已答复，继续');
    expect(await panel.textContent(`${note} .note-dates`)).toBe(`创建于 ${today} · 编辑于 ${today}`);

    await panel.click('[data-action="add-page-note"]');
    await panel.fill('form[data-page-note] textarea', '整体：比上年少了问题部分');
    await panel.click('form[data-page-note] [data-action="save-note"]');
    await panel.waitForSelector('[data-note-id][data-anchor="page"]');
    expect(await panel.$$eval('.notes > li', (ls) => ls.map((l) => l.getAttribute('data-anchor')))).toEqual(['page', 'anchored']);
    expect(await panel.getAttribute('[data-tab="notes"]', 'data-count')).toBe('2');
    const { annotations } = await readDb(panel);
    // (The keyboard test above watched a commitment: a mark, not a note.)
    expect(annotations.filter((a) => a.kind !== 'watch').map((a) => [a.kind, a.exact, a.note])).toEqual([
      ['note', ANNOTATED, '旁听庭审：已答复，继续'],
      ['page', null, '整体：比上年少了问题部分'],
    ]);

    const items = JSON.parse((await exportFrom(panel, 'main.panel', 'annotations')).text).first.items as { body?: { value: string }[]; target: { source: string; selector?: unknown[] } }[];
    const pageNote = items.find((i) => i.body?.some((x) => x.value === '整体：比上年少了问题部分'));
    // The page itself (and when it was read), no selector: a W3C client anchors it to the whole page.
    expect(pageNote?.target).toMatchObject({ type: 'SpecificResource', source: report.url() });
    expect(pageNote?.target).not.toHaveProperty('selector');
    expect(items.find((i) => i.body?.some((x) => x.value === '旁听庭审：已答复，继续'))?.target.selector).toHaveLength(2);
    // The report's Markdown carries both notes, the page note first, with their days.
    const md = (await exportFrom(panel, 'main.panel', 'report')).text;
    expect(md.slice(md.indexOf('## 笔记'))).toMatch(new RegExp(`^## 笔记 \\(2\\)\\n\\n1\\. \\*\\*整篇报告\\*\\*\\n\\n   整体：比上年少了问题部分\\n\\n   _创建于 \\d{4}-\\d{2}-\\d{2}_\\n\\n2\\. > .+\\n\\n   旁听庭审：已答复，继续\\n\\n   _创建于 \\d{4}-\\d{2}-\\d{2} · 编辑于 \\d{4}-\\d{2}-\\d{2}_\\n$`));
    await panel.close();
  });
});

/**
 * Selects `phrase` and returns the in-page button's box once it stands beside it (its host in
 * the page; the shadow root is closed). A button left showing by an earlier selection is gone
 * first, so the box is never the old one's.
 */
async function annotateButtonBox(page: Page, phrase: string) {
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.waitForSelector('promise-ledger-annotate:not([hidden])', { state: 'detached', timeout: 10_000 });
  await selectText(page, phrase);
  const host = await page.waitForSelector('promise-ledger-annotate:not([hidden])', { state: 'attached', timeout: 10_000 });
  return page.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, open: el.shadowRoot !== null };
  }, host);
}

describe('the in-page Annotate button', () => {
  it('appears beside a selection, the page\'s styles change nothing, and a click opens the panel\'s note form on that passage', async () => {
    const panel = await openPanel(b, tabId, 'zh_CN');
    await report.evaluate((p) => [...document.querySelectorAll('p')].find((e) => e.textContent!.includes(p))?.scrollIntoView({ block: 'center' }), ANNOTATED);
    const plain = await annotateButtonBox(report, ANNOTATED);
    expect(plain.open).toBe(false);
    expect(plain.width).toBeGreaterThan(20);
    expect(plain.width).toBeLessThan(120);
    expect(plain.height).toBeGreaterThan(12);
    expect(plain.height).toBeLessThan(40);

    await report.mouse.click(plain.x + plain.width / 2, plain.y + plain.height / 2);
    await panel.waitForSelector('.annotate-form blockquote.quote');
    expect(normalizeLine(await panel.textContent('.annotate-form blockquote.quote') ?? '')).toBe(normalizeLine(ANNOTATED));
    expect(await panel.getAttribute('[data-tab="notes"]', 'aria-selected')).toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    await panel.keyboard.type('从页面上的按钮批注');
    await panel.click('[data-action="save-note"]');
    await panel.waitForSelector('[data-note-id] >> text=从页面上的按钮批注');
    await panel.close();

    const styled = await b.context.newPage();
    await styled.goto(`${server.base}/styled.html`);
    const styledPanel = await openPanel(b, await tabIdOf(b, styled.url()), 'zh_CN');
    expect(await styled.evaluate(() => getComputedStyle(document.querySelector('p')!).fontSize)).toBe('40px');
    await styled.evaluate((p) => [...document.querySelectorAll('p')].find((e) => e.textContent!.includes(p))?.scrollIntoView({ block: 'center' }), ANNOTATED);
    const box = await annotateButtonBox(styled, ANNOTATED);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    console.log(`e2e panel: Annotate button ${plain.width}×${plain.height} px on the plain page, ${box.width}×${box.height} px under ${HOSTILE_CSS}`);
    expect({ width: box.width, height: box.height }).toEqual({ width: plain.width, height: plain.height });
    await styled.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await styledPanel.waitForSelector('.annotate-form blockquote.quote');
    await Promise.all([styledPanel.close(), styled.close()]);
  });
});
