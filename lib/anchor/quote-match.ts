/**
 * Finds a quoted passage in a text that may differ slightly from the one it was quoted
 * from: the extractor's article text versus the whole page's text, where line breaks and
 * spaces fall differently. First the exact quote (choosing among repeats by the
 * surrounding context, then by order), then a tolerant match that ignores all whitespace.
 * Pure string code, small enough for the content script.
 */
import { commonPrefix, commonSuffix } from './index';

/** What to look for: the passage and (optionally) the text just before and after it. */
export interface Quote { exact: string; prefix?: string; suffix?: string }
export interface QuoteMatch { start: number; end: number; method: 'exact' | 'tolerant' }

/** At most this many occurrences of one quote are compared (a digit repeated everywhere). */
const MAX_OCCURRENCES = 500;
/** Preference for occurrences at or after `from` (document order), in context characters. */
const ORDER_BONUS = 8;
const WHITESPACE = /\s/;

/**
 * The best occurrence of `quote.exact` in `text`. `from` says where the previous item of
 * the same list was found: later occurrences are preferred, so repeated short quotes
 * (numbers) land in order.
 */
export function findQuote(text: string, quote: Quote, from = 0): QuoteMatch | null {
  const exact = quote.exact;
  if (!exact) return null;
  const hit = bestOf(text, exact, quote, from);
  if (hit >= 0) return { start: hit, end: hit + exact.length, method: 'exact' };
  return tolerant(text, quote, from);
}

function bestOf(text: string, needle: string, quote: Quote, from: number): number {
  const prefix = compact(quote.prefix ?? '');
  const suffix = compact(quote.suffix ?? '');
  let best = -1;
  let bestScore = -1;
  let seen = 0;
  for (let i = text.indexOf(needle); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(needle, i + 1), seen++) {
    const before = compact(text.slice(Math.max(0, i - prefix.length * 2 - 8), i));
    const after = compact(text.slice(i + needle.length, i + needle.length + suffix.length * 2 + 8));
    const score = commonSuffix(before, prefix) + commonPrefix(after, suffix) + (i >= from ? ORDER_BONUS : 0);
    if (score > bestScore) { best = i; bestScore = score; }
  }
  return best;
}

/** Whitespace-insensitive match: both sides without spaces and line breaks, mapped back. */
function tolerant(text: string, quote: Quote, from: number): QuoteMatch | null {
  const needle = compact(quote.exact);
  if (!needle) return null;
  const { squeezed, map } = squeeze(text);
  let fromSqueezed = map.findIndex((i) => i >= from);
  if (fromSqueezed < 0) fromSqueezed = map.length;
  const hit = bestOf(squeezed, needle, quote, fromSqueezed);
  if (hit < 0) return null;
  return { start: map[hit], end: map[hit + needle.length - 1] + 1, method: 'tolerant' };
}

let lastSqueeze: { text: string; squeezed: string; map: number[] } | null = null;

/** The text without whitespace and where each kept character was; the last one is cached
 * because a list of quotes is matched against the same page text. */
function squeeze(text: string): { squeezed: string; map: number[] } {
  if (lastSqueeze?.text === text) return lastSqueeze;
  const map: number[] = [];
  const kept: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (WHITESPACE.test(text[i])) continue;
    kept.push(text[i]);
    map.push(i);
  }
  lastSqueeze = { text, squeezed: kept.join(''), map };
  return lastSqueeze;
}

/** Text without whitespace. */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}
