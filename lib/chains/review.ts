/**
 * A review cell from the diff's item: its status in ledger words, its best evidence, and one
 * reading of the chain's own: a one-off promise reported done yet promised again in the same
 * words was not done (the plans say so), unless the figures say it was (a target met is met).
 */
import type { DiffItem, Status } from '../diff/types';
import { isRecurring } from './rules';
import type { ChainCell, PlanState, ReviewState } from './types';

/** The diff's status in ledger words. */
export const REVIEW: Record<Status, ReviewState> = { fulfilled: 'done', progress: 'progress', unaddressed: 'silent', missed: 'missed' };
/** Diff rules that decide 'fulfilled' from figures, not from words. */
const FROM_FIGURES = new Set(['targets-met', 'target-exceeded']);

export const DONE_YET_PROMISED = 'done-yet-promised-again';

export type ReviewPart = Pick<ChainCell, 'review' | 'reviewStatus' | 'reviewRules' | 'evidence'>;

/** The review part of a cell; `plan` is how the same report carries the promise on (null: it does not). */
export function reviewOf(item: DiffItem | undefined, plan: PlanState | null, promise: string): ReviewPart {
  if (!item) return { review: 'silent', reviewRules: ['not-judged'], evidence: null };
  const rules = [...item.why.rules];
  let review = REVIEW[item.status];
  if (review === 'done' && plan === 'repeated' && !rules.some((r) => FROM_FIGURES.has(r)) && !isRecurring(promise)) {
    review = 'progress';
    rules.push(DONE_YET_PROMISED);
  }
  const best = review === 'silent' ? null : item.evidence[0] ?? null;
  return {
    review,
    reviewStatus: item.status,
    reviewRules: rules,
    evidence: best ? { text: best.text, start: best.start, end: best.end } : null,
  };
}
