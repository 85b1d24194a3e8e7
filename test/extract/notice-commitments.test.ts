/**
 * Issue 11, item 4: commitments in notices and plans. The numbered directives of a notice
 * (…于X月X日前将方案报区政府办公室) are commitments; signature, date and addressee lines never
 * are; finished work that mentions a deadline (3月底前我县基本完成……) is no commitment
 * outside plans. Texts written for these tests, modelled on county, district and city
 * notices, plans and reports of several provinces and years.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const commitmentTexts = (text: string) => run(text).commitments.map((c) => c.text);

describe('the numbered directives of a notice are commitments', () => {
  it.each([
    ['a district notice with 一、二、 items and a report-by date',
      '关于做好2023年度政务公开工作的通知\n各镇人民政府，各街道办事处，区政府各部门：\n为进一步提升政务公开质量，现就有关事项通知如下：\n一、明确工作责任\n各单位要明确一名分管负责同志和专职人员。\n二、按时报送方案\n请各单位于6月30日前将工作方案报区政府办公室。\n青禾区人民政府办公室\n2023年5月10日',
      ['明确工作责任', '各单位要明确一名分管负责同志和专职人员', '按时报送方案', '请各单位于6月30日前将工作方案报区政府办公室']],
    ['a county notice with arabic items',
      '关于开展安全生产大检查的通知\n各乡镇人民政府，县直各单位：\n经县政府同意，现将有关事项通知如下：\n1.各乡镇要于5月20日前完成辖区企业自查。\n2.县应急管理局负责组织抽查，6月底前形成检查报告。\n南岭县安全生产委员会办公室\n2022年4月28日',
      ['各乡镇要于5月20日前完成辖区企业自查', '县应急管理局负责组织抽查，6月底前形成检查报告']],
    ['a notice without a title line',
      '各镇人民政府，各街道办事处：\n为做好防汛准备工作，现就有关事项通知如下：\n一、各镇要在5月15日前完成山塘水库隐患排查。\n二、各街道要落实24小时值班制度，确保信息畅通。\n北塘区防汛抗旱指挥部\n2021年5月6日',
      ['各镇要在5月15日前完成山塘水库隐患排查', '各街道要落实24小时值班制度，确保信息畅通']],
    ['a notice that issues a plan and lists its tasks',
      '关于印发柳川市2024年营商环境优化工作方案的通知\n各县（市、区）人民政府，市政府各部门：\n现将《柳川市2024年营商环境优化工作方案》印发给你们，请认真贯彻执行。\n一、工作目标\n到2024年底，企业开办时间压缩至1个工作日。\n二、重点任务\n（一）推行证照联办。市市场监管局牵头，9月底前实现全市通办。',
      ['到2024年底，企业开办时间压缩至1个工作日', '推行证照联办', '市市场监管局牵头，9月底前实现全市通办']],
    ['directives with 须 and a monthly report date',
      '关于加强统计数据报送工作的通知\n各成员单位：\n现就有关要求通知如下：\n一、各单位须于每月5日前报送上月工作进展。\n二、报送材料须经单位主要负责人审核签字。\n东湖市统计局\n2020年3月2日',
      ['各单位须于每月5日前报送上月工作进展', '报送材料须经单位主要负责人审核签字']],
    ['a notice whose requirements section closes the plan',
      '关于做好2022年度法治政府建设年度报告工作的通知\n县政府各部门：\n现将有关事项通知如下：\n一、报告内容\n各部门要全面总结2022年度法治政府建设情况。\n二、工作要求\n（一）加强组织领导。各部门主要负责同志要亲自审定报告。\n（二）按时报送报告。请于2023年1月20日前将报告报送县司法局。\n青溪县人民政府办公室\n2022年12月30日',
      ['各部门要全面总结2022年度法治政府建设情况', '加强组织领导', '各部门主要负责同志要亲自审定报告', '按时报送报告', '请于2023年1月20日前将报告报送县司法局']],
    ['a town notice with 一是 directives in one paragraph',
      '关于做好秋冬季森林防火工作的通知\n各村（社区）：\n现就有关事项通知如下：\n一是各村要在10月底前完成防火物资储备；二是要加强巡山护林，严禁野外用火。\n城南镇人民政府\n2023年9月25日',
      ['各村要在10月底前完成防火物资储备', '要加强巡山护林，严禁野外用火']],
    ['a city notice on a reply deadline',
      '关于认真办理2024年市人大代表建议和政协提案的通知\n市政府各部门：\n现将有关事项通知如下：\n一、各承办单位要在交办之日起3个月内办结并答复代表委员。\n二、请于9月30日前将办理情况总结报市政府督查室。\n云川市人民政府办公室\n2024年3月15日',
      ['各承办单位要在交办之日起3个月内办结并答复代表委员', '请于9月30日前将办理情况总结报市政府督查室']],
  ])('%s', (_name, text, expected) => {
    // Headings that only name a part of the notice (工作目标, 重点任务, 工作要求, 报告内容) are no action.
    const e = run(text);
    expect(e.meta.docType).toBe('work-plan');
    expect(e.commitments.map((c) => c.text)).toEqual(expected);
  });
});

describe('signature, date and addressee lines are never commitments', () => {
  const plan = (tail: string) => `青禾区2023年依法行政工作要点\n各镇人民政府，各街道办事处，区政府各部门：\n一、完善行政决策机制\n重大决策要经过集体讨论决定。\n${tail}`;
  it.each([
    ['the signing office and the date at the end', plan('青禾区人民政府办公室\n2023年3月1日')],
    ['the signature and date followed by 此件公开发布, 抄送 and the printing line',
      plan('青禾区人民政府办公室\n2023年3月1日\n（此件公开发布）\n抄送：区委办公室，区人大常委会办公室。\n青禾区人民政府办公室 2023年3月2日印发')],
    ['the date written in Chinese numerals', plan('青禾区人民政府\n二〇二三年三月一日')],
    ['the signature and the date on one line', plan('青禾区人民政府办公室 2023年3月1日')],
    ['the signature with a seal mark', plan('青禾区司法局（盖章）\n2023年3月1日')],
    ['two signing bodies side by side', plan('中共青禾区委办公室　青禾区人民政府办公室\n2023年3月1日')],
    ['attachments listed after the signature', plan('青禾区人民政府\n2023年3月1日\n附件：1.重大行政决策事项目录\n2.合法性审查工作流程图')],
    ['an addressee line of several kinds of units', plan('各乡镇人民政府、街道办事处，县直各单位：\n2023年3月1日')],
  ])('%s', (_name, text) => {
    expect(commitmentTexts(text)).toEqual(['完善行政决策机制', '重大决策要经过集体讨论决定']);
  });

  it('in an annual report, the signature below the plans section', () => {
    const text = '南岭县2022年度法治政府建设情况报告\n一、主要举措和成效\n全年办理审批事项1200件。\n二、2023年工作安排\n持续深化行政执法监督。\n南岭县人民政府\n2023年1月10日';
    expect(commitmentTexts(text)).toEqual(['持续深化行政执法监督']);
  });
});

describe('finished work that mentions a deadline is no commitment outside plans', () => {
  const report = (review: string) => `某县2019年法治政府建设工作报告\n一、主要成效\n${review}\n二、2020年工作打算\n推进依法行政。`;
  it.each([
    ['基本完成 after a month deadline', '3月底前我县基本完成各涉改部门的班子配备、人员转隶工作。'],
    ['全部完成 with a result count', '年底前全部完成规范性文件清理，共清理文件120件。'],
    ['已 with a date deadline', '6月30日前已全部办结群众来信。'],
    ['完成了 after 于…底前', '按照省里要求，于2019年11月底前完成了执法证件换发。'],
    ['如期 before a half-year deadline', '上半年前如期建成县级行政执法监督平台并投入使用。'],
    ['截至 with a cumulative figure', '截至年底前，累计培训执法人员800人次。'],
    ['公布了 before a quarter deadline', '第三季度前向社会公布了权责清单。'],
    ['提前实现', '提前于10月底前实现政务服务事项全程网办。'],
  ])('%s', (_name, sentence) => {
    expect(commitmentTexts(report(sentence))).toEqual(['推进依法行政']);
  });

  it.each([
    ['力争 keeps a deadline a promise', '力争年底前完成清理工作。'],
    ['将 keeps it too', '我县将于年内建成市民中心。'],
    ['a bare deadline and an action is still a plan', '年底前完成行政执法案卷评查。'],
    ['确保…全部完成 is a promise', '确保年底前全部完成整改任务。'],
  ])('%s', (_name, sentence) => {
    expect(commitmentTexts(report(sentence))).toEqual([sentence.replace(/。$/, ''), '推进依法行政']);
  });
});
