/** Test helpers for the number tables: run findNumbers and pick fields worth comparing. */
import { findNumbers, type NumberFound } from '../../lib/extract/numbers';
import type { Language } from '../../lib/extract/types';

/** The fields a table row states; upper only when the row gives it. */
export interface Expected {
  raw: string;
  value: number | null;
  unit: string | null;
  kind: NumberFound['kind'];
  approx?: NumberFound['approx'];
  upper?: number;
}

/** Mentions of `text` reduced to the fields a row states (approx defaults to null). */
export function found(text: string, language: Language = 'zh'): Expected[] {
  return findNumbers(text, language).map((n) => ({
    raw: n.raw, value: n.value, unit: n.unit, kind: n.kind, approx: n.approx,
    ...(n.upper !== undefined ? { upper: n.upper as number } : {}),
  }));
}

/** A row with approx filled in, so rows may leave it out when there is no qualifier. */
export function row(e: Expected): Expected {
  return { approx: null, ...e };
}

/** The raw strings found in `text`. */
export function raws(text: string, language: Language = 'zh'): string[] {
  return findNumbers(text, language).map((n) => n.raw);
}
