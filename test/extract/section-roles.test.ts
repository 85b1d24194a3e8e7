/**
 * Section roles from the document model (lib/extract/section-roles.ts): heading words, the
 * time a heading names against the years the report reviews and plans, the tense of the
 * section's sentences, and its place. The documents are written for these tests, in the
 * shapes of county, city, ministry and national reports of several years.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** Top-level headings as "title role" strings. */
function topRoles(text: string): string[] {
  return run(text).headings.filter((h) => h.parentId === null).map((h) => `${h.title} ${h.role}`);
}

/** A body of `n` sentences in review language (work done, figures against last year). */
const done = (n: number) => Array.from({ length: n }, (_, i) => `全年办理事项${120 + i}件，比上年增长${i + 3}%。`).join('');
/** A body of `n` sentences in plans language (要/将/力争, this year). */
const todo = (n: number) => Array.from({ length: n }, (_, i) => `要加快推进第${i + 1}批改革事项，力争年内全部落地。`).join('');
/** An English body in review language, and one in plans language. */
const doneEn = (n: number) => Array.from({ length: n }, (_, i) => `Last year we opened ${i + 3} new clinics and the waiting list was cut.`).join(' ');
const todoEn = (n: number) => Array.from({ length: n }, (_, i) => `We will extend programme ${i + 1} and will hire more nurses.`).join(' ');

describe('a heading that names a year but no role: compared with the years the report reviews and plans', () => {
  it.each([
    ['county work report: 2024年的工作 after 2023年工作回顾',
      `某县人民政府工作报告\n一、2023年工作回顾\n${done(3)}\n二、2024年的工作\n${done(1)}`, ['2023年工作回顾 achievements', '2024年的工作 plans']],
    ['national report: 2011年的工作 after the 十一五 review',
      `政府工作报告\n一、“十一五”时期的回顾\n${done(3)}\n二、“十二五”时期的主要目标和任务\n${todo(2)}\n三、2011年的工作\n${done(1)}`,
      ['“十一五”时期的回顾 achievements', '“十二五”时期的主要目标和任务 plans', '2011年的工作 plans']],
    ['annual report title gives the reviewed year: 2023年法治政府建设 plans',
      `某区2022年度法治政府建设工作报告\n一、2022年主要工作\n${done(3)}\n二、2023年法治政府建设\n${done(1)}`, ['2022年主要工作 achievements', '2023年法治政府建设 plans']],
    ['two unlabelled years, nothing else: the earlier is reviewed, the later planned',
      `某镇报告\n一、2019年全镇依法行政\n${done(1)}\n二、2020年全镇依法行政\n${done(1)}`, ['2019年全镇依法行政 achievements', '2020年全镇依法行政 plans']],
    ['a year heading reviewed even when its words say 重点工作 (the title names the reviewed year)',
      `某市司法局2023年工作总结\n一、2023年重点工作推进\n${done(6)}\n二、2024年工作思路\n${todo(3)}`, ['2023年重点工作推进 achievements', '2024年工作思路 plans']],
    ['time words: 上年 reviews, 今年 plans',
      `某县发展和改革局工作报告\n一、上年工作完成情况\n${done(2)}\n二、今年的工作\n${done(1)}`, ['上年工作完成情况 achievements', '今年的工作 plans']],
    ['对今年政府工作的建议 plans (a report without years in its headings)',
      `各位代表：\n一、过去五年政府工作的回顾\n${done(3)}\n二、对今年政府工作的建议\n${todo(2)}`, ['过去五年政府工作的回顾 achievements', '对今年政府工作的建议 plans']],
    ['English: the later year plans', `2024 Report on the Work of the Government\nI. Our Work in 2023\n${doneEn(2)}\nII. Our Work in 2024\n${doneEn(1)}`,
      ['Our Work in 2023 achievements', 'Our Work in 2024 plans']],
  ])('%s', (_name, text, expected) => {
    expect(topRoles(text)).toEqual(expected);
  });
});

describe('topical headings after a plans overview: the tense of their sentences decides', () => {
  it.each([
    ['three topical sections after 总体部署', `政府工作报告\n一、2006年工作回顾\n${done(6)}\n二、2007年工作总体部署\n${todo(3)}\n三、促进经济平稳发展\n${todo(6)}\n四、加强政府自身建设\n${todo(5)}`,
      ['2006年工作回顾 achievements', '2007年工作总体部署 plans', '促进经济平稳发展 plans', '加强政府自身建设 plans']],
    ['a county report with verb-led headings only: the review reads done, the last reads future', `某县2023年法治政府建设情况报告\n一、坚持依法科学决策\n${done(6)}\n二、持续优化营商环境\n${todo(6)}`,
      ['坚持依法科学决策 achievements', '持续优化营商环境 plans']],
    ['a short section after plans keeps plans by its place', `某区人民政府工作报告\n一、2023年工作回顾\n${done(6)}\n二、2024年主要任务\n${todo(6)}\n三、切实加强自身建设\n各级政府要转变作风。`,
      ['2023年工作回顾 achievements', '2024年主要任务 plans', '切实加强自身建设 plans']],
    ['a section after the problems plans by its place', `某县2022年度法治政府建设工作报告\n一、主要举措和成效\n${done(6)}\n二、存在的问题\n执法力量不足。\n三、全面推进依法行政\n执法队伍。`,
      ['主要举措和成效 achievements', '存在的问题 problems', '全面推进依法行政 plans']],
    ['English: review then plans by tense', `Annual Report of the Parks Department\nI. Building Green Spaces\n${doneEn(6)}\nII. Caring for Our Residents\n${todoEn(6)}`,
      ['Building Green Spaces achievements', 'Caring for Our Residents plans']],
    ['five sentences of review outweigh a plan word in the body', `某街道2023年工作总结\n一、扎实推进基层治理\n${done(5)}要求各社区按计划推进。\n二、下一步工作打算\n${todo(2)}`,
      ['扎实推进基层治理 achievements', '下一步工作打算 plans']],
    ['a work plan stays plans whatever the tense of a section', `某局2024年工作要点\n一、总体要求\n${todo(2)}\n二、重点任务\n${todo(4)}\n三、保障措施\n${done(1)}`,
      ['总体要求 plans', '重点任务 plans', '保障措施 plans']],
    ['a reply to a deputy: what was done, with no plans heading', `关于市人大代表第56号建议的答复\n王代表：\n您提出的建议收悉。\n一、完善养老服务设施\n${done(2)}\n二、加强护理人员培训\n${done(2)}`,
      ['完善养老服务设施 achievements', '加强护理人员培训 achievements']],
  ])('%s', (_name, text, expected) => {
    expect(topRoles(text)).toEqual(expected);
  });
});

describe('English speeches: a preamble of no role, then the coming year unless the words or tense say otherwise', () => {
  it.each([
    ['a budget speech: Introduction and Economic Outlook are no plans, a short recap reviews, topical sections plan',
      `Budget Speech 2031-32\nIntroduction\nThe people returned this government for a second term.\nEconomic Outlook\nGrowth is projected at 6 per cent. Prices are expected to ease.\nLast Year's Measures\nLast year we raised the pension. The new clinics were opened. The rates were cut.\nSkills and Jobs\nApprentices get a stipend. Training centres open in every district.`,
      ['Introduction other', 'Economic Outlook other', "Last Year's Measures achievements", 'Skills and Jobs plans']],
    ['a State of the City address: Opening Remarks other, topical sections plans',
      `2031 State of the City Address\nOpening Remarks\nGood evening, neighbours.\nSafer Streets\nThe city hires 40 officers. Street lights are replaced on every avenue.\nConcluding Remarks\nThank you.`,
      ['Opening Remarks other', 'Safer Streets plans', 'Concluding Remarks other']],
  ])('%s', (_name, text, expected) => {
    expect(topRoles(text)).toEqual(expected);
  });
});

describe('multi-year spans: plans beyond this year are plans with horizon multi-year; past spans review', () => {
  const tops = (text: string) => run(text).headings.filter((h) => h.parentId === null).map((h) => `${h.title} ${h.role}${h.horizon ? ' ' + h.horizon : ''}`);
  it.each([
    ['十二五 goals in a 2011 report', `政府工作报告\n一、“十一五”时期的回顾\n${done(3)}\n二、“十二五”时期的主要目标\n${todo(2)}\n三、2011年的主要任务\n${todo(2)}`,
      ['“十一五”时期的回顾 achievements', '“十二五”时期的主要目标 plans multi-year', '2011年的主要任务 plans']],
    ['今后五年 in a county report', `某县人民政府工作报告\n一、过去五年工作回顾\n${done(3)}\n二、今后五年的目标任务\n${todo(3)}\n三、2022年重点工作\n${todo(3)}`,
      ['过去五年工作回顾 achievements', '今后五年的目标任务 plans multi-year', '2022年重点工作 plans']],
    ['a year range in a city report', `某市人民政府工作报告\n一、2020年工作回顾\n${done(3)}\n二、2021—2025年发展目标\n${todo(3)}\n三、2021年重点任务\n${todo(3)}`,
      ['2020年工作回顾 achievements', '2021—2025年发展目标 plans multi-year', '2021年重点任务 plans']],
    ['the plan explained (第十一个五年规划) after the year\'s tasks', `政府工作报告\n一、去年工作回顾\n${done(3)}\n二、今年主要任务\n${todo(3)}\n三、关于第十一个五年规划纲要的说明\n${todo(3)}`,
      ['去年工作回顾 achievements', '今年主要任务 plans', '关于第十一个五年规划纲要的说明 plans multi-year']],
    ['a past five-year plan reviewed without review words', `政府工作报告\n一、“十三五”时期的发展成就\n${done(3)}\n二、2021年主要任务\n${todo(3)}`,
      ['“十三五”时期的发展成就 achievements', '2021年主要任务 plans']],
    ['a title naming the past plan and the coming one looks ahead (national, 2021 shape)', `政府工作报告\n一、2020年工作回顾\n${done(3)}\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n${done(2)}${todo(3)}\n三、2021年重点工作\n${todo(3)}`,
      ['2020年工作回顾 achievements', '“十三五”时期发展成就和“十四五”时期主要目标任务 plans multi-year', '2021年重点工作 plans']],
    ['a title naming two year ranges looks ahead to the later (city, 2016 shape)', `某市人民政府工作报告\n一、2015年工作回顾\n${done(3)}\n二、2011—2015年发展成就和2016—2020年奋斗目标\n${done(2)}${todo(3)}\n三、2016年主要任务\n${todo(3)}`,
      ['2015年工作回顾 achievements', '2011—2015年发展成就和2016—2020年奋斗目标 plans multi-year', '2016年主要任务 plans']],
    ['English: the next five years', `Budget Statement 2025\nI. A Review of 2024\n${doneEn(3)}\nII. Our Agenda for the Next Five Years\n${todoEn(3)}\nIII. Measures for 2025\n${todoEn(3)}`,
      ['A Review of 2024 achievements', 'Our Agenda for the Next Five Years plans multi-year', 'Measures for 2025 plans']],
    ['English: a strategic plan range', `Annual Report 2023\nI. Results in 2023\n${doneEn(3)}\nII. Strategic Plan 2024–2028\n${todoEn(3)}`,
      ['Results in 2023 achievements', 'Strategic Plan 2024–2028 plans multi-year']],
    ['a fiscal year (2025-26) is one year, not a span', `Budget Speech 2025-26\nI. Review of 2024-25\n${doneEn(3)}\nII. Priorities for 2025-26\n${todoEn(3)}`,
      ['Review of 2024-25 achievements', 'Priorities for 2025-26 plans']],
  ])('%s', (_name, text, expected) => {
    expect(tops(text)).toEqual(expected);
  });
});

describe('sub-sections: the parent\'s role, unless their own words name another section or the past', () => {
  const roleOf = (text: string, title: string) => run(text).headings.find((h) => h.title === title)?.role;
  it.each([
    ['a past period under a plans parent reviews', `政府工作报告\n一、去年工作回顾\n${done(3)}\n二、关于“十一五”规划的说明\n（一）规划的编制过程\n${todo(2)}\n（二）“十五”期间经济社会发展主要情况\n${done(2)}\n（三）“十一五”时期的主要目标\n${todo(2)}`,
      '“十五”期间经济社会发展主要情况', 'achievements'],
    ['存在的问题 under the year\'s review', `某县2023年法治政府建设工作报告\n一、2023年工作情况\n（一）依法决策\n${done(2)}\n（二）存在的问题和不足\n执法力量不足。\n二、2024年工作安排\n${todo(2)}`,
      '存在的问题和不足', 'problems'],
    ['下一步工作打算 under the review', `某局工作报告\n一、工作开展情况\n（一）规范执法\n${done(2)}\n（二）下一步工作打算\n${todo(2)}`,
      '下一步工作打算', 'plans'],
    ['解决…问题 names work, not problems', `政府工作报告\n一、2005年工作回顾\n（一）着力解决经济运行中的突出问题\n${done(3)}\n二、2006年主要任务\n${todo(3)}`,
      '着力解决经济运行中的突出问题', 'achievements'],
    ['加强薄弱环节 names work, not problems', `政府工作报告\n一、2004年工作回顾\n（一）控制投资过快增长，加强薄弱环节\n${done(3)}\n二、2005年主要任务\n${todo(3)}`,
      '控制投资过快增长，加强薄弱环节', 'achievements'],
    ['制定…工作要点 names work done, not plans', `某区司法局2023年工作总结\n一、2023年工作情况\n（一）制定年度法治政府建设工作要点\n${done(2)}\n二、2024年工作打算\n${todo(2)}`,
      '制定年度法治政府建设工作要点', 'achievements'],
    ['a duty heading that mentions 部署 keeps its parent\'s role', `某区2020年法治政府建设报告\n一、主要成效\n${done(2)}\n二、主要负责人履行第一责任人职责情况\n1.亲自部署，亲自协调法治建设\n${done(1)}`,
      '亲自部署，亲自协调法治建设', 'duties'],
    ['a run-in 一是 sentence with a plan word stays a problem', `某区2020年法治政府建设报告\n一、主要成效\n${done(2)}\n二、存在的问题\n一是政务服务建设任务重，需要各部门共同推进。\n三、2021年工作安排\n${todo(2)}`,
      '政务服务建设任务重，需要各部门共同推进', 'problems'],
  ])('%s', (_name, text, title, role) => {
    expect(roleOf(text, title)).toBe(role);
  });
});

describe('why: every heading keeps the evidence behind its role', () => {
  it('lists the rule ids that decided a top-level role, and "parent" for inherited ones', () => {
    const e = run(`政府工作报告\n一、2010年工作回顾\n（一）稳定增长\n${done(6)}\n二、2011年的工作\n${todo(6)}`);
    const [review, child, plans] = e.headings;
    expect(review.roleReasons).toEqual(expect.arrayContaining(['title:achievements-done', 'tense-done']));
    expect(child.roleReasons).toEqual(['parent']);
    expect(plans.roleReasons).toEqual(expect.arrayContaining(['time:plan-year', 'tense-future']));
  });
});

describe('role reasons in words (lib/extract/role-reason-words.ts)', () => {
  it('maps each table entry\'s example to its key, keeps unknown ids, and lists a key once', async () => {
    const { ROLE_REASON_WORDS, reasonKeys } = await import('../../lib/extract/role-reason-words');
    for (const w of ROLE_REASON_WORDS) expect(reasonKeys([w.example])).toEqual([w.key]);
    expect(reasonKeys(['time-past', 'en-time-this-year', 'something-new'])).toEqual(['reason_timeWords', 'something-new']);
    expect(reasonKeys(undefined)).toEqual([]);
  });
});
