/**
 * Issue 11, item 3: the type, years and issuer of a document that issues another (关于印发
 * 《…》的通知: the notice and the plan it issues are one document) come from the issued
 * name; a name quoted inside it (落实《政府工作报告》确定的…方案) or a cited plan's range stays
 * another document's; the year a report's framing sentence names (现将2022年度…情况报告如下)
 * is the year it covers. Texts written for these tests, modelled on city and county notices
 * issuing plans (Beijing 2016, county task lists of 2021), 法治政府建设 reports of several
 * provinces (Tianjin 2023, Hebei 2022, Jiangxi 2019) and policy-reading pages.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const REVIEW = '\n一、主要举措和成效\n全年审查规范性文件36件。\n二、存在的问题\n执法力量不足。\n三、下一步工作打算\n持续深化执法监督。';

describe('a notice that issues a plan reads as the plan it issues', () => {
  it.each([
    ['an office of a city government issues its key points (〈〉 inside the title), signing before the plan',
      '东岭市人民政府办公厅关于印发〈东岭市2019年政务公开工作要点〉的通知\n东政办发〔2019〕21号\n各区人民政府，市政府各委、办、局：\n《东岭市2019年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。\n东岭市人民政府办公厅\n2019年4月26日\n2019年是决胜全面建成小康社会的关键之年。\n一、围绕稳增长推进公开\n各区各部门要及时发布政策。',
      { issuer: '东岭市人民政府办公厅', docType: 'work-plan', planYear: 2019 }],
    ['a county task list for its Government Work Report, the year inside the issued name',
      '关于印发《柳川县2021年政府工作报告重点工作任务分解方案》的通知\n各乡镇人民政府，县政府各部门：\n现将《柳川县2021年政府工作报告重点工作任务分解方案》印发给你们，请认真贯彻执行。\n一、稳增长\n1.地区生产总值增长7%左右。\n柳川县人民政府办公室\n2021年3月5日',
      { issuer: '柳川县人民政府办公室', docType: 'work-plan', planYear: 2021 }],
    ['a district office issues an implementation plan with its year',
      '关于印发《青禾区2024年优化营商环境实施方案》的通知\n各街道办事处，区政府各部门：\n现将《青禾区2024年优化营商环境实施方案》印发给你们，请认真组织实施。\n一、主要任务\n年底前实现企业开办一日办结。\n青禾区人民政府办公室\n2024年2月18日',
      { issuer: '青禾区人民政府办公室', docType: 'work-plan', planYear: 2024 }],
    ['a plan that carries out the quoted report: the report\'s name is not this document',
      '关于印发落实《政府工作报告》确定的2023年重点工作任务分工方案的通知\n各镇人民政府，区政府各部门：\n现将落实《政府工作报告》确定的2023年重点工作任务分工方案印发给你们，请认真贯彻落实。\n一、扩大有效投资\n新开工亿元以上项目30个。\n北塘区人民政府办公室\n2023年3月2日',
      { issuer: '北塘区人民政府办公室', docType: 'work-plan', planYear: 2023 }],
  ])('%s', (_name, text, meta) => {
    expect(run(text).meta).toMatchObject(meta);
  });
});

describe('a cited plan, a quoted report, a reading page: never the document\'s own type or years', () => {
  it.each([
    ['an annual report citing the five-year outline and the congress\'s Government Work Report',
      `北塘区2022年度法治政府建设情况报告\n2022年，北塘区认真贯彻《北塘区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，落实区第十七届人大一次会议审议通过的《政府工作报告》确定的目标任务。${REVIEW}`,
      { issuer: '北塘区', docType: 'annual-report', coversYear: 2022, planYear: 2023 }],
    ['a page that reads a quoted report is no report of its own',
      '【政策解读】关于《溪口县人民政府关于溪口县2023年度法治政府建设工作总结的报告》的政策解读\n按照上级要求，我县总结2023年法治政府建设工作，现解读如下：\n一、起草背景\n每年县级以上地方政府应当报告上一年度法治政府建设情况。\n二、主要内容\n报告包括工作开展情况、存在的问题和下一步工作计划三部分。',
      { docType: 'other', planYear: null }],
    ['key points named after a cited plan whose range has no 年',
      '柳川市落实《法治柳川建设规划（2021—2025）》2022年工作要点\n一、推进科学立法\n年内制定地方性法规2件。',
      { issuer: '柳川市', docType: 'work-plan', planYear: 2022 }],
    ['a range scraped without its dash (20212025年) in the opening',
      `关于2021年度推进法治政府建设情况的报告\n2021年是“十四五”开局之年。一年来，东岭区认真落实《法治政府建设实施纲要（20212025年）》，法治政府建设取得新成效。${REVIEW}\n东岭区人民政府\n2022年2月28日`,
      { issuer: '东岭区人民政府', docType: 'annual-report', coversYear: 2021, planYear: 2022 }],
    ['the last year of a cited outline is the year reviewed, the plans are for the next',
      `青禾县2020年法治政府建设工作报告\n2020年，青禾县以《法治政府建设实施纲要（2015—2020年）》收官为契机，全面完成纲要确定的各项任务。${REVIEW}`,
      { docType: 'annual-report', coversYear: 2020, planYear: 2021 }],
  ])('%s', (_name, text, meta) => {
    expect(run(text).meta).toMatchObject(meta);
  });
});

describe('the year the framing sentence names is the year covered', () => {
  it.each([
    ['受…委托, 现将2022年度…报告如下, under a delivery line of the next year',
      `——2023年8月28日在青溪县第十七届人民代表大会常务委员会第十二次会议上\n主任、各位副主任、秘书长、各位委员：\n受县人民政府委托，现将2022年度法治政府建设情况报告如下，请予审议。${REVIEW}`,
      { coversYear: 2022, planYear: 2023 }],
    ['现将县人民政府2022年…情况报告如下, after a cited regulation',
      `根据《法治政府建设与责任落实督察工作规定》有关要求，现将县人民政府2022年法治政府建设工作情况报告如下。${REVIEW}`,
      { docType: 'annual-report', coversYear: 2022, planYear: 2023 }],
    ['a bureau\'s report to its superior, 现就2021年…情况报告如下',
      `东湖市人民政府：\n根据市委依法治市办要求，现就我局2021年法治政府建设情况报告如下：${REVIEW}`,
      { docType: 'annual-report', coversYear: 2021, planYear: 2022 }],
  ])('%s', (_name, text, meta) => {
    expect(run(text).meta).toMatchObject(meta);
  });
});
