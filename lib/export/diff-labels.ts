/** Labels for rendering a Diff (Markdown, HTML, compare view), in the report's language. */
import type { Language } from '../extract/types';
import type { Outcome, Status } from '../diff/types';

export interface DiffLabels {
  title: string; older: string; newer: string; summary: string; bySection: string; targets: string;
  commitments: string; evidence: string; noEvidence: string; confidence: string; section: string;
  noSection: string; why: string; total: string;
  targetColumns: [string, string, string, string];
  statuses: Record<Status, string>;
  outcomes: Record<Outcome, string>;
  above: string; below: string;
}

const ZH: DiffLabels = {
  title: '承诺兑现对照', older: '上年报告', newer: '本年报告', summary: '总体情况', bySection: '按章节', targets: '目标核对',
  commitments: '逐条承诺', evidence: '佐证', noEvidence: '本年报告中未找到相关表述', confidence: '置信度', section: '章节',
  noSection: '（未分章节）', why: '依据', total: '合计',
  targetColumns: ['指标', '目标', '实际', '结果'],
  statuses: { fulfilled: '已兑现', progress: '推进中', unaddressed: '未提及', missed: '未达标' },
  outcomes: { met: '达标', missed: '未达标', 'off-target': '偏离目标', 'no-actual': '无实际数' },
  above: '高于目标', below: '低于目标',
};

const EN: DiffLabels = {
  title: 'Commitments delivered', older: 'Earlier report', newer: 'Later report', summary: 'Summary', bySection: 'By section',
  targets: 'Target checks', commitments: 'Commitment by commitment', evidence: 'Evidence', noEvidence: 'Nothing in the later report speaks of this',
  confidence: 'confidence', section: 'Section', noSection: '(no section)', why: 'why', total: 'Total',
  targetColumns: ['Indicator', 'Target', 'Actual', 'Outcome'],
  statuses: { fulfilled: 'fulfilled', progress: 'in progress', unaddressed: 'unaddressed', missed: 'missed' },
  outcomes: { met: 'met', missed: 'missed', 'off-target': 'off target', 'no-actual': 'no actual figure' },
  above: 'above target', below: 'below target',
};

export function diffLabelsFor(language: Language): DiffLabels {
  return language === 'zh' ? ZH : EN;
}

/** Display order of statuses: the ones a reader follows up first. */
export const STATUS_ORDER: Status[] = ['missed', 'unaddressed', 'progress', 'fulfilled'];
/** One colour per status, shared by the HTML report and the extension's compare view. */
export const STATUS_COLORS: Record<Status, string> = { fulfilled: '#2e7d32', progress: '#f9a825', unaddressed: '#9e9e9e', missed: '#c62828' };
