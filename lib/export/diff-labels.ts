/**
 * The one label table for a Diff: the compare view, the CLI (Markdown, HTML) and every export
 * (CSV, bundle) take their words from here, so a status reads the same wherever it is shown.
 * The extension's messages.json repeats the status and outcome words for the side panel's own
 * marks; test/export/diff-labels.test.ts fails when they drift apart.
 *
 * "Unaddressed" is worded as what it is — no matching passage was found by a text search —
 * with a one-line note that this is no verdict; the closest passage is shown beside it.
 */
import type { Language } from '../extract/types';
import type { Outcome, Status } from '../diff/types';

export interface DiffLabels {
  title: string; older: string; newer: string; summary: string; bySection: string; targets: string;
  commitments: string; evidence: string; confidence: string; section: string;
  noSection: string; why: string; total: string;
  /** Shown for an unaddressed item instead of evidence. */
  noEvidence: string;
  /** One line under it: the status comes from a text search, not a verdict. */
  searchNote: string;
  /** Heading of the closest passage shown with an unaddressed item. */
  closest: string;
  /** What the confidence figure means, shown where it is shown. */
  confidenceHelp: string;
  /** A heading judged by the commitments listed under it. */
  groupNote: string;
  targetColumns: [string, string, string, string];
  statuses: Record<Status, string>;
  outcomes: Record<Outcome, string>;
  above: string; below: string;
}

const ZH: DiffLabels = {
  title: '承诺兑现对照', older: '上年报告', newer: '本年报告', summary: '总体情况', bySection: '按章节', targets: '目标核对',
  commitments: '逐条承诺', evidence: '佐证', confidence: '置信度', section: '章节',
  noSection: '（未分章节）', why: '依据', total: '合计',
  noEvidence: '本年报告中没有找到与这条承诺对应的段落。',
  searchNote: '这是文本检索的结果，不是结论：请对照最接近的段落自行核实。',
  closest: '最接近的段落',
  confidenceHelp: '置信度表示判定离临界值有多远：0.5 在临界处，1 远离临界。',
  groupNote: '按下列各条汇总',
  targetColumns: ['指标', '目标', '实际', '结果'],
  statuses: { fulfilled: '已兑现', progress: '推进中', unaddressed: '未找到对应段落', missed: '未达成' },
  outcomes: { met: '达标', missed: '未达标', 'off-target': '偏离目标', 'no-actual': '无实际数' },
  above: '高于目标', below: '低于目标',
};

const EN: DiffLabels = {
  title: 'Commitments delivered', older: 'Earlier report', newer: 'Later report', summary: 'Summary', bySection: 'By section',
  targets: 'Target checks', commitments: 'Commitment by commitment', evidence: 'Evidence',
  confidence: 'confidence', section: 'Section', noSection: '(no section)', why: 'why', total: 'Total',
  noEvidence: 'No matching passage was found in the later report.',
  searchNote: 'This is a text search, not a verdict: check the closest passage yourself.',
  closest: 'Closest passage',
  confidenceHelp: 'Confidence is how far the evidence is from the line that decided the status: 0.5 at the line, 1 far from it.',
  groupNote: 'from the items below',
  targetColumns: ['Indicator', 'Target', 'Actual', 'Outcome'],
  statuses: { fulfilled: 'fulfilled', progress: 'in progress', unaddressed: 'no matching passage found', missed: 'missed' },
  outcomes: { met: 'met', missed: 'missed', 'off-target': 'off target', 'no-actual': 'no actual figure' },
  above: 'above target', below: 'below target',
};

/** Labels in a report's language, or for a UI locale ('zh_CN', 'zh-CN', 'en-US' …). */
export function diffLabelsFor(language: Language | string): DiffLabels {
  return language.toLowerCase().startsWith('zh') ? ZH : EN;
}

/** Display order of statuses: the ones a reader follows up first. */
export const STATUS_ORDER: Status[] = ['missed', 'unaddressed', 'progress', 'fulfilled'];
/** One colour per status, shared by the HTML report and the extension's compare view. */
export const STATUS_COLORS: Record<Status, string> = { fulfilled: '#2e7d32', progress: '#f9a825', unaddressed: '#9e9e9e', missed: '#c62828' };
/** One colour per target outcome (met green, missed red, off target amber, no actual grey). */
export const OUTCOME_COLORS: Record<Outcome, string> = { met: '#2e7d32', missed: '#c62828', 'off-target': '#ef6c00', 'no-actual': '#9e9e9e' };
/** Colours on which white text is hard to read take dark text. */
export const LIGHT_COLORS = new Set(['#f9a825']);
