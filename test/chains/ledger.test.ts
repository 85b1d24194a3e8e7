/** The ledger across years (lib/chains/ledger.ts) on a small series written for the test. */
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../lib/chains/ledger';
import { diff } from '../../lib/diff/index';
import { extractText } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';

const report = (year: number, review: string[], plans: string[]) => extractText([
  `长宁县人民政府${year}年度法治政府建设情况报告`,
  `一、${year}年工作成效`, ...review,
  `二、${year + 1}年工作安排`, ...plans,
].join('\n'), { sha256: `r${year}` });

const r2021 = report(2021, ['全年办理行政许可事项1.2万件。'], [
  '建成县级行政执法监督平台。', '推进村级公共法律服务室建设，年底前实现全县86个行政村全覆盖。',
  '开展行政规范性文件集中清理。', '推行“互联网+监管”执法模式。',
]);
const r2022 = report(2022, [
  '县级行政执法监督平台于6月建成并投入使用。', '全县累计建成村级公共法律服务室71个。',
  '“互联网+监管”执法模式稳步推进，已在3个部门试点。',
], ['推进村级公共法律服务室建设，年底前实现全县86个行政村全覆盖。', '建设法治文化公园2个。']);
const r2023 = report(2023, ['全县86个行政村均已建成村级公共法律服务室，实现全覆盖。', '建成法治文化公园2个。'], ['全面推行“互联网+监管”执法模式，实现县级执法部门全覆盖。']);

const ledger = buildLedger([r2023, r2021, r2022]);
const chainOf = (words: string) => {
  const c = ledger.chains.find((x) => x.first.text.includes(words));
  if (!c) throw new Error(`no chain for ${words}`);
  return c;
};
const cells = (words: string) => chainOf(words).cells.map((c) => `${c.review ?? '-'}/${c.plan ?? '-'}`);

describe('buildLedger', () => {
  it('puts the reports in year order, one column each', () => {
    expect(ledger.reports.map((r) => r.year)).toEqual([2022, 2023, 2024]);
    expect(ledger.issuer).toBe('长宁县人民政府');
  });

  it('ends a chain reported done and not promised again', () => {
    expect(cells('执法监督平台')).toEqual(['-/new', 'done/-']);
    expect(chainOf('执法监督平台').now).toBe('done');
  });

  it('reads a one-off promise repeated word for word after "built" as not yet done', () => {
    const chain = chainOf('村级公共法律服务室');
    expect(cells('村级公共法律服务室')).toEqual(['-/new', 'progress/repeated', 'done/-']);
    expect(chain.cells[1].reviewRules).toContain('done-yet-promised-again');
    expect(chain.cells[1].reviewStatus).toBe('fulfilled');
    expect(chain.promised).toBe(2);
    expect(chain.cells[2].evidence?.text).toContain('86个行政村');
  });

  it('drops a promise that a report neither reviews nor promises again', () => {
    expect(cells('规范性文件')).toEqual(['-/new', 'silent/-']);
    expect(chainOf('规范性文件').now).toBe('dropped');
  });

  it('follows a promise under way though not promised, and links it when promised again', () => {
    const chain = chainOf('互联网+监管');
    expect(chain.cells.map((c) => c.plan)).toEqual(['new', null, 'reworded']);
    expect(chain.cells[1].review).toBe('progress');
    expect(chain.cells[2].commitment?.text).toContain('全面推行');
    expect(chain.now).toBe('promised');
    // …and the later report's promise starts no chain of its own.
    expect(ledger.chains.filter((c) => c.cells.some((x) => x.commitment?.text.includes('全面推行')))).toHaveLength(1);
  });

  it('starts a chain in the year a promise is first made', () => {
    const chain = chainOf('法治文化公园');
    expect(chain.first).toMatchObject({ report: 1, year: 2023 });
    expect(cells('法治文化公园')).toEqual(['-/new', 'done/-']);
  });

  it('keeps one report a year and says which it left out', () => {
    const again = buildLedger([r2021, r2022, { ...r2022, source: { ...r2022.source, sha256: 'copy' } }]);
    expect(again.reports).toHaveLength(2);
    expect(again.skipped).toEqual([{ sha256: 'copy', reason: expect.stringContaining('2023') }]);
  });

  it('reads reviews with the diff it is given (a stored diff)', () => {
    const seen: [number, number][] = [];
    const judge = (older: Extraction, newer: Extraction) => { seen.push([older.meta.coversYear!, older.commitments.length]); return diff(older, newer); };
    const again = buildLedger([r2021, r2022, r2023], { diff: judge });
    expect(JSON.stringify(again)).toBe(JSON.stringify(ledger));
    // 2021 in full against 2022; 2022 in full against 2023; from 2021 only the chain still followed.
    expect(seen.sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual([[2021, 1], [2021, r2021.commitments.length], [2022, r2022.commitments.length]]);
  });

  it('gives an empty ledger for no reports', () => {
    expect(buildLedger([])).toMatchObject({ reports: [], chains: [], issuer: null });
  });
});
