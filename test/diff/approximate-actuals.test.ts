/**
 * A review states some results as estimates: a research-spending ratio "达到4.4%左右", foreign
 * investment "175亿美元左右", and, in a report delivered before the statistics are final,
 * "预计全年地区生产总值增长6.5%左右". Held-out municipal reports of two successive years gave these
 * for targets of the year before, and the diff answered no-actual because every 左右 figure was
 * taken for a restated target. A 左右 figure restates a target only when its clause frames one
 * (…左右的预期目标, 目标是…, 力争…); otherwise it is the result, approximately. Fixtures written for
 * these tests on the shape of those reports.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { diff } from '../../lib/diff/index';

/** [target raw, actual raw or null, outcome] for an older plans section against a newer review. */
function checks(olderPlans: string, newerReview: string): (string | null)[][] {
  const older = extractText(`某市2023年政府工作报告\n一、2022年工作回顾\n各项工作稳步推进。\n二、2023年主要任务\n${olderPlans}`, { sha256: 'o' });
  const newer = extractText(`某市2024年政府工作报告\n一、2023年工作回顾\n${newerReview}\n二、2024年主要任务\n今年要巩固回升向好态势。`, { sha256: 'n' });
  return diff(older, newer).items.flatMap((i) => i.targets).map((c) => [c.target.raw, c.actual?.raw ?? null, c.outcome]);
}

describe('a review\'s approximate figure is an actual', () => {
  it.each([
    ['a spending ratio reached "about"', '全社会研发经费支出相当于全市生产总值的比例达到4.5%左右。',
      '一是新动能培育壮大。全社会研发经费支出相当于全市生产总值的比例达到4.4%左右，每万人口高价值发明专利拥有量提高到57件。', ['4.5%左右', '4.4%左右', 'met']],
    ['foreign investment in dollars, about', '实际使用外资180亿美元。',
      '外贸进出口总额再创新高，实际使用外资175亿美元左右。', ['180亿美元', '175亿美元左右', 'met']],
    ['growth estimated before the statistics are final', '地区生产总值增长6%左右。',
      '预计全年地区生产总值增长6.5%左右，一般公共预算收入增长4.2%。', ['6%左右', '6.5%左右', 'met']],
    ['a county\'s forest cover', '森林覆盖率提高到65%左右。',
      '生态环境持续改善，森林覆盖率达到64.8%左右，空气质量优良天数比例保持在90%以上。', ['65%左右', '64.8%左右', 'met']],
    ['a harvest short of its floor', '粮食总产量稳定在120万吨以上。',
      '克服严重旱情，粮食总产量达到118万吨左右。', ['120万吨以上', '118万吨左右', 'missed']],
    ['an estimate well off the target', '规模以上工业增加值增长8%左右。',
      '受市场需求不足影响，预计规模以上工业增加值增长3%左右。', ['8%左右', '3%左右', 'off-target']],
  ])('%s', (_name, plans, review, want) => {
    expect(checks(plans, review)).toEqual([want]);
  });
});

describe('a 左右 figure that restates a target is still no actual', () => {
  it.each([
    ['…左右的预期目标 in the review', '地区生产总值增长6%左右。',
      '我们顶住压力，完成了地区生产总值增长6%左右的预期目标。', ['6%左右', null, 'no-actual']],
    ['年初确定的…左右的目标', '城镇新增就业3万人左右。',
      '年初确定的城镇新增就业3万人左右的目标全面完成。', ['3万人左右', null, 'no-actual']],
    ['a target stated in the review\'s own words (目标是)', '一般公共预算收入增长5%左右。',
      '面对复杂形势，我们确定的目标是一般公共预算收入增长5%左右，各项工作有序推进。', ['5%左右', null, 'no-actual']],
  ])('%s', (_name, plans, review, want) => {
    expect(checks(plans, review)).toEqual([want]);
  });
});
