// @vitest-environment happy-dom
/**
 * Issue 15: every export the library, the compare view, the ledger and the side panel write
 * says where each report was read and on which day (the reader's calendar day it was saved),
 * and a file added from disk is named as a file, never as an empty or file:/// address.
 */
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../lib/chains/ledger';
import { ledgerRows } from '../../lib/chains/view';
import { diff } from '../../lib/diff/index';
import { describeRange } from '../../lib/anchor/index';
import { extractText } from '../../lib/extract/index';
import { compareExport, selectionExport, type ExportData } from '../../lib/library/exports';
import { asLedgerReport } from '../../lib/library/ledger';
import { ledgerExport } from '../../lib/library/ledger-exports';
import { pageExport } from '../../lib/library/page-exports';
import { fileUrl } from '../../lib/library/report-file';
import type { AnnotationRecord, SnapshotRecord } from '../../lib/store/schema';
import { parseCsv } from '../e2e/library-helpers';
import { reportText, sha } from '../store/fixtures';

function record(id: number, text: string, url: string, savedAt: string): SnapshotRecord {
  const x = extractText(text, { sha256: sha(`<html>${text}`), url });
  return { id, sha256: sha(x.text), url, title: x.source.title, savedAt, extractorVersion: '0', extraction: x, html: `<p>${x.text}</p>`, text: x.text, issuer: x.meta.issuer, docType: x.meta.docType, coversYear: x.meta.coversYear, tags: [] };
}

const A_URL = 'http://127.0.0.1/qinghe/2023.html';
// Saved at 20:00 UTC: already the next day in Beijing, where the reader is (UTC+8).
const a = record(1, reportText('青禾县人民政府', 2023), A_URL, '2025-01-01T20:00:00.000Z');
const b = record(2, reportText('青禾县人民政府', 2024, '县级行政执法监督平台已建成。'), fileUrl('青禾县2024年报告.txt'), '2025-02-01T08:00:00.000Z');
const note: AnnotationRecord = {
  id: 1, url: A_URL, snapshotSha: a.sha256, selectors: describeRange(a.text, a.text.indexOf('县级'), a.text.indexOf('县级') + 4),
  kind: 'note', note: '查平台', tags: [], commitmentId: null, status: null, createdAt: '2025-01-02T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z',
};
const data: ExportData = { snapshots: [a, b], notesBySha: new Map([[a.sha256, [note]]]), annotations: [note], overrides: [], diffs: [] };
const ctx = { now: new Date('2025-03-01T00:00:00Z'), appVersion: '0.1.0', utcOffsetMinutes: 480, language: 'zh' as const, diffOf: diff };
const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);

describe('the library\'s exports cite each report', () => {
  it('CSVs: address (or file name) and the reader\'s day on every row; the commitments CSV also the report checked against', () => {
    const commitments = parseCsv(selectionExport('commitments', data, ctx).content);
    const ofA = commitments.slice(1).filter((r) => r[1] === '2023');
    expect(new Set(ofA.map((r) => r.slice(-4).join('|')))).toEqual(new Set([`${A_URL}|2025-01-02|青禾县2024年报告.txt|2025-02-01`]));
    const numbers = parseCsv(selectionExport('numbers', data, ctx).content);
    expect(new Set(column(numbers, '来源网址'))).toEqual(new Set([A_URL, '青禾县2024年报告.txt']));
    expect(new Set(column(numbers, '访问日期'))).toEqual(new Set(['2025-01-02', '2025-02-01']));
  });

  it('the report\'s Markdown: the address or the file, and the day; never a file:/// address', () => {
    const md = selectionExport('report', data, ctx).content;
    expect(md).toContain('- **来源网址**: http\\://127.0.0.1/qinghe/2023.html\n- **访问日期**: 2025-01-02\n');
    expect(md).toContain('- **文件**: 青禾县2024年报告.txt\n- **访问日期**: 2025-02-01\n');
    expect(md).not.toContain('file:');
  });

  it('the report\'s Markdown lists each report\'s own notes, the page note first, dated on the reader\'s calendar', () => {
    const pageNote: AnnotationRecord = { ...note, id: 2, selectors: null, kind: 'page', note: '整体：少了问题部分', createdAt: '2025-01-03T18:00:00.000Z', updatedAt: '2025-01-03T18:00:00.000Z' };
    const md = selectionExport('report', { ...data, notesBySha: new Map([[a.sha256, [note, pageNote]]]) }, ctx).content;
    const [ofA, ofB] = md.split('\n---\n\n');
    expect(ofA).toContain('## 笔记 (2)\n\n1. **整篇报告**\n\n   整体：少了问题部分\n\n   _创建于 2025-01-04_\n\n2. > 县级行政\n\n   查平台\n\n   _创建于 2025-01-02_\n');
    expect(ofB).not.toContain('## 笔记');
    const panel = pageExport('report', a.extraction, A_URL, [pageNote], ctx).content;
    expect(panel).toContain('1. **整篇报告**\n\n   整体：少了问题部分');
  });

  it('Web Annotations date their page by when it was saved; citations give no URL for a file', () => {
    const anno = JSON.parse(selectionExport('annotations', data, ctx).content);
    expect(anno.first.items[0].target).toMatchObject({ source: A_URL, state: { type: 'TimeState', sourceDate: a.savedAt } });
    const [citeA, citeB] = JSON.parse(selectionExport('citations', data, ctx).content);
    expect([citeA.URL, citeA.accessed]).toEqual([A_URL, { 'date-parts': [[2025, 1, 2]] }]);
    expect('URL' in citeB).toBe(false);
    expect(citeB.accessed).toEqual({ 'date-parts': [[2025, 2, 1]] });
  });
});

describe('the compare view\'s exports cite both reports', () => {
  const d = diff(a.extraction, b.extraction);
  it('Markdown and HTML list each report with its address or file and day', () => {
    const md = compareExport('diff', { ...data, diff: d }, ctx).content;
    expect(md).toContain('- **上年报告**: 青禾县人民政府2023年度法治政府建设情况报告\n  - **来源网址**: http\\://127.0.0.1/qinghe/2023.html\n  - **访问日期**: 2025-01-02\n');
    expect(md).toContain('- **本年报告**: 青禾县人民政府2024年度法治政府建设情况报告\n  - **文件**: 青禾县2024年报告.txt\n  - **访问日期**: 2025-02-01\n');
    const html = compareExport('diff-html', { ...data, diff: d }, ctx).content;
    expect(html).toContain(` · 来源网址: ${A_URL} · 访问日期: 2025-01-02</li>`);
    expect(html).toContain(' · 文件: 青禾县2024年报告.txt · 访问日期: 2025-02-01</li>');
  });

  it('finds the two snapshots by the diff, whatever order they come in', () => {
    const md = compareExport('diff', { ...data, snapshots: [b, a], diff: d }, ctx).content;
    expect(md.indexOf('来源网址')).toBeLessThan(md.indexOf('- **本年报告**'));
    const rows = parseCsv(compareExport('commitments', { ...data, snapshots: [b, a], diff: d }, ctx).content);
    expect(rows.slice(1).every((r) => r.slice(-4).join('|') === `${A_URL}|2025-01-02|青禾县2024年报告.txt|2025-02-01`)).toBe(true);
  });
});

describe('the ledger\'s and the side panel\'s exports', () => {
  it('the ledger: each row and each report with where and when it was read', () => {
    const ledger = buildLedger([a, b].map(asLedgerReport));
    const from = { snapshots: [a, b], utcOffsetMinutes: 480 };
    const csv = parseCsv(ledgerExport('ledger-csv', ledger, ledgerRows(ledger), 'zh', from).content);
    expect(new Set(csv.slice(1).map((r) => `${r[3]} ${r.at(-2)} ${r.at(-1)}`))).toEqual(new Set([`2024 ${A_URL} 2025-01-02`, '2025 青禾县2024年报告.txt 2025-02-01']));
    expect(ledgerExport('ledger-md', ledger, [], 'zh', from).content).toContain('  - **文件**: 青禾县2024年报告.txt\n  - **访问日期**: 2025-02-01');
    expect(ledgerExport('ledger-html', ledger, [], 'zh', from).content).toContain(` · 来源网址: ${A_URL} · 访问日期: 2025-01-02</li>`);
  });

  it('the side panel: the page\'s address, read today on the reader\'s calendar', () => {
    const at = { ...ctx, now: new Date('2025-03-01T18:00:00Z') };
    expect(pageExport('report', a.extraction, A_URL, [], at).content).toContain(`- **访问日期**: 2025-03-02\n`);
    const rows = parseCsv(pageExport('numbers', a.extraction, A_URL, [], at).content);
    expect(rows[1].slice(-2)).toEqual([A_URL, '2025-03-02']);
    expect(parseCsv(pageExport('commitments', a.extraction, A_URL, [], at).content)[1].slice(-4)).toEqual([A_URL, '2025-03-02', '', '']);
    const anno = JSON.parse(pageExport('annotations', a.extraction, A_URL, [note], at).content);
    expect(anno.first.items[0].target.state).toEqual({ type: 'TimeState', sourceDate: '2025-03-01T18:00:00.000Z' });
  });
});
