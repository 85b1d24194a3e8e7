/**
 * Values of the small Chinese numerals used in heading markers (一 … 九十九). The numbers
 * stage has the full parser (lib/text/zh-numerals.ts); markers only need this much, and it
 * keeps heading code independent of that stage.
 */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; null for anything else. */
export function parseSmallChineseNumber(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[3] ? null : DIGITS[m[1]] ?? null;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

/** I → 1, IV → 4, XII → 12 (roman heading markers). */
export function parseRoman(s: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]] ?? 0;
    total += v < (values[s[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}
