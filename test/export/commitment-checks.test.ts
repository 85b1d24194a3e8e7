/**
 * Issue 15: the commitments CSV says the year a commitment is planned for (from the section's
 * role as the extractor read it, not the year the report reviews) and, when the report was
 * checked against the next one, each target check's target, actual figure and outcome.
 */
import { describe, expect, it } from 'vitest';
import type { Diff, TargetCheck } from '../../lib/diff/types';
import { planYearOf } from '../../lib/export/commitment-checks';
import { commitmentsCsv } from '../../lib/export/csv';
import { extractText } from '../../lib/extract/index';
import { parseCsv } from '../e2e/library-helpers';
import { english, older, pairDiff } from './fixtures';

const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);
const csv = (...args: Parameters<typeof commitmentsCsv>) => parseCsv(commitmentsCsv(...args));

/** A 2023 report: a commitment in its review, two in its 2024 plans, two in a five-year plan. */
const REPORT = [
  '青溪县人民政府2023年度法治政府建设情况报告',
  '一、主要成效',
  '全年办理行政审批事项2万件。下一步，我们将于年底前完成审批系统升级。',
  '二、2024年工作安排',
  '年底前建成县级行政执法监督平台。',
  '推进乡镇综合执法改革。',
  '三、今后五年工作打算',
  '到2028年基本建成法治政府。',
  '持续深化法治宣传教育。',
].join('\n');

/** A work plan with no headings: all of it plans its year. */
const PLAN = ['青溪县2024年法治政府建设工作要点', '为深入推进依法行政，现提出2024年工作要点如下。', '年底前完成行政规范性文件清理。', '推进行政复议体制改革。'].join('\n');

describe('the plan year column', () => {
  it('is the year the plans section plans for, while 年度 stays the year reviewed', () => {
    const rows = csv([{ extraction: older }]);
    expect(column(rows, '年度')).toEqual(older.commitments.map(() => '2022'));
    expect(column(rows, '计划年度')).toEqual(older.commitments.map(() => '2023'));
  });

  it('is empty for a commitment made in the review or in a multi-year plan', () => {
    const x = extractText(REPORT, { sha256: 'r' });
    const rows = csv([{ extraction: x }]);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[rows[0].indexOf('计划年度')]])).toEqual([
      ['一、主要成效', '下一步，我们将于年底前完成审批系统升级', ''],
      ['二、2024年工作安排', '年底前建成县级行政执法监督平台', '2024'],
      ['二、2024年工作安排', '推进乡镇综合执法改革', '2024'],
      ['三、今后五年工作打算', '到2028年基本建成法治政府', ''],
      ['三、今后五年工作打算', '持续深化法治宣传教育', ''],
    ]);
    expect(column(rows, '年度')).toEqual(x.commitments.map(() => '2023'));
  });

  it('is the plan\'s year for a work plan, whose text outside any heading is all plans', () => {
    const x = extractText(PLAN, { sha256: 'p' });
    expect(x.commitments.length).toBeGreaterThan(0);
    const headings = new Map(x.headings.map((h) => [h.id, h]));
    expect(x.commitments.map((c) => planYearOf(x, c, headings))).toEqual(x.commitments.map(() => 2024));
  });

  it('is read the same way in English', () => {
    const rows = csv([{ extraction: english }]);
    expect(rows[0].slice(9, 13)).toEqual(['Year planned', 'Target checked', 'Actual', 'Outcome']);
    expect(column(rows, 'Year planned')).toEqual(english.commitments.map(() => '2024'));
  });
});

describe('the target check columns', () => {
  it('give the target checked, the actual figure and the outcome from the diff', () => {
    const rows = csv([{ extraction: older, diff: pairDiff }]);
    const checks = rows.slice(1).map((r) => [r[rows[0].indexOf('核对目标')], r[rows[0].indexOf('实际')], r[rows[0].indexOf('核对结果')]]);
    expect(checks).toEqual([['', '', ''], ['不低于95%', '96%', '达标'], ['', '', '']]);
    expect(column(rows, '状态')).toEqual(['已兑现', '已兑现', '未找到对应段落']);
  });

  it('put several checks on lines in the same order in each cell, with the direction of an off-target figure', () => {
    const [first] = pairDiff.items[1].targets;
    const second: TargetCheck = { indicator: '调解成功率', target: { raw: '90%左右', value: 90, unit: '%', approx: 'about' }, actual: { raw: '80%', value: 80, unit: '%', start: 0, end: 3 }, outcome: 'off-target', direction: 'below' };
    const third: TargetCheck = { indicator: null, target: { raw: '3个', value: 3, unit: '个', approx: null }, actual: null, outcome: 'no-actual' };
    const d: Diff = { ...pairDiff, items: pairDiff.items.map((i, k) => (k === 1 ? { ...i, targets: [first, second, third] } : i)) };
    const rows = csv([{ extraction: older, diff: d }]);
    const at = (name: string) => rows[2][rows[0].indexOf(name)];
    expect([at('核对目标'), at('实际'), at('核对结果')]).toEqual(['不低于95%\n90%左右\n3个', '96%\n80%\n—', '达标\n偏离目标（低于目标）\n无实际数']);
  });

  it('are empty without a diff, or with the diff of another report', () => {
    for (const diff of [undefined, { ...pairDiff, older: pairDiff.newer }]) {
      const rows = csv([{ extraction: older, diff }]);
      for (const name of ['核对目标', '实际', '核对结果']) expect(column(rows, name)).toEqual(older.commitments.map(() => ''));
    }
  });
});
