/**
 * The ledger across years in Chromium (issue 17): the four years of the labelled county
 * (test/fixtures/chains/county-zh) and four
 * Government Work Reports (2009–2012) read at run time from the shared corpus beside the project,
 * imported as a bundle. The ledger shows the cells lib/chains
 * gives for the stored extractions (and the labelled ones), the "promised ≥ 3 times, never
 * done" filter lists exactly the labelled promises, a chip opens its passage in the reader, the
 * CSV export holds the rows the view shows, a status set by hand is kept with its note, and the
 * four Government Work Reports give a ledger of every year (its time is printed, not asserted:
 * wall time here swings with the machine's load; scripts/bench-ledger.ts measures CPU time).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLedger } from '../../lib/chains/ledger';
import type { Ledger } from '../../lib/chains/types';
import { ledgerLabelsFor, reviewLabel } from '../../lib/export/ledger-labels';
import type { BundleSnapshot } from '../../lib/export/types';
import { asLedgerReport } from '../../lib/library/ledger';
import type { Labels } from '../../scripts/chain-score';
import { launch, openExtensionPage, type Browser } from './harness';
import { bundleOf, gwrSnapshots, savedSnapshot } from './ledger-bundle';
import { dumpLibrary, exportFrom, outputShot, parseCsv } from './library-helpers';

const COUNTY = resolve('test/fixtures/chains/county-zh');
const GWR_YEARS = [2009, 2010, 2011, 2012];
const labels: Labels = JSON.parse(readFileSync(join(COUNTY, 'labels.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'pl-ledger-'));
let b: Browser;
let lib: Page;
let county: BundleSnapshot[];
let expected: Ledger;

beforeAll(async () => {
  county = labels.reports.map((f, i) => savedSnapshot(readFileSync(join(COUNTY, f), 'utf8'), `county-${i}`, 2020 + i));
  expected = buildLedger(county.map(asLedgerReport));
  writeFileSync(join(dir, 'library.json'), JSON.stringify(bundleOf([...county, ...gwrSnapshots(GWR_YEARS)])));
  b = await launch(join(dir, 'profile'));
  lib = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1400, height: 1000 });
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

/** The rows the view shows: chain id and, per year column, "review|plan" ('' where not followed). */
const viewRows = (page: Page) => page.$$eval('tr[data-chain]', (rows) => rows.map((r) => [
  r.getAttribute('data-chain')!,
  ...Array.from(r.querySelectorAll('td[data-report]')).map((td) => {
    const cell = td.querySelector('.ledger-cell');
    return cell ? `${cell.getAttribute('data-review')}|${cell.getAttribute('data-plan')}` : '';
  }),
]));
const expectedRows = (ledger: Ledger, chains = ledger.chains) => chains.map((c) => [c.id, ...ledger.reports.map((_, j) => {
  const cell = c.cells.find((x) => x.report === j);
  return cell ? `${cell.review ?? ''}|${cell.plan ?? ''}` : '';
})]);
const rowOf = (ledger: Ledger, match: string) => ledger.chains.find((c) => c.first.report === 0 && c.first.text.includes(match))!;
const ready = () => lib.waitForSelector('.ledger-screen[data-ledger="ready"]');

describe('the ledger across years in Chromium', () => {
  it('four saved years of one issuer show the ledger with the right cells', async () => {
    await lib.waitForSelector('.list-screen[data-state="ready"] [data-action="open-ledger"][data-issuer="青溪县"]');
    await lib.click('[data-action="open-ledger"][data-issuer="青溪县"]');
    await ready();
    expect(await lib.$$eval('thead th', (ths) => ths.map((th) => th.textContent))).toEqual(['首次承诺', '承诺', '2021', '2022', '2023', '2024', '现状']);
    // Every cell as lib/chains gives it for the stored extractions…
    expect(await viewRows(lib)).toEqual(expectedRows(expected));
    // …and as labelled by hand: repeated three times under way, a target lowered then done.
    const cellsOf = async (match: string) => (await viewRows(lib)).find((r) => r[0] === rowOf(expected, match).id)!.slice(1);
    expect(await cellsOf('村级公共法律服务室')).toEqual(['|new', 'progress|repeated', 'progress|repeated', 'progress|repeated']);
    expect(await cellsOf('法治文化公园3个')).toEqual(['|new', 'silent|target-lowered', 'done|', '']);
    expect(await cellsOf('执法监督平台')).toEqual(['|new', 'done|', '', '']);
    // The chart counts every cell.
    const bars = await lib.$$eval('.ledger-chart rect[data-count]', (rs) => rs.reduce((n, r) => n + Number(r.getAttribute('data-count')), 0));
    expect(bars).toBe(expected.chains.reduce((n, c) => n + c.cells.filter((x) => x.review || x.plan === 'new').length, 0));
    await outputShot(lib, 'ledger-zh.png');
  });

  it('"promised ≥ 3 times and never reported done" lists exactly the labelled promises', async () => {
    await lib.click('[data-filter="promised-3-never-done"]');
    await lib.waitForSelector('[data-filter="promised-3-never-done"][aria-pressed="true"]');
    const want = labels.chains.filter((c) => c.cells.filter((x) => x.plan !== null).length >= 3 && !c.cells.some((x) => x.review === 'done'));
    const shown = await lib.$$eval('tr[data-chain] .ledger-promise', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(shown).toHaveLength(want.length);
    for (const w of want) expect(shown.filter((s) => s.includes(w.cells[0].match!)), w.id).toHaveLength(1);
    expect(new URL(lib.url()).hash).toContain('filter=promised-3-never-done');
  });

  it('a chip opens its passage in that year\'s report', async () => {
    const chain = rowOf(expected, '村级公共法律服务室');
    const cell = chain.cells[2];
    await lib.click(`tr[data-chain="${chain.id}"] td[data-report="2"] [data-chip="review"]`);
    await lib.waitForSelector('.reader [data-focus]');
    expect((await lib.$$eval('.reader [data-focus]', (ms) => ms.map((m) => m.textContent).join(''))).trim()).toBe(cell.evidence!.text.trim());
    // …in the 2022 report (the column of 2023's promises), not another year's.
    expect(new URL(lib.url()).hash).toMatch(new RegExp(`^#/snapshot/\\d+\\?at=${cell.evidence!.start}-${cell.evidence!.end}$`));
    expect(await lib.textContent('.reader')).toContain('青溪县人民政府2022年度法治政府建设情况报告');
    await lib.goBack();
    await ready();
  });

  it('the CSV export holds the rows the view shows, in its order', async () => {
    const words = ledgerLabelsFor('zh');
    const file = await exportFrom(lib, '.ledger-screen', 'ledger-csv');
    expect(file.name).toMatch(/^承诺台账-青溪县人民政府-2021-2024-ledger\.csv$/);
    const [, ...rows] = parseCsv(file.text);
    const view = await viewRows(lib);
    const fromView = view.flatMap(([id, ...cells]) => cells.map((c, j) => [id, j, c] as const).filter(([, , c]) => c !== '').map(([chain, j, c]) => {
      const [review, plan] = c.split('|');
      return [chain, String(expected.reports[j].year), plan ? words.plans[plan as keyof typeof words.plans] : '', review ? reviewLabel(review as never, 'zh') : ''];
    }));
    expect(rows.map((r) => [r[0], r[3], r[5], r[6]])).toEqual(fromView);
    // Each row ends with its year's report: its page and the day it was saved (midnight UTC on 1 March: the day before west of UTC).
    const sourceOf = new Map(expected.reports.map((r) => [String(r.year), county.find((s) => s.sha256 === r.sha256)!]));
    for (const r of rows) {
      const s = sourceOf.get(r[3])!;
      expect(r.slice(-2)).toEqual([s.url, expect.stringMatching(new RegExp(`^(${s.savedAt.slice(0, 10)}|${s.savedAt.slice(0, 4)}-02-2[89])$`))]);
    }
  });

  it('a status set by hand is kept with its note, changes the filter, and goes into the CSV', async () => {
    const chain = rowOf(expected, '村级公共法律服务室');
    const at = `tr[data-chain="${chain.id}"] td[data-report="3"]`;
    await lib.click('[data-filter="all"]');
    await lib.click(`${at} details.override summary`);
    await lib.selectOption(`${at} .status-form select`, 'fulfilled');
    await lib.fill(`${at} .status-form input`, '县司法局2024年公告：86个村全部建成');
    await lib.click(`${at} [data-action="save-override"]`);
    await lib.waitForSelector(`${at} .ledger-cell[data-overridden="true"][data-review="done"]`);
    // Reported done now: no longer among the promises never done.
    await lib.click('[data-filter="promised-3-never-done"]');
    await lib.waitForSelector('[data-filter="promised-3-never-done"][aria-pressed="true"]');
    expect(await lib.$$(`tr[data-chain="${chain.id}"]`)).toHaveLength(0);
    expect(await lib.$$('tr[data-chain]')).toHaveLength(2);
    await lib.click('[data-filter="all"]');
    await lib.reload();
    await ready();
    await lib.waitForSelector(`${at} .ledger-cell[data-overridden="true"][data-review="done"]`);
    expect(await lib.getAttribute(`${at} [data-chip="review"]`, 'title')).toContain('县司法局2024年公告');
    const db = await dumpLibrary(lib);
    expect(db.overrides).toEqual([expect.objectContaining({ olderSha256: county[2].sha256, newerSha256: county[3].sha256, commitmentId: chain.cells[2].commitment!.id, status: 'fulfilled' })]);
    const [, ...rows] = parseCsv((await exportFrom(lib, '.ledger-screen', 'ledger-csv')).text);
    expect(rows.find((r) => r[0] === chain.id && r[3] === '2024')!.slice(6, 9)).toEqual(['已兑现', '人工判定', '县司法局2024年公告：86个村全部建成']);
  });

  it('four Government Work Reports (2009–2012) give a ledger of every year', async () => {
    await lib.goto(`chrome-extension://${b.extId}/library.html?lang=zh_CN#/`);
    await lib.waitForSelector('.list-screen[data-state="ready"] [data-action="open-ledger"][data-issuer="国务院"]');
    await lib.click('[data-action="open-ledger"][data-issuer="国务院"]');
    await ready();
    const [ms, read, build] = await lib.evaluate(() => ['library:ledger', 'library:ledger-read', 'library:ledger-build'].map((n) => performance.getEntriesByName(n).at(-1)!.duration));
    const chains = Number(await lib.getAttribute('.ledger', 'data-chains'));
    console.log(`ledger of four Government Work Reports: ${chains} promises in ${ms.toFixed(0)} ms (snapshots read ${read.toFixed(0)} ms, lib/chains ${build.toFixed(0)} ms)`);
    expect(await lib.$$eval('thead th', (ths) => ths.slice(2, 6).map((th) => th.textContent))).toEqual(['2009', '2010', '2011', '2012']);
    expect(chains).toBeGreaterThan(500);
  });
});
