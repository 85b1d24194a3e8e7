import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../lib/extract/numbers';
import { found, row, type Expected } from './find';

/**
 * Chinese figures. Each row lists every mention the sentence should give, so a row also
 * fails on an extra or a missing mention. Values are worked out by hand from the text.
 */
const CASES: [string, Expected[]][] = [
  // multipliers, fully scaled
  ['国内生产总值超过126万亿元，增长5.2%。', [
    { raw: '超过126万亿元', value: 1.26e14, unit: '元', kind: 'money', approx: 'over' },
    { raw: '5.2%', value: 5.2, unit: '%', kind: 'percent' }]],
  ['城镇新增就业1200万人以上。', [{ raw: '1200万人以上', value: 12000000, unit: '人', kind: 'count', approx: 'at-least' }]],
  ['粮食产量1.3万亿斤以上。', [{ raw: '1.3万亿斤以上', value: 1.3e12, unit: '斤', kind: 'quantity', approx: 'at-least' }]],
  ['全县网格采集各类信息10.57万条。', [{ raw: '10.57万条', value: 105700, unit: '条', kind: 'count' }]],
  ['全年受理法律服务1万余件。', [{ raw: '1万余件', value: 10000, unit: '件', kind: 'count', approx: 'over' }]],
  ['惠及困难群众10余万人。', [{ raw: '10余万人', value: 100000, unit: '人', kind: 'count', approx: 'over' }]],
  ['安排专项资金3千万元。', [{ raw: '3千万元', value: 30000000, unit: '元', kind: 'money' }]],
  ['中央预算内投资拟安排7000亿元。', [{ raw: '7000亿元', value: 7e11, unit: '元', kind: 'money' }]],
  ['可再生能源新增装机3.7亿千瓦。', [{ raw: '3.7亿千瓦', value: 3.7e8, unit: '千瓦', kind: 'quantity' }]],
  ['外汇储备超过3.2万亿美元。', [{ raw: '超过3.2万亿美元', value: 3.2e12, unit: '美元', kind: 'money', approx: 'over' }]],
  ['新增1,200名志愿者。', [{ raw: '1,200名', value: 1200, unit: '名', kind: 'count' }]],
  // measure words
  ['召开常务会议13次，研究议题52个。', [
    { raw: '13次', value: 13, unit: '次', kind: 'count' }, { raw: '52个', value: 52, unit: '个', kind: 'count' }]],
  ['外聘2名专业律师。', [{ raw: '2名', value: 2, unit: '名', kind: 'count' }]],
  ['开展培训3000多人次。', [{ raw: '3000多人次', value: 3000, unit: '人次', kind: 'count', approx: 'over' }]],
  ['企业法治体检1520家、宣传150余场。', [
    { raw: '1520家', value: 1520, unit: '家', kind: 'count' },
    { raw: '150余场', value: 150, unit: '场', kind: 'count', approx: 'over' }]],
  ['化解矛盾纠纷2700余起，建成调解室23处。', [
    { raw: '2700余起', value: 2700, unit: '起', kind: 'count', approx: 'over' },
    { raw: '23处', value: 23, unit: '处', kind: 'count' }]],
  ['提供5种服务形式，梳理权力事项3324项。', [
    { raw: '5种', value: 5, unit: '种', kind: 'count' }, { raw: '3324项', value: 3324, unit: '项', kind: 'count' }]],
  // 部 before 门 is not a measure word, and a bare two-digit figure is not a number.
  ['全区20部门参与。', []],
  // percentages and percentage points
  ['办理材料压缩36.05%。', [{ raw: '36.05%', value: 36.05, unit: '%', kind: 'percent' }]],
  ['调撤率上升7.9个百分点。', [{ raw: '7.9个百分点', value: 7.9, unit: '个百分点', kind: 'percent' }]],
  ['群众满意率达到95%以上。', [{ raw: '95%以上', value: 95, unit: '%', kind: 'percent', approx: 'at-least' }]],
  ['居民消费价格涨幅3%左右。', [{ raw: '3%左右', value: 3, unit: '%', kind: 'percent', approx: 'about' }]],
  ['能耗降幅超过3%。', [{ raw: '超过3%', value: 3, unit: '%', kind: 'percent', approx: 'over' }]],
  ['比重接近40%。', [{ raw: '接近40%', value: 40, unit: '%', kind: 'percent', approx: 'about' }]],
  ['失业率控制在5.5%以内。', [{ raw: '5.5%以内', value: 5.5, unit: '%', kind: 'percent', approx: 'at-most' }]],
  ['覆盖率达到百分之五十。', [{ raw: '百分之五十', value: 50, unit: '%', kind: 'percent' }]],
  // qualifiers
  ['参与活动的群众约100余人。', [{ raw: '约100余人', value: 100, unit: '人', kind: 'count', approx: 'over' }]],
  ['每年集中学法不少于2次。', [{ raw: '不少于2次', value: 2, unit: '次', kind: 'count', approx: 'at-least' }]],
  ['参训人员不足50人。', [{ raw: '不足50人', value: 50, unit: '人', kind: 'count', approx: 'under' }]],
  ['办理时限不超过15个工作日。', [{ raw: '不超过15个工作日', value: 15, unit: '个工作日', kind: 'duration', approx: 'at-most' }]],
  ['新增岗位逾300个。', [{ raw: '逾300个', value: 300, unit: '个', kind: 'count', approx: 'over' }]],
  ['培训至少200人。', [{ raw: '至少200人', value: 200, unit: '人', kind: 'count', approx: 'at-least' }]],
  ['收入增长6%左右，完成投资近3000万元。', [
    { raw: '6%左右', value: 6, unit: '%', kind: 'percent', approx: 'about' },
    { raw: '近3000万元', value: 30000000, unit: '元', kind: 'money', approx: 'about' }]],
  // 约 and 超 inside another word are no qualifiers
  ['签约3个重大项目，赶超10家企业。', [
    { raw: '3个', value: 3, unit: '个', kind: 'count' }, { raw: '10家', value: 10, unit: '家', kind: 'count' }]],
  ['领导班子年至少参与两次法律知识学习。', [{ raw: '两次', value: 2, unit: '次', kind: 'count', approx: 'at-least' }]],
  // durations
  ['自决定作出之日起7个工作日内公开。', [{ raw: '7个工作日内', value: 7, unit: '个工作日', kind: 'duration', approx: 'at-most' }]],
  ['备案办结时限平均在30天以内。', [{ raw: '30天以内', value: 30, unit: '天', kind: 'duration', approx: 'at-most' }]],
  ['联合验收时间缩减到7个工作日。', [{ raw: '7个工作日', value: 7, unit: '个工作日', kind: 'duration' }]],
  ['企业开办1日即可完成。', [{ raw: '1日', value: 1, unit: '日', kind: 'duration' }]],
  ['参加为期一周的培训。', [{ raw: '一周', value: 1, unit: '周', kind: 'duration' }]],
  ['整改期限为3个月。', [{ raw: '3个月', value: 3, unit: '个月', kind: 'duration' }]],
  ['过境免签停留时间延长至240小时。', [{ raw: '240小时', value: 240, unit: '小时', kind: 'duration' }]],
  ['近3年累计投入资金。', [{ raw: '3年', value: 3, unit: '年', kind: 'duration' }]],
  ['土地承包到期后再延长30年。', [{ raw: '30年', value: 30, unit: '年', kind: 'duration' }]],
  ['颁布20周年宣传活动。', [{ raw: '20周年', value: 20, unit: '周年', kind: 'duration' }]],
  // years, months, dates
  ['2019年，法律顾问参加审查。', [{ raw: '2019年', value: 2019, unit: '年', kind: 'year' }]],
  ['制定《2019年度学法计划》。', [{ raw: '2019年', value: 2019, unit: '年', kind: 'year' }]],
  ['落实《实施纲要(2015—2020年)》。', [
    { raw: '2015', value: 2015, unit: '年', kind: 'year' }, { raw: '2020年', value: 2020, unit: '年', kind: 'year' }]],
  // a scrape that lost the dash: two years, not a duration of 20,212,025 years
  ['对照《法治政府建设实施纲要(20212025年)》开展评估。', [
    { raw: '2021', value: 2021, unit: '年', kind: 'year' }, { raw: '2025年', value: 2025, unit: '年', kind: 'year' }]],
  ['制定《实施方案(2016-2020)》。', [
    { raw: '2016', value: 2016, unit: '年', kind: 'year' }, { raw: '2020', value: 2020, unit: '年', kind: 'year' }]],
  ['每年分别在5月、12月份开展宣传。', [
    { raw: '5月', value: 5, unit: '月', kind: 'date' }, { raw: '12月份', value: 12, unit: '月', kind: 'date' }]],
  ['对2019年7月1日至2020年6月30日的案卷进行评查。', [
    { raw: '2019年7月1日', value: null, unit: null, kind: 'date' },
    { raw: '2020年6月30日', value: null, unit: null, kind: 'date' }]],
  ['2020年9月出台实施方案。', [{ raw: '2020年9月', value: null, unit: null, kind: 'date' }]],
  ['发布时间:2021-03-22 16:26', [
    { raw: '2021-03-22', value: null, unit: null, kind: 'date' }, { raw: '16:26', value: null, unit: null, kind: 'other' }]],
  ['要在年5月1日前建立。', [{ raw: '5月1日', value: null, unit: null, kind: 'date' }]],
  ['9月30日，开展宣传活动。', [{ raw: '9月30日', value: null, unit: null, kind: 'date' }]],
  ['1—6月完成整改。', [{ raw: '1—6月', value: 1, upper: 6, unit: '月', kind: 'date', approx: 'range' }]],
  // document ids
  ['《通知》(呼政办发〔2017〕35号)。', [{ raw: '〔2017〕35号', value: null, unit: null, kind: 'doc-id' }]],
  ['关于对第14343号提案的答复', [{ raw: '14343号', value: null, unit: null, kind: 'doc-id' }]],
  ['依据国办发[2019]3号文件。', [{ raw: '[2019]3号', value: null, unit: null, kind: 'doc-id' }]],
  // ranges
  ['经济增长6%－6.5%。', [{ raw: '6%－6.5%', value: 6, upper: 6.5, unit: '%', kind: 'percent', approx: 'range' }]],
  ['增速6-6.5%之间。', [{ raw: '6-6.5%', value: 6, upper: 6.5, unit: '%', kind: 'percent', approx: 'range' }]],
  ['每户补贴10万-20万元。', [{ raw: '10万-20万元', value: 100000, upper: 200000, unit: '元', kind: 'money', approx: 'range' }]],
  ['建设周期3至5年。', [{ raw: '3至5年', value: 3, upper: 5, unit: '年', kind: 'duration', approx: 'range' }]],
  ['用三至五年时间。', [{ raw: '三至五年', value: 3, upper: 5, unit: '年', kind: 'duration', approx: 'range' }]],
  // Chinese-numeral quantities
  ['处理二十三个问题。', [{ raw: '二十三个', value: 23, unit: '个', kind: 'count' }]],
  ['组建对内、对外两支法律顾问团队。', [{ raw: '两支', value: 2, unit: '支', kind: 'count' }]],
  ['派遣四名专职调解员。', [{ raw: '四名', value: 4, unit: '名', kind: 'count' }]],
  ['重点抓好四个方面：', [{ raw: '四个', value: 4, unit: '个', kind: 'count' }]],
  ['行政机关合同三个项目。', [{ raw: '三个', value: 3, unit: '个', kind: 'count' }]],
  ['成立十余个工作组。', [{ raw: '十余个', value: 10, unit: '个', kind: 'count', approx: 'over' }]],
  ['设立十几个服务点。', [{ raw: '十几个', value: 10, unit: '个', kind: 'count', approx: 'over' }]],
  ['召开两三次座谈会。', [{ raw: '两三次', value: 2, upper: 3, unit: '次', kind: 'count', approx: 'range' }]],
  ['占比三分之一。', [{ raw: '三分之一', value: 1 / 3, unit: null, kind: 'other' }]],
  ['累计培训百余人，千余家企业受益。', [
    { raw: '百余人', value: 100, unit: '人', kind: 'count', approx: 'over' },
    { raw: '千余家', value: 1000, unit: '家', kind: 'count', approx: 'over' }]],
  ['投入一千多万元，惠及两三万人。', [
    { raw: '一千多万元', value: 10000000, unit: '元', kind: 'money', approx: 'over' },
    { raw: '两三万人', value: 20000, upper: 30000, unit: '人', kind: 'count', approx: 'range' }]],
  ['近两年来持续推进。', [{ raw: '两年', value: 2, unit: '年', kind: 'duration' }]],
  ['二〇二一年三月十日', [{ raw: '二〇二一年三月十日', value: null, unit: null, kind: 'date' }]],
  ['二〇二〇年工作总结', [{ raw: '二〇二〇年', value: 2020, unit: '年', kind: 'year' }]],
  // ordinals are not counts
  ['依据第28条、第十二条规定，公布第3批名单。', []],
  // an ASCII comma between figures is a list comma, not a thousands separator
  ['投入1,200万元，建成30,400个。', [
    { raw: '1,200万元', value: 12000000, unit: '元', kind: 'money' }, { raw: '30,400个', value: 30400, unit: '个', kind: 'count' }]],
  ['新建站点15个,20个在建。', [
    { raw: '15个', value: 15, unit: '个', kind: 'count' }, { raw: '20个', value: 20, unit: '个', kind: 'count' }]],
  // other
  ['开通12345热线。', [{ raw: '12345', value: null, unit: null, kind: 'other' }]],
  ['构建“1+4”基层治理模式。', [{ raw: '1+4', value: null, unit: null, kind: 'other' }]],
  ['时间:2022-06-02 10:36:00', [
    { raw: '2022-06-02', value: null, unit: null, kind: 'date' }, { raw: '10:36:00', value: null, unit: null, kind: 'other' }]],
];

describe('findNumbers (zh)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected.map(row));
  });
});

describe('units added after reviewing the golden fixtures', () => {
  it.each([
    ['每人参训时间不少于40学时', '不少于40学时', 40, '学时', 'duration', 'at-least'],
    ['评查案卷150卷', '150卷', 150, '卷', 'count', null],
    ['共40课时', '40课时', 40, '课时', 'duration', null],
  ])('%s', (sentence, raw, value, unit, kind, approx) => {
    const [n] = findNumbers(sentence, 'zh');
    expect(n).toMatchObject({ raw, value, unit, kind, approx });
  });
});
