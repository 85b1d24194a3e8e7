/**
 * A reply to a deputy's suggestion or a member's proposal (建议/提案答复) ends with courtesy:
 * thanks, an invitation to get in touch, a promise to keep in contact or to "do the related work
 * well". Those words are addressed to the deputy and promise nothing checkable; a concrete step
 * with a date or a figure ("下一步，我们将于2025年6月底前完成…") is still a commitment, wherever
 * it stands. Fixtures are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const reply = (title: string, to: string, body: string[], closing: string[], date: string, issuer: string) =>
  [title, `${to}：`, `您提出的建议收悉。我们高度重视，认真研究办理，现答复如下：`, ...body, ...closing, issuer, date].join('\n');

const cases: Array<{ name: string; text: string; kept: string[]; courtesy: string[] }> = [
  {
    name: 'transport bureau 2023: thanks, get in touch, 尽全力做好相关工作',
    text: reply('关于对市人大十届二次会议第35号建议的答复', '王某某等代表',
      ['近年来，我局持续加大农村公路建设和养护力度，全市农村公路总里程达到2100公里。', '经与乡镇共同研究，该路段已列入省级项目库，待审批后实施。'],
      ['感谢您对交通运输工作的关心和支持！对以上答复如有不满意之处，请及时与我局联系，我局将尽全力做好相关工作。'],
      '2023年7月10日', '东河市交通运输局'),
    kept: [], courtesy: ['我局将尽全力做好相关工作'],
  },
  {
    name: 'education bureau 2021: 下一步 keep in touch with the deputy',
    text: reply('对县十七届人大五次会议第12号建议的答复', '李某代表',
      ['今年我县新建改扩建幼儿园6所，新增学位1800个。', '我局已将该村小学的校舍改造列入年度计划，暑期完成施工。'],
      ['下一步，我们将继续加强与代表的沟通联系，认真听取意见建议，不断改进工作。'],
      '2021年8月2日', '西平县教育局'),
    kept: [], courtesy: ['继续加强与代表的沟通联系'],
  },
  {
    name: 'market regulator 2024: a dated step in the last paragraph stays a commitment',
    text: reply('关于市政协十四届三次会议第208号提案的答复', '张某委员',
      ['我局对全市农贸市场开展了专项检查，共检查市场46家，督促整改问题112个。'],
      ['下一步，我们将于2025年6月底前完成全市18家农贸市场的改造提升。', '感谢您对市场监管工作的关心和支持。'],
      '2024年9月5日', '南湖市市场监督管理局'),
    kept: ['于2025年6月底前完成全市18家农贸市场的改造提升'], courtesy: [],
  },
  {
    name: 'energy office 2022: a figure in the last paragraph stays a commitment',
    text: reply('对区人大一届三次会议第7号建议的答复', '赵某代表',
      ['全区已建成公共充电桩860个，覆盖全部街道。'],
      ['下一步，我局将在老旧小区新建公共充电桩200个，并将继续加强与代表的沟通。'],
      '2022年6月20日', '北山区发展和改革局'),
    kept: ['新建公共充电桩200个'], courtesy: [],
  },
  {
    name: 'health commission 2020: promise to keep the member informed',
    text: reply('关于政协第九届四次会议第56号提案的答复', '陈某委员',
      ['我委已在全市二级以上医院推行预约诊疗，平均候诊时间缩短至25分钟。'],
      ['我们将继续与您保持密切联系，及时通报办理进展，欢迎继续对卫生健康工作提出宝贵意见。'],
      '2020年7月15日', '江城市卫生健康委员会'),
    kept: [], courtesy: ['继续与您保持密切联系'],
  },
  {
    name: 'water bureau 2019: a dated commitment in the body is kept, the closing is not',
    text: reply('对市人大十五届四次会议第88号建议的答复', '刘某代表',
      ['经现场勘察，该灌渠渗漏较为严重。', '我局将于2019年11月底前完成该灌渠的防渗改造。'],
      ['我们将认真吸纳您提出的意见，在今后工作中不断加以改进。', '再次感谢您对水利工作的关心。'],
      '2019年6月28日', '云岭市水利局'),
    kept: ['于2019年11月底前完成该灌渠的防渗改造'], courtesy: ['认真吸纳您提出的意见'],
  },
  {
    name: 'housing bureau 2025: the answer to the deputy, then thanks',
    text: reply('关于县十八届人大四次会议第41号建议的答复', '周某代表',
      ['去年全县完成老旧小区改造23个，惠及居民4100户。', '今年我局计划于10月底前完成剩余9个小区的改造。'],
      ['下一步，我局将继续关注您反映的问题，主动与代表沟通，努力把好事办好。', '感谢您对住建工作的关心和支持！'],
      '2025年5月30日', '白石县住房和城乡建设局'),
    kept: ['10月底前完成剩余9个小区的改造'], courtesy: ['主动与代表沟通'],
  },
  {
    name: 'culture bureau 2018: a single closing paragraph with 尽力 and thanks',
    text: reply('对政协十一届二次会议第15号提案的答复', '吴某委员',
      ['我局已在各乡镇文化站配备图书2.6万册，开展送戏下乡演出120场。'],
      ['我们将以此次提案办理为契机，尽最大努力做好相关工作。衷心感谢您对文化事业的关心！'],
      '2018年7月3日', '河口市文化广电旅游局'),
    kept: [], courtesy: ['尽最大努力做好相关工作'],
  },
];

describe('proposal replies: closing courtesy is no commitment', () => {
  it.each(cases)('$name', ({ text, kept, courtesy }) => {
    const x = run(text);
    expect(x.meta.docType).toBe('proposal-reply');
    const found = x.commitments.map((c) => c.text);
    for (const k of kept) expect(found.some((t) => t.includes(k)), `${k} in ${found.join(' | ')}`).toBe(true);
    for (const c of courtesy) expect(found.some((t) => t.includes(c)), `${c} in ${found.join(' | ')}`).toBe(false);
  });
});
