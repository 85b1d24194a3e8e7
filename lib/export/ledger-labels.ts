/**
 * Words for the ledger (台账) across years, in the report's language: view, CSV, Markdown,
 * HTML. A review is the diff's status, so its words and colours are the diff's (diff-labels.ts).
 */
import type { ChainState, PlanState, ReviewState } from '../chains/types';
import type { Status } from '../diff/types';
import { diffLabelsFor, STATUS_COLORS } from './diff-labels';
import type { LedgerFilter } from '../chains/view';
import type { Language } from '../extract/types';

export interface LedgerLabels {
  title: string; chart: string; chain: string; firstPromised: string; times: string; now: string;
  /** CSV headers of the promise's id, its first year and its first wording. */
  promiseId: string; firstYear: string; firstText: string;
  year: string; report: string; plan: string; review: string; commitment: string; evidence: string;
  targetChange: string; byHand: string; note: string; notFollowed: string; notFollowedWord: string; none: string;
  plans: Record<PlanState, string>;
  states: Record<ChainState, string>;
  filters: Record<LedgerFilter, string>;
}

const ZH: LedgerLabels = {
  title: '承诺台账', chart: '各年度状态', chain: '承诺', firstPromised: '首次承诺', times: '承诺次数', now: '现状',
  promiseId: '承诺编号', firstYear: '首次承诺年度', firstText: '首次承诺内容',
  year: '年度', report: '报告', plan: '本年计划', review: '本年回顾', commitment: '承诺原文', evidence: '佐证',
  targetChange: '目标变化', byHand: '人工判定', note: '备注', notFollowed: '不再跟踪', notFollowedWord: '未再承诺', none: '—',
  plans: { new: '首次承诺', repeated: '原样重申', reworded: '换言重申', 'target-raised': '目标上调', 'target-lowered': '目标下调' },
  states: { promised: '仍在承诺', done: '已兑现', progress: '推进中（不再承诺）', missed: '未达成', dropped: '不再提及' },
  filters: { all: '全部', 'promised-3-never-done': '承诺三次以上且从未兑现', 'target-lowered': '目标下调', 'silent-after-promise': '承诺后未提及' },
};

const EN: LedgerLabels = {
  title: 'Promise ledger', chart: 'Statuses by year', chain: 'Promise', firstPromised: 'First promised', times: 'Times promised', now: 'Now',
  promiseId: 'Promise id', firstYear: 'First promised (year)', firstText: 'First promise',
  year: 'Year', report: 'Report', plan: 'Plans', review: 'Review', commitment: 'Commitment', evidence: 'Evidence',
  targetChange: 'Target change', byHand: 'Set by hand', note: 'Note', notFollowed: 'no longer followed', notFollowedWord: 'not promised again', none: '—',
  plans: { new: 'first promised', repeated: 'repeated', reworded: 'reworded', 'target-raised': 'target raised', 'target-lowered': 'target lowered' },
  states: { promised: 'still promised', done: 'done', progress: 'in progress, no longer promised', missed: 'missed', dropped: 'dropped' },
  filters: { all: 'All', 'promised-3-never-done': 'Promised 3+ times, never reported done', 'target-lowered': 'Target lowered', 'silent-after-promise': 'Silent after being promised' },
};

export function ledgerLabelsFor(language: Language): LedgerLabels {
  return language === 'zh' ? ZH : EN;
}

/** The diff status each review state is. */
export const REVIEW_STATUS: Record<ReviewState, Status> = { done: 'fulfilled', progress: 'progress', silent: 'unaddressed', missed: 'missed' };

/** A review state in words: the diff's word for its status. */
export function reviewLabel(state: ReviewState, language: Language): string {
  return diffLabelsFor(language).statuses[REVIEW_STATUS[state]];
}

/** One colour per review state: the diff's status colours. */
export const REVIEW_COLORS: Record<ReviewState, string> = {
  done: STATUS_COLORS.fulfilled, progress: STATUS_COLORS.progress, silent: STATUS_COLORS.unaddressed, missed: STATUS_COLORS.missed,
};
/** Plans cells without a review (the first year) in one neutral colour. */
export const PLAN_COLOR = '#1565c0';
