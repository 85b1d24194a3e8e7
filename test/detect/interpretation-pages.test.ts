/**
 * Government sites publish a 政策解读 (an interpretation, an infographic, a press Q&A) beside
 * most reports and plans: it quotes the document's name, retells its outline (一、起草背景
 * 二、起草过程 三、主要内容) and reads like a report to every other rule. It is not the report:
 * a reader who saves it would track the wrong text. Texts written for these tests, in the
 * shapes of interpretation pages of county, city and provincial sites of several years.
 */
import { describe, expect, it } from 'vitest';
import { detectText } from './helpers';

/** How such a page retells the document, whatever it interprets. */
const RETOLD = (name: string) =>
  `按照上级有关要求，现将《${name}》有关内容解读如下：\n一、起草背景\n根据有关规定，县级以上地方各级政府每年应当报告上一年度工作情况。\n二、起草过程\n牵头单位汇总各乡镇各部门工作情况，征求意见后形成初稿，经会议审议通过。\n三、主要内容\n全文分三个部分。第一部分是工作开展情况，一是健全依法决策机制，二是严格规范公正文明执法；第二部分是存在的不足；第三部分是下一步工作打算。`;

describe('an interpretation of a report or plan is not the report', () => {
  it.each([
    ['a county annual report interpreted', '【政策解读】关于《青石县人民政府关于2023年度法治政府建设工作情况的报告》的政策解读', '青石县人民政府关于2023年度法治政府建设工作情况的报告'],
    ['a city plan interpreted', '《东岭市2024年政务公开工作要点》政策解读', '东岭市2024年政务公开工作要点'],
    ['an implementation plan, 解读 first', '解读：《柳川区优化营商环境实施方案》', '柳川区优化营商环境实施方案'],
    ['an infographic', '图解：2024年南江县政府工作报告', '2024年南江县政府工作报告'],
    ['a one-picture explainer', '一图读懂《白沙镇2023年工作总结及2024年工作计划》', '白沙镇2023年工作总结及2024年工作计划'],
    ['a press Q&A on a plan', '市司法局负责人就《西平市法治政府建设实施方案》答记者问', '西平市法治政府建设实施方案'],
    ['a department interprets its key points', '关于《2022年全省政务服务工作要点》的解读', '2022年全省政务服务工作要点'],
    ['a work report interpreted, 文字解读', '文字解读：2025年河阳县政府工作报告', '2025年河阳县政府工作报告'],
  ])('%s', (_what, title, name) => {
    const d = detectText(`${title}\n${RETOLD(name)}`);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(false);
  });
});

describe('reports and plans that speak of interpreting stay reports', () => {
  it.each([
    ['a report whose review mentions its interpretation work', '青石县2023年度法治政府建设工作情况报告'],
    ['a plan that orders interpretations', '东岭市2024年政务公开工作要点'],
  ])('%s', (_what, title) => {
    const body = '一、2023年工作开展情况\n全年发布政策解读材料86篇，开展图解、视频解读等多种形式解读。各项工作取得明显成效。\n二、存在的不足\n政策解读质量还有待提高。\n三、下一步工作打算\n2024年要进一步做好政策解读工作。';
    const d = detectText(`${title}\n${body}`);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(true);
  });
});
