/**
 * A unit written once for several figures: 分别提高8.3和10.4个百分点, 分别增长5.1、6.3和7.8%,
 * 分别达到120和150万元. The figures before the last, joined to it by 和/、/及/与, take its
 * unit, kind and multiplier (万, 亿), or keep a multiplier of their own (10万和20万元); a bare
 * figure the scanner left out (15和20公里: one and two digits alone are list numbers) is
 * added. Figures with their own unit, and years, stay.
 */
import { multiplierValue, parseArabic, scale } from '../../text/zh-numerals';
import type { Candidate } from './types';

/** The figure just before a joiner: "8.3和", "5.1、", "10万和". Read on a short window before the next figure. */
const FIGURE_BEFORE_JOINER = /(?<![\dA-Za-z.第])(\d+(?:\.\d+)?([百千]?[万亿])?)\s?[和、及与]\s?$/;
/** How far before a figure the shared one may start ("1200.5和" at most). */
const WINDOW = 12;
/** Kinds whose unit can be shared (not years, dates, document ids, other). */
const SHARABLE = new Set(['count', 'percent', 'money', 'quantity', 'duration']);
const RULE = 'zh.shared-unit';

/** Gives the figures before a unit-bearing one its unit; `found` is in text order, changed in place. */
export function shareUnits(text: string, found: Candidate[]): Candidate[] {
  const out = [...found];
  for (let i = out.length - 1; i >= 0; i--) {
    const unitBearer = out[i];
    const factor = multiplierOf(unitBearer);
    if (factor === null) continue;
    const from = Math.max(i > 0 ? out[i - 1].start : 0, unitBearer.start - WINDOW);
    const m = FIGURE_BEFORE_JOINER.exec(text.slice(from, unitBearer.start));
    if (!m) continue;
    const start = from + m.index!;
    const end = start + m[1].length;
    const previous = i > 0 ? out[i - 1] : undefined;
    const overlaps = previous && previous.end > start;
    // Only a bare figure takes the unit: one with a unit of its own, or any other span, is left alone.
    if (overlaps && !(previous.start === start && previous.end === end && isBare(previous))) continue;
    const value = parseArabic(m[1].slice(0, m[1].length - (m[2]?.length ?? 0)));
    if (value === null) continue;
    // A multiplier of its own scales the figure; else it is the one written after the last figure.
    const own = m[2] ? multiplierValue(m[2]) : null;
    const shared: Candidate = { raw: m[1], value: scale(value, own ?? factor), unit: unitBearer.unit, kind: unitBearer.kind, approx: null, start, end, rule: RULE };
    if (overlaps) out[i - 1] = shared; else out.splice(i, 0, shared);
  }
  return out;
}

/** value / written digits of a figure with a sharable unit (1e4 for 150万元), else null. */
function multiplierOf(c: Candidate): number | null {
  if (!c.unit || !SHARABLE.has(c.kind) || c.value === null || c.upper !== undefined) return null;
  const digits = /\d+(?:\.\d+)?/.exec(c.raw);
  const written = digits ? parseArabic(digits[0]) : null;
  return written ? c.value / written : null;
}

/** A figure with nothing after it but a multiplier: no unit, or a year written without 年 (2000和2100人). */
function isBare(c: Candidate): boolean {
  if (/^\d+(?:\.\d+)?[百千]?[万亿]$/.test(c.raw)) return c.unit === null;
  return /^\d+(?:\.\d+)?$/.test(c.raw) && (c.unit === null || c.kind === 'year');
}
