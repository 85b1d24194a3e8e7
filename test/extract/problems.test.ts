import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const problems = (text: string) => run(text).problems.map((p) => p.text);

describe('problems', () => {
  it('takes every sentence of a problems section but not its heading lines', () => {
    const text = '某县报告\n一、主要成效\n完成审批1200件。\n二、存在的问题\n(一)审批改革有待推进\n一是系统建设滞后。部分事项未能网上办理。\n二是人员不足。\n三、下一步打算\n加强队伍建设。';
    expect(problems(text)).toEqual(['系统建设滞后', '部分事项未能网上办理', '人员不足']);
  });

  it('splits an inline enumeration into its items', () => {
    const text = '某县报告\n一、存在的问题和不足\n工作取得了一定成绩，但仍存在一些问题，主要表现在:一是能力有待加强;二是职责有待厘清;三是执法不够规范。';
    expect(problems(text)).toEqual(['工作取得了一定成绩，但仍存在一些问题，主要表现在', '能力有待加强', '职责有待厘清', '执法不够规范']);
  });

  it('takes a review paragraph opened by 在肯定成绩的同时', () => {
    const text = '政府工作报告\n一、2023年工作回顾\n经济增长5.2%。\n在肯定成绩的同时，我们也清醒看到面临的困难和挑战。有效需求不足。\n二、2024年政府工作任务\n扩大内需。';
    expect(problems(text)).toEqual(['在肯定成绩的同时，我们也清醒看到面临的困难和挑战', '有效需求不足']);
  });

  it('finds no problems in a review without problem sections', () => {
    expect(problems('某县报告\n一、主要成效\n存在的隐患全部整改到位。群众满意。')).toEqual([]);
  });

  it('offsets point at the problem text', () => {
    const e = run('某县报告\n二、存在不足\n一是意识不强。少数干部重发展轻法治。');
    for (const p of e.problems) expect(e.text.slice(p.start, p.end)).toBe(p.text);
    expect(e.problems.every((p) => p.headingId !== null)).toBe(true);
  });

  it('reads English challenges sections', () => {
    const e = run('Annual Performance Report\nProblems and Challenges\nSome programs lag behind schedule. Staff turnover is high.\nPriorities for Next Year\nWe will hire staff.');
    expect(e.problems.map((p) => p.text)).toEqual(['Some programs lag behind schedule.', 'Staff turnover is high.']);
  });
});

