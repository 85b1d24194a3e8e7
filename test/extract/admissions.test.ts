/**
 * Admitted problems outside a problems section (lib/extract/admissions.ts): an opening
 * admission, the list under it, and what closes it. Texts written for these tests in the
 * shapes of national, provincial, county and bureau reports of several years.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const problems = (text: string) => run(text).problems.map((p) => p.text);
const review = '一、2023年工作回顾\n全年地区生产总值增长5.1%，比上年提高0.6个百分点。';
const plans = '二、2024年主要任务\n要扩大有效投资。';

describe('an admission opens with a recognition or a contrast, anywhere in a review', () => {
  it.each([
    ['在肯定成绩的同时 + 主要是：, one paragraph',
      `某市人民政府工作报告\n${review}\n在肯定成绩的同时，我们也清醒地看到，发展中还存在不少困难和问题。主要是：产业结构偏重，创新能力不强；财政收支矛盾突出。\n${plans}`,
      ['在肯定成绩的同时，我们也清醒地看到，发展中还存在不少困难和问题', '主要是：产业结构偏重，创新能力不强；财政收支矛盾突出']],
    ['我们也清醒地认识到 and dash items on their own lines',
      `政府工作报告\n${review}\n我们也清醒地认识到，经济社会发展中还存在一些突出问题。\n——需求不足的矛盾依然存在。消费回升乏力。\n——一些企业经营困难。\n我们一定要直面问题，切实改进工作。\n${plans}`,
      ['我们也清醒地认识到，经济社会发展中还存在一些突出问题', '需求不足的矛盾依然存在', '消费回升乏力', '一些企业经营困难']],
    ['a contrast inside a sentence of the government\'s own work',
      `某县人民政府工作报告\n${review}\n（七）加强自身建设\n一年来，政府自身建设取得新进展，但与群众期待仍有不小差距。作风不够扎实，办事效率有待提高。\n坚持依法行政。规范行政行为。\n${plans}`,
      ['一年来，政府自身建设取得新进展，但与群众期待仍有不小差距', '作风不够扎实，办事效率有待提高']],
    ['但是，…仍然存在 at a paragraph start',
      `某省人民政府工作报告\n${review}\n从国内看，经济回升向好的基础进一步巩固。\n但是，经济运行中仍然存在一些突出矛盾和问题。内生动力不足。\n我们必须全面判断形势，做好应对准备。\n${plans}`,
      ['但是，经济运行中仍然存在一些突出矛盾和问题', '内生动力不足']],
    ['一是/二是 items in their own paragraphs',
      `政府工作报告\n${review}\n总结一年来的工作，我们清醒地看到，前进中还有不少困难。\n一是农业基础薄弱。粮食增产难度加大。\n二是社会事业发展滞后。\n对以上问题，我们要高度重视，认真解决。\n${plans}`,
      ['总结一年来的工作，我们清醒地看到，前进中还有不少困难', '农业基础薄弱', '粮食增产难度加大', '社会事业发展滞后']],
    ['a bureau\'s report: 还存在一些不足，主要是： then numbered lines',
      `某区司法局2023年法治政府建设情况报告\n一、2023年工作情况\n（一）规范执法\n全年办理案件86件。\n我局依法行政工作还存在一些不足，主要是：\n1.执法人员业务素质参差不齐。\n2.法治宣传形式较为单一。\n二、2024年工作安排\n（一）加强培训\n组织培训4期。`,
      ['我局依法行政工作还存在一些不足，主要是', '执法人员业务素质参差不齐', '法治宣传形式较为单一']],
    ['我们深知 in a plans section (the government\'s own work)',
      `政府工作报告\n${review}\n二、加强政府自身建设\n一年来，我们在推进依法行政方面做了一些工作。我们深知，政府自身建设还有不小差距。\n第一，深化机构改革。\n要优化机构设置。`,
      ['我们深知，政府自身建设还有不小差距']],
    ['English: While recognizing our achievements… then a resolve',
      `Report on the Work of the Government\nI. A Review of Our Work in 2023\nGrowth was 5.2 percent.\nWhile recognizing our achievements, we are keenly aware of the problems before us. Demand is insufficient. Some firms face difficulties.\nWe must address these problems with resolve.\nII. Tasks for 2024\nWe will expand demand.`,
      ['While recognizing our achievements, we are keenly aware of the problems before us.', 'Demand is insufficient.', 'Some firms face difficulties.']],
    ['仍存在X、Y、Z等不足: a long list of shortcomings inside one sentence',
      `某区依法行政工作情况汇报\n一、主要工作\n全年审查文件46件。\n总之，全区依法行政取得一定成效，但与上级要求和群众期盼相比，仍存在执法水平不够高、监督力度不够强等不足。\n二、下一步打算\n要加强执法培训。`,
      ['总之，全区依法行政取得一定成效，但与上级要求和群众期盼相比，仍存在执法水平不够高、监督力度不够强等不足']],
    ['还存在 with the shortcoming named by its predicate',
      `某镇2023年工作总结\n一、工作成效\n办理群众诉求300件。\n我镇工作还存在基层治理能力有待提升、干部队伍年龄偏大的情况。\n二、2024年工作打算\n要加强队伍建设。`,
      ['我镇工作还存在基层治理能力有待提升、干部队伍年龄偏大的情况']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('an admission closes, and what it holds that is no problem stays out', () => {
  it.each([
    ['the speaker\'s resolve closes it (我们一定要…)', `政府工作报告\n${review}\n我们也清醒地看到，困难和问题还不少。投资增长乏力。\n我们一定要增强忧患意识，努力把工作做得更好。\n${plans}`,
      ['我们也清醒地看到，困难和问题还不少', '投资增长乏力']],
    ['对这些问题… closes it', `某县人民政府工作报告\n${review}\n我们也清醒地看到，县域经济总量偏小。\n对这些问题，我们将采取有力措施加以解决。政府工作任重道远。\n${plans}`,
      ['我们也清醒地看到，县域经济总量偏小']],
    ['a lesson drawn closes it (回顾…体会)', `政府工作报告\n一、过去五年的回顾\n五年来经济总量翻番。\n我们清醒地认识到，发展不平衡的问题依然突出。\n回顾五年的工作，我们有以下几点体会：\n第一，必须坚持改革开放。\n${plans}`,
      ['我们清醒地认识到，发展不平衡的问题依然突出']],
    ['a heading line closes it', `政府工作报告\n${review}\n我们也清醒地看到，就业压力较大。\n二、2024年主要任务\n要稳定就业。`,
      ['我们也清醒地看到，就业压力较大']],
    ['a paragraph that names no shortcoming closes it', `某市人民政府工作报告\n${review}\n但是，发展中仍然存在不少问题。结构调整压力较大。\n今年是全面落实规划的关键之年。\n${plans}`,
      ['但是，发展中仍然存在不少问题', '结构调整压力较大']],
    ['progress reported inside the list is no problem', `政府工作报告\n${review}\n我们也清醒地看到，还存在不少矛盾和问题。\n二是增长方式粗放。一年来，各地做了大量工作，取得了积极进展。但是，全年没有实现节能目标。\n三是群众关心的问题解决得不够好。\n我们必须切实解决这些问题。\n${plans}`,
      ['我们也清醒地看到，还存在不少矛盾和问题', '增长方式粗放', '但是，全年没有实现节能目标', '群众关心的问题解决得不够好']],
    ['a promise inside the list is no problem', `政府工作报告\n${review}\n我们也清醒地看到，节能减排形势严峻。这两个约束性指标必须坚定不移地去实现。\n三是安全生产事故时有发生。\n我们一定要高度重视。\n${plans}`,
      ['我们也清醒地看到，节能减排形势严峻', '安全生产事故时有发生']],
    ['下一步… closes it, and the promise after it is a commitment, not a problem', `某区法治政府建设情况汇报\n${review}\n但与群众期盼相比，仍存在执法不够规范等不足。下一步，我区将全力推动示范创建。\n${plans}`,
      ['但与群众期盼相比，仍存在执法不够规范等不足']],
    ['an account of what we did about it closes it', `政府工作报告\n${review}\n这些债务发挥了积极作用；也存在一些风险隐患。我们认真开展清理整顿工作，严格控制增量。目前，债务水平是可控的。\n${plans}`,
      ['这些债务发挥了积极作用；也存在一些风险隐患']],
    ['这些问题必须…解决 closes it inside a paragraph', `政府工作报告\n${review}\n政府工作还存在不少缺点，形式主义比较突出。这些问题必须下大气力解决。要坚持依法行政。\n${plans}`,
      ['政府工作还存在不少缺点，形式主义比较突出']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('no admission: work on problems, problems solved, needs described', () => {
  it.each([
    ['解决了…突出问题 (a review of problem-solving)', `某县人民政府工作报告\n${review}\n我们着力解决群众反映强烈的突出问题，整治违建120处。\n${plans}`],
    ['存在的隐患全部整改到位', `某区报告\n${review}\n排查发现存在的隐患全部整改到位。\n${plans}`],
    ['需要解决的问题 in a plan sentence', `某市人民政府工作报告\n${review}\n${plans}\n要梳理群众需要解决的问题，逐项销号。`],
    ['a 问题 word without recognition or contrast', `政府工作报告\n${review}\n坚持问题导向，推动各项工作落实。\n${plans}`],
    ['English progress on challenges', `Annual Report\nI. Review of 2023\nWe met the challenge of rising costs and the deficit was reduced.\nII. Plans for 2024\nWe will cut waiting times.`],
    ['我们清醒地认识到 a lesson, not a problem', `政府工作报告\n${review}\n我们清醒地认识到，必须始终坚持以人民为中心。\n${plans}`],
    ['但…已经 solved', `某县报告\n${review}\n去年汛期出现险情，但存在的问题已经全部解决。\n${plans}`],
    ['English: challenges met', `Budget Statement\nI. Review\nDespite the challenges, our economy grew by 4 per cent.\nII. Priorities\nWe will invest in skills.`],
  ])('%s', (_name, text) => {
    expect(problems(text)).toEqual([]);
  });
});

it('the promise after an admission is still a commitment', () => {
  const e = run(`某区法治政府建设情况汇报\n${review}\n但与群众期盼相比，仍存在执法不够规范等不足。下一步，我区将全力推动示范创建。\n${plans}`);
  expect(e.commitments.map((c) => c.text)).toContain('下一步，我区将全力推动示范创建');
});

describe('why: a problem keeps the rule of the admission that holds it', () => {
  it('records the opener', () => {
    const e = run(`政府工作报告\n${review}\n在看到成绩的同时，我们也清醒地认识到，困难和问题还不少。投资增长乏力。\n${plans}`);
    expect(e.problems.map((p) => p.rule)).toEqual(['admission:admit-while-seeing', 'admission:admit-while-seeing']);
  });
});

describe('a section of problems and next steps in one paragraph: the problems up to 下一步, the plans after it', () => {
  const review = '一、主要工作\n全年审查规范性文件36件，比上年增长12%。办理行政复议案件58件，同比下降6%。组织执法培训9场次，参训1200人次。';
  it.each([
    ['county, 存在问题和下一步工作安排 (one paragraph)',
      `某县2022年法治政府建设工作报告\n${review}\n二、存在问题和下一步工作安排\n当前，我县仍存在一些薄弱环节：基层执法力量不足。下一步，我县将深化行政执法体制改革，年内完成乡镇综合执法队伍组建。`,
      ['当前，我县仍存在一些薄弱环节：基层执法力量不足'], ['下一步，我县将深化行政执法体制改革，年内完成乡镇综合执法队伍组建']],
    ['city bureau, 存在的不足及下步打算 (下步)',
      `某市司法局2023年度法治政府建设情况报告\n${review}\n三、存在的不足及下步打算\n公共法律服务供给还不平衡，人民调解员队伍老化问题突出。下步，我局将加快培养专职调解员，力争年底前每个乡镇配备2名以上。`,
      ['公共法律服务供给还不平衡，人民调解员队伍老化问题突出'], ['下步，我局将加快培养专职调解员，力争年底前每个乡镇配备2名以上']],
    ['English council report, challenges and next steps',
      `Annual Report of the Housing Department\nI. Our Work in 2023\nWe completed 420 homes and cut the waiting list by 8 per cent.\nII. Challenges and Next Steps\nRepairs remain slower than residents expect. Next steps: we will hire twelve more surveyors by March 2024.`,
      ['Repairs remain slower than residents expect.'], ['we will hire twelve more surveyors by March 2024.']],
  ])('%s', (_name, text, wantProblems, wantCommitments) => {
    const e = run(text);
    expect(e.problems.map((p) => e.text.slice(p.start, p.end))).toEqual(wantProblems);
    expect(e.commitments.map((c) => c.text)).toEqual(wantCommitments);
  });
});

describe('admissions whose speaker is unsaid or whose verb is 面临 / 取得成绩的同时', () => {
  const reviewed = '一、过去五年工作回顾\n全县地区生产总值达到236亿元，年均增长7.2%。城乡居民收入年均增长8.1%。';
  const planned = '二、2022年重点工作\n要加快推进重点项目建设，力争全年完成投资120亿元。';
  it.each([
    ['county, 但也要看到…还面临…主要是：一是…', `某县人民政府工作报告\n${reviewed}\n五年来的成绩来之不易。但也要看到，当前我县发展中还面临不少困难和问题，主要是：一是实体经济发展后劲不足；二是城乡区域发展不平衡。这些问题，我们将高度重视，切实加以解决。\n${planned}`,
      ['但也要看到，当前我县发展中还面临不少困难和问题，主要是', '实体经济发展后劲不足', '城乡区域发展不平衡']],
    ['town, 在取得成绩的同时…清楚看到', `某镇2023年工作总结及2024年工作打算\n${reviewed}\n在取得成绩的同时，我们也清楚看到工作中存在的不足：招商引资成效不明显，集体经济增收渠道单一。\n${planned}`,
      ['在取得成绩的同时，我们也清楚看到工作中存在的不足：招商引资成效不明显，集体经济增收渠道单一']],
    ['district, 同时要清醒看到 (no 我们)', `某区2023年法治政府建设情况报告\n${reviewed}\n同时要清醒看到，我区法治政府建设还有不少短板。行政执法人员专业化水平不高。\n${planned}`,
      ['同时要清醒看到，我区法治政府建设还有不少短板', '行政执法人员专业化水平不高']],
  ])('%s', (_name, text, want) => {
    const e = run(text);
    expect(e.problems.map((p) => e.text.slice(p.start, p.end))).toEqual(want);
  });
});

describe('仍需/尚需/还需 + a verb admit a shortcoming', () => {
  it.each([
    ['district: 我们也清醒地看到…仍需提升', `某区2023年法治政府建设情况报告\n${review}\n我们也清醒地看到，基层执法人员的专业能力仍需提升。\n${plans}`, ['我们也清醒地看到，基层执法人员的专业能力仍需提升']],
    ['county: 但也要看到…尚需加强', `某县人民政府工作报告\n${review}\n但也要看到，农村公共服务尚需加强。\n${plans}`, ['但也要看到，农村公共服务尚需加强']],
  ])('%s', (_name, text, want) => {
    expect(problems(text)).toEqual(want);
  });
});
