/**
 * What an English figure measures: the extractor's indicator, or the words of its clause
 * before it when the indicator says little ("The council tax rise was held at 2.99 percent"),
 * the thing counted inside the figure as read ("22 workers") and the words after it ("hire 40
 * additional maintenance workers"). A figure is a change when "by", "grew", "fell"… lead to it
 * ("fell by 11 percent"), a level when "to" does ("raise … to 50 percent").
 */
import type { NumberMention } from '../extract/types';
import type { Measure } from './measure';

/** Words read after a figure, and before it when the indicator is short. */
const AFTER_WORDS = 6;
const BEFORE_WORDS = 8;
const CHANGE_BEFORE = /\b(?:by|increased?|decreased?|grow|grew|rose|rise|fell|fall|cut|reduced?|expanded?)\s*$/i;
/** An amount of "additional" or "extra" support is what was added ("the additional support … will cost $1.9 billion"). */
const ADDED = /\b(?:additional|extra|further|a top-up of)\b/i;
const APPROX_TAIL = /\s*\b(?:around|about|approximately|some|nearly|almost|roughly|more than|at least|at or below|at or above|over|an?|S?\$|₹)\s*$/i;
/** Words inside a figure as read that say how much, not what: units of scale, qualifiers. */
const SCALE_WORDS = /\b(?:percent|per cent|million|billion|lakh|crore|at least|at most|around|about|approximately|over|under|up to|more than|less than|nearly|almost|below|above)\b/gi;

export function englishMeasure(text: string, n: NumberMention, next: NumberMention | undefined): Measure {
  const lineStart = text.lastIndexOf('\n', n.start - 1) + 1;
  const clause = text.slice(Math.max(lineStart, n.start - 80), n.start).split(/[.;:!?]\s|,\s/).pop() ?? '';
  const before = clause.replace(APPROX_TAIL, '');
  const after = text.slice(n.end, Math.min(next && next.start >= n.end ? next.start : text.length, n.end + 60)).split(/[.;,:!?\n]/)[0];
  const counted = n.raw.replace(/[\d.,]+/g, ' ').replace(SCALE_WORDS, ' ');
  const indicator = n.indicator ?? '';
  const lead = indicator.trim().split(/\s+/).length >= 2 ? indicator : before.trim().split(/\s+/).slice(-BEFORE_WORDS).join(' ');
  const phrase = `${lead} ${counted} ${after.split(/\s+/).slice(0, AFTER_WORDS).join(' ')}`.replace(/\s+/g, ' ').trim();
  return { phrase, label: indicator || lead.trim() || phrase, unit: n.unit, restated: false, change: CHANGE_BEFORE.test(before) || (n.unit !== '%' && ADDED.test(before)) };
}
