/**
 * `batch --pairs` writes chains.csv: each issuer's ledger across years, the same rows as
 * `ledger --format csv` gives for that issuer's files, with the issuer in front and each row's
 * report file last; the same bytes whatever the number of jobs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../e2e/library-helpers';
import { ROOT, runMain, tempDir } from './batch-helpers';

const FIXTURES = join(ROOT, 'test/fixtures/chains');
const files = (c: string) => [2020, 2021, 2022, 2023].map((y) => join(FIXTURES, c, `${y}.txt`));

describe('batch --pairs: chains.csv', { timeout: 240_000 }, () => {
  const outs: Record<string, string> = {};
  beforeAll(async () => {
    for (const jobs of ['1', '2']) {
      const out = join(tempDir(`chains-${jobs}`), 'out');
      const r = await runMain(['batch', FIXTURES, '--out', out, '--pairs', '--jobs', jobs]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('batch: 2 ledgers across years');
      outs[jobs] = readFileSync(join(out, 'chains.csv'), 'utf8');
    }
  }, 240_000);

  it('holds each issuer\'s ledger as `ledger` gives it, issuer first and file last', async () => {
    const [header, ...rows] = parseCsv(outs['1']);
    expect([header[0], header.at(-1)]).toEqual(['发布机关', '文件']);
    for (const [c, issuer] of [['county-zh', '青溪县人民政府'], ['borough-en', 'Riverton Borough Council']]) {
      const single = await runMain(['ledger', ...files(c), '--format', 'csv']);
      expect(single.code).toBe(0);
      const [, ...want] = parseCsv(single.stdout);
      const mine = rows.filter((r) => r[0] === issuer);
      // The batch's words are in its --labels language (zh by default); `ledger` writes the report's.
      const neutral = (r: string[]) => (c === 'county-zh' ? r : [0, 1, 2, 3, 4, 9, 10, 11, 13].map((i) => r[i]));
      expect(mine.map((r) => neutral(r.slice(1, -1)))).toEqual(want.map(neutral));
      // Each row's file is the report of its year.
      for (const r of mine) expect(readFileSync(r.at(-1)!, 'utf8')).toContain(r[5].slice(0, 8));
    }
  });

  it('is the same bytes with one job or two', () => {
    expect(outs['2']).toBe(outs['1']);
  });
});
