import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const REPORT = (plans: string, review = '全年办理审批事项1200件，群众满意率达到98%。') =>
  `某县2023年法治政府建设工作报告\n一、主要成效\n(一)深化改革\n${review}\n二、2024年工作安排\n${plans}`;

const commitmentTexts = (text: string) => run(text).commitments.map((c) => c.text);

describe('commitments in a plans section', () => {
  it('takes every sentence that states an action, and the sub-heading titles', () => {
    expect(commitmentTexts(REPORT('(一)加强组织领导\n完善工作机制。年底前出台实施方案。力争群众满意率达到95%以上。'))).toEqual([
      '加强组织领导', '完善工作机制', '年底前出台实施方案', '力争群众满意率达到95%以上',
    ]);
  });

  it('does not take the heading that names the plans section', () => {
    expect(commitmentTexts(REPORT('推进依法行政。'))).toEqual(['推进依法行政']);
  });

  it('skips framing sentences', () => {
    expect(commitmentTexts(REPORT('2024年是全面推进法治建设的关键之年。推进依法行政。'))).toEqual(['推进依法行政']);
  });

  it('reads deadline, strength, actions and targets', () => {
    const e = run(REPORT('确保6月底前完成执法证件清理。探索建立行政执法监督评议体系。力争行政复议纠错率达到15%以上。'));
    const [a, b, c] = e.commitments;
    expect(a.deadline).toBe('6月底前');
    expect(a.strength).toBe('firm');
    expect(b.strength).toBe('soft');
    expect(b.actions).toContain('探索');
    expect(b.actions).toContain('建立');
    expect(c.strength).toBe('soft');
    for (const id of c.targets) expect(e.numbers.find((n) => n.id === id)).toBeTruthy();
    for (const x of e.commitments) expect(e.text.slice(x.start, x.end)).toBe(x.text);
  });

  it.each([
    ['年底前完成', '年底前'],
    ['5月1日前建立', '5月1日前'],
    ['到2025年基本建成', '到2025年'],
    ['15个工作日内办结', '15个工作日内'],
    ['上半年完成清理', '上半年'],
    ['第三季度前完成', '第三季度前'],
    ['持续推进改革', null],
  ])('deadline of %s is %s', (sentence, deadline) => {
    expect(run(REPORT(`${sentence}。`)).commitments[0]?.deadline ?? null).toBe(deadline);
  });

  it('keeps the rule id that made each commitment', () => {
    const e = run(REPORT('(一)加强组织领导\n完善工作机制。', '全年办理事项1200件。我县将于年内完善行政决策机制。'));
    expect(e.commitments.map((c) => c.rule)).toEqual(['future-subject-will', 'plans-heading', 'plans-section']);
  });
});

describe('commitments outside plans sections need a future marker', () => {
  it.each([
    ['下一步，我局将继续完善信用信息平台。', true],
    ['我区将于年内建成市民中心。', true],
    ['计划于明年启动二期工程。', true],
    ['力争年底前实现全覆盖。', true],
    ['到2025年，基本建成法治政府。', true],
    ['全面推进政务公开，公开信息3000条。', false],
    ['进一步加强了执法队伍建设。', false],
    ['将涉及20个部门的445个权力事项整体划转至政务服务中心。', false],
    ['将实施的行政许可事项全部纳入查询范围。', false],
    ['深化放管服改革，加快一次办好进程。', false],
    ['2023年，我县完成了全部清理任务。', false],
  ])('%s → %s', (sentence, expected) => {
    expect(commitmentTexts(REPORT('推进依法行政。', sentence)).length).toBe(expected ? 2 : 1);
  });
});

describe('a work plan is plans from its first line', () => {
  it('takes sentences before and under the first heading', () => {
    const text = '某局2024年依法行政工作要点\n年底前向市政府报告本年度依法行政工作情况。\n一、完善行政决策机制\n重大决策要经过集体讨论决定。法制机构负责人应当列席会议。';
    const e = run(text);
    expect(e.meta.docType).toBe('work-plan');
    expect(e.commitments.map((c) => c.text)).toEqual([
      '年底前向市政府报告本年度依法行政工作情况', '完善行政决策机制', '重大决策要经过集体讨论决定', '法制机构负责人应当列席会议',
    ]);
  });
});

describe('English commitments', () => {
  const text = [
    'Report on the Work of the Government',
    'I. A Review of Our Work in 2023',
    'We strengthened macro regulation. Grain output reached 695 million metric tons.',
    'We will keep the deficit ratio at 3 percent next year.',
    'III. Major Tasks for 2024',
    'We will further promote innovation and expand domestic demand. We aim to create over 12 million urban jobs by 2025.',
    'This year marks the 75th anniversary of the founding of the country.',
  ].join('\n');

  it('takes will-sentences anywhere and action sentences in plans sections', () => {
    const e = run(text);
    expect(e.commitments.map((c) => c.text)).toEqual([
      'We will keep the deficit ratio at 3 percent next year.',
      'We will further promote innovation and expand domestic demand.',
      'We aim to create over 12 million urban jobs by 2025.',
    ]);
    expect(e.commitments[1].actions).toEqual(['promote', 'expand']);
    expect(e.commitments[2].strength).toBe('soft');
    expect(e.commitments[2].deadline).toBe('by 2025');
  });
});

describe('closings are not commitments', () => {
  it('drops thanks, the signing body and the date at the end of a reply', () => {
    const text = '某局关于某提案的答复\n推进登记全程网办。全程网办率达到92%，群众反映良好，办理时间大幅压缩。\n下步，我局将重点做好以下工作：下步一是扩大全程网办范围。二是9月底前设立服务点。\n感谢您对我们工作的关心和支持。\n某市市场监督管理局\n2024年6月18日';
    // The lead-in (…做好以下工作：) opens the list and is no commitment itself (issue 12).
    expect(commitmentTexts(text)).toEqual(['扩大全程网办范围', '9月底前设立服务点']);
  });

  it('keeps a commitment that merely ends in an organ name', () => {
    expect(commitmentTexts(REPORT('推进依法行政。', '全年办理事项1200件。我区将于年内建成市民中心。'))).toContain('我区将于年内建成市民中心');
  });

  it('skips the framing sentence of a work plan', () => {
    const text = '某局2024年工作要点\n为深入推进依法行政，根据有关方案，制定本工作要点。\n一、完善行政决策制度\n年底前完成清理。';
    expect(commitmentTexts(text)).toEqual(['完善行政决策制度', '年底前完成清理']);
  });

  it('a plan under its covering notice: header, addressees, 印发 lines, signature and the repeated title are no commitments', () => {
    const e = run([
      '某区人民政府办公室政府信息公开',
      '各镇(街),区政府各部门、各直属机构:',
      '《青禾区2024年政务公开工作要点》已经区政府同意,现印发给你们,请认真组织实施。实施中遇到问题,请径向区政务公开办反映。',
      '青禾区人民政府办公室',
      '2024年3月8日',
      '(此件主动公开)',
      '青禾区2024年政务公开工作要点',
      '一、深化重点领域公开',
      '全面公开财政预决算信息,年底前实现部门全覆盖。',
    ].join('\n'));
    expect(e.meta.docType).toBe('work-plan');
    expect(e.commitments.map((c) => c.text)).toEqual(['深化重点领域公开', '全面公开财政预决算信息,年底前实现部门全覆盖']);
  });
});

describe('English plans sections: actions only', () => {
  const texts = (text: string) => run(text).commitments.map((c) => c.text);
  const speech = (body: string) => `Budget Speech 2025-26\nI. Review of 2024-25\nRevenue grew by 8 per cent last year and the deficit was reduced.\nII. Priorities for 2025-26\n${body}`;
  it.each([
    ['a description of the present is no commitment', 'Currently, over 1 crore registered firms employ 7.5 crore people. We will raise the credit limit to 10 crore.', ['We will raise the credit limit to 10 crore.']],
    ['a pointer to an annexure is no commitment', 'The details are in the annexure. A new fund will be set up for startups.', ['A new fund will be set up for startups.']],
    ['a proposal is one', 'I propose to extend the scheme to all districts. This is a sign of progress.', ['I propose to extend the scheme to all districts.']],
    ['an imperative list item is one', 'Expand access to credit for small firms.\nHistory shows that credit matters.', ['Expand access to credit for small firms.']],
  ])('%s', (_name, body, expected) => {
    expect(texts(speech(body))).toEqual(expected);
  });

  it('a noun-phrase sub-heading is a name, an imperative one an action', () => {
    const text = speech('Credit Cards for Micro Enterprises\nWe will introduce customised cards.\nStrengthen Export Credit\nThe agency will widen its cover.');
    expect(texts(text)).toEqual(['We will introduce customised cards.', 'Strengthen Export Credit', 'The agency will widen its cover.']);
  });
});

describe('an aside in brackets after an item (lead unit, partner units) is no commitment of its own', () => {
  it.each([
    ['city 工作要点: 牵头单位', '某市2024年法治政府建设工作要点\n一、健全政府机构职能体系\n1.深化“放管服”改革，6月底前完成政务服务事项清单动态调整。（牵头单位：市政务服务局）\n2.全面推行证明事项告知承诺制。（牵头单位：市司法局；配合单位：市直各部门）',
      ['健全政府机构职能体系', '深化“放管服”改革，6月底前完成政务服务事项清单动态调整', '全面推行证明事项告知承诺制']],
    ['county 工作要点: 责任单位 in half-width brackets', '某县2023年依法行政工作要点\n一、加强制度建设\n(一)开展规范性文件清理，年底前公布保留目录。(责任单位:县司法局、县政府办)\n(二)落实重大行政决策目录管理。(责任单位:各乡镇人民政府)',
      ['加强制度建设', '开展规范性文件清理，年底前公布保留目录', '落实重大行政决策目录管理']],
    ['English plan: lead agency in brackets', 'Action Plan 2024\n1. Priorities\nWe will publish the licensing register by June 2024. (Lead: Department of Business)\nWe will cut permit times to ten days. (Lead: Planning Office; Partners: all districts)',
      ['We will publish the licensing register by June 2024.', 'We will cut permit times to ten days.']],
  ])('%s', (_name, text, want) => {
    expect(run(text).commitments.map((c) => c.text)).toEqual(want);
  });
});
