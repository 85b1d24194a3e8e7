/**
 * Issue 11, detection: a Government Work Report scraped without its title line (it opens
 * 各位代表：… 我代表…向大会报告…) is a report, whatever its review heading is called; pages
 * that borrow its words (news of the session, a novel, a pledge speech, a history page) are not.
 * Texts written for these tests, modelled on national and local reports of several years.
 */
import { describe, expect, it } from 'vitest';
import { detectText } from './helpers';

/** A long review paragraph: the second top-level heading lies beyond what detection reads. */
const LONG_REVIEW = '这一时期，经济持续较快增长，结构调整稳步推进，城乡居民收入明显增加，社会事业全面发展，人民生活继续改善。'.repeat(70);

describe('a Government Work Report without its title line is a report', () => {
  it.each([
    ['a five-year review, 政府工作的回顾',
      `各位代表：\n本届政府任期即将结束。现在，我代表国务院，向第十三届全国人民代表大会第一次会议报告过去五年的工作，请予审议。\n一、过去五年政府工作的回顾\n${LONG_REVIEW}\n二、对今年政府工作的建议\n今年要稳中求进。`],
    ['a one-year review, 过去一年工作回顾',
      `各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾\n${LONG_REVIEW}\n二、2016年工作总体部署\n今年要着力稳增长。`],
    ['a five-year plan review, 经济社会发展的回顾',
      `各位代表：\n现在，我代表国务院，向大会作政府工作报告，请各位代表审议。\n一、“十三五”时期经济社会发展的回顾\n${LONG_REVIEW}\n二、2021年的工作\n今年要保持经济平稳运行。`],
    ['a county report to its congress',
      `各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。\n一、过去五年工作回顾\n${LONG_REVIEW}\n二、今后五年目标任务\n今后五年要全面推进乡村振兴。`],
    ['a district report with its delivery line',
      `——2023年1月6日在北塘区第十八届人民代表大会第二次会议上\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n${LONG_REVIEW}\n二、2023年工作安排\n今年要稳住经济大盘。`],
    ['a city report, the salutation and framing on one line',
      `各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。\n一、去年工作的回顾\n${LONG_REVIEW}\n二、今年的主要任务\n今年要扩大有效投资。`],
    ['作政府工作报告 without 向大会, a review of last year',
      `各位代表，现在，我代表国务院，作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n一、去年工作回顾\n${LONG_REVIEW}\n二、今年主要任务\n今年要推进改革。`],
    ['an English translation without its title',
      `Fellow Deputies,\nOn behalf of the State Council, I will now report to you on the work of the government for your deliberation.\nI. A Review of Our Work in 2019\n${'The economy held steady and people\'s lives improved. '.repeat(70)}\nII. Tasks for 2020\nWe will keep growth steady.`],
  ])('%s', (_name, text) => {
    const d = detectText(text);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(true);
  });
});

describe('pages that borrow a work report\'s words are not reports', () => {
  it.each([
    ['news of the session', '县十七届人大三次会议隆重开幕\n本报讯（记者 王明）3月4日上午，县第十七届人民代表大会第三次会议隆重开幕。县长代表县人民政府向大会作政府工作报告。报告回顾了过去一年的工作，提出了今年的目标任务。代表们认为，报告实事求是、催人奋进。'],
    ['a novel chapter with a speech in it', '第111章 转正成功\n“各位代表！”\n“现在，我代表白云县人民政府向大会报告工作，请予审议！”\n我站在台下，看着他念稿子。我心里想，我也要当县长。我回到家，把这件事告诉了我妈。'],
    ['a pledge speech at a meeting', '在全县安全生产工作会议上的表态发言\n同志们：\n我代表县应急管理局作表态发言。一、提高站位。我们将把安全生产摆在突出位置。二、狠抓落实。要深入开展隐患排查。'],
    ['a history page with a review heading', '青禾古镇\n一、历史回顾\n青禾古镇始建于明代，因河得名。镇上保存有古桥三座、古井五口。\n二、名胜古迹\n古镇有文昌阁、关帝庙等建筑。\n三、交通\n可乘坐旅游专线抵达。'],
    ['a notice convening the congress', '关于召开县第十七届人民代表大会第三次会议的通知\n各位代表：\n经县人大常委会决定，县第十七届人民代表大会第三次会议于2023年1月10日召开。会议议程：听取和审议政府工作报告。请按时报到。'],
    ['a study blog about the report', '读政府工作报告有感\n我今天看了政府工作报告的直播。我觉得报告里说的事情都和我的生活有关。我最关心的是就业，我希望明年能找到好工作。'],
    ['an exhibition page titled 回顾展', '改革开放四十年成就回顾展开幕\n本报讯 记者 李华 12月1日，改革开放四十年成就回顾展在市博物馆开幕。展览分为四个部分，展出图片600余幅。'],
    ['a deputies\' discussion report', '代表热议政府工作报告\n3月5日下午，各代表团分组审议政府工作报告。代表们认为，报告总结成绩实事求是，部署工作务实可行。记者 张强'],
  ])('%s', (_name, text) => {
    const d = detectText(text);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(false);
  });
});

describe('a plan issued without its title line is a report', () => {
  const TASKS = '一、总体要求\n坚持问题导向，突出重点，统筹推进。\n二、重点任务\n（一）加强政策解读。年底前完成政策解读专栏改版。\n（二）强化平台建设。各部门要按时更新信息。\n三、保障措施\n（一）加强组织领导。各单位要明确分管负责同志。';
  it.each([
    ['a covering notice that issues the plan', `各镇人民政府，各街道办事处，区政府各部门：\n《青禾区2023年政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻落实。\n${TASKS}`],
    ['a plan that states what it is for', `为深入推进依法行政，结合我县实际，制定本方案。\n${TASKS}`],
    ['a notice of tasks', `各乡镇人民政府，县直各单位：\n为做好2022年防汛工作，现就有关事项通知如下：\n${TASKS}`],
    ['a plan issued by a city office', `各县（市、区）人民政府，市政府各部门：\n现将《东湖市2024年营商环境优化工作方案》印发给你们，请结合实际认真组织实施。\n${TASKS}`],
    ['a bureau\'s key points, 制定本工作要点', `根据上级部署，结合我局实际，制定本工作要点。\n${TASKS}`],
    ['a county plan with arabic tasks', `各乡镇人民政府：\n《南岭县乡村振兴三年行动计划》已经县政府同意，现印发给你们，请认真贯彻执行。\n一、主要目标\n到2025年，农村居民人均可支配收入年均增长7%。\n二、重点任务\n1.推进高标准农田建设。\n2.发展特色产业。`],
  ])('%s', (_name, text) => {
    const d = detectText(text);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(true);
  });
});

describe('ordinary notices without their title line are not reports', () => {
  it.each([
    ['a holiday notice', '各科室：\n根据国务院办公厅通知精神，现将2023年春节放假安排通知如下：\n一、放假时间\n1月21日至27日放假调休，共7天。\n二、有关要求\n请各科室做好值班安排。'],
    ['a water stoppage notice', '广大用户：\n因管网改造，现将停水安排通知如下：\n一、停水时间\n3月5日8:00至18:00。\n二、停水范围\n青禾路以东片区。\n请广大用户提前储水，由此带来的不便敬请谅解。'],
    ['a meeting notice', '各位委员：\n经研究，现将召开第三次全体会议的有关事项通知如下：\n一、会议时间\n2023年3月10日上午9时。\n二、会议地点\n区政府三楼会议室。'],
    ['an exam notice', '各位考生：\n现将笔试有关事项通知如下：\n一、笔试时间\n6月18日上午。\n二、注意事项\n请携带身份证和准考证。'],
  ])('%s', (_name, text) => {
    const d = detectText(text);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(false);
  });
});
