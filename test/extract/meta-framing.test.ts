/**
 * Issue 11, item 3: the document type and the years come from the document's own title words
 * and framing (我代表…向大会报告政府工作, 现就…报告如下, a plans heading, 2019年是…的一年),
 * never from a name inside 《》, a cited plan's range or a quoted document. Fixtures written
 * for these tests, modelled on national and local Government Work Reports, 法治政府建设
 * reports and plan notices of several years.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const para = (s: string) => `${s}全年各项工作取得新的进展，人民生活水平持续提高。`;

describe('docType from the document\'s own title words or framing', () => {
  it.each([
    ['a national report with no title line (向大会作政府工作报告)',
      `各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n一、过去一年工作回顾\n${para('过去一年，')}\n二、2016年工作总体部署\n今年要着力稳增长。`, 'work-report'],
    ['报告政府工作, the salutation on the same line',
      `各位代表：现在，我代表国务院，向大会报告政府工作，请各位代表审议。\n一、2013年工作回顾\n${para('')}\n二、2014年工作总体部署\n今年要稳中求进。`, 'work-report'],
    ['a five-year review reported to a named session',
      `各位代表：\n本届政府2013年3月就职，任期即将结束。现在，我代表国务院，向第十三届全国人民代表大会第一次会议报告过去五年的工作，对今年的工作提出建议，请予审议。\n一、过去五年政府工作的回顾\n${para('')}\n二、对今年政府工作的建议\n今年要全面贯彻新要求。`, 'work-report'],
    ['作政府工作报告 without 向大会',
      `各位代表，现在，我代表国务院，作政府工作报告，请予审议。\n一、去年工作回顾\n${para('2016年，')}\n二、今年主要任务\n今年要深化供给侧结构性改革。`, 'work-report'],
    ['a county report to its congress',
      `各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和列席同志提出意见。\n一、2022年工作回顾\n${para('')}\n二、2023年工作安排\n今年要扎实推进乡村振兴。`, 'work-report'],
    ['a notice that issues a task list for a quoted Government Work Report',
      '关于印发《政府工作报告》重点工作任务分工方案的通知\n各镇人民政府，各街道办事处，区政府各部门：\n现将《政府工作报告》重点工作任务分工方案印发给你们，请认真贯彻落实。\n一、分工安排\n各牵头单位要细化工作措施。', 'work-plan'],
    ['a report on a plan named in 《》',
      '关于《青禾区国民经济和社会发展第十四个五年规划纲要》实施情况的中期评估报告\n《纲要》实施以来，全区经济社会发展取得明显成效。\n一、主要指标完成情况\n地区生产总值年均增长6.2%。', 'annual-report'],
    ['an untitled report that cites a plan in its opening',
      `2021年，按照《北塘区法治政府建设规划（2021—2025年）》的部署，北塘区扎实推进依法行政。现就有关工作情况报告如下：\n一、主要举措和成效\n${para('')}\n二、存在的问题\n执法力量不足。`, 'annual-report'],
    ['a plan issued without a title line',
      '各镇人民政府，各街道办事处，区政府各部门：\n《青禾区2023年政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻落实。\n一、加强政策解读\n年底前完成政策解读专栏改版。\n二、强化平台建设\n各部门要按时更新信息。', 'work-plan'],
    ['a news story about the report is not the report',
      '3月4日，县第十四届人民代表大会第四次会议开幕，县长代表县人民政府作政府工作报告。报告回顾了过去一年的工作，提出了今年的目标任务。代表们认为，报告实事求是，振奋人心。', 'other'],
    ['a pledge speech on behalf of a government is not a work report',
      '同志们：\n我代表县人民政府作表态发言。一、提高站位，压实责任。县政府将把安全生产摆在突出位置。二、突出重点，狠抓落实。要深入开展隐患排查。', 'other'],
    ['an English report with no title line',
      'Fellow Deputies,\nOn behalf of the State Council, I will now report to you on the work of the government for your deliberation.\nI. Review of Our Work in 2019\nGrowth held steady.\nII. Overall Requirements and Targets for 2020\nWe will keep growth steady.', 'work-report'],
  ])('%s', (_name, text, docType) => {
    expect(run(text).meta.docType).toBe(docType);
  });
});

describe('years from the document\'s own framing', () => {
  it.each([
    ['a five-year review with no year in its heading: the year before the plans',
      `各位代表：\n现在，我代表国务院，向第十三届全国人民代表大会第一次会议报告过去五年的工作，对今年的工作提出建议，请予审议。\n一、过去五年政府工作的回顾\n${para('五年来，')}\n二、对今年政府工作的建议\n2018年是全面贯彻党的十九大精神的开局之年。今年要稳中求进。`,
      { docType: 'work-report', coversYear: 2017, planYear: 2018 }],
    ['去年/今年 headings, the plan year from a framing sentence',
      `各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、去年工作回顾\n${para('过去一年，')}\n二、今年主要任务\n2016年是实施“十三五”规划的第一年。今年要着力稳增长。`,
      { docType: 'work-report', coversYear: 2015, planYear: 2016 }],
    ['a 工作总体部署 heading with the year, a year-less review',
      `各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾\n${para('2018年，')}\n二、2019年工作总体部署\n今年要保持经济运行在合理区间。\n三、继续促进经济平稳发展\n要扩大有效投资。`,
      { docType: 'work-report', coversYear: 2018, planYear: 2019 }],
    ['a five-year goals section between the review and this year\'s work',
      `各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、“十三五”时期经济社会发展的回顾\n${para('五年来，')}\n二、“十四五”时期的主要目标和任务\n到2025年，城镇化率提高到65%。\n三、2021年的工作\n今年要保持经济平稳运行。`,
      { docType: 'work-report', coversYear: 2020, planYear: 2021 }],
    ['a delivery date line under no title',
      `——2020年1月8日在南岭县第十六届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n${para('')}\n二、今年工作安排\n今年要扎实推进乡村振兴。`,
      { docType: 'work-report', coversYear: 2019, planYear: 2020 }],
    ['an annual report that cites the 2021—2025 outline: the plan year is the next year, not 2025',
      `青禾区2023年度法治政府建设情况报告\n2023年，青禾区对照《法治政府建设实施纲要（2021—2025年）》，扎实推进依法行政。到2025年，基本建成法治政府。\n一、主要举措和成效\n${para('')}\n二、下一步工作打算\n持续深化执法监督。`,
      { docType: 'annual-report', coversYear: 2023, planYear: 2024 }],
    ['a range cited again and again is not the covered year',
      `2022年，北塘区落实《北塘区“八五”普法规划（2021—2025年）》和《北塘区法治建设规划（2021—2025年）》，现就有关工作情况报告如下：\n一、主要举措和成效\n对照2025年目标，完成《规划（2021—2025年）》确定任务的四成。对照（2021—2025年）规划中期要求查漏补缺。\n二、存在的问题\n执法力量不足。`,
      { docType: 'annual-report', coversYear: 2022 }],
    ['a plan whose title quotes last year\'s report',
      '东湖市2024年政务公开工作要点\n为贯彻《东湖市2023年度政务公开工作报告》提出的改进措施，制定本要点。\n一、加强政策解读\n年底前完成政策解读专栏改版。',
      { docType: 'work-plan', planYear: 2024 }],
    ['a plan titled after a quoted outline: the plan year is its own',
      '柳川市落实《法治政府建设实施纲要（2021—2025年）》2023年度工作要点\n一、健全政府机构职能体系\n年底前完成权责清单调整。',
      { docType: 'work-plan', planYear: 2023 }],
  ])('%s', (_name, text, meta) => {
    expect(run(text).meta).toMatchObject(meta);
  });
});
