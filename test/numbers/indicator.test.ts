import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../lib/extract/numbers';
import type { Language } from '../../lib/extract/types';
import { withNamedMeasure } from '../../lib/extract/numbers/anaphora-en';
import { extractText } from '../../lib/extract/index';

/** The indicator of the mention whose raw is `raw` in `text`. */
function indicatorOf(text: string, raw: string, language: Language = 'zh'): string | null | undefined {
  return findNumbers(text, language).find((n) => n.raw === raw)?.indicator;
}

/** [text, raw of the figure, expected indicator]. The targets the year-over-year check needs come first. */
const ZH_CASES: [string, string, string | null][] = [
  ['今年发展主要预期目标是：国内生产总值增长5%左右；', '5%左右', '国内生产总值增长'],
  ['城镇新增就业1200万人以上，城镇调查失业率5.5%左右；', '1200万人以上', '城镇新增就业'],
  ['城镇新增就业1200万人以上，城镇调查失业率5.5%左右；', '5.5%左右', '城镇调查失业率'],
  ['城镇新增就业1256万人、城镇调查失业率平均为5.1%，', '5.1%', '城镇调查失业率'],
  ['居民消费价格涨幅3%左右；', '3%左右', '居民消费价格涨幅'],
  ['居民消费价格上涨0.2%。', '0.2%', '居民消费价格上涨'],
  ['粮食产量1.3万亿斤以上；', '1.3万亿斤以上', '粮食产量'],
  ['粮食产量首次跃上1.4万亿斤新台阶', '1.4万亿斤', '粮食产量'],
  ['单位国内生产总值能耗降低2.5%左右，', '2.5%左右', '单位国内生产总值能耗降低'],
  ['单位国内生产总值能耗降幅超过3%；', '超过3%', '单位国内生产总值能耗降幅'],
  ['经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，', '134.9万亿元', '国内生产总值'],
  ['经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，', '5%', '国内生产总值增长'],
  ['今年中央预算内投资拟安排7000亿元。', '7000亿元', '中央预算内投资'],
  ['城乡居民基础养老金月最低标准提高20元，', '20元', '城乡居民基础养老金月最低标准提高'],
  ['地表水优良水质断面比例提高到90.4%；', '90.4%', '地表水优良水质断面比例'],
  ['高技术制造业、装备制造业增加值分别增长8.9%、7.7%，', '7.7%', '装备制造业增加值增长'],
  ['一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。', '1.1万亿元', '一般公共预算支出规模增加'],
  ['赤字率比上年提高一个百分点。', '一个百分点', '赤字率提高'],
  // 分别 deals the listed subjects out in order, the words they share going to each
  ['高技术制造业、装备制造业增加值分别增长8.9%、7.7%，', '8.9%', '高技术制造业增加值增长'],
  ['民间投资、产业投资占比分别达到73.7%、63.3%。', '73.7%', '民间投资占比'],
  ['民间投资、产业投资占比分别达到73.7%、63.3%。', '63.3%', '产业投资占比'],
  ['城镇、农村居民人均可支配收入分别增长4.5%和6.2%。', '4.5%', '城镇居民人均可支配收入增长'],
  ['把小学、初中学生人均公用经费分别提高到300元和500元。', '300元', '小学生人均公用经费'],
  // …and a second run with no subject of its own takes them in the same order
  ['民间投资、产业投资占固定资产投资的比重分别达到58.4%、46.9%，较上年分别提高2.1个、3.5个百分点。', '2.1个', '民间投资占固定资产投资的比重提高'],
  // a deadline's remnant after its month is no part of the indicator
  ['力争6月底前完成剩余12个村级法律服务室建设。', '12个', '剩余'],
  ['9月底前完成投资3.5亿元。', '3.5亿元', '投资'],
  ['2019年区政府召开13次常务会议', '2019年', null],
  ['〔2017〕35号', '〔2017〕35号', null],
];

const EN_CASES: [string, string, string | null][] = [
  ['We set GDP growth of around 5 percent.', 'around 5 percent', 'GDP growth'],
  ['We aim to create over 12 million new urban jobs.', 'over 12 million', 'new urban jobs'],
  ['We have set the surveyed urban unemployment rate of around 5.5 percent.', 'around 5.5 percent', 'surveyed urban unemployment rate'],
  ['a CPI increase of around 3 percent', 'around 3 percent', 'CPI increase'],
  ['With a CPI increase projected at around 2 percent, we aim', 'around 2 percent', 'CPI increase'],
  ['In setting the growth rate at around 5 percent, we have', 'around 5 percent', 'growth rate'],
  ['and the average surveyed urban unemployment rate stood at 5.2 percent.', '5.2 percent', 'average surveyed urban unemployment rate'],
  ['Grain output reached a record of 695 million metric tons.', '695 million metric tons', 'Grain output'],
  ['The consumer price index (CPI) rose by 0.2 percent.', '0.2 percent', 'consumer price index (CPI)'],
  ['China accounted for over 60 percent of global electric vehicle output and sales.', 'over 60 percent', 'global electric vehicle output'],
  ['In 2023, we advanced reform.', '2023', null],
  // A share of GDP measures its clause's subject; a figure joined to the one before shares its measure.
  ['The fiscal deficit is projected at 3.1 per cent of GDP.', '3.1 per cent', 'fiscal deficit as a share of GDP'],
  ['We are budgeting a deficit of $2.4 billion, or 0.5% of GDP.', '0.5%', 'deficit as a share of GDP'],
  // "A and B are estimated at X and Y respectively": each figure is paired with its subject by place.
  ['For 2031-32, the total receipts and the total spending are estimated at ₹ 40.10 lakh crore and ₹ 55.20 lakh crore respectively.', '₹ 55.20 lakh crore', 'total spending'],
  ['Revenue and expenditure are projected at $9.8 billion and $10.4 billion respectively.', '$9.8 billion', 'Revenue'],
  // An amount names what it pays for after "in" or "for"; a relative clause measures its antecedent.
  ['This year, I have provided ₹ 9,50,000 crore for capital expenditure.', '₹ 9,50,000 crore', 'capital expenditure'],
  ['I will give every household $300 in Community Vouchers.', '$300', 'Community Vouchers'],
  ['We will launch a Small Business Package, which will provide $450 million in support to firms.', '$450 million', 'Small Business Package'],
  // The year a figure is set for is part of what it measures.
  ['We aim to bring the deficit below 3 per cent next year.', 'below 3 per cent', 'deficit next year'],
  // The people a measure serves are its beneficiaries; "the scheme" is named by the heading above (anaphora-en.ts).
  ['The scheme is expected to benefit 45 lakh young workers.', '45 lakh', 'beneficiaries of the scheme'],
  ['The Home Care Package will reach about 12,000 older people.', 'about 12,000', 'beneficiaries of Home Care Package'],
];

describe('indicator (zh)', () => {
  it.each(ZH_CASES)('%s [%s]', (text, raw, expected) => {
    expect(indicatorOf(text, raw)).toBe(expected);
  });
});

describe('indicator (en)', () => {
  it.each(EN_CASES)('%s [%s]', (text, raw, expected) => {
    expect(indicatorOf(text, raw, 'en')).toBe(expected);
  });
});

describe('a measure referred back to by "the scheme"', () => {
  it('takes the name of the heading above when it names that kind of measure', () => {
    expect(withNamedMeasure('beneficiaries of the scheme', 'Scheme B: Apprentices in Small Firms')).toBe('beneficiaries of Scheme B: Apprentices in Small Firms');
    expect(withNamedMeasure('beneficiaries of the programme', 'Rural Broadband Program')).toBe('beneficiaries of Rural Broadband Program');
    expect(withNamedMeasure('beneficiaries of the scheme', 'Employment and Skills')).toBe('beneficiaries of the scheme');
    expect(withNamedMeasure('net tax receipts', 'Scheme A')).toBe('net tax receipts');
  });

  it('reads it in an extraction', () => {
    const text = [
      'Budget Speech 2031-32', 'Priority 3: Employment and Skills', 'Scheme B: Apprentices in Small Firms',
      '21. This scheme will pay half the wage of a first apprentice for a year. The scheme is expected to benefit 45 lakh young workers.',
      'Scheme C: Support to Employers', '22. The Government will reimburse employers up to Rs 2,000 a month for two years.',
    ].join('\n');
    expect(extractText(text, { sha256: 't' }).numbers.find((n) => n.raw === '45 lakh')?.indicator).toBe('beneficiaries of Scheme B: Apprentices in Small Firms');
  });
});
