import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { diff } from '../../lib/diff/index';
import { indicatorSimilarity, judge, unitKey } from '../../lib/diff/targets';

describe('judge (CONTRACT.md target rules)', () => {
  it.each([
    // [target value, unit, approx, upper, actual, outcome, direction]
    [1200, '人', 'at-least', undefined, 1256, 'met', 'above'],
    [1200, '人', 'at-least', undefined, 1100, 'missed', 'below'],
    [1200, '人', 'over', undefined, 1200, 'met', null],
    [5.5, '%', 'at-most', undefined, 5.1, 'met', 'below'],
    [5.5, '%', 'at-most', undefined, 5.6, 'missed', 'above'],
    [3, '%', 'under', undefined, 2.9, 'met', 'below'],
    [6, '%', 'range', 6.5, 6.2, 'met', null],
    [6, '%', 'range', 6.5, 5.8, 'missed', 'below'],
    [6, '%', 'range', 6.5, 7.1, 'off-target', 'above'],
    [5, '%', 'about', undefined, 5.4, 'met', 'above'],
    [5, '%', 'about', undefined, 5.5, 'met', 'above'],
    [3, '%', 'about', undefined, 0.2, 'off-target', 'below'],
    [5, '%', null, undefined, 4.4, 'off-target', 'below'],
    [800, '个', null, undefined, 812, 'met', 'above'],
    [800, '个', null, undefined, 760, 'met', 'below'],
    [800, '个', null, undefined, 759, 'off-target', 'below'],
    [7.9, '个百分点', 'about', undefined, 8.3, 'met', 'above'],
  ] as const)('%s%s %s%s vs %s → %s', (value, unit, approx, upper, actual, outcome, direction) => {
    expect(judge({ value, unit, approx, upper }, actual)).toEqual({ outcome, direction });
  });
});

describe('units agree after scaling', () => {
  it.each([
    ['percent', '%'], ['％', '%'], ['yuan', '元'], ['percentage points', '个百分点'], ['人', '人'], [null, null],
  ])('%s → %s', (unit, key) => expect(unitKey(unit)).toBe(key));

  it('compares 万人 with 人 and 万亿斤 with 亿斤 through scaled values', () => {
    const older = extractText('某省政府工作报告\n一、2023年工作回顾\n增长5%。\n二、2024年主要目标\n城镇新增就业70万人以上，粮食产量1.3万亿斤以上。', { sha256: 'o' });
    const newer = extractText('某省政府工作报告\n一、2024年工作回顾\n城镇新增就业715000人，粮食产量13900亿斤。\n二、2025年主要目标\n城镇新增就业70万人以上。', { sha256: 'n' });
    const checks = diff(older, newer).items.flatMap((i) => i.targets);
    expect(checks.map((c) => [c.target.raw, c.actual?.raw, c.outcome])).toEqual([
      ['70万人以上', '715000人', 'met'],
      ['1.3万亿斤以上', '13900亿斤', 'met'],
    ]);
  });
});

describe('indicator similarity', () => {
  it.each([
    ['城镇调查失业率', '城镇调查失业率', 1, 1],
    ['居民消费价格涨幅', '居民消费价格上涨', 0.6, 1],
    ['培训', '培训执法人员', 0, 0.5],
    ['国内生产总值增长', '城镇新增就业', 0, 0.1],
    ['surveyed urban unemployment rate', 'surveyed urban unemployment rate', 1, 1],
    ['new urban jobs', 'urban jobs', 0.6, 1],
    ['grain output', 'consumer price index', 0, 0.1],
    [null, '粮食产量', 0, 0],
  ])('%s ~ %s in [%s, %s]', (a, b, lo, hi) => {
    const s = indicatorSimilarity(a, b);
    expect(s).toBeGreaterThanOrEqual(lo);
    expect(s).toBeLessThanOrEqual(hi);
  });
});

describe('actuals', () => {
  const older = extractText('某县年度报告\n一、主要成效\n完成任务。\n二、2024年工作安排\n考核权重提高到8%。力争网上可办率达到90%以上。', { sha256: 'o' });

  it('reads 由5%提高到8% as 8%, not the starting 5%', () => {
    const newer = extractText('某县年度报告\n一、主要成效\n考核权重由5%提高到8%。网上可办率达到92%。\n二、2025年工作安排\n巩固成果。', { sha256: 'n' });
    const checks = diff(older, newer).items.flatMap((i) => i.targets);
    expect(checks.map((c) => c.actual?.raw)).toEqual(['8%', '92%']);
  });

  it('never takes an actual from the newer plans section', () => {
    const newer = extractText('某县年度报告\n一、主要成效\n完成其他任务。\n二、2025年工作安排\n力争网上可办率达到95%以上。考核权重提高到10%。', { sha256: 'n' });
    const d = diff(older, newer);
    expect(d.items.flatMap((i) => i.targets).map((c) => c.outcome)).toEqual(['no-actual', 'no-actual']);
    expect(d.items.every((i) => i.status !== 'fulfilled')).toBe(true);
  });
});
