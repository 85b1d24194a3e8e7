/** Pure view models of the library page: routes, the reader's blocks, pairs, sorting, export assembly. */
import { describe, expect, it, vi } from 'vitest';
import { diff } from '../../lib/diff/index';
import { parseBundle } from '../../lib/export/bundle';
import { extractText } from '../../lib/extract/index';
import { barSegments, compareItems, effectiveSummary, offeredPairs } from '../../lib/library/compare';
import { compareExport, csvReports, selectionExport, SELECTION_EXPORTS, type ExportData } from '../../lib/library/exports';
import { pageExport, PAGE_EXPORTS } from '../../lib/library/page-exports';
import { readerBlocks } from '../../lib/library/reader-text';
import { formatRoute, LIST_HOME, parseRoute, type Route } from '../../lib/library/route';
import { compareCards, groupByIssuer, NO_FILTERS, orderPair, pageRange } from '../../lib/library/view';
import { cardOf } from '../../lib/store/cards';
import type { SnapshotRecord } from '../../lib/store/schema';
import { reportText, sha } from '../store/fixtures';

function record(id: number, text: string, savedAt: string): SnapshotRecord {
  const x = extractText(text, { sha256: sha(`<html>${text}`), url: `http://127.0.0.1/${id}.html` });
  return { id, sha256: sha(x.text), url: `http://127.0.0.1/${id}.html`, title: x.source.title, savedAt, extractorVersion: '0', extraction: x, html: '<p>x</p>', text: x.text, issuer: x.meta.issuer, docType: x.meta.docType, coversYear: x.meta.coversYear, tags: [] };
}
const a = record(1, reportText('青禾县人民政府', 2023), '2025-01-01T00:00:00.000Z');
const b = record(2, reportText('青禾县人民政府', 2024, '县级行政执法监督平台已建成。'), '2025-02-01T00:00:00.000Z');

describe('routes', () => {
  const ROUTES: Route[] = [
    LIST_HOME,
    { view: 'list', q: '法治 政府&x=1', filters: { issuer: '', docType: 'work-plan', year: 2023, tag: '跟进', hasNotes: true }, sort: 'year', offset: 40 },
    { view: 'snapshot', id: 12, at: { start: 340, end: 372 }, mode: 'page' },
    { view: 'snapshot', id: 3, at: null, mode: 'text' },
    { view: 'compare', older: 3, newer: 7 },
  ];
  it.each(ROUTES.map((r) => [formatRoute(r), r]))('%s', (hash, r) => expect(parseRoute(hash)).toEqual(r));
  it('anything unreadable is the list', () => {
    for (const h of ['', '#', '#/snapshot/x', '#/compare/1', '#/?sort=evil&type=nope&offset=-3&year=abc']) expect(parseRoute(h)).toEqual(LIST_HOME);
    expect(parseRoute('#/snapshot/5?at=9-2')).toEqual({ view: 'snapshot', id: 5, at: null, mode: 'text' });
  });
});

describe('reader blocks', () => {
  it('cuts lines into headings and paragraphs, marks into segments (clipped at line ends), run-in headings marked', () => {
    const text = '一、主要成效\n一是审批提速。全年办理3万件。\n\n二、下一步工作';
    const x = extractText(text, { sha256: 'x' });
    const marks = [{ kind: 'note' as const, id: 'a1', start: 4, end: 12 }];
    const blocks = readerBlocks(x.text, x.headings, marks);
    expect(blocks.map((bl) => [bl.kind, x.text.slice(bl.start, bl.end)])).toEqual([
      ['heading', '一、主要成效'], ['para', '一是审批提速。全年办理3万件。'], ['heading', '二、下一步工作'],
    ]);
    expect(blocks[0].segments.map((s) => [s.text, s.kinds])).toEqual([['一、主要', []], ['成效', ['note']]]);
    expect(blocks[1].segments[0]).toMatchObject({ kinds: ['note'] });
    expect(blocks[1].segments.some((s) => s.kinds.includes('heading'))).toBe(true);
    expect(blocks.flatMap((bl) => bl.segments).map((s) => s.text).join('')).toBe(x.text.replace(/\n/g, ''));
  });
});

describe('compare model', () => {
  const pair = diff(a.extraction, b.extraction);
  it('offers consecutive years of one issuer; orders any two picked', () => {
    const cards = [cardOf(b, []), cardOf(a, [])];
    expect(offeredPairs(cards).map((p) => [p.older.year, p.newer.year])).toEqual([[2023, 2024]]);
    expect(orderPair(cards[0], cards[1]).map((c) => c.year)).toEqual([2023, 2024]);
  });
  it('lays overrides over computed statuses and counts both', () => {
    const first = pair.items[0];
    const items = compareItems(pair, new Map([[first.commitmentId, { olderSha256: '', newerSha256: '', commitmentId: first.commitmentId, status: 'missed', note: '', createdAt: '' }]]));
    expect(items[0]).toMatchObject({ status: 'missed', item: { status: first.status } });
    const eff = effectiveSummary(items);
    expect(Object.values(eff).reduce((x, y) => x + y, 0)).toBe(pair.items.length);
    expect(barSegments({ fulfilled: 1, progress: 0, unaddressed: 2, missed: 1 }, ['missed', 'unaddressed', 'progress', 'fulfilled'], 8))
      .toEqual([{ status: 'missed', x: 0, width: 0.125, count: 1 }, { status: 'unaddressed', x: 0.125, width: 0.25, count: 2 }, { status: 'fulfilled', x: 0.375, width: 0.125, count: 1 }]);
  });
});

describe('list model', () => {
  it('sorts as IndexedDB reads the sort index (code units, ties by id), groups runs of one issuer, counts pages', () => {
    const cards = [cardOf(b, []), cardOf(a, []), { ...cardOf(a, []), id: 9, issuer: '云溪县', group: '云溪县\u00008000' }];
    expect(cards.slice().sort(compareCards('issuer')).map((c) => c.id)).toEqual([9, 2, 1]);
    expect(cards.slice().sort(compareCards('saved')).map((c) => c.id)).toEqual([2, 9, 1]);
    expect(groupByIssuer(cards.slice().sort(compareCards('issuer')), (c) => c.issuer).map((g) => [g.issuer, g.items.length])).toEqual([['云溪县', 1], ['青禾县', 2]]);
    expect(pageRange(0, 0, 0)).toEqual({ from: 0, to: 0, total: 0 });
    expect(NO_FILTERS.hasNotes).toBe(false);
  });
});

describe('export assembly', () => {
  const data: ExportData = { snapshots: [a, b], notesBySha: new Map(), annotations: [], overrides: [], diffs: [] };
  const ctx = { now: new Date('2025-03-01T00:00:00Z'), appVersion: '0.1.0', utcOffsetMinutes: 480, language: 'zh' as const, diffOf: vi.fn(diff) };
  it('every selection export has its builder, name and media extension', () => {
    const files = SELECTION_EXPORTS.map((k) => selectionExport(k, data, ctx));
    expect(files.map((f) => f.name)).toEqual([
      '承诺台账-青禾县人民政府-bundle.json', '承诺台账-青禾县人民政府-commitments.csv', '承诺台账-青禾县人民政府-numbers.csv',
      '承诺台账-青禾县人民政府-annotations.jsonld', '承诺台账-青禾县人民政府-citations.json', '承诺台账-青禾县人民政府-report.md',
    ]);
    expect(parseBundle(files[0].content).ok).toBe(true);
    expect(files[1].content.startsWith('\uFEFF发布机关')).toBe(true);
  });
  it('the commitments CSV uses a stored diff when there is one, else computes it', () => {
    ctx.diffOf.mockClear();
    expect(csvReports(data, ctx).map((r) => r.diff?.newer.sha256 ?? null)).toEqual([b.extraction.source.sha256, null]);
    expect(ctx.diffOf).toHaveBeenCalledTimes(1);
    ctx.diffOf.mockClear();
    csvReports({ ...data, diffs: [diff(a.extraction, b.extraction)] }, ctx);
    expect(ctx.diffOf).not.toHaveBeenCalled();
  });
  it('compare and page exports', () => {
    const d = diff(a.extraction, b.extraction);
    expect(compareExport('diff', { ...data, diff: d }, ctx).content).toMatch(/^# 承诺兑现对照/);
    const bundle = parseBundle(compareExport('bundle', { ...data, diff: d }, ctx).content);
    expect(bundle.ok && bundle.value.diffs.length).toBe(1);
    expect(PAGE_EXPORTS.map((k) => pageExport(k, a.extraction, a.url, [], ctx).name)).toEqual([
      '承诺台账-青禾县人民政府-2023-report.md', '承诺台账-青禾县人民政府-2023-commitments.csv', '承诺台账-青禾县人民政府-2023-numbers.csv',
      '承诺台账-青禾县人民政府-2023-annotations.jsonld', '承诺台账-青禾县人民政府-2023-citations.json',
    ]);
  });
});
