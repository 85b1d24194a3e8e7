/**
 * `promise-ledger ledger` through the real CLI: the ledger JSON of four reports given in any
 * order, CSV and HTML with --out, and one clear line for a command line it cannot use.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../e2e/library-helpers';
import { runCli } from './run-cli';

const report = (y: number) => fileURLToPath(new URL(`../fixtures/chains/county-zh/${y}.txt`, import.meta.url));
const reports = [2022, 2020, 2023, 2021].map(report);

describe.concurrent('ledger command', { timeout: 120_000 }, () => {
  it('prints the ledger JSON, the reports in year order, and a summary on stderr', async () => {
    const r = await runCli(['ledger', ...reports]);
    expect(r.code).toBe(0);
    const ledger = JSON.parse(r.stdout.toString('utf8'));
    expect(ledger.schema).toBe('promise-ledger/ledger@1');
    expect(ledger.reports.map((x: { year: number }) => x.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(ledger.chains.length).toBeGreaterThan(20);
    expect(r.stderr).toMatch(/promises over 4 reports: \d+ still promised/);
  });

  it('writes the CSV (one row a chain and year) and the HTML report with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-ledger-'));
    const csv = await runCli(['ledger', ...reports, '--format', 'csv', '--out', join(dir, 'ledger.csv')]);
    expect(csv.code).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, 'ledger.csv'), 'utf8'));
    expect(rows[0].slice(0, 3)).toEqual(['承诺编号', '首次承诺年度', '首次承诺内容']);
    const rooms = rows.filter((r) => r[2].startsWith('推进村级公共法律服务室建设'));
    expect(rooms.map((r) => r[3])).toEqual(['2021', '2022', '2023', '2024']);
    // Each row ends with its year's file (no day: the CLI has none to give).
    expect(rows[0].slice(-2)).toEqual(['来源网址', '访问日期']);
    expect(rooms.map((r) => r.slice(-2))).toEqual([2020, 2021, 2022, 2023].map((y) => [report(y), '']));
    const html = await runCli(['ledger', ...reports, '--format', 'html', '--out', join(dir, 'ledger.html')]);
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, 'ledger.html'), 'utf8')).toContain('承诺台账：青溪县人民政府');
  });

  it('asks for two reports or more', async () => {
    const r = await runCli(['ledger', reports[0]]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^promise-ledger: ledger: give two or more reports of one issuer, one a year\n/);
  });

  it('says which report it left out when two are for one year', async () => {
    const r = await runCli(['ledger', reports[0], reports[1], reports[0], '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/left out .*2022\.txt: the same report twice/);
  });
});
