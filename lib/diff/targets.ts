/**
 * Target checks: a target figure of the older report against the newer report's figure for
 * the same indicator (actuals.ts), judged by the contract's rules.
 */
import type { NumberMention } from '../extract/types';
import type { MeasuredFigure } from './actuals';
import { bestActual, type Idf } from './actual-match';
import type { ActualIndex } from './actual-index';
import type { Outcome, TargetCheck } from './types';

/** "About" tolerance: ±0.5 percentage points for percentages, ±5 % relative otherwise. */
const ABOUT_PP = 0.5;
const ABOUT_RELATIVE = 0.05;

const UNIT_ALIASES: Record<string, string> = { percent: '%', '％': '%', 'per cent': '%', yuan: '元', 'percentage points': '个百分点', 'percentage point': '个百分点' };

export function unitKey(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.trim().toLowerCase();
  return UNIT_ALIASES[u] ?? u;
}

/**
 * Checks one target figure against the best-matching actual (actuals.ts). A target set for a
 * year after `reviewedYear` (the year the newer report gives results for) has none yet.
 */
export function checkTarget(target: MeasuredFigure, actuals: ActualIndex, idf: Idf, reviewedYear: number | null = null): TargetCheck {
  const n = target.number;
  const indicator = target.measure.label || n.indicator;
  const base = {
    indicator: indicator || null,
    target: { raw: n.raw, value: n.value, unit: target.measure.unit, approx: n.approx, ...(n.upper !== undefined ? { upper: n.upper } : {}) },
  };
  const later = reviewedYear !== null && (target.forYear ?? null) !== null && target.forYear! > reviewedYear;
  const best = n.value === null || later ? null : bestActual(target, actuals, idf, unitKey);
  if (!best || best.number.value === null) return { ...base, actual: null, outcome: 'no-actual', direction: null };
  const a = best.number;
  return {
    ...base,
    actual: { raw: a.raw, value: a.value, unit: best.measure.unit, start: a.start, end: a.end },
    ...judge({ ...n, unit: target.measure.unit }, a.value!),
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
