/**
 * Issue 11, item 5: ordinals are not counts (第二、三批, 三次会议 as a session's name); a unit
 * shared across 和/、 (8.3和10.4个百分点) goes to every figure; reference numbers (索引号
 * 0108/2022-06521) are no figures and give no year; X日前 is a deadline date, not a duration.
 * Sentences written for these tests, modelled on reports and notices of several issuers.
 */
import { describe, expect, it } from 'vitest';
import { found, raws, row, type Expected } from './find';

describe('ordinals are not counts', () => {
  it.each([
    ['确定第二、三批试点单位名单。', []],
    ['公布第三、四、五批次示范村名单。', []],
    ['在县十七届人大三次会议上审议通过。', []],
    ['区政协九届二次会议期间收到提案86件。', ['86件']],
    ['十三届全国人大一次会议审议通过宪法修正案。', []],
    ['市人大常委会第二十次会议听取了报告。', []],
    ['第一、二季度完成目标任务。', []],
    ['列入第二和第三批改革试点。', []],
  ])('%s → %j', (text, expected) => {
    expect(raws(text)).toEqual(expected);
  });

  it.each([
    ['先后召开三次会议研究部署。', '三次', 3],
    ['全年开展专项检查五次。', '五次', 5],
    ['县政府常务会议三次专题研究法治政府建设。', '三次', 3],
  ])('a count stays a count: %s', (text, raw, value) => {
    expect(found(text)).toEqual([row({ raw, value, unit: '次', kind: 'count' })]);
  });
});

describe('a unit shared across 和/、 goes to every figure', () => {
  const pp = (raw: string, value: number): Expected => row({ raw, value, unit: '个百分点', kind: 'percent' });
  it.each([
    ['分别提高8.3和10.4个百分点。', [pp('8.3', 8.3), pp('10.4个百分点', 10.4)]],
    ['分别下降0.5、0.8和1.2个百分点。', [pp('0.5', 0.5), pp('0.8', 0.8), pp('1.2个百分点', 1.2)]],
    ['分别增长5.1、6.3和7.8%。', [
      row({ raw: '5.1', value: 5.1, unit: '%', kind: 'percent' }), row({ raw: '6.3', value: 6.3, unit: '%', kind: 'percent' }), row({ raw: '7.8%', value: 7.8, unit: '%', kind: 'percent' })]],
    ['投入分别达到120和150万元。', [
      row({ raw: '120', value: 1200000, unit: '元', kind: 'money' }), row({ raw: '150万元', value: 1500000, unit: '元', kind: 'money' })]],
    ['一般债券和专项债券分别为3.5、4.2亿元。', [
      row({ raw: '3.5', value: 350000000, unit: '元', kind: 'money' }), row({ raw: '4.2亿元', value: 420000000, unit: '元', kind: 'money' })]],
    ['新增就业分别为3000和5000人。', [
      row({ raw: '3000', value: 3000, unit: '人', kind: 'count' }), row({ raw: '5000人', value: 5000, unit: '人', kind: 'count' })]],
    ['去年和今年分别招录2000和2100人。', [
      row({ raw: '2000', value: 2000, unit: '人', kind: 'count' }), row({ raw: '2100人', value: 2100, unit: '人', kind: 'count' })]],
    ['改造农村公路15和20公里。', [
      row({ raw: '15', value: 15, unit: '公里', kind: 'quantity' }), row({ raw: '20公里', value: 20, unit: '公里', kind: 'quantity' })]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['2021、2022年连续获评先进。', ['2021', '2022年']],
    ['完成8项任务和10个项目。', ['8项', '10个']],
    ['增长8%和10个百分点。', ['8%', '10个百分点']],
  ])('figures that have their own unit or are years keep them: %s', (text, expected) => {
    expect(raws(text)).toEqual(expected);
    expect(found(text).map((n) => n.unit)).not.toContain(null);
  });
});

describe('reference numbers are no figures and give no year', () => {
  it.each([
    ['索引号：0108/2022-06521', '0108/2022-06521'],
    ['索 引 号: 755148572/2024-07714 主题分类: 司法', '755148572/2024-07714'],
    ['（索引号：000014349/2021-00123）', '000014349/2021-00123'],
    ['信息编号 11350100/2024-00012', '11350100/2024-00012'],
    ['项目编号：ZB-2023-011', 'ZB-2023-011'],
    ['受理编号2022-00871，请妥善保存。', '2022-00871'],
    ['统一社会信用代码：91320100MA1X2Y3Z4Q', '91320100MA1X2Y3Z4Q'],
    ['备案号：QH20230045', 'QH20230045'],
  ])('%s', (text, id) => {
    const mentions = found(text);
    expect(mentions.filter((n) => n.kind !== 'doc-id')).toEqual([]);
    expect(mentions.map((n) => n.raw)).toEqual([id]);
  });
});

describe('X日前 is a deadline date, not a duration', () => {
  const date = (raw: string): Expected => row({ raw, value: null, unit: null, kind: 'date' });
  it.each([
    ['每月10日前报送上月数据。', [date('10日')]],
    ['请于25日前将材料报区政府办公室。', [date('25日')]],
    ['次月5日前完成结算。', [date('5日')]],
    ['每季度首月15日前报送进展。', [date('15日')]],
    ['本月20日前完成自查。', [date('20日')]],
    ['15日之前将整改报告报送县政府。', [date('15日')]],
    ['每年1月31日前报送年度报告。', [date('1月31日')]],
    ['于每月3日以前汇总上报。', [date('3日')]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['在10日内作出决定。', '10日内'],
    ['3个工作日内办结。', '3个工作日内'],
  ])('a span stays a duration: %s', (text, raw) => {
    expect(found(text).map((n) => [n.raw, n.kind])).toEqual([[raw, 'duration']]);
  });
});
