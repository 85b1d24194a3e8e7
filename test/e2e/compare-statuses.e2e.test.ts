/**
 * What the compare view tells a reader, in Chromium (issue 12), on two labelled pairs of the
 * project's own diff fixtures added as files: a commitment the newer report says is done in
 * other words is shown fulfilled with that sentence as its evidence; no item shows a status its
 * own target rows contradict; an item with no matching passage says what that means (a text
 * search, not a verdict) and shows the closest passage, which opens the newer report there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffLabelsFor } from '../../lib/export/diff-labels';
import { foreignRequests, launch, openExtensionPage, type Browser } from './harness';
import { outputShot } from './library-helpers';

const fixture = (pair: string, file: string) => readFileSync(new URL(`../fixtures/diff/${pair}/${file}`, import.meta.url));
const FILES = [
  { name: 'reply-older.txt', mimeType: 'text/plain', buffer: fixture('reply-zh', 'older.txt') },
  { name: 'reply-newer.txt', mimeType: 'text/plain', buffer: fixture('reply-zh', 'newer.txt') },
  { name: 'budget-older.txt', mimeType: 'text/plain', buffer: fixture('budget-en', 'older.txt') },
  { name: 'budget-newer.txt', mimeType: 'text/plain', buffer: fixture('budget-en', 'newer.txt') },
];
const ZH = diffLabelsFor('zh');
const EN = diffLabelsFor('en');
const dir = mkdtempSync(join(tmpdir(), 'pl-compare-'));
const requests: string[] = [];
let b: Browser;
let lib: Page;

beforeAll(async () => {
  b = await launch(dir, requests);
  lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1200, height: 900 });
  await lib.waitForSelector('.list-screen[data-state="ready"] [data-empty="library"]');
  await lib.setInputFiles('input[data-action="add-files"]', FILES);
  await lib.waitForSelector('.add-files[data-add-files="done"]');
});

afterAll(async () => {
  await b?.context.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the library in `lang`, selects the two snapshots whose titles contain `older` and `newer`, and compares them. */
async function compare(lang: string, older: string, newer: string): Promise<void> {
  await lib.goto(`chrome-extension://${b.extId}/library.html?lang=${lang}#/`);
  await lib.waitForSelector('.list-screen[data-state="ready"] .card');
  for (const title of [older, newer]) {
    await lib.locator('.card', { has: lib.locator('.card-title', { hasText: title }) }).locator('.card-select').check();
  }
  await lib.click('[data-action="compare-selected"]');
  await lib.waitForSelector('[data-compare="ready"] .diff-item');
}

/** The row of the commitment whose text contains `words`. */
const row = (words: string) => lib.locator('.diff-item', { has: lib.locator('.diff-text', { hasText: words }) });

/** Every row: its text, status and the outcomes of its target rows. */
function rows(page: Page) {
  return page.$$eval('.diff-item', (items) => items.map((item) => ({
    text: item.querySelector('.diff-text')?.textContent ?? '',
    status: item.getAttribute('data-status'),
    outcomes: [...item.querySelectorAll('.item-target')].map((t) => t.getAttribute('data-outcome')),
  })));
}

/** A status its own target rows contradict, or null. */
function contradiction(r: { status: string | null; outcomes: (string | null)[] }): string | null {
  const judged = r.outcomes.filter((o) => o !== 'no-actual');
  if (judged.includes('missed') && r.status !== 'missed') return 'a target missed, the item not';
  if (judged.length > 0 && judged.every((o) => o === 'met') && r.status !== 'fulfilled') return 'every target met, the item not fulfilled';
  if (judged.length > 0 && r.status === 'unaddressed') return 'a target has its actual, the item has no passage';
  return null;
}

describe('the compare view on labelled pairs (Chromium)', () => {
  it('a rule the newer reply says was issued and applied (印发施行, not 出台) is fulfilled, with that sentence as evidence', async () => {
    await compare('zh_CN', '第0128号', '第0076号');
    const item = row('社区居家养老服务补贴办法');
    expect(await item.getAttribute('data-status')).toBe('fulfilled');
    expect(await item.locator('.status-chip').textContent()).toBe(ZH.statuses.fulfilled);
    expect(await item.locator('[data-evidence]').first().textContent()).toContain('于8月印发施行');
    await outputShot(lib, 'compare-reply-zh.png');
  });

  it('no item shows a status its target rows contradict; the rows name their indicator and outcome', async () => {
    const all = await rows(lib);
    expect(all.filter((r) => r.outcomes.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(all.map((r) => [r.text.slice(0, 16), contradiction(r)]).filter(([, c]) => c)).toEqual([]);
    // 28 of 40 village homes: off target below, and the item is missed.
    const homes = row('新建农村幸福院40个');
    expect(await homes.getAttribute('data-status')).toBe('missed');
    expect(await homes.locator('.item-target').getAttribute('data-outcome')).toBe('off-target');
    expect(await homes.locator('.item-target .target-indicator').textContent()).toContain('农村幸福院');
  });

  it('an item with no matching passage says it is a text search, not a verdict, and shows the closest passage', async () => {
    const item = row('时间银行');
    expect(await item.getAttribute('data-status')).toBe('unaddressed');
    expect(await item.locator('[data-no-evidence]').textContent()).toContain(ZH.noEvidence);
    expect(await item.locator('[data-search-note]').textContent()).toBe(ZH.searchNote);
    const closest = item.locator('[data-closest]');
    expect(await closest.textContent()).toContain('时间银行');
    // The closest passage opens the newer reply in the reader, at that sentence.
    await closest.click();
    await lib.waitForSelector('.reader [data-focus]');
    expect(await lib.$$eval('.reader [data-focus]', (ms) => ms.map((m) => m.textContent).join(''))).toContain('时间银行');
  });

  it('in English too: a hospital that "opened its doors" is the hospital completed; the new plan is no actual; no contradiction', async () => {
    await compare('en', 'Budget Statement 2024', 'Budget Statement 2025');
    const hospital = row('Northshore Hospital');
    expect(await hospital.getAttribute('data-status')).toBe('fulfilled');
    expect(await hospital.locator('[data-evidence]').first().textContent()).toContain('opened its doors');
    expect(await hospital.locator('.status-chip').textContent()).toBe(EN.statuses.fulfilled);
    const review = row('digital services');
    expect(await review.getAttribute('data-status')).toBe('unaddressed');
    expect(await review.locator('[data-search-note]').textContent()).toBe(EN.searchNote);
    const all = await rows(lib);
    expect(all.map((r) => [r.text.slice(0, 24), contradiction(r)]).filter(([, c]) => c)).toEqual([]);
    await outputShot(lib, 'compare-budget-en.png');
  });

  it('no request left the machine', () => {
    expect(requests.some((u) => u.includes('/library.html'))).toBe(true);
    expect(foreignRequests(requests)).toEqual([]);
  });
});
