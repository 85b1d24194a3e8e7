/**
 * Parsers for the Chinese rules (rules/numbers-zh.ts): each reads one match into mentions
 * or rejects it, so that a later rule may claim the span instead.
 */
import { multiplierValue, parseArabic, parseZhNumeral, scale } from '../../text/zh-numerals';
import { approxOf, candidate, combineApprox, lookupTable, qualifierEndingAt, unitOf, type Parser } from './common';
import type { UnitEntry } from './types';
import { ZH_AFTER, ZH_BEFORE, ZH_BETWEEN, ZH_UNITS } from './zh-units';

const UNITS = lookupTable(ZH_UNITS);
const AFTER = lookupTable(ZH_AFTER);
const BETWEEN = lookupTable(ZH_BETWEEN);

/** 内 and 多 after a unit qualify only durations (7个工作日内, 3年多); after 个 they start a new word. */
export function afterAllowed(post: string, unit: UnitEntry | undefined): boolean {
  if (post === '内' || post === '多') return unit?.kind === 'duration';
  return true;
}

/**
 * Whole match, fixed kind, no value: document ids, full dates, clock times, combos like 1+4.
 * A named group `id` narrows the mention to that part (第14343号 → '14343号').
 */
export const parseFixed: Parser = ({ m, text, rule }) => {
  const id = m.groups?.id;
  const start = id ? m.index + m[0].length - id.length : m.index;
  return [candidate(text, start, m.index + m[0].length, rule, { value: null, unit: null, kind: rule.kind ?? 'other' })];
};

/** 2015—2020年 → two years, '2015' and '2020年' (the contract keeps both ends of a span). */
export const parseYearRange: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const a = Number(g.a);
  const b = Number(g.b);
  if (b <= a) return null;
  const aEnd = m.index + g.a.length + (g.ay?.length ?? 0);
  const bEnd = m.index + m[0].length;
  const bStart = bEnd - (g.by?.length ?? 0) - g.b.length;
  return [
    candidate(text, m.index, aEnd, rule, { value: a, unit: '年', kind: 'year' }),
    candidate(text, bStart, bEnd, rule, { value: b, unit: '年', kind: 'year' }),
  ];
};

/** 1—6月 → one date range, value 1, upper 6. */
export const parseMonthRange: Parser = ({ m, text, rule }) => {
  const a = Number(m.groups!.a);
  const b = Number(m.groups!.b);
  if (b <= a) return null;
  return [candidate(text, m.index, m.index + m[0].length, rule, { value: a, upper: b, unit: '月', kind: 'date', approx: 'range' })];
};

/** 6%－6.5%, 3-5年, 10万-20万元: value and upper in the right-hand unit, approx range. */
export const parseRange: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const unit = unitOf(UNITS, g.bunit);
  const leftUnit = unitOf(UNITS, g.aunit);
  if (!unit || (leftUnit && leftUnit.unit !== unit.unit)) return null;
  const rightMult = multiplierValue(g.bmult ?? '') ?? 1;
  const leftMult = g.amult ? multiplierValue(g.amult) ?? 1 : rightMult;   // 10-20万元: 万 covers both
  const a = parseArabic(g.a);
  const b = parseArabic(g.b);
  if (a === null || b === null) return null;
  const value = scale(a, leftMult);
  const upper = scale(b, rightMult);
  if (upper <= value) return null;
  let end = m.index + m[0].length;
  if (g.post && !afterAllowed(g.post, unit)) end -= g.post.length;
  return [candidate(text, m.index, end, rule, { value, upper, unit: unit.unit, kind: unit.kind, approx: 'range' })];
};

/** 2019年 → year 2019 (2019年度 keeps 度 out of the mention). */
export const parseYear: Parser = ({ m, text, rule }) =>
  [candidate(text, m.index, m.index + m[0].length, rule, { value: Number(m.groups!.num), unit: '年', kind: 'year' })];

/** 5月, 12月份 → date, value the month. */
export const parseMonth: Parser = ({ m, text, rule }) =>
  [candidate(text, m.index, m.index + m[0].length, rule, { value: Number(m.groups!.num), unit: '月', kind: 'date' })];

/** 百分之五十 → 50 %, 百分之三点五 → 3.5 %. */
export const parsePercentWords: Parser = ({ m, text, rule }) => {
  const num = m.groups!.num;
  const value = /\d/.test(num) ? parseArabic(num) : parseZhDecimal(num);
  if (value === null) return null;
  return [candidate(text, m.index, m.index + m[0].length, rule, { value, unit: '%', kind: 'percent' })];
};

/** 三点五 → 3.5; plain numerals as parseZhNumeral. */
function parseZhDecimal(s: string): number | null {
  const [whole, frac] = s.split('点');
  const w = parseZhNumeral(whole);
  if (w === null || frac === undefined) return w;
  const digits = [...frac].map((c) => parseZhNumeral(c));
  return digits.some((d) => d === null) ? null : Number(`${w}.${digits.join('')}`);
}

/**
 * Arabic figures with an optional multiplier, unit and qualifiers: 1200万人以上, 约100余人,
 * 7个工作日内, 36.05%. A bare number (no unit, no multiplier, no 余/多) is left to the bare rule.
 */
export const parseQuantity: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const unit = unitOf(UNITS, g.unit);
  if (!unit && !g.mult && !g.mid && !g.mid2) return null;
  if (/第\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null; // 第28条, 第3批: ordinals
  const num = parseArabic(g.num);
  const mult = multiplierValue((g.mult ?? '').trim());
  if (num === null || mult === null) return null;
  let end = m.index + m[0].length;
  let pre = qualifierEndingAt(text, m.index, ZH_BEFORE);
  // 近3年 is "the last three years", not "nearly three years".
  if (pre?.text === '近' && unit?.kind === 'duration') pre = undefined;
  const start = m.index - (pre?.text.length ?? 0);
  const before = pre?.approx ?? null;
  let after = approxOf(AFTER, g.post);
  if (g.post && !afterAllowed(g.post, unit)) { end -= g.post.length; after = null; }
  const value = scale(num, mult);
  const isYear = unit?.unit === '年' && mult === 1 && Number.isInteger(value) && value >= 1800 && value <= 2100;
  const between = combineApprox(approxOf(BETWEEN, g.mid), approxOf(BETWEEN, g.mid2));
  return [candidate(text, start, end, rule, {
    value, unit: unit?.unit ?? null, kind: isYear ? 'year' : unit?.kind ?? 'count',
    approx: combineApprox(before, between, after),
  })];
};
