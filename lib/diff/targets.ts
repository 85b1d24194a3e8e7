/**
 * Target checks: a target figure of the older report against the newer report's figure for
 * the same indicator, judged by the contract's rules. Actuals come only from sections that
 * review work (a newer report repeating a figure as next year's plan is not an actual).
 */
import { buildSectionIndex } from '../extract/sections';
import { defaultRoleFor } from '../extract/meta';
import type { Extraction, NumberMention } from '../extract/types';
import type { Outcome, TargetCheck } from './types';

/** Kinds that can be targets and actuals. */
const MEASURE_KINDS = new Set(['count', 'percent', 'money', 'quantity', 'duration']);
/** Indicators must be at least this similar (Dice over bigrams or words) to be the same. */
export const MIN_INDICATOR_SIMILARITY = 0.5;
/** "About" tolerance: ±0.5 percentage points for percentages, ±5 % relative otherwise. */
const ABOUT_PP = 0.5;
const ABOUT_RELATIVE = 0.05;
/** How far back an actual's surrounding clause is read when it has no indicator. */
const CLAUSE_BACK = 24;

const UNIT_ALIASES: Record<string, string> = { percent: '%', '％': '%', 'per cent': '%', yuan: '元', 'percentage points': '个百分点', 'percentage point': '个百分点' };

export function unitKey(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.trim().toLowerCase();
  return UNIT_ALIASES[u] ?? u;
}

/** Dice similarity of two indicator phrases: character bigrams for Chinese, words for English. */
export function indicatorSimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const grams = (s: string) => {
    const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
    if (/[\u4e00-\u9fff]/.test(t)) return new Set(Array.from({ length: Math.max(1, t.length - 1) }, (_, i) => t.slice(i, i + 2)));
    return new Set(t.split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  };
  const x = grams(a);
  const y = grams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return x.size + y.size ? (2 * common) / (x.size + y.size) : 0;
}

export interface ActualCandidate { number: NumberMention; label: string }

/** Figures of the newer report that can be actuals: measures outside plans sections. */
export function actualCandidates(newer: Extraction): ActualCandidate[] {
  const sections = buildSectionIndex(newer.headings, defaultRoleFor(newer.meta.docType));
  return newer.numbers
    .filter((n) => MEASURE_KINDS.has(n.kind) && n.value !== null && sections.roleAt(n.start) !== 'plans')
    .map((n) => ({ number: n, label: n.indicator ?? newer.text.slice(Math.max(0, n.start - CLAUSE_BACK), n.start) }));
}

/** Checks one target figure against the best-matching actual. */
export function checkTarget(target: NumberMention, actuals: ActualCandidate[]): TargetCheck {
  const key = unitKey(target.unit);
  let best: ActualCandidate | null = null;
  let bestSim = MIN_INDICATOR_SIMILARITY;
  for (const a of actuals) {
    if (unitKey(a.number.unit) !== key) continue;
    const sim = indicatorSimilarity(target.indicator, a.label);
    if (sim > bestSim) { best = a; bestSim = sim; }
  }
  const base = {
    indicator: target.indicator,
    target: { raw: target.raw, value: target.value, unit: target.unit, approx: target.approx, ...(target.upper !== undefined ? { upper: target.upper } : {}) },
  };
  if (!best || target.value === null || best.number.value === null) return { ...base, actual: null, outcome: 'no-actual', direction: null };
  const n = best.number;
  return {
    ...base,
    actual: { raw: n.raw, value: n.value, unit: n.unit, start: n.start, end: n.end },
    ...judge(target, n.value!),
  };
}

/** The contract's target rules. A figure with no qualifier is read as "about". */
export function judge(target: Pick<NumberMention, 'value' | 'unit' | 'approx' | 'upper'>, actual: number): { outcome: Outcome; direction: 'above' | 'below' | null } {
  const v = target.value!;
  const direction = actual > v ? 'above' : actual < v ? 'below' : null;
  switch (target.approx ?? 'about') {
    case 'at-least':
    case 'over':
      return { outcome: actual >= v ? 'met' : 'missed', direction };
    case 'at-most':
    case 'under':
      return { outcome: actual <= v ? 'met' : 'missed', direction };
    case 'range': {
      const upper = target.upper ?? v;
      if (actual < v) return { outcome: 'missed', direction: 'below' };
      return actual <= upper ? { outcome: 'met', direction: null } : { outcome: 'off-target', direction: 'above' };
    }
    default: {
      const pp = unitKey(target.unit) === '%' || unitKey(target.unit) === '个百分点';
      const tolerance = pp ? ABOUT_PP : Math.abs(v) * ABOUT_RELATIVE;
      return Math.abs(actual - v) <= tolerance + 1e-9 ? { outcome: 'met', direction } : { outcome: 'off-target', direction };
    }
  }
}
