/**
 * Parsers for the English rules (rules/numbers-en.ts). Units map to the canonical forms of
 * numbers/en-units.ts; scale words multiply (12.44 million → 12440000).
 */
import { scale } from '../../text/zh-numerals';
import { approxOf, candidate, combineApprox, lookupTable, type Parser } from './common';
import { EN_AFTER, EN_BEFORE, EN_CURRENCY, EN_NUMBER_WORDS, EN_SCALES, EN_UNITS } from './en-units';
import type { UnitEntry } from './types';

/** Lookups keyed by lower-case text with single spaces. */
const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const UNITS = new Map(EN_UNITS.map((x) => [key(x.text), x]));
const CURRENCY = new Map(EN_CURRENCY.map((x) => [key(x.text), x]));
const BEFORE = lookupTable(EN_BEFORE.map((q) => ({ ...q, text: key(q.text) })));
const AFTER = lookupTable(EN_AFTER.map((q) => ({ ...q, text: key(q.text) })));

const unitOf = (s: string | undefined): UnitEntry | undefined => (s ? UNITS.get(key(s)) : undefined);
const currencyOf = (s: string | undefined): UnitEntry | undefined => (s ? CURRENCY.get(key(s)) : undefined);
const approx = (table: typeof BEFORE, s: string | undefined) => approxOf(table, s ? key(s) : undefined);
const isYearLike = (s: string): boolean => /^(1[89]|20)\d\d$/.test(s);

/** Factor of a scale phrase: 'million' → 1e6, 'hundred million' → 1e8. */
function scaleFactor(s: string | undefined): number {
  if (!s) return 1;
  return key(s).split(' ').reduce((f, w) => f * (EN_SCALES[w] ?? 1), 1);
}

/** Thousands separators are commas, spaces or thin spaces (30 000); Indian grouping is commas too. */
const parseNum = (s: string): number => Number(s.replace(/[,\s\u202f]/g, ''));

/** 2016-2020 → two years. */
export const parseEnYearRange: Parser = ({ m, text, rule }) => {
  const a = Number(m.groups!.a);
  const b = Number(m.groups!.b);
  if (b <= a) return null;
  const end = m.index + m[0].length;
  return [
    candidate(text, m.index, m.index + m.groups!.a.length, rule, { value: a, unit: '年', kind: 'year' }),
    candidate(text, end - m.groups!.b.length, end, rule, { value: b, unit: '年', kind: 'year' }),
  ];
};

/** 6-6.5 percent, between 6 and 6.5 percent, $5-10 billion → value, upper, approx range. */
export const parseEnRange: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const sep = g.sep.toLowerCase();
  if ((sep === 'and') !== Boolean(g.between)) return null;
  // "from ₹ 5 crore to 10 crore": a change, not a range (also when the match starts after the currency mark).
  if (sep === 'to' && /\bfrom\s+(?:\S{1,3}\s?)?$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
  const right = unitOf(g.unit2) ?? currencyOf(g.cur2) ?? currencyOf(g.cur);
  const left = unitOf(g.unit);
  // "by 6 percent to 21.3 million": a unit on the first figure alone is no range's unit.
  if ((!right && !g.scale2) || (left && !right) || (left && right && left.unit !== right.unit)) return null;
  const rightScale = scaleFactor(g.scale2);
  const value = scale(parseNum(g.a), g.scale ? scaleFactor(g.scale) : rightScale);
  const upper = scale(parseNum(g.b), rightScale);
  if (upper <= value) return null;
  return [candidate(text, m.index, m.index + m[0].length, rule, {
    value, upper, unit: right?.unit ?? null, kind: right?.kind ?? 'count', approx: 'range',
  })];
};

/** over 12 million, 5.2 percent, $300, 4.06 trillion yuan, 695 million metric tons, 3 years. */
export const parseEnQuantity: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const unit = unitOf(g.unit) ?? currencyOf(g.cur);
  if (!unit && !g.scale && !((g.pre || g.post) && !isYearLike(g.num))) return null;
  if (!unit && !g.scale && isYearLike(g.num)) return null;
  const value = scale(parseNum(g.num), scaleFactor(g.scale));
  return [candidate(text, m.index, m.index + m[0].length, rule, {
    value, unit: unit?.unit ?? null, kind: unit?.kind ?? 'count',
    approx: combineApprox(approx(BEFORE, g.pre), approx(AFTER, g.post)),
  })];
};

/** two years, three times, five million, twenty-one percent (only before a scale or unit). */
export const parseEnNumberWord: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const first = EN_NUMBER_WORDS[g.w1.toLowerCase()];
  const second = g.w2 ? EN_NUMBER_WORDS[g.w2.toLowerCase()] : 0;
  if (!g.scale && !g.unit) return null;
  if (first === undefined || (g.w2 && (first < 20 || first % 10 !== 0))) return null;
  if (first === 1 && !g.scale) return null;               // "one year" reads as a phrase, not a figure
  if (g.unit && /^[A-Z]/.test(g.unit)) return null;        // Five-Year Plan: a title, not a span
  const unit = unitOf(g.unit);
  const value = scale(first + second, scaleFactor(g.scale));
  return [candidate(text, m.index, m.index + m[0].length, rule, {
    value, unit: unit?.unit ?? null, kind: unit?.kind ?? 'count', approx: approx(BEFORE, g.pre),
  })];
};

/** in 2023, the 2035 goals → year. */
export const parseEnYear: Parser = ({ m, text, rule }) =>
  [candidate(text, m.index, m.index + m[0].length, rule, { value: Number(m.groups!.num), unit: '年', kind: 'year' })];

/** Words after which a number is a reference (Article 3, Section 2), not a quantity. */
const REFERENCE_BEFORE = /\b(?:article|section|chapter|part|paragraph|item|version|phase|level|grade|class|line|no\.?)\s*$/i;

/**
 * A plain figure: count, no unit ("3 major tasks"). List numbering ("2. We promoted …" at a
 * line start, "(1)") is skipped; references (Article 3) are kind other.
 */
export const parseEnBare: Parser = ({ m, text, rule }) => {
  const start = m.index;
  const end = start + m[0].length;
  const atLineStart = start === 0 || text[start - 1] === '\n';
  if (atLineStart && /^[.)、]/.test(text.slice(end, end + 1))) return null;
  if (text[start - 1] === '(' && text[end] === ')' && m[0].length <= 2) return null;
  const reference = REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  return [candidate(text, start, end, rule, {
    value: reference ? null : parseNum(m.groups!.num), unit: null, kind: reference ? 'other' : 'count',
  })];
};
