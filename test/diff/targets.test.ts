import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { diff } from '../../lib/diff/index';
import { judge, unitKey } from '../../lib/diff/targets';

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

/** Target checks of a plans section against a review, as [raw, actual raw or null, outcome, indicator]. */
function checks(olderPlans: string, newerBody: string) {
  const older = extractText(`某市2023年政府工作报告\n一、2022年工作回顾\n各项工作稳步推进。\n二、2023年主要任务\n${olderPlans}`, { sha256: 'o' });
  const newer = extractText(`某市2024年政府工作报告\n${newerBody}`, { sha256: 'n' });
  return diff(older, newer).items.flatMap((i) => i.targets).map((c) => [c.target.raw, c.actual?.raw ?? null, c.outcome, c.indicator]);
}

describe('actuals about the same thing', () => {
  it('takes the figure of the same indicator, not one that merely shares the unit', () => {
    const got = checks('市财政拟安排科技投入12亿元。',
      '一、2023年工作回顾\n市财政安排资金9亿元，用于支持老旧小区改造。市财政用于科技的支出12.4亿元，增长8%。\n二、2024年主要任务\n继续加大投入。');
    expect(got).toEqual([['12亿元', '12.4亿元', 'met', '市财政拟安排科技投入']]);
  });

  it('gives no actual when only an unrelated allocation has the unit', () => {
    const got = checks('市财政拟安排科技投入12亿元。',
      '一、2023年工作回顾\n市财政安排资金12.2亿元，用于支持老旧小区改造。\n二、2024年主要任务\n继续加大投入。');
    expect(got).toEqual([['12亿元', null, 'no-actual', '市财政拟安排科技投入']]);
  });

  it('matches synonyms: 新增城镇就业 ≈ 城镇新增就业, 居民消费价格上涨 ≈ 居民消费价格涨幅', () => {
    const got = checks('城镇新增就业6万人以上；居民消费价格涨幅3%左右。',
      '一、2023年工作回顾\n全年新增城镇就业6.3万人，居民消费价格上涨0.4%。\n二、2024年主要任务\n稳定就业。');
    expect(got.map((c) => c.slice(0, 3))).toEqual([['6万人以上', '6.3万人', 'met'], ['3%左右', '0.4%', 'off-target']]);
  });

  it('never takes an actual from a review sentence that sets a new plan, nor a multi-year figure', () => {
    const got = checks('城镇新增就业6万人以上。',
      '一、2023年工作回顾\n五年来，城镇新增就业31万人。今年拟新增城镇就业6.5万人。\n二、2024年主要任务\n稳定就业。');
    expect(got.map((c) => c.slice(0, 3))).toEqual([['6万人以上', null, 'no-actual']]);
  });

  it('reads a look back that opens a plans section ("过去一年，…") as the review of that year', () => {
    const got = checks('地区生产总值增长6%左右。',
      '一、过去五年工作回顾\n五年来地区生产总值年均增长6.8%。\n二、2024年工作安排\n过去一年，我们克服困难，圆满完成全年任务。地区生产总值增长5.9%，居民收入稳步增长。今年地区生产总值预期增长5%左右。');
    expect(got.map((c) => c.slice(0, 3))).toEqual([['6%左右', '5.9%', 'met']]);
  });

  it('counts people and households written as "1.2万沼气用户", and skips a change that restates its amount', () => {
    const got = checks('新增1.2万沼气用户，再解决3万农村人口饮水安全问题。市财政拟安排农业投入20亿元，比上年增加2亿元。',
      '一、2023年工作回顾\n新增1.25万沼气用户，3.1万农村人口饮水安全问题得到解决。市财政用于农业的支出21亿元。\n二、2024年主要任务\n巩固成果。');
    expect(got.map((c) => [...c.slice(0, 3), c[3] === null ? null : 'named'])).toEqual([
      ['1.2万', '1.25万', 'met', 'named'], ['3万', '3.1万', 'met', 'named'], ['20亿元', '21亿元', 'met', 'named'],
    ]);
  });

  it('names the topic when the figure\'s own words name nothing', () => {
    const got = checks('农机购置补贴覆盖所有县，市财政拟安排资金3亿元。', '一、2023年工作回顾\n完成任务。\n二、2024年主要任务\n巩固。');
    expect(got[0][3]).toBe('农机购置补贴覆盖所有县…市财政拟安排资金');
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

describe('labels that name what a target measures', () => {
  const label = (plans: string, raw: string) => checks(plans, '一、2023年工作回顾\n完成任务。\n二、2024年主要任务\n巩固。').find((c) => c[0] === raw)?.[3];

  it('leads a clause that only says how much with the clause naming its topic', () => {
    expect(label('要逐步增加市级科技创新专项投入，今年先增加2亿元。', '2亿元')).toBe('逐步增加市级科技创新专项投入…先增加');
    expect(label('扎实推进城乡居民医保门诊统筹，统筹范围扩大到60%的乡镇。', '60%')).toMatch(/^扎实推进城乡居民医保门诊统筹…统筹范围扩大到/);
    expect(label('除中心城区外，取消路桥通行费，每年可使群众减轻负担1.5亿元。', '1.5亿元')).toMatch(/^取消路桥通行费…/);
  });

  it('takes the topic of a parallel clause with its own figure when the clause only repeats the verb', () => {
    expect(label('三年内关停燃煤小锅炉600台，今年要关停200台。', '200台')).toMatch(/关停燃煤小锅炉600台…关停$/);
  });

  it('never leads a clause that names a measure of its own', () => {
    expect(label('城镇新增就业3万人以上，城镇登记失业率4%以内。', '4%以内')).toBe('城镇登记失业率');
  });

  it('reads a short run-in lead sentence as the topic of the sentence after it', () => {
    expect(label('一是全面推行家庭医生签约服务。签约覆盖率达到45%以上。', '45%以上')).toMatch(/^全面推行家庭医生签约服务…签约覆盖率/);
  });

  it('says what an amount is for when it names nothing, and reads a list of counted nouns whole', () => {
    expect(label('市财政安排3000万元，支持老旧小区加装电梯。', '3000万元')).toContain('支持老旧小区加装电梯');
    expect(label('县财政安排800万元资金扶持家庭农场发展。', '800万元')).toContain('扶持家庭农场发展');
    expect(label('今年要完成120项食品、农产品和其他地方标准的制定修订工作。', '120项')).toContain('食品、农产品和其他地方标准');
  });
});

describe('actuals read the way reports state results', () => {
  const review = (body: string) => `一、2023年工作回顾\n${body}\n二、2024年主要任务\n巩固成果。`;

  it('reads a clause that names nothing as measuring the topic of the clause before', () => {
    const got = checks('城乡低保标准提高10%左右。', review('城乡低保标准连续3年上调，去年又提高11%。'));
    expect(got.map((c) => c.slice(0, 3))).toEqual([['10%左右', '11%', 'off-target']]);
  });

  it('reads 解决…问题 as the thing solved: a count of people served by the works', () => {
    const got = checks('再解决2万农村人口的安全饮水问题。', review('农村饮水安全工程惠及2.05万农村人口。'));
    expect(got.map((c) => c.slice(0, 3))).toEqual([['2万', '2.05万', 'met']]);
  });

  it('takes no actual from a change against a year several years back, nor from a cut', () => {
    const got = checks('地区生产总值增长7%左右。市本级财政赤字拟安排8亿元。',
      review('2023年，地区生产总值达到3200亿元，比2018年增长38%。同时，削减市本级财政赤字1亿元。'));
    expect(got.map((c) => c.slice(0, 3))).toEqual([['7%左右', null, 'no-actual'], ['8亿元', null, 'no-actual']]);
  });

  it('meets 居民消费价格比上年上涨 as the price target it reports on', () => {
    const got = checks('居民消费价格涨幅控制在3%以内。', review('全年居民消费价格比上年上涨3.4%。'));
    expect(got.map((c) => c.slice(0, 3))).toEqual([['3%以内', '3.4%', 'missed']]);
  });
});
