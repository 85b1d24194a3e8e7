/**
 * Chinese numerals: 二十三 → 23, 两 → 2, 一百零五 → 105, 三千万 → 30000000, 二〇二〇 → 2020,
 * and the multipliers that follow Arabic digits (1.3万亿 → 1.3e12). Pure and table driven.
 */

/** Values of the digit characters (both the everyday and the financial forms). */
const DIGIT_VALUES: Record<string, number> = {
  '零': 0, '〇': 0, '○': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3,
  '四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8,
  '九': 9, '玖': 9,
};

/** Units inside one 万-section: 十 百 千 (and their financial forms). */
const SMALL_UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };

/** Section units: they close a whole group (三千五百万 = 3500 × 万). */
const LARGE_UNITS: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8 };

/** Every character a Chinese numeral may contain, for building regex classes. */
export const ZH_NUMERAL_CHARS = '零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';

/**
 * Parses a Chinese numeral, or returns null when the string is not one.
 * '十' → 10, '十五' → 15, '二十三' → 23, '一百零五' → 105, '两万' → 20000,
 * '三千五百万' → 35000000, '一万亿' → 1e12, '二〇二〇' → 2020 (digit by digit).
 * Set phrases such as '十四五' (no unit between digits) are not numerals: null.
 */
export function parseZhNumeral(s: string): number | null {
  if (!s) return null;
  const chars = [...s];
  const allDigits = chars.every((c) => c in DIGIT_VALUES);
  if (allDigits) return chars.length === 1 ? DIGIT_VALUES[s] : readDigitByDigit(chars);
  return readPositional(chars);
}

/**
 * 二〇二〇 → 2020, 一九四九 → 1949. Two digits without a zero are not read (三四 is "three or
 * four", 七五 in 七五普法 is a name), three or more are (years written digit by digit).
 */
function readDigitByDigit(chars: string[]): number | null {
  if (chars.length < 3 && !chars.some((c) => DIGIT_VALUES[c] === 0)) return null;
  return Number(chars.map((c) => DIGIT_VALUES[c]).join(''));
}

/** Positional reading: 十百千 inside a section, 万 closes a section, 亿 closes everything before it. */
function readPositional(chars: string[]): number | null {
  let yi = 0;         // parts already multiplied by 亿
  let wan = 0;        // parts already multiplied by 万, inside the current 亿 group
  let section = 0;    // the current group below 万
  let digit: number | null = null;
  let lastSmall = Infinity;
  for (const c of chars) {
    if (c in DIGIT_VALUES) {
      if (digit !== null && DIGIT_VALUES[c] !== 0) return null; // 十四五: two digits in a row
      digit = DIGIT_VALUES[c] === 0 ? null : DIGIT_VALUES[c];
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c];
      if (unit >= lastSmall) return null;                        // 十百: units must fall
      section += (digit ?? 1) * unit;                             // 十五: a bare 十 means 一十
      digit = null;
      lastSmall = unit;
    } else if (c === '万' || c === '萬') {
      wan += (section + (digit ?? 0) || 1) * 1e4;
      section = 0; digit = null; lastSmall = Infinity;
    } else if (c === '亿' || c === '億') {
      yi = (yi + wan + section + (digit ?? 0) || 1) * 1e8;        // 万亿: 亿 scales the 万 part too
      wan = 0; section = 0; digit = null; lastSmall = Infinity;
    } else {
      return null;
    }
  }
  return yi + wan + section + (digit ?? 0);
}

/**
 * Value of a multiplier written after Arabic digits: '万' → 1e4, '亿' → 1e8, '万亿' → 1e12,
 * '千万' → 1e7, '百' → 100. Empty string → 1. Null when a character is not a multiplier.
 */
export function multiplierValue(s: string): number | null {
  let product = 1;
  for (const c of s) {
    const v = SMALL_UNITS[c] ?? LARGE_UNITS[c];
    if (v === undefined || SMALL_UNITS[c] === 10) return null; // 十 is never written after digits
    product *= v;
  }
  return product;
}

/** Parses an Arabic number as written in Chinese text: '1,200' → 1200, '10.57' → 10.57. */
export function parseArabic(s: string): number | null {
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/**
 * Multiplies by a power of ten without binary noise: 1.3 × 1e12 → 1300000000000 exactly,
 * 10.57 × 1e4 → 105700 (plain `*` gives 105700.00000000001).
 */
export function scale(value: number, multiplier: number): number {
  if (multiplier === 1) return value;
  return Number((value * multiplier).toPrecision(12));
}
