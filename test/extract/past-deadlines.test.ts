/**
 * Issue 11, item 4: outside plans, a deadline that falls in a year the report has already
 * reviewed (到2020年底 in a report on 2020) dates work done or a goal restated, no promise;
 * a deadline after that year still is one. Texts written for these tests, modelled on county
 * 法治政府建设 reports of 2019–2023 (Jiangxi 2019, Hebei 2022, Hunan 2022) that restate the
 * outline's goal year or date the reform they finished.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const report = (year: number, opening: string, review: string) =>
  `青禾县${year}年法治政府建设工作报告\n${opening}\n一、主要成效\n${review}\n二、${year + 1}年工作打算\n推进依法行政。`;
const commitmentTexts = (text: string) => run(text).commitments.map((c) => c.text);

describe('a deadline in the year reviewed is no promise outside plans', () => {
  it.each([
    ['the outline\'s goal year restated in a report on that year',
      report(2020, '2020年，青禾县以纲要收官为契机，到2020年底，基本建成法治政府。', '全年审查规范性文件20件。')],
    ['a reform dated by its month in the year reviewed',
      report(2019, '2019年，青禾县扎实推进依法行政。', '2019年11月底前完成机构改革任务，新组建部门已挂牌运行。')],
    ['a half-year deadline of the year reviewed',
      report(2022, '2022年，青禾县坚持依法行政。', '2022年6月底前，全县实现村级法律顾问全覆盖。')],
    ['a deadline of the year before the one reviewed',
      report(2023, '2023年，青禾县坚持依法行政。', '按照2022年底前完成的要求，全县证明事项清理工作已经收尾。')],
    ['a year-end of the year reviewed, 年底前 written after the year',
      report(2021, '2021年，青禾县持续深化“放管服”改革。', '2021年年底前，政务服务事项全部实现网上可办。')],
    ['到…年 of the year reviewed in a review paragraph',
      report(2020, '2020年，青禾县坚持依法行政。', '对照规划目标，到2020年，全县行政执法人员持证率达到100%。')],
    ['a reply dated by its signature, reporting work of that year',
      '对县政协十届二次会议第18号提案的答复\n刘伟委员：\n您提出的提案收悉，现答复如下：\n2022年9月底前，我局建成村级电商服务站86个。下一步，我局将继续完善农村物流体系。\n南岭县商务局\n2022年12月15日'],
    ['the deadline of a national plan met in the year reviewed',
      report(2021, '2021年，青禾县对标国家部署，2021年底前全面推行行政执法“三项制度”。', '全年审查规范性文件20件。')],
  ])('%s', (_name, text) => {
    expect(commitmentTexts(text)).toEqual([text.includes('我局将') ? '下一步，我局将继续完善农村物流体系' : '推进依法行政']);
  });

  it.each([
    ['a goal year after the year reviewed', report(2023, '2023年，青禾县坚持依法行政。', '到2025年，基本建成法治政府。'), '到2025年，基本建成法治政府'],
    ['a month of the next year', report(2022, '2022年，青禾县坚持依法行政。', '2023年6月底前完成执法平台升级。'), '2023年6月底前完成执法平台升级'],
    ['a deadline without a year keeps the rule it had', report(2022, '2022年，青禾县坚持依法行政。', '力争年底前完成清理工作。'), '力争年底前完成清理工作'],
  ])('%s stays a promise', (_name, text, promise) => {
    expect(commitmentTexts(text)).toEqual([promise, '推进依法行政']);
  });
});
