/**
 * Issue 11, item 3: a government that names itself without its place (县人民政府, 县政府,
 * 旗人民政府) in its speech, its framing sentence or its opening is the place the text names
 * (its own documents' names included) with its government; an addressee line above the text
 * names the body reported to, never the issuer. Texts written for these tests, modelled on
 * county and district 法治政府建设 reports (Hunan 2022, Yunnan 2022, Hebei 2022), county
 * and banner work reports and reports to a standing committee of several years.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const REVIEW = '\n一、主要成效\n全年审查规范性文件36件。\n二、存在的问题\n执法人员专业素质有待提高。\n三、下一步工作安排\n持续推进严格规范公正文明执法。';
const speech = (government: string, review: string) =>
  `各位代表：\n现在，我代表${government}，向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n${review}\n二、2024年工作安排\n今年要着力扩大有效投资。`;

describe('a government named without its place is the place the text names', () => {
  it.each([
    ['现将县人民政府…报告如下, the county named only in its own documents\' names',
      `根据《法治政府建设与责任落实督察工作规定》有关要求，现将县人民政府2022年法治政府建设工作情况报告如下。\n2022年，县人民政府制定了《柳溪县人民政府常务会会前学法制度》和《2022年柳溪县人民政府学法计划》。${REVIEW}`,
      '柳溪县人民政府'],
    ['我代表县政府 (no 人民), the county named in the review',
      speech('县政府', '过去一年，石门县地区生产总值增长5.6%，石门县一般公共预算收入完成12.3亿元。'), '石门县人民政府'],
    ['受县人民政府委托, the county named in the delivery line',
      `——2023年8月28日在青溪县第十七届人民代表大会常务委员会第十二次会议上\n主任、各位副主任、秘书长、各位委员：\n受县人民政府委托，现将2022年度法治政府建设情况报告如下，请予审议。${REVIEW}`, '青溪县人民政府'],
    ['我代表自治县人民政府, the autonomous county named in full',
      speech('自治县人民政府', '过去一年，云岭彝族自治县各族干部群众团结奋进，云岭彝族自治县获评省级文明城市。'), '云岭彝族自治县人民政府'],
    ['我代表旗人民政府, a banner of Inner Mongolia',
      speech('旗人民政府', '一年来，达岭旗农牧业稳中向好，达岭旗粮食产量达到15万吨。'), '达岭旗人民政府'],
    ['我代表区人民政府, a partner district named too',
      speech('区人民政府', '过去一年，青禾区与北塘区合作共建产业园，青禾区地区生产总值增长6%，青禾区获评全国文明城区。'), '青禾区人民政府'],
    ['我代表县人民政府, its towns named more often than the county',
      speech('县人民政府', '过去一年，城关镇、河口镇、城关镇、新街镇基础设施明显改善，溪口县地区生产总值增长5%。'), '溪口县人民政府'],
    ['我代表县人民政府, the county named only in the draft note at the end',
      `${speech('县人民政府', '过去一年，全县上下真抓实干，经济社会持续健康发展。')}\n（此稿为平川县第十八届人民代表大会第三次会议审议稿）`, '平川县人民政府'],
    ['an opening whose subject is 县政府, the county named later',
      `2022年，县政府深入学习贯彻法治思想，坚持把法治政府建设放在全县发展全局中统筹推进，赵林县连续三年获评依法行政先进单位，赵林县法治化营商环境持续优化。${REVIEW}`,
      '赵林县人民政府'],
    // One-character counties exist (a 县 named by a single character); "农业大县", "两县", "全县" are none.
    ['现将县人民政府…报告如下, a one-character county named only in its documents\' names',
      `现将县人民政府2023年法治政府建设工作情况报告如下。\n2023年，县人民政府修订了《岱县重大行政决策程序规定》，印发《岱县行政执法公示办法》，我县作为农业大县，与邻近两县共建执法协作机制。${REVIEW}`,
      '岱县人民政府'],
    ['a county never named keeps the name it gives itself',
      speech('县人民政府', '过去一年，全县上下真抓实干，我县经济社会持续健康发展。'), '县人民政府'],
  ])('%s', (_name, text, issuer) => {
    expect(run(text).meta.issuer).toBe(issuer);
  });
});

describe('an addressee line names the body reported to, not the issuer', () => {
  it.each([
    ['a county office reporting to the county\'s party committee and government',
      `中共武岭县委、县人民政府：\n2022年，在县委、县政府的坚强领导下，武岭县人民政府办公室坚持依法行政，圆满完成了各项工作任务。现将工作情况报告如下：${REVIEW}`,
      '武岭县人民政府办公室'],
    ['a bureau reporting to the city government, signed',
      `东湖市人民政府：\n2023年，我局在市委、市政府的正确领导下，全面推进依法行政。现将有关情况报告如下：${REVIEW}\n东湖市自然资源和规划局\n2024年1月20日`,
      '东湖市自然资源和规划局'],
    ['a town reporting to the county government, the town named in the opening',
      `溪口县人民政府：\n2021年，河口镇坚持以法治思维推动各项工作，现将法治政府建设情况报告如下：${REVIEW}`,
      '河口镇'],
  ])('%s', (_name, text, issuer) => {
    expect(run(text).meta.issuer).toBe(issuer);
  });
});
