/**
 * Search over true matches in Chromium (issue 18): a library of 345 reports, imported as a
 * bundle, where the first 320 in the list's order have every character pair and triple of a
 * phrase but not the phrase (neither the index nor the texts' triples filters tell them apart), and the last 25 have it. The search shows the 25 matches a page at a time
 * with a pager that works, says "at least" until it has seen them all, and counts them
 * exactly on request. (Before: the page read 200 snapshots in list order, found none, showed
 * "no results" and hid the pager.)
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { BUNDLE_SCHEMA, type Bundle, type BundleSnapshot } from '../../lib/export/types';
import { launch, openExtensionPage, type Browser } from './harness';

const PHRASE = '推行执法公示';
const MISSES = 320;
const MATCHES = 25;
const dir = mkdtempSync(join(tmpdir(), 'pl-lib-search-'));
let b: Browser;
let lib: Page;
const matching = new Set<string>();

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Report `i`: issuers of the misses sort first (阿…) and are newer; the matches sort last (龙…), older. */
function snapshot(i: number): BundleSnapshot {
  const hit = i >= MISSES;
  const issuer = `${hit ? '龙' : '阿'}${String.fromCodePoint(0x4e00 + (i % 400))}${i}县人民政府`;
  const year = hit ? 2015 : 2023;
  const text = [
    `${issuer}${year}年度法治政府建设情况报告`,
    '一、主要成效',
    hit ? `全面${PHRASE}制度，公开执法信息${i}条。` : `推行执法记录，执法公开，依法公示结果${i}项。`,
    `二、${year + 1}年工作安排`,
    '年底前完成行政执法事项清单调整。',
  ].join('\n');
  const url = `http://127.0.0.1/search/${i}.html`;
  const extraction = extractText(text, { sha256: sha(`<p>${text}</p>`), url });
  const s = {
    sha256: sha(extraction.text), url, title: extraction.source.title, savedAt: `${year + 1}-02-01T00:00:00.000Z`,
    extractorVersion: extraction.extractorVersion, extraction, html: `<p>${extraction.text}</p>`, text: extraction.text,
    issuer: extraction.meta.issuer, docType: extraction.meta.docType, coversYear: extraction.meta.coversYear, tags: [],
  };
  if (hit) matching.add(s.sha256);
  return s;
}

beforeAll(async () => {
  const bundle: Bundle = {
    schema: BUNDLE_SCHEMA, exportedAt: '2026-01-01T00:00:00.000Z', appVersion: 'e2e',
    snapshots: Array.from({ length: MISSES + MATCHES }, (_, i) => snapshot(i)), annotations: [], diffs: [], overrides: [],
  };
  writeFileSync(join(dir, 'library.json'), JSON.stringify(bundle));
  b = await launch(join(dir, 'profile'));
  lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1200, height: 900 });
  await lib.waitForSelector('[data-empty="library"]');
  await lib.setInputFiles('[data-action="import-file"]', join(dir, 'library.json'));
  await lib.waitForSelector('[data-plan]');
  await lib.click('[data-action="import-confirm"]');
  await lib.waitForSelector('[data-imported]', { timeout: 60_000 });
});

afterAll(async () => {
  await b?.context.close();
  rmSync(dir, { recursive: true, force: true });
});

const shown = (page: Page) => page.$$eval('.card', (cs) => cs.map((c) => c.getAttribute('data-sha')!));
const range = (page: Page) => page.textContent('.pager .muted');

describe('search over true matches', () => {
  it('the first 320 reports in list order do not match: the 25 that do are shown, 20 and then 5, with a working pager', async () => {
    await lib.waitForSelector('.list-screen[data-state="ready"] .card');
    // In the list's order (by issuer) the first page is all misses.
    expect((await shown(lib)).some((s) => matching.has(s))).toBe(false);
    await lib.fill('input[name="q"]', PHRASE);
    await lib.press('input[name="q"]', 'Enter');
    await lib.waitForSelector(`.list-screen[data-results-for="${PHRASE}"] .card`);
    const first = await shown(lib);
    expect(first.length).toBe(20);
    expect(first.every((s) => matching.has(s))).toBe(true);
    expect(await range(lib)).toBe('第 1–20 条，至少 21 条');
    await lib.click('[data-action="next"]');
    await lib.waitForFunction(() => document.querySelector('.pager .muted')?.textContent?.startsWith('第 21'));
    const second = await shown(lib);
    expect(second.length).toBe(5);
    expect(new Set([...first, ...second])).toEqual(matching);
    expect(await range(lib)).toBe('第 21–25 条，共 25 条');
    expect(await lib.isDisabled('[data-action="next"]')).toBe(true);
    await lib.click('[data-action="prev"]');
    await lib.waitForFunction(() => document.querySelector('.pager .muted')?.textContent?.startsWith('第 1–'));
    expect(await shown(lib)).toEqual(first);
  });

  it('"Count all" counts the matches exactly', async () => {
    await lib.click('[data-action="count"]');
    await lib.waitForFunction(() => document.querySelector('.pager .muted')?.textContent?.includes('已全部统计'));
    expect(await range(lib)).toBe('第 1–20 条，共 25 条（已全部统计）');
  });
});
