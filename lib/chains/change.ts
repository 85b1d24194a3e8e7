/**
 * How a later report carries a promise on: the same words (its own years aside: "2022年" in
 * the 2022 plans is "this year"), the same words with a target figure raised or lowered, or
 * other words for the same thing.
 */
import type { Commitment, Extraction, NumberMention } from '../extract/types';
import { unitKey } from '../diff/targets';
import type { PlanState } from './types';

/** Figures that can be targets (years, dates and document numbers are not). */
const TARGET_KINDS = new Set<NumberMention['kind']>(['count', 'percent', 'money', 'quantity', 'duration']);
/** Everything but letters, CJK and digits goes before comparing words. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export interface PlanChange { state: Exclude<PlanState, 'new'>; targetChange?: { from: string; to: string } }

/** The target figures written inside a commitment, in text order. */
export function figuresIn(c: Commitment, report: Extraction): NumberMention[] {
  return report.numbers.filter((n) => n.start >= c.start && n.end <= c.end && TARGET_KINDS.has(n.kind) && n.value !== null);
}

/** The words of a commitment, its report's own years as one placeholder. */
function wordsOf(text: string, report: Extraction): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const y of [report.meta.planYear, report.meta.coversYear]) if (y !== null) s = s.split(String(y)).join('#');
  return s.replace(NOT_WORD, '');
}

/** How `later` (in `laterReport`) carries on `earlier` (in `earlierReport`), the two already linked. */
export function planChange(earlier: Commitment, earlierReport: Extraction, later: Commitment, laterReport: Extraction): PlanChange {
  const target = targetChange(figuresIn(earlier, earlierReport), figuresIn(later, laterReport));
  if (target) return target;
  if (earlier.text.normalize('NFKC').replace(NOT_WORD, '') === later.text.normalize('NFKC').replace(NOT_WORD, '')) return { state: 'repeated' };
  return { state: wordsOf(earlier.text, earlierReport) === wordsOf(later.text, laterReport) ? 'repeated' : 'reworded' };
}

/** The first figure of one unit whose value changed, paired in order within each unit. */
function targetChange(before: NumberMention[], after: NumberMention[]): PlanChange | null {
  const byUnit = new Map<string, NumberMention[]>();
  for (const n of after) {
    const key = `${n.kind}|${unitKey(n.unit) ?? ''}`;
    (byUnit.get(key) ?? byUnit.set(key, []).get(key)!).push(n);
  }
  const used = new Map<string, number>();
  for (const n of before) {
    const key = `${n.kind}|${unitKey(n.unit) ?? ''}`;
    const at = used.get(key) ?? 0;
    const match = byUnit.get(key)?.[at];
    if (!match) continue;
    used.set(key, at + 1);
    if (match.value !== n.value) {
      return { state: match.value! > n.value! ? 'target-raised' : 'target-lowered', targetChange: { from: n.raw, to: match.raw } };
    }
  }
  return null;
}
