/**
 * Issue 11, items 3–4: a plan scraped without its title line (it opens with its addressees,
 * its covering notice or its purpose line) is detected as a report, reads as a work plan, and
 * its tasks are its commitments; the covering notice, the addressees and the signature are
 * not. When the covering notice names the plan it issues, that name gives the plan's year.
 * Texts written for these tests, modelled on county, district and town plans and notices
 * (a Beijing office's key points of 2016, Inner Mongolia's 2022 implementation plan, county
 * flood-season and fire-prevention notices).
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('an untitled plan: detected, a work plan, its tasks its commitments', () => {
  it.each([
    ['a purpose line, then goals, tasks and safeguards',
      '为深入推进依法行政，结合我县实际，制定本方案。\n一、工作目标\n到2024年底，行政执法三项制度全面落实。\n二、主要任务\n（一）规范执法行为。县司法局牵头，9月底前完成执法案卷评查。\n（二）强化执法监督。各执法部门要建立内部监督机制。\n三、保障措施\n各部门要加强组织领导，确保各项任务落到实处。',
      ['到2024年底，行政执法三项制度全面落实', '规范执法行为', '县司法局牵头，9月底前完成执法案卷评查', '强化执法监督', '各执法部门要建立内部监督机制', '各部门要加强组织领导，确保各项任务落到实处'],
      { docType: 'work-plan', planYear: null }],
    ['addressees and a covering notice, arabic tasks, a signature',
      '各乡镇人民政府，县直各单位：\n《南岭县2024年法治政府建设工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。\n1.健全依法决策机制。严格落实重大行政决策程序规定。\n2.深化政务公开。年底前完成政府信息公开目录更新。\n3.规范行政执法。全面推行行政执法公示制度。\n南岭县人民政府办公室\n2024年3月12日',
      ['健全依法决策机制', '严格落实重大行政决策程序规定', '深化政务公开', '年底前完成政府信息公开目录更新', '规范行政执法', '全面推行行政执法公示制度'],
      { docType: 'work-plan', issuer: '南岭县人民政府办公室', planYear: 2024 }],
    ['a bureau\'s key points stating what they are for',
      '根据上级部署，结合我局实际，制定本工作要点。\n一、加强党的领导\n局党组每季度专题研究法治建设工作。\n二、推进依法行政\n（一）完善规范性文件审查机制，全年开展两次清理。\n（二）推进执法规范化，力争年底前实现执法记录仪全覆盖。',
      ['加强党的领导', '局党组每季度专题研究法治建设工作', '推进依法行政', '完善规范性文件审查机制，全年开展两次清理', '推进执法规范化，力争年底前实现执法记录仪全覆盖'],
      { docType: 'work-plan' }],
    ['a district notice of directives, signed by a committee',
      '区政府各部门：\n为做好2023年度安全生产工作，现就有关事项通知如下：\n一、压实安全责任。各部门主要负责人要亲自研究部署。\n二、开展隐患排查。4月30日前完成辖区企业全面排查，建立问题清单。\n三、强化督导检查。区安委办将适时组织督查，对工作不力的予以通报。\n青禾区安全生产委员会\n2023年3月20日',
      ['压实安全责任', '各部门主要负责人要亲自研究部署', '开展隐患排查', '4月30日前完成辖区企业全面排查，建立问题清单', '强化督导检查', '区安委办将适时组织督查，对工作不力的予以通报'],
      { docType: 'work-plan', issuer: '青禾区安全生产委员会' }],
    ['a town\'s plan, 特制定本方案',
      '为进一步做好我镇秋冬季森林防火工作，确保人民群众生命财产安全，特制定本方案。\n一、组织领导\n成立森林防火工作领导小组，镇长任组长。\n二、工作措施\n1.加强宣传教育。各村要利用广播、横幅开展宣传。\n2.落实巡查制度。护林员每日巡山不少于2次。',
      ['成立森林防火工作领导小组，镇长任组长', '加强宣传教育', '各村要利用广播、横幅开展宣传', '落实巡查制度', '护林员每日巡山不少于2次'],
      { docType: 'work-plan', issuer: null }],
    ['a covering notice signed before the plan, the plan framed by its year',
      '各区人民政府，市政府各委、办、局：\n《东岭市2019年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。\n东岭市人民政府办公厅\n2019年4月26日\n2019年是决胜全面建成小康社会的关键之年。\n一、围绕稳增长推进公开\n（一）加强政策解读。各区各部门要及时发布政策。\n（二）推进重大项目公开。6月底前建立重大项目信息公开专栏。',
      ['围绕稳增长推进公开', '加强政策解读', '各区各部门要及时发布政策', '推进重大项目公开', '6月底前建立重大项目信息公开专栏'],
      { docType: 'work-plan', issuer: '东岭市人民政府办公厅', planYear: 2019 }],
    ['a city plan that opens with its cited outline and purpose',
      '为深入贯彻《法治政府建设实施纲要（2021—2025年）》，结合本市实际，制定本实施方案。\n一、健全政府机构职能体系\n（一）推进政府职能优化协同高效。持续推进政府职能转变，健全部门协调配合机制。\n（二）深入推进“放管服”改革。全面推行审批服务马上办、网上办。',
      ['健全政府机构职能体系', '推进政府职能优化协同高效', '持续推进政府职能转变，健全部门协调配合机制', '深入推进“放管服”改革', '全面推行审批服务马上办、网上办'],
      { docType: 'work-plan', planYear: null }],
    ['a county notice for the flood season, directives with dates',
      '各乡镇人民政府，县防指各成员单位：\n为切实做好2022年防汛工作，经县政府同意，现就有关事项通知如下：\n一、落实防汛责任。各乡镇要在5月10日前落实防汛责任人并向社会公布。\n二、开展汛前检查。县水利局要于5月15日前完成水库山塘安全检查。\n三、加强值班值守。汛期实行24小时值班制度。\n柳溪县防汛抗旱指挥部\n2022年4月25日',
      ['落实防汛责任', '各乡镇要在5月10日前落实防汛责任人并向社会公布', '开展汛前检查', '县水利局要于5月15日前完成水库山塘安全检查', '加强值班值守', '汛期实行24小时值班制度'],
      { docType: 'work-plan', issuer: '柳溪县防汛抗旱指挥部' }],
  ])('%s', (_name, text, commitments, meta) => {
    const e = run(text);
    expect(e.source.title).toBeNull();
    expect(e.detection.isReport, `score ${e.detection.score}: ${e.detection.signals.join(' ')}`).toBe(true);
    expect(e.meta).toMatchObject(meta);
    expect(e.commitments.map((c) => c.text)).toEqual(commitments);
  });
});
