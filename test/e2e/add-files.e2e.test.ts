/**
 * "Add report files" in the library, in Chromium: a GBK .txt report (no charset anywhere), a
 * GBK .html report, a PDF and an empty file chosen at once through the file input; progress
 * and one line a file; only the two reports stored (IndexedDB counts), shown as cards under
 * their issuer and opened in the reader; the same file again is "already in the library"; a
 * file dropped on the list is added too; a report's text as a PDF gives it reads back to the
 * original's very text; no request leaves the machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLikeText } from '../../scripts/hard-wrap';
import { foreignRequests, launch, openExtensionPage, type Browser } from './harness';
import { outputShot } from './library-helpers';
import { storeCounts } from './panel-probe';
import { storedSnapshots } from './stored';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/report-files/${name}`, import.meta.url));
const TXT_NAME = '松林县2024年法治政府建设报告.txt';
const TITLE_2024 = '松林县人民政府2024年度法治政府建设工作报告';
const TITLE_2023 = '松林县人民政府2023年度法治政府建设工作报告';
const FILES = [
  { name: TXT_NAME, mimeType: 'text/plain', buffer: fixture('songlin-2024.gbk.txt') },
  { name: 'songlin-2023.html', mimeType: 'text/html', buffer: fixture('songlin-2023.gbk.html') },
  { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n') },
  { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
];
const dir = mkdtempSync(join(tmpdir(), 'pl-files-'));
const requests: string[] = [];
let b: Browser;
let lib: Page;

beforeAll(async () => {
  b = await launch(dir, requests);
  lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1200, height: 900 });
  await lib.waitForSelector('.list-screen[data-state="ready"] [data-empty="library"]');
});

afterAll(async () => {
  await b?.context.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each stored snapshot's reading by URL: heading titles, commitment and problem texts (spaces dropped). */
async function storedReadings(page: Page): Promise<Record<string, { headings: string[]; commitments: string[]; problems: string[] }>> {
  const squash = (s: string) => s.replace(/\s+/g, '');
  return Object.fromEntries((await storedSnapshots(page)).map((r) => [r.url, {
    headings: r.extraction.headings.map((h: { title: string }) => squash(h.title)),
    commitments: r.extraction.commitments.map((c: { text: string }) => squash(c.text)),
    problems: r.extraction.problems.map((x: { text: string }) => squash(x.text)),
  }]));
}

const results = (page: Page) => page.$$eval('[data-file-status]', (ls) => ls.map((l) => [l.getAttribute('data-file-name'), l.getAttribute('data-file-status'), l.textContent]));

describe('Add report files in the library (Chromium)', () => {
  it('four files at once: progress, two added, the PDF and the empty file refused with their reasons', async () => {
    // Every progress line the live region shows, recorded as it changes.
    await lib.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-adding]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await lib.setInputFiles('input[data-action="add-files"]', FILES);
    await lib.waitForSelector('.add-files[data-add-files="done"]');
    const seen = await lib.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen).toEqual(FILES.map((f, i) => `正在添加第 ${i + 1} 个，共 4 个…（${f.name}）`));
    expect(await lib.textContent('[data-files-summary]')).toBe('已添加 2 个，库中已有 0 个，未添加 2 个。');
    expect(await results(lib)).toEqual([
      [TXT_NAME, 'added', `${TXT_NAME}: 已添加：${TITLE_2024} 打开`],
      ['songlin-2023.html', 'added', `songlin-2023.html: 已添加：${TITLE_2023} 打开`],
      ['report.pdf', 'refused', 'report.pdf: 未添加：这是 PDF 文件。请先转换为文本，例如 pdftotext report.pdf，再添加生成的 .txt 文件。'],
      ['empty.txt', 'refused', 'empty.txt: 未添加：文件为空（没有可读取的文字）。'],
    ]);
    expect(await lib.getAttribute('.file-results', 'aria-live')).toBe('polite');
  });

  it('only the two reports are stored, and the list shows them under their issuer, ready to compare', async () => {
    expect(await storeCounts(lib)).toEqual({ snapshots: 2, cards: 2, annotations: 0 });
    await lib.waitForSelector('.group .card[data-year="2023"]');
    expect(await lib.$$eval('.group', (gs) => gs.map((g) => g.getAttribute('data-issuer')))).toEqual(['松林县']);
    expect(await lib.$$eval('.group .card', (cs) => cs.map((c) => c.getAttribute('data-year')))).toEqual(['2024', '2023']);
    expect(await lib.$$eval('.card-title', (ts) => ts.map((t) => t.textContent))).toEqual([TITLE_2024, TITLE_2023]);
    expect(await lib.textContent('[data-action="compare-pair"]')).toBe('对照 2023 → 2024');
    await outputShot(lib, 'library-add-files-zh.png');
  });

  it('Open shows the added .txt in the reader, with its file:/// URL', async () => {
    await lib.click(`[data-file-name="${TXT_NAME}"] [data-action="open-added"]`);
    await lib.waitForSelector('.reader[data-mode="text"] .reader-text');
    expect(await lib.textContent('.reader-source .url')).toBe(`file:///${encodeURIComponent(TXT_NAME)}`);
    expect(await lib.textContent('.reader-text')).toContain('全年受理行政复议案件48件');
    expect(await lib.$$eval('.reader-text .hl-commitment', (ms) => ms.length)).toBeGreaterThan(2);
    await lib.goBack();
    await lib.waitForSelector('.list-screen[data-state="ready"] .card');
  });

  it('the same text again is "already in the library"; a file dropped on the list is added (not a report: its score)', async () => {
    await lib.setInputFiles('input[data-action="add-files"]', [{ name: 'again.txt', mimeType: 'text/plain', buffer: fixture('songlin-2024.gbk.txt') }]);
    await lib.waitForSelector('[data-file-name="again.txt"][data-file-status="duplicate"]');
    expect(await lib.textContent('[data-file-name="again.txt"]')).toBe(`again.txt: 库中已有（正文相同）：${TITLE_2024} 打开`);
    // A drop, as the browser delivers one: a DataTransfer holding a UTF-16 (BOM) text file.
    await lib.evaluate(() => {
      const dt = new DataTransfer();
      const text = '\ufeff周末去山里走了一圈。\n天气很好，溪水很清，路边开满了野花。\n晚上在镇上吃了一碗面，坐最后一班车回家。\n';
      const units = new Uint16Array([...text].map((c) => c.charCodeAt(0)));
      dt.items.add(new File([units], 'notes.txt', { type: 'text/plain' }));
      const target = document.querySelector('.list-screen')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await lib.waitForSelector('[data-file-name="notes.txt"][data-file-status="added"]');
    expect(await lib.textContent('[data-file-name="notes.txt"]')).toMatch(/^notes\.txt: 已添加：notes\.txt · 未识别为报告（\d{1,2} %） 打开$/);
    expect(await storeCounts(lib)).toEqual({ snapshots: 3, cards: 3, annotations: 0 });
  });

  it("a report's text as a PDF gives it (28 characters a line, page footers) reads back to the very text of the original: already in the library", async () => {
    const text = readFileSync(new URL('../../samples/qinghe-2024.zh.txt', import.meta.url), 'utf8');
    const wrapped = pdfLikeText(text);
    expect(wrapped.split('\n').length).toBeGreaterThan(text.trim().split('\n').length * 2);
    await lib.setInputFiles('input[data-action="add-files"]', [
      { name: 'qinghe-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      { name: 'qinghe-2024-pdf.txt', mimeType: 'text/plain', buffer: Buffer.from(wrapped) },
    ]);
    await lib.waitForSelector('[data-file-name="qinghe-2024-pdf.txt"][data-file-status]');
    // Snapshots are kept once per text (sha256 of the text read): the wrapped file's is the original's.
    expect(await results(lib)).toEqual([
      ['qinghe-2024.txt', 'added', 'qinghe-2024.txt: 已添加：青禾县人民政府2024年度法治政府建设工作报告 打开'],
      ['qinghe-2024-pdf.txt', 'duplicate', 'qinghe-2024-pdf.txt: 库中已有（正文相同）：青禾县人民政府2024年度法治政府建设工作报告 打开'],
    ]);
    const stored = await storedReadings(lib);
    expect(stored['file:///qinghe-2024.txt'].commitments.length).toBeGreaterThan(10);
    expect(stored['file:///qinghe-2024-pdf.txt']).toBeUndefined();
  });

  it('no request left the machine', () => {
    expect(requests.some((u) => u.includes('/library.html'))).toBe(true);
    expect(foreignRequests(requests)).toEqual([]);
  });
});
