/**
 * Every export of the e2e run, downloaded through the page's own button and checked: CSVs open
 * with a BOM and the expected columns and rows, JSON-LD has the Web Annotation shape, CSL-JSON
 * has the citation fields, bundles read back with parseBundle, Markdown and HTML have their heads.
 */
import { copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Diff } from '../../lib/diff/types';
import { parseBundle } from '../../lib/export/bundle';
import { commitmentsCsv, numbersCsv } from '../../lib/export/csv';
import { exportFrom, parseCsv, webAnnotationProblems, type Downloaded, type LibraryDump } from './library-helpers';

const BOM = [0xef, 0xbb, 0xbf];
const COMMITMENT_HEADER = parseCsv(commitmentsCsv([], 'zh'))[0];
const NUMBER_HEADER = parseCsv(numbersCsv([], 'zh'))[0];

/** A CSV download: UTF-8 BOM, the header, and `rows` data rows of that width. */
function checkCsv(file: Downloaded, header: string[], rows: number): string[][] {
  expect([file.name, [...file.bytes.subarray(0, 3)]]).toEqual([expect.stringMatching(/\.csv$/), BOM]);
  const table = parseCsv(file.text);
  expect(table[0]).toEqual(header);
  expect(table.length - 1).toBe(rows);
  expect(table.every((r) => r.length === header.length)).toBe(true);
  return table;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SERVED = /^http:\/\/127\.0\.0\.1:\d+\//;

/** Every row cites its report: the served page's address and the day it was read (issue 15). */
function checkSourced(table: string[][]): void {
  const [url, day] = ['来源网址', '访问日期'].map((name) => table[0].indexOf(name));
  for (const r of table.slice(1)) expect([r[url], r[day]]).toEqual([expect.stringMatching(SERVED), expect.stringMatching(DAY)]);
}

function checkBundle(file: Downloaded, counts: { snapshots: number; annotations: number; diffs: number; overrides: number }) {
  expect(file.name).toMatch(/bundle\.json$/);
  const parsed = parseBundle(file.text);
  if (!parsed.ok) throw new Error(parsed.error);
  const v = parsed.value;
  expect({ snapshots: v.snapshots.length, annotations: v.annotations.length, diffs: v.diffs.length, overrides: v.overrides.length }).toEqual(counts);
  expect(v).toMatchObject({ schema: 'promise-ledger/bundle@1', appVersion: expect.any(String), exportedAt: expect.any(String) });
  return parsed.value;
}

function checkCitations(file: Downloaded, count: number) {
  expect(file.name).toMatch(/citations\.json$/);
  const items = JSON.parse(file.text) as Record<string, any>[];
  expect(items).toHaveLength(count);
  for (const c of items) {
    expect(c).toMatchObject({ id: expect.stringMatching(/^promise-ledger-/), type: 'report', title: expect.stringContaining('青禾县'), publisher: '青禾县人民政府', URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//) });
    expect(c.author).toEqual([{ literal: '青禾县人民政府' }]);
    expect(c.issued['date-parts'][0][0]).toBeGreaterThanOrEqual(2023);
    expect(c.accessed['date-parts'][0]).toHaveLength(3);
  }
}

function checkAnnotations(file: Downloaded, count: number, note: string) {
  expect(file.name).toMatch(/annotations\.jsonld$/);
  const doc = JSON.parse(file.text);
  expect(webAnnotationProblems(doc)).toEqual([]);
  expect(doc.total).toBe(count);
  expect(JSON.stringify(doc.first.items.map((a: any) => a.body))).toContain(note);
  for (const a of doc.first.items) expect(a.target.state).toEqual({ type: 'TimeState', sourceDate: expect.any(String) });
}

/** The library's exports of the two selected snapshots; returns the bundle's path for the import test. */
export async function checkLibraryExports(lib: Page, db: LibraryDump): Promise<string> {
  const scope = '.selection-bar';
  const commitments = db.snapshots.reduce((n, s) => n + s.extraction.commitments.length, 0);
  const figures = db.snapshots.reduce((n, s) => n + s.extraction.numbers.length, 0);
  const bundle = await exportFrom(lib, scope, 'bundle');
  checkBundle(bundle, { snapshots: 2, annotations: db.annotations.length, diffs: 1, overrides: 1 });
  const kept = join(tmpdir(), `pl-e2e-bundle-${process.pid}.json`);
  copyFileSync(bundle.path, kept);
  const rows = checkCsv(await exportFrom(lib, scope, 'commitments'), COMMITMENT_HEADER, commitments);
  expect(rows.filter((r) => r[6].endsWith('（人工判定）'))).toHaveLength(1);
  expect(rows.some((r) => r[8].includes('县政府网站2024年6月公告已完成'))).toBe(true);
  checkSourced(rows);
  checkSourced(checkCsv(await exportFrom(lib, scope, 'numbers'), NUMBER_HEADER, figures));
  checkAnnotations(await exportFrom(lib, scope, 'annotations'), db.annotations.length, db.annotations[0].note);
  checkCitations(await exportFrom(lib, scope, 'citations'), 2);
  const md = await exportFrom(lib, scope, 'report');
  expect(md.name).toMatch(/report\.md$/);
  for (const s of db.snapshots) expect(md.text).toContain(`# ${s.extraction.source.title}`);
  expect(md.text.match(/^- \*\*来源网址\*\*: http\\:\/\/127\.0\.0\.1:\d+\/.+\n- \*\*访问日期\*\*: \d{4}-\d{2}-\d{2}$/gm)).toHaveLength(2);
  return kept;
}

/** The compare view's exports: the diff as Markdown and HTML, the older report's commitments, a bundle of the pair. */
export async function checkCompareExports(page: Page, db: LibraryDump, diff: Diff): Promise<void> {
  const scope = '.compare';
  const md = await exportFrom(page, scope, 'diff');
  expect(md.name).toMatch(/diff\.md$/);
  expect(md.text).toMatch(/^# 承诺兑现对照/);
  expect(md.text).toContain(`- **未找到对应段落**: ${diff.summary.unaddressed}`);
  // Both reports, each with its address and the day it was read.
  expect(md.text.match(/^ {2}- \*\*访问日期\*\*: \d{4}-\d{2}-\d{2}$/gm)).toHaveLength(2);
  const html = await exportFrom(page, scope, 'diff-html');
  expect(html.text).toMatch(/^<!DOCTYPE html>/i);
  expect(html.text).not.toMatch(/<script/i);
  expect(html.text.match(/ · 来源网址: http:\/\/127\.0\.0\.1:\d+\/\S+ · 访问日期: \d{4}-\d{2}-\d{2}<\/li>/g)).toHaveLength(2);
  const rows = checkCsv(await exportFrom(page, scope, 'commitments'), COMMITMENT_HEADER, diff.items.length);
  expect(rows.filter((r) => r[6].endsWith('（人工判定）'))).toHaveLength(1);
  checkSourced(rows);
  // The target checks of the diff, one line each on their commitment's row, and the plans' year.
  const outcomes = rows.slice(1).flatMap((r) => (r[rows[0].indexOf('核对结果')] ? r[rows[0].indexOf('核对结果')].split('\n') : []));
  expect(outcomes).toHaveLength(diff.items.reduce((n, i) => n + i.targets.length, 0));
  const planned = String((diff.older.meta.planYear ?? diff.older.meta.coversYear! + 1));
  expect(rows.slice(1).some((r) => r[rows[0].indexOf('计划年度')] === planned)).toBe(true);
  const checkedAgainst = rows[0].indexOf('对照报告来源网址');
  expect(rows.slice(1).every((r) => SERVED.test(r[checkedAgainst]) && DAY.test(r[checkedAgainst + 1]))).toBe(true);
  checkBundle(await exportFrom(page, scope, 'bundle'), { snapshots: 2, annotations: db.annotations.length, diffs: 1, overrides: 1 });
}

/** The side panel's exports of the page it reads, with the note made on it. */
export async function checkPanelExports(panel: Page, note: string): Promise<void> {
  const scope = 'main.panel';
  const md = await exportFrom(panel, scope, 'report');
  expect(md.text).toMatch(/^# 青禾县人民政府2024年度/);
  expect(md.text).toMatch(/^- \*\*访问日期\*\*: \d{4}-\d{2}-\d{2}$/m);
  expect(parseCsv((await exportFrom(panel, scope, 'commitments')).text)[0]).toEqual(COMMITMENT_HEADER);
  expect(parseCsv((await exportFrom(panel, scope, 'numbers')).text)[0]).toEqual(NUMBER_HEADER);
  checkAnnotations(await exportFrom(panel, scope, 'annotations'), 1, note);
  checkCitations(await exportFrom(panel, scope, 'citations'), 1);
}
