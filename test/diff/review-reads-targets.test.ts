/**
 * How a review reports on last year's numeric targets when it gives no figure, or gives the
 * figure away from its measure's name (shapes seen in real provincial, city and county pairs;
 * the texts here are the project's own). Each case failed before the rule it tests.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { diff } from '../../lib/diff/index';
import { CONTRASTING_QUALIFIERS, contrasting } from '../../lib/diff/rules';

const OLDER = [
  '某市2023年政府工作报告',
  '一、2022年工作回顾',
  '全市地区生产总值增长3.9%。',
  '二、2023年工作安排',
  '全市经济社会发展的主要预期目标是：地区生产总值增长6%以上；外贸进出口总额增长5%；居民消费价格涨幅控制在3%左右；城镇新增就业2万人以上；一般公共预算收入增长4%；农村居民人均可支配收入增长7%；出口增长6%；固定资产投资增长8%。',
].join('\n');

function itemFor(review: string, match: string) {
  const newer = extractText(`某市2024年政府工作报告\n一、2023年工作回顾\n${review}\n二、2024年工作安排\n巩固发展成果。`, { sha256: 'n' });
  const item = diff(extractText(OLDER, { sha256: 'o' }), newer).items.find((i) => i.text.includes(match));
  expect(item, match).toBeDefined();
  return item!;
}

describe('a measure named in the clause before its growth figure', () => {
  it.each([
    ['全市实现地区生产总值812.4亿元，按可比价格计算，比上年同期增长6.8%。', '6.8%'],
    ['全年完成地区生产总值455亿元，同比增长7.1%，增速居全省第二。', '7.1%'],
  ])('reads %s as the growth of the product', (review, actual) => {
    const item = itemFor(review, '地区生产总值');
    expect(item.targets[0].actual?.raw).toBe(actual);
    expect(item.targets[0].outcome).toBe('met');
    expect(item.status).toBe('fulfilled');
  });
});

describe('a growth figure after the amount it grows, in one clause', () => {
  it.each([
    ['一般公共预算收入66.3亿元、同口径增长2.1%，税收占比78%。', '2.1%', 'missed'],
    ['一般公共预算收入71亿元，按可比口径增长5.2%。', '5.2%', 'fulfilled'],
  ])('%s', (review, actual, status) => {
    const item = itemFor(review, '一般公共预算收入');
    expect(item.targets[0].actual?.raw).toBe(actual);
    expect(item.status).toBe(status);
  });
});

describe('urban and rural, exports and imports, are different indicators', () => {
  it.each([
    ['城镇居民人均可支配收入42180元，增长6.9%。', '农村居民'],
    ['城镇居民人均可支配收入4.6万元、增长5.2%，居民收入增长与经济增长基本同步。', '农村居民'],
    ['进口增长6.2%，贸易结构持续优化。', '出口增长'],
  ])('%s gives no actual to the other side', (review, match) => {
    const item = itemFor(review, match);
    expect(item.targets[0].actual).toBeNull();
    // Nor is that clause evidence for a commitment that is only its target.
    expect(item.status).toBe('unaddressed');
  });

  it('still reads the figure of the same side', () => {
    const item = itemFor('城镇居民、农村居民人均可支配收入分别为45200元、21600元，农村居民人均可支配收入增长7.4%。', '农村居民');
    expect(item.targets[0].actual?.raw).toBe('7.4%');
  });

  it.each(CONTRASTING_QUALIFIERS.flatMap((r) => r.examples.map((e) => [r.id, e, r] as const)))('%s: %s names one side', (_id, example, rule) => {
    expect(rule.sides.filter((side) => side.test(example))).toHaveLength(1);
  });

  it('a measure naming both sides contrasts with neither', () => {
    expect(contrasting('城镇居民、农村居民人均可支配收入分别增长', '农村居民人均可支配收入增长')).toBe(false);
    expect(contrasting('城镇居民人均可支配收入增长', '农村居民人均可支配收入增长')).toBe(true);
  });
});

describe('evidence for a commitment that is only its targets', () => {
  it.each([
    ['全市工业投资连续18个月保持两位数增长，新签约项目46个，总投资增长12.3%。', '固定资产投资'],
    ['外贸企业新增120家，跨境电商交易额增长28%，口岸通关时间压缩三成。', '进出口'],
  ])('a clause sharing a word or two of the measure is no evidence: %s', (review, match) => {
    expect(itemFor(review, match).status).toBe('unaddressed');
  });

  it('a clause naming the measure is evidence, without a figure too', () => {
    expect(itemFor('外贸进出口总额保持平稳，市场结构持续优化。', '进出口').status).toBe('progress');
  });
});

describe('a change stated in words', () => {
  it.each([
    '全年居民消费价格指数与上年持平，物价保持稳定。',
    '物价运行平稳，居民消费价格指数同比基本持平。',
  ])('a price index level with last year is a rise of 0: %s', (review) => {
    const item = itemFor(review, '居民消费价格');
    expect(item.targets[0].actual?.value).toBe(0);
    expect(item.targets[0].outcome).toBe('off-target');
    expect(item.status).toBe('fulfilled');
  });

  it('a rise level with last year\'s rise gives no figure: mentioned, not judged', () => {
    const item = itemFor('全年居民消费价格涨幅与上年基本持平。', '居民消费价格');
    expect(item.targets[0].actual).toBeNull();
    expect(item.status).toBe('progress');
  });
});

describe('a done word about a numeric target without its figure', () => {
  it.each([
    '外贸进出口顶住下行压力，全年实现正增长，出口结构继续优化。',
    '外贸进出口总额逆势实现增长，新增外贸企业120家。',
  ])('is progress: %s', (review) => {
    const item = itemFor(review, '进出口');
    expect(item.status).toBe('progress');
  });

  it('a level reached is not the growth asked for: progress', () => {
    const item = itemFor('全市实现地区生产总值905亿元，总量居全省第三。', '地区生产总值');
    expect(item.targets[0].actual).toBeNull();
    expect(item.status).toBe('progress');
  });

  it('is fulfilled when the review says the target itself was reached', () => {
    const item = itemFor('外贸进出口总额超额完成年度目标任务。', '进出口');
    expect(item.status).toBe('fulfilled');
  });
});
