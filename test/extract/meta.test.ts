import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('meta', () => {
  it.each([
    ['灌北县人民政府2022年度法治政府建设工作报告', '灌北县人民政府', 'annual-report', 2022],
    ['青禾区“法治政府”建设工作情况报告', '青禾区', 'annual-report', null],
    ['某市民政局2024年依法行政工作要点', '某市民政局', 'work-plan', null],
    ['南山区发展和改革局关于对市政协十届四次会议第12345号提案的答复', '南山区发展和改革局', 'proposal-reply', null],
    ['政府工作报告', null, 'work-report', null],
    ['城关镇2023年工作总结', '城关镇', 'annual-report', 2023],
  ])('%s', (title, issuer, docType, year) => {
    const e = run(`${title}\n正文第一段，介绍有关情况，内容足够长以便成为正文段落的第一行。`);
    expect(e.meta.issuer).toBe(issuer);
    expect(e.meta.docType).toBe(docType);
    if (year) expect(e.meta.coversYear).toBe(year);
  });

  it('reads years from review and plans headings and the date from chrome lines', () => {
    const e = run('政府工作报告\n——2024年3月5日在某市第十届人民代表大会第二次会议上\n发布时间:2024-03-06 来源:某市政府\n各位代表：现在，我代表某市人民政府，向大会报告政府工作。\n一、2023年工作回顾\n经济增长5%。\n二、2024年政府工作任务\n扩大内需。');
    expect(e.meta).toEqual({ issuer: '某市人民政府', docType: 'work-report', coversYear: 2023, planYear: 2024, publishedAt: '2024-03-06' });
  });

  it('infers the plan year from a next-steps section of an annual report', () => {
    const e = run('青禾区法治政府建设情况报告\n近年来，全区深入推进依法行政，法治政府建设取得明显成效，现报告如下：\n一、工作开展情况\n2023年，全区办理案件30件。2023年完成清理。\n二、下一步工作打算\n加强执法。');
    expect(e.meta.coversYear).toBe(2023);
    expect(e.meta.planYear).toBe(2024);
  });

  it('reads the covered year from the opening sentence when the title has none', () => {
    const e = run('青禾区人民政府\n时间:2021-03-22 16:26 来源:某市人民政府门户网站\n2020年,青禾区法治政府建设在上级党委、政府的正确领导下，各项工作取得新的发展。\n一、主要举措和成效\n完成任务。\n二、存在的问题和不足\n能力不足。\n三、2021年法治政府建设主要安排\n加强领导。');
    expect(e.meta).toEqual({ issuer: '青禾区人民政府', docType: 'annual-report', coversYear: 2020, planYear: 2021, publishedAt: '2021-03-22' });
  });

  it('leaves years null in a work plan whose year digits were lost', () => {
    const e = run('民政局深化依法行政规划安排\n时间:2022-06-02 10:36:00\n年底前向上市政府报告本年度依法行政工作情况。\n一、完善行政决策机制。\n重大决策要集体讨论决定。');
    expect(e.meta).toEqual({ issuer: '民政局', docType: 'work-plan', coversYear: null, planYear: null, publishedAt: '2022-06-02' });
  });

  it('reads English issuer and years', () => {
    const e = run('On behalf of the State Council, I will now report to you on the work of the government for your deliberation.\nI. A Review of Our Work in 2023\nGDP grew.\nIII. Major Tasks for 2024\nWe will grow.');
    expect(e.meta).toMatchObject({ issuer: 'State Council', docType: 'work-report', coversYear: 2023, planYear: 2024 });
  });

  it('does not read a proposal number as a year, nor a leading year as the issuer', () => {
    const reply = run('某市某局关于市政协第2087号提案的答复\n王委员：您的提案收悉，经认真研究，现答复如下：\n2023年以来，我局推进登记便利化改革。');
    expect(reply.meta.coversYear).toBe(2023);
    const report = run('2025年青川省人民政府工作报告（摘要）\n各位代表：现在，我代表省人民政府，向大会报告工作。\n一、2024年工作回顾\n增长5%。');
    expect(report.meta.issuer).toBe('青川省人民政府');
  });

  it("dates a reply by its signature, not by the years of the projects its body names", () => {
    // The body cites the year a road was last repaired and the year a project is scheduled; the reply is signed in between.
    const road = run('关于对政协东河县第九届委员会第三次会议第21号提案的复函\n刘某委员：\n现将您提出的提案办理情况答复如下：\n该路段我局曾于2017年进行过维修。\n我局已将该路段上报为2024年危桥改造项目，将予以实施。\n感谢您对我局工作的关心支持。\n东河县交通运输局\n2023年9月12日\n联系人：王某，电话：1234567');
    expect(road.meta.coversYear).toBe(2023);
    const school = run('对市十五届人大二次会议第40号建议的答复\n张某代表：\n您提出的建议收悉，现答复如下：\n该校舍建于2009年，已列入2025年改造计划。\n北岭市教育局\n2024年7月1日\n抄送：市人大常委会代表工委\n办复类别：B类');
    expect(school.meta.coversYear).toBe(2024);
  });

  it('reads an English letterhead, a Title Case foreword and the published date', () => {
    const e = run('Northshire Department of Transport\nAnnual Report 2023-24\nPublished 12 July 2024\nForeword\nThis report sets out what we achieved and what we will deliver next year.\n1. Performance in 2023-24\nWe resurfaced roads.\n2. Priorities for 2024-25\nWe will resurface at least 400 kilometres of roads by June 30, 2025.');
    expect(e.meta).toEqual({ issuer: 'Northshire Department of Transport', docType: 'annual-report', coversYear: 2023, planYear: 2024, publishedAt: '2024-07-12' });
    expect(e.headings.map((h) => `${h.depth} ${h.title}`)).toEqual(['1 Foreword', '1 Performance in 2023-24', '1 Priorities for 2024-25']);
    expect(e.commitments.map((c) => c.deadline)).toEqual(['by June 30, 2025']);
  });

  it('reads an ISO date after "Published:" on a long line with the source', () => {
    const e = run('Maple Valley County Government\nAnnual Report on Law-Based Administration, 2023\nPublished: 2024-02-05  Source: County Office of Legal Affairs\nIn 2023, the county continued to put administration on a firm legal footing.\nI. Plans for 2024\nWe will publish the list of enforcement powers by June 30, 2024.');
    expect(e.meta.publishedAt).toBe('2024-02-05');
  });

  it('reads a report saved from a web page as text: skip link and menu words are chrome, not the title', () => {
    const e = run('Skip to main content\nMenu\nSearch\nHome | Departments | Services | Contact\nSign in\nMaple Valley County Government\nAnnual Report on Law-Based Administration, 2023\nIn 2023, the county continued to put administration on a firm legal footing.\nI. Main Work and Results\nWe trained about 1,200 officers.\nII. Plans for 2024\nWe will publish the list of enforcement powers by June 30, 2024.');
    expect(e.source.title).toBe('Annual Report on Law-Based Administration, 2023');
    expect(e.meta).toMatchObject({ issuer: 'Maple Valley County Government', docType: 'annual-report', coversYear: 2023, planYear: 2024 });
    expect(e.detection.isReport).toBe(true);
    expect(e.text).not.toMatch(/Skip to|Menu|Sign in|Home \|/);
  });

  it('reads an information-disclosure table: labelled cells are chrome, 发布日期 is the date', () => {
    const e = run([
      '云川市青禾区人民政府 2019年12月3日星期二',
      '索 引 号: | 123456789/2024-00001 | 主题分类: | 司法 |',
      '---|---|---|---|',
      '名   称: | 青禾区2023年司法行政工作总结 | 发布日期: | 2024-03-04 16:28 |',
      '青禾区2023年司法行政工作总结',
      '今年以来,青禾区司法局在区委区政府的坚强领导下,坚持依法行政,各项工作稳步推进。',
      '一、2023年全年工作情况',
      '开展专题学习12次。',
    ].join('\n'));
    expect(e.source.title).toBe('青禾区2023年司法行政工作总结');
    expect(e.meta).toMatchObject({ issuer: '青禾区', coversYear: 2023, publishedAt: '2024-03-04' });
    expect(e.text).not.toMatch(/索|星期/);
  });

  it('prefers the 发布日期 to the 成文日期 and to a signature date', () => {
    const e = run('发布机构: 青禾区政府办公室 成文日期: 2020-05-21\n文号: 青府办函〔2020〕4号 发布日期: 2020-05-26\n青禾区2020年依法行政工作要点\n2020年5月21日\n一、深化改革\n推进审批改革。');
    expect(e.meta.publishedAt).toBe('2020-05-26');
  });

  it('takes the title under a column label and a breadcrumb, never the site clock', () => {
    const e = run('今天是:2019年10月31日 星期三 农历十月初七\n工作报告\n您所在的位置:政务公开 > 工作报告\n2020年青禾区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n2020年青禾区法治政府建设情况报告\n2020年,青禾区坚持依法行政,法治政府建设取得新成效。\n一、主要举措和成效\n完成任务。');
    expect(e.source.title).toBe('2020年青禾区法治政府建设情况报告');
    expect(e.meta).toMatchObject({ issuer: '青禾区', coversYear: 2020, publishedAt: '2021-03-29' });
    expect(e.text.match(/情况报告/g)).toHaveLength(1);
  });

  it('joins an issuer line set above a 关于… title, city and district together', () => {
    const e = run('云川市青禾区人民政府\n关于2024年法治政府建设报告\n青禾区坚持依法行政,法治政府建设取得新成效。\n一、法治政府建设的主要举措和成效\n完成任务。');
    expect(e.source.title).toBe('云川市青禾区人民政府关于2024年法治政府建设报告');
    expect(e.meta).toMatchObject({ issuer: '云川市青禾区人民政府', coversYear: 2024 });
  });

  it('does not call an untitled review a plan for a 安排 inside a paragraph', () => {
    const e = run('2024年,在市委、市政府正确领导下,我区坚持依法行政,区委常委会专题听取法治政府建设工作汇报,对全区法治建设工作作出部署安排,较好地完成了全年各项工作任务。\n一、坚持政治引领\n一是推进法治学习常态化。全年集中学法7次。');
    expect(e.meta.docType).not.toBe('work-plan');
    expect(e.meta.coversYear).toBe(2024);
    expect(e.commitments).toEqual([]);
  });

  it('reads a year summary with next year\'s plan as an annual report with both years', () => {
    const e = run('某区司法局2023年工作总结及2024年工作计划\n2023年,某区司法局坚持依法行政,各项工作成效明显。\n一、2023年工作情况\n开展培训12次。');
    expect(e.meta).toMatchObject({ docType: 'annual-report', coversYear: 2023, planYear: 2024 });
  });
});
