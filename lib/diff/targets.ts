/**
 * Target checks: a target figure of the older report against the newer report's figure for
 * the same indicator, judged by the contract's rules. Actuals come only from sections that
 * review work (a newer report repeating a figure as next year's plan is not an actual).
 */
import { buildSectionIndex } from '../extract/sections';
import { defaultRoleFor } from '../extract/meta';
import type { Extraction, NumberMention } from '../extract/types';
import type { Outcome, TargetCheck } from './types';
import { termsOf } from './terms';

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

/** Indicator terms: character bigrams for Chinese, stemmed content words for English. */
function indicatorTerms(s: string): Set<string> {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/[\u4e00-\u9fff]/.test(t)) {
    const han = t.replace(/[^\u4e00-\u9fff]/g, '');
    return new Set(Array.from({ length: Math.max(1, han.length - 1) }, (_, i) => han.slice(i, i + 2)));
  }
  return new Set(termsOf(t, 'en').filter((w) => w.length > 2 && !/^\d/.test(w)));
}

/**
 * Similarity of two indicator phrases: the mean of Dice and the overlap coefficient, so that
 * a short phrase inside a longer one ("培训" in "培训执法人员") still counts, but only when the
 * shorter one has at least three terms; below that, plain Dice (so "增长" alone matches little).
 */
export function indicatorSimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const x = indicatorTerms(a);
  const y = indicatorTerms(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  if (x.size === 0 || y.size === 0) return 0;
  const dice = (2 * common) / (x.size + y.size);
  const smaller = Math.min(x.size, y.size);
  return smaller >= 3 ? (dice + common / smaller) / 2 : dice;
}

export interface ActualCandidate { number: NumberMention; label: string; context: string }

/** Indicators shorter than this are compared together with their clause. */
const MIN_LABEL = 4;
/** "由5%提高到8%": the figure before 提高到/降至 is the starting point, not the result. */
const FROM_VALUE_AFTER = /^(提高|增加|增长|上升|扩大|下降|降低|减少|压缩|缩短)?(到|至)/;
const FROM_VALUE_BEFORE = /[由从]$/;

/** Weight of the surrounding words when the indicators alone do not decide. */
const CONTEXT_WEIGHT = 0.9;

/** The words around a figure within its sentence: before it for Chinese, both sides for English. */
export function figureContext(text: string, n: Pick<NumberMention, 'start' | 'end'>): string {
  const before = text.slice(Math.max(0, n.start - CLAUSE_BACK), n.start);
  const clauseStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('. '));
  const left = before.slice(clauseStart + 1);
  if (/[\u4e00-\u9fff]/.test(left)) return left;
  // English names the measure on both sides ("hire 40 additional maintenance workers").
  const wider = text.slice(Math.max(0, n.start - CLAUSE_BACK * 2), n.start);
  const wideLeft = wider.slice(Math.max(wider.lastIndexOf('. '), wider.lastIndexOf('\n')) + 1);
  const after = text.slice(n.end, n.end + CLAUSE_BACK * 2);
  return `${wideLeft} ${after.split(/[.;!?\n]/)[0]}`;
}

/** Figures of the newer report that can be actuals: measures outside plans sections. */
export function actualCandidates(newer: Extraction): ActualCandidate[] {
  const sections = buildSectionIndex(newer.headings, defaultRoleFor(newer.meta.docType));
  return newer.numbers
    .filter((n) => MEASURE_KINDS.has(n.kind) && n.value !== null && sections.roleAt(n.start) !== 'plans')
    .filter((n) => !(FROM_VALUE_BEFORE.test(newer.text.slice(n.start - 1, n.start)) && FROM_VALUE_AFTER.test(newer.text.slice(n.end, n.end + 4))))
    .map((n) => ({ number: n, label: n.indicator ?? '', context: figureContext(newer.text, n) }));
}

/** Checks one target figure against the best-matching actual. */
export function checkTarget(target: NumberMention, targetContext: string, actuals: ActualCandidate[]): TargetCheck {
  const key = unitKey(target.unit);
  let best: ActualCandidate | null = null;
  let bestSim = MIN_INDICATOR_SIMILARITY;
  for (const a of actuals) {
    if (unitKey(a.number.unit) !== key) continue;
    // A bare indicator ("覆盖率") says too little alone: read it with its clause.
    const label = a.label.length >= MIN_LABEL ? a.label : a.context;
    const sim = Math.max(
      indicatorSimilarity(target.indicator, label),
      CONTEXT_WEIGHT * indicatorSimilarity(targetContext, a.context),
    );
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
