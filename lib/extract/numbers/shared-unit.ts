/**
 * A unit written once for several figures: 分别提高8.3和10.4个百分点, 分别增长5.1、6.3和7.8%,
 * 分别达到120和150万元. The figures before the last, joined to it by 和/、/及/与, take its
 * unit, kind and multiplier (万, 亿), or keep a multiplier of their own (10万和20万元); a bare
 * figure the scanner left out (15和20公里: one and two digits alone are list numbers) is
 * added. Figures with their own unit, and years, stay; but 个 before 个百分点 is short for it
 * (2.1个、3.5个百分点).
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

/** Between two figures of one list: 、 和 及 与. */
const JOINER = /^\s?[和、及与]\s?$/;

/** Gives the figures before a unit-bearing one its unit; `found` is in text order, changed in place. */
export function shareUnits(text: string, found: Candidate[]): Candidate[] {
  const out = [...found];
  shortPoints(text, out);
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

/**
 * 个 standing for 个百分点 before the full word: 分别提高2.1个、3.5个百分点 (the first is
 * percentage points too, not a count of 2.1).
 */
function shortPoints(text: string, out: Candidate[]): void {
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1], out[i]];
    if (a.unit !== '个' || b.unit !== '个百分点' || !JOINER.test(text.slice(a.end, b.start))) continue;
    out[i - 1] = { ...a, unit: '个百分点', kind: 'percent', rule: RULE };
  }
}
