/** How a later report carries a promise on (lib/chains/change.ts). */
import { describe, expect, it } from 'vitest';
import { planChange } from '../../lib/chains/change';
import { extractText } from '../../lib/extract/index';

/** A one-item plans section of a report for `year` (reviewing year − 1), and its commitment. */
function promise(item: string, year: number, lang: 'zh' | 'en' = 'zh') {
  const text = lang === 'zh'
    ? `某区人民政府${year - 1}年度法治政府建设情况报告\n一、${year - 1}年主要工作\n全年办理行政许可事项1.2万件。\n二、${year}年工作安排\n${item}。\n`
    : `Lowbridge Town Council\nAnnual Report ${year - 1}\n1. What we did in ${year - 1}\nWe repaired 900 potholes.\n2. Our commitments for ${year}\n${item}\n`;
  const report = extractText(text, { sha256: `${year}` });
  const c = report.commitments.find((x) => x.text.includes(item.slice(0, 6)));
  if (!c) throw new Error(`no commitment for ${item}: ${report.commitments.map((x) => x.text).join(' | ')}`);
  return [c, report] as const;
}

function change(a: string, b: string, lang: 'zh' | 'en' = 'zh', years: [number, number] = [2022, 2023]) {
  return planChange(...promise(a, years[0], lang), ...promise(b, years[1], lang));
}

describe('planChange', () => {
  it('reads the same words as repeated', () => {
    expect(change('完善重大行政决策目录化管理制度', '完善重大行政决策目录化管理制度').state).toBe('repeated');
    expect(change('We will open a second recycling centre.', 'We will open a second recycling centre.', 'en').state).toBe('repeated');
  });

  it('reads the report\'s own year as "this year"', () => {
    expect(change('2022年底前建成县级法治教育基地', '2023年底前建成县级法治教育基地').state).toBe('repeated');
  });

  it('reads a deadline moved to another year as reworded', () => {
    expect(change('到2025年建成县级法治教育基地', '到2026年建成县级法治教育基地', 'zh', [2023, 2024]).state).toBe('reworded');
  });

  it('reads a target figure raised or lowered, with both figures', () => {
    expect(change('政务服务事项网上可办率达到90%以上', '政务服务事项网上可办率达到95%以上')).toEqual({ state: 'target-raised', targetChange: { from: '90%以上', to: '95%以上' } });
    const lowered = change('We will install 100 electric vehicle charging points.', 'We will install 60 electric vehicle charging points.', 'en');
    expect(lowered.state).toBe('target-lowered');
    expect(lowered.targetChange?.to).toMatch(/60/);
  });

  it('compares figures of one unit only', () => {
    expect(change('建设法治文化公园3个', '建设法治文化公园3处').state).toBe('reworded');
  });

  it('reads other words for the same promise as reworded', () => {
    expect(change('组建县行政复议中心', '年内建成县行政复议中心并投入运行').state).toBe('reworded');
  });
});
