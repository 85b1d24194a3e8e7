/**
 * Issue 11, item 3: the issuer read from the whole document — the title, the 发文机关 field,
 * the signature, the body (我代表X人民政府 with the place the text names) — on pages without
 * a title line, on replies titled 对…第N号建议的答复, and on titles wrapped over two lines.
 * Fixtures are written for these tests, modelled on the shapes of county, city and national
 * reports, replies and plans of several provinces and years.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const REVIEW = '\n一、主要举措和成效\n（一）深化行政审批制度改革\n全年办理审批事项1200件，群众满意率达到98%。\n二、存在的问题\n执法队伍专业化水平不够高。\n';

describe('the issuer from the title, the 发文机关 field, the signature or the body', () => {
  it.each([
    ['a 发文机关 field above an issuer-less title',
      `发文机关：南岭县人民政府 成文日期：2023-02-20\n2022年度法治政府建设情况报告\n2022年，全县坚持依法行政，法治政府建设取得新进展。${REVIEW}`, '南岭县人民政府'],
    ['a 发布机构 cell in an information-disclosure box',
      `索 引 号: | 11350100/2024-00012 | 发布机构: | 北塘区人民政府 |\n名   称: | 2023年法治政府建设年度报告 | 发布日期: | 2024-03-15 |\n2023年法治政府建设年度报告\n2023年，全区上下坚持依法行政，各项工作稳步推进。${REVIEW}`, '北塘区人民政府'],
    ['a 发文机关 line of its own, kept out of the text',
      `发文机关：柳川市司法局\n2023年度法治政府建设情况报告\n2023年，我局坚持依法行政，各项工作稳步推进。${REVIEW}`, '柳川市司法局'],
    ['the signing body at the end, below a 关于… title',
      `关于2021年度法治政府建设工作情况的报告\n2021年，我局坚持依法行政，严格规范公正文明执法。${REVIEW}三、下一步工作打算\n持续深化执法监督。\n东湖市市场监督管理局\n2022年2月18日`, '东湖市市场监督管理局'],
    ['the signature above 此件公开发布, 抄送 and the printing line',
      `2023年依法行政工作要点\n一、完善行政决策机制\n重大决策要经过集体讨论决定。\n青禾区人民政府办公室\n2023年3月1日\n（此件公开发布）\n抄送：区委办公室，区人大常委会办公室。\n青禾区人民政府办公室 2023年3月2日印发`, '青禾区人民政府办公室'],
    ['a town government signing, the date on its own line',
      `2022年法治政府建设情况报告\n2022年，我镇认真贯彻上级部署，法治建设稳步推进。${REVIEW}城南镇人民政府\n2023年1月10日`, '城南镇人民政府'],
    ['我代表 with the whole name in a speech',
      '各位代表：\n现在，我代表青溪县人民政府，向大会报告工作，请予审议，并请列席人员提出意见。\n一、2022年工作回顾\n过去一年，全县地区生产总值增长6.1%。\n二、2023年工作安排\n今年要扎实推进乡村振兴。', '青溪县人民政府'],
    ['我代表县人民政府, the county named in the text',
      '各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年，面对多重压力，青溪县上下团结奋进，青溪县地区生产总值增长6.1%，青溪县城乡居民收入稳步提高。\n二、2023年工作安排\n今年要扎实推进乡村振兴。', '青溪县人民政府'],
    ['我代表区人民政府, the district named in the date line',
      '——2023年1月6日在北塘区第十八届人民代表大会第二次会议上\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n全区地区生产总值增长5.2%。\n二、2023年工作安排\n今年要稳住经济大盘。', '北塘区人民政府'],
    ['受市人民政府委托, the city named in the title',
      '云川市2022年度环境状况和环境保护目标完成情况的报告\n主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将2022年度环境状况和环境保护目标完成情况报告如下，请予审议。\n一、环境质量状况\n全市空气质量优良天数比例为88.5%。', '云川市人民政府'],
    ['the title names the issuer although the body names other places',
      `灌北县人民政府2022年度法治政府建设工作报告\n2022年，灌北县学习借鉴青溪县、南岭县的做法，法治政府建设取得成效。${REVIEW}`, '灌北县人民政府'],
  ])('%s', (_name, text, issuer) => {
    const e = run(text);
    expect(e.meta.issuer).toBe(issuer);
    expect(e.text).not.toMatch(/发文机关|发布机构/);
  });
});

describe('a page with no title line', () => {
  it.each([
    ['an opening year, a signature with the date',
      `2021年，在县委的坚强领导下，南岭县坚持依法行政，法治政府建设取得新进展。现就有关工作情况报告如下：${REVIEW}三、2022年工作打算\n持续推进严格规范公正文明执法。\n南岭县人民政府\n2022年3月8日`,
      { issuer: '南岭县人民政府', docType: 'annual-report', coversYear: 2021, planYear: 2022 }],
    ['an opening year, the county named in it, no signature',
      `2021年，在县委的坚强领导下，南岭县坚持依法行政，法治政府建设取得新进展。现就有关工作情况报告如下：${REVIEW}三、2022年工作打算\n持续推进严格规范公正文明执法。`,
      { issuer: '南岭县', docType: 'annual-report', coversYear: 2021, planYear: 2022 }],
    ['a bureau reporting from 2022年以来',
      `2022年以来，东湖市司法局在市委、市政府的正确领导下，全面推进依法行政，现将有关情况汇报如下：${REVIEW}`,
      { issuer: '东湖市司法局', docType: 'annual-report', coversYear: 2022 }],
    ['今年以来, the year from the signature date',
      `今年以来，青禾区在市委、市政府的领导下，法治政府建设扎实推进，现将工作情况报告如下：${REVIEW}青禾区人民政府\n2023年12月20日`,
      { issuer: '青禾区人民政府', docType: 'annual-report', coversYear: 2023 }],
    ['a town, 现将…情况报告如下 at the end of the opening',
      `2022年，城南镇坚持以法治思维推动各项工作，法治建设稳步推进。现将有关情况报告如下：${REVIEW}`,
      { issuer: '城南镇', docType: 'annual-report', coversYear: 2022 }],
    ['publish and source lines above the untitled opening',
      `发布时间：2023-01-30 来源：北塘区司法局\n2022年，北塘区坚持依法行政，法治政府建设成效明显，现就有关工作情况报告如下：${REVIEW}`,
      { issuer: '北塘区', docType: 'annual-report', coversYear: 2022 }],
    ['2020年度, a city, plans for the next year',
      `2020年度，柳川市深入推进依法行政，现将法治政府建设情况报告如下：${REVIEW}三、下一步工作打算\n着力提升执法规范化水平。`,
      { issuer: '柳川市', docType: 'annual-report', coversYear: 2020, planYear: 2021 }],
    ['an autonomous county named after a cited plan',
      `2023年，按照《法治政府建设实施纲要（2021—2025年）》的部署，云岭自治县扎实推进依法行政，现就有关工作情况报告如下：${REVIEW}三、2024年工作安排\n深化行政执法监督。`,
      { issuer: '云岭自治县', docType: 'annual-report', coversYear: 2023, planYear: 2024 }],
  ])('%s', (_name, text, meta) => {
    const e = run(text);
    expect(e.source.title).toBeNull();
    expect(e.meta).toMatchObject(meta);
  });
});

describe('a reply titled 对…第N号建议的答复: the issuer is the replying body', () => {
  const body = '\n李明代表：\n您提出的关于改善农村道路的建议收悉，现答复如下：\n近年来，我局加大农村公路建设力度，完成改造120公里。下一步，我局将继续推进农村公路提质改造。\n感谢您对我们工作的关心和支持。\n';
  it.each([
    ['a 建议 reply signed by a bureau', `对柳川市第九届人民代表大会第二次会议第45号建议的答复${body}柳川市交通运输局\n2023年7月10日`, '柳川市交通运输局'],
    ['a 提案 reply, 关于对…, signed', `关于对县政协十一届三次会议第112号提案的答复${body}南岭县教育局\n2022年6月28日`, '南岭县教育局'],
    ['a 政协…委员会 in the title is the proposer, not the issuer', `对政协东湖市委员会第十二届一次会议第56号提案的答复${body}东湖市水务局\n2022年8月5日`, '东湖市水务局'],
    ['the signature and its date on one line', `对市十七届人大四次会议第231号建议的答复${body}北塘区住房和城乡建设局 2022年6月30日`, '北塘区住房和城乡建设局'],
    ['no signature: the 来源 line names the office', `来源：市自然资源和规划局 发布时间：2021-07-02\n对市十七届人大四次会议第0231号建议的答复${body}`, '市自然资源和规划局'],
    ['the replying office in brackets after the title', `对县十六届人大一次会议第3号建议的答复（县水利局）${body}`, '县水利局'],
    ['the organ before 关于对… (as before)', `青禾区发展和改革局关于对区政协第八届三次会议第8号提案的答复${body}`, '青禾区发展和改革局'],
    ['a government office signing a reply', `对云川市人大代表第19号建议的答复${body}云川市人民政府办公室\n2024年6月12日`, '云川市人民政府办公室'],
    // The office, then 对 and the congress: the congress's place is not part of the office's name.
    ['the office before 对县… (no 关于)', `东河县水利局对县十六届人大三次会议第8号建议的答复${body}2022年8月9日`, '东河县水利局'],
    // A title that opens with the congress's place (关于X区人大…) names no office: the signature does.
    ['the congress\'s place in the title, the office signs', `关于东河区人大三届二次会议第9号“关于修缮社区道路的建议”的答复${body}东河区住房和城乡建设局\n2020年7月2日`, '东河区住房和城乡建设局'],
    ['the congress\'s place in the title, no office anywhere: no issuer', `关于北岭县第六届人大四次会议2号建议的回复${body}承办人：赵某\n2021年5月6日`, null],
    ['a street office signs', `关于对区七届人大二次会议第15号代表建议的答复${body}南湖市青禾区人民政府城北街道办事处\n2024年3月22日`, '南湖市青禾区人民政府城北街道办事处'],
    ['the office before 对 and its own city', `北岭市教育局对北岭市第十届人民代表大会第二次会议第30号建议的答复${body}2018年6月28日`, '北岭市教育局'],
  ])('%s', (_name, text, issuer) => {
    const e = run(text);
    expect(e.meta.docType).toBe('proposal-reply');
    expect(e.meta.issuer).toBe(issuer);
  });
});

describe('a title wrapped over two lines', () => {
  const plans = '三、2023年工作打算\n持续深化执法监督。';
  it.each([
    ['wrapped inside a word (法治|政府)', `青溪县人民政府关于2022年度法治\n政府建设情况的报告\n2022年，全县坚持依法行政。${REVIEW}${plans}`,
      '青溪县人民政府关于2022年度法治政府建设情况的报告', { issuer: '青溪县人民政府', coversYear: 2022, planYear: 2023 }],
    ['a four-character tail', `北塘区2022年法治政府建设\n年度报告\n2022年，全区坚持依法行政。${REVIEW}${plans}`,
      '北塘区2022年法治政府建设年度报告', { issuer: '北塘区', coversYear: 2022, planYear: 2023 }],
    ['the issuer over a title without 关于', `云川市青禾区人民政府\n2022年度法治政府建设工作报告\n2022年，全区坚持依法行政。${REVIEW}${plans}`,
      '云川市青禾区人民政府2022年度法治政府建设工作报告', { issuer: '云川市青禾区人民政府', coversYear: 2022, planYear: 2023 }],
    ['a long tail after the year', `东湖市司法局2024年\n法治政府建设工作要点\n一、加强组织领导\n年底前完成执法人员培训。`,
      '东湖市司法局2024年法治政府建设工作要点', { issuer: '东湖市司法局', docType: 'work-plan', planYear: 2024 }],
    ['a five-character tail 情况的报告', `南岭县人民政府关于2021年法治政府建设工作\n情况的报告\n2021年，全县坚持依法行政。${REVIEW}三、2022年工作打算\n持续深化执法监督。`,
      '南岭县人民政府关于2021年法治政府建设工作情况的报告', { issuer: '南岭县人民政府', coversYear: 2021, planYear: 2022 }],
    ['a summary and plan wrapped after 及', `青禾区司法局2023年工作总结及\n2024年工作计划\n2023年，区司法局坚持依法行政。${REVIEW}`,
      '青禾区司法局2023年工作总结及2024年工作计划', { issuer: '青禾区司法局', docType: 'annual-report', coversYear: 2023, planYear: 2024 }],
    ['a reply title wrapped before 建议的答复', `对市人大十五届三次会议第27号\n建议的答复\n王芳代表：\n您提出的建议收悉，现答复如下：\n我局已完成排查。\n柳川市卫生健康委员会\n2021年7月1日`,
      '对市人大十五届三次会议第27号建议的答复', { issuer: '柳川市卫生健康委员会', docType: 'proposal-reply' }],
    ['a city bureau over a 关于… title', `柳川市市场监督管理局\n关于2022年度法治政府建设情况的报告\n2022年，我局坚持依法行政。${REVIEW}${plans}`,
      '柳川市市场监督管理局关于2022年度法治政府建设情况的报告', { issuer: '柳川市市场监督管理局', coversYear: 2022, planYear: 2023 }],
  ])('%s', (_name, text, title, meta) => {
    const e = run(text);
    expect(e.source.title).toBe(title);
    expect(e.meta).toMatchObject(meta);
  });
});
