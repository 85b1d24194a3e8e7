/**
 * Parsers for Chinese-numeral quantities (二十三个, 两次, 三至五年, 三分之一) and for bare
 * Arabic digits. Chinese numerals are also words (一步, 统一, 十四五), so these parsers are
 * the strict ones: fixed names, quoted slogans and titles, ordinals and the article-like 一
 * are text, not numbers.
 */
import { parseArabic, parseZhNumeral, scale } from '../../text/zh-numerals';
import { approxOf, candidate, combineApprox, lookupTable, qualifierEndingAt, unitOf, type Parser } from './common';
import { afterAllowed } from './parsers-zh';
import { insideNameQuote, isOrdinalNotCount, isWordNotQuantity } from './zh-names';
import type { UnitEntry } from './types';
import { ZH_AFTER, ZH_BEFORE, ZH_BETWEEN, ZH_NUMERAL_UNITS } from './zh-units';

const UNITS = lookupTable(ZH_NUMERAL_UNITS);
const AFTER = lookupTable(ZH_AFTER);
const BETWEEN = lookupTable(ZH_BETWEEN);

/**
 * Value of a numeral as used in a quantity, or null. 十几 → 10 (with approx over), 两三 →
 * the range 2–3. A lone 一 with a count word is an article (一个, 一项, 一批), a lone 二 an
 * ordinal (二级, 二类); both are text.
 */
function numeralValue(num: string, unit: UnitEntry): { value: number; upper?: number; approx: 'over' | 'range' | null } | null {
  if (num === '二' || (num === '一' && unit.kind === 'count')) return null;
  if (num.endsWith('几')) {
    const v = parseZhNumeral(num.slice(0, -1));
    return v !== null && v >= 10 ? { value: v, approx: 'over' } : null;
  }
  const v = parseZhNumeral(num);
  if (v !== null) return { value: v, approx: null };
  const last = num[num.length - 1];
  if ((last === '万' || last === '亿') && num.length > 1) { // 两三万 = 2–3 × 万
    const head = numeralValue(num.slice(0, -1), unit);
    const f = last === '万' ? 1e4 : 1e8;
    return head && { ...head, value: head.value * f, ...(head.upper ? { upper: head.upper * f } : {}) };
  }
  const [a, b] = [...num].map((c) => parseZhNumeral(c));
  if (num.length === 2 && a !== null && b !== null && b === a + 1) return { value: a, upper: b, approx: 'range' };
  return null;
}

/** 二十三个, 两次, 四名, 一周, 十余个, 至少两次. */
export const parseZhNumeralQuantity: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const numStart = m.index;
  const unit = unitOf(UNITS, g.unit);
  if (!unit || isWordNotQuantity(text, numStart, g.num, unit.unit)) return null;
  if (isOrdinalNotCount(text, numStart, unit.unit, m.index + m[0].length - (g.post?.length ?? 0))) return null;
  const read = numeralValue(g.num, unit);
  if (!read) return null;
  let end = m.index + m[0].length;
  let after = approxOf(AFTER, g.post);
  if (g.post && !afterAllowed(g.post, unit)) { end -= g.post.length; after = null; }
  let pre = qualifierEndingAt(text, numStart, ZH_BEFORE);
  if (pre?.text === '近' && unit.kind === 'duration') pre = undefined;  // 近两年: "the last two years"
  const approx = read.approx === 'range' ? 'range'
    : combineApprox(pre?.approx ?? null, read.approx, approxOf(BETWEEN, g.mid), after);
  const mult = g.mult ? parseZhNumeral(g.mult) ?? 1 : 1;         // 一千多万元: 万 after 多
  return [candidate(text, numStart - (pre?.text.length ?? 0), end, rule, {
    value: scale(read.value, mult), unit: unit.unit, kind: unit.kind, approx,
    ...(read.upper ? { upper: scale(read.upper, mult) } : {}),
  })];
};

/** 二〇二〇年 → year 2020; 二〇二一年三月十日 → a date (signature lines of reports). */
export const parseZhNumeralDate: Parser = ({ m, text, rule }) => {
  const year = parseZhNumeral(m.groups!.y);
  if (year === null || year < 1900 || year > 2100) return null;
  const end = m.index + m[0].length;
  if (m.groups!.m) return [candidate(text, m.index, end, rule, { value: null, unit: null, kind: 'date' })];
  return [candidate(text, m.index, end, rule, { value: year, unit: '年', kind: 'year' })];
};

/** 百余人, 千余家, 万余件: a round hundred/thousand/ten thousand and more. */
export const parseZhRoundNumber: Parser = ({ m, text, rule }) => {
  const unit = unitOf(UNITS, m.groups!.unit);
  const value = parseZhNumeral(m.groups!.num);
  if (!unit || value === null || insideNameQuote(text, m.index)) return null;
  return [candidate(text, m.index, m.index + m[0].length, rule, { value, unit: unit.unit, kind: unit.kind, approx: 'over' })];
};

/** 三至五年, 两到三次 → value 3, upper 5, approx range. */
export const parseZhNumeralRange: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const unit = unitOf(UNITS, g.unit);
  const a = parseZhNumeral(g.a);
  const b = parseZhNumeral(g.b);
  if (!unit || a === null || b === null || b <= a || insideNameQuote(text, m.index)) return null;
  return [candidate(text, m.index, m.index + m[0].length, rule, { value: a, upper: b, unit: unit.unit, kind: unit.kind, approx: 'range' })];
};

/** 三分之一 → 1/3 (kind other, no unit). */
export const parseZhFraction: Parser = ({ m, text, rule }) => {
  const g = m.groups!;
  const read = (s: string): number | null => (/\d/.test(s) ? parseArabic(s) : parseZhNumeral(s));
  const denominator = read(g.a);
  const numerator = read(g.b);
  if (!denominator || numerator === null || insideNameQuote(text, m.index)) return null;
  if (/[第届零〇一二两三四五六七八九十百千万亿几\d.]/.test(text[m.index - 1] ?? '')) return null; // inside a longer numeral
  return [candidate(text, m.index, m.index + m[0].length, rule, { value: numerator / denominator, unit: null, kind: 'other' })];
};

/**
 * Digits with nothing after them. A four-digit 1900–2100 is a year ((2016-2020) already went
 * to the range rule); other figures of three digits or more, or with a decimal point, are
 * kind other (12345热线, “12.4”). One- and two-digit bare numbers are list numbering or
 * scraping debris (1完善行政决策机制), not figures.
 */
export const parseZhBare: Parser = ({ m, text, rule }) => {
  const raw = m.groups!.num;
  const value = parseArabic(raw);
  if (value === null || text[m.index - 1] === '第') return null; // 第128条 is an ordinal
  const end = m.index + m[0].length;
  if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) {
    return [candidate(text, m.index, end, rule, { value, unit: '年', kind: 'year' })];
  }
  if (!raw.includes('.') && raw.replace(/,/g, '').length < 3) return null;
  return [candidate(text, m.index, end, rule, { value, unit: null, kind: 'other' })];
};
