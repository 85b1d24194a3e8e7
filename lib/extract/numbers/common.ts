/**
 * Helpers the Chinese and English parsers share: building a candidate from a match,
 * combining qualifiers, and looking up unit and qualifier words in their tables.
 */
import type { Approx, NumberKind } from '../types';
import type { Candidate, NumberRule, QualifierEntry, UnitEntry } from './types';

/** How a match is handed to a parser: the regex result, the whole text, and the rule. */
export interface ParseInput { m: RegExpExecArray; text: string; rule: NumberRule }

/** What a parser returns: the mentions of one match, or null to reject it. */
export type ParseResult = Candidate[] | null;

/** A parser reads one match of its rule. */
export type Parser = (input: ParseInput) => ParseResult;

/** Builds a candidate spanning text[start, end) produced by `rule`. */
export function candidate(
  text: string, start: number, end: number, rule: NumberRule,
  fields: { value: number | null; unit: string | null; kind: NumberKind; approx?: Approx; upper?: number | null },
): Candidate {
  const c: Candidate = {
    raw: text.slice(start, end), value: fields.value, unit: fields.unit, kind: fields.kind,
    approx: fields.approx ?? null, start, end, rule: rule.id,
  };
  if (fields.upper !== undefined) c.upper = fields.upper;
  return c;
}

/**
 * The strongest of several qualifiers: a bound (at-least, at-most, under) beats "over",
 * which beats "about": 约100余人 is "over 100", 1200万人以上 is "at least".
 */
const APPROX_RANK: Record<Exclude<Approx, null>, number> = {
  range: 5, 'at-least': 4, 'at-most': 4, under: 4, over: 3, about: 2,
};

/** Combines qualifiers found around one figure into its approx. */
export function combineApprox(...found: Approx[]): Approx {
  let best: Approx = null;
  for (const a of found) if (a && (!best || APPROX_RANK[a] > APPROX_RANK[best])) best = a;
  return best;
}

/** A lookup from written form to table entry, built once per table. */
export function lookupTable<T extends { text: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((e) => [e.text, e]));
}

/** The approx a qualifier word gives, or null when absent or unknown. */
export function approxOf(table: Map<string, QualifierEntry>, word: string | undefined): Approx {
  if (!word) return null;
  return table.get(word.trim())?.approx ?? null;
}

/** The unit entry of a written unit word (spaces trimmed), or undefined. */
export function unitOf(table: Map<string, UnitEntry>, word: string | undefined): UnitEntry | undefined {
  if (!word) return undefined;
  return table.get(word.trim());
}

/**
 * The qualifier that ends right at `at` (约 in 约100余人), longest first, or undefined.
 * Parsers use it instead of an optional group at the start of a pattern.
 */
export function qualifierEndingAt(text: string, at: number, longestFirst: QualifierEntry[]): QualifierEntry | undefined {
  for (const q of longestFirst) {
    const start = at - q.text.length;
    if (start < 0 || !text.startsWith(q.text, start)) continue;
    if (q.notAfter && start > 0 && q.notAfter.includes(text[start - 1])) return undefined;
    return q;
  }
  return undefined;
}
