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

/**
 * The occurrence with the best context score (ties: the earliest). Occurrences at or after
 * `from` are scored first: in a list matched in document order the next one is usually
 * right, and a perfect score there ends the search, since none can beat it. So matching a
 * whole list is linear in the text, even when a block repeats hundreds of times.
 */
function bestOf(text: string, needle: string, quote: Quote, from: number): number {
  const prefix = compact(quote.prefix ?? '');
  const suffix = compact(quote.suffix ?? '');
  const perfect = prefix.length + suffix.length + ORDER_BONUS;
  const score = (i: number) => {
    const before = compact(text.slice(Math.max(0, i - prefix.length * 2 - 8), i));
    const after = compact(text.slice(i + needle.length, i + needle.length + suffix.length * 2 + 8));
    return commonSuffix(before, prefix) + commonPrefix(after, suffix) + (i >= from ? ORDER_BONUS : 0);
  };
  let best = -1;
  let bestScore = -1;
  let seen = 0;
  for (let i = text.indexOf(needle, from); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(needle, i + 1), seen++) {
    const s = score(i);
    if (s > bestScore) { best = i; bestScore = s; }
    if (s === perfect) return i;
  }
  for (let i = text.indexOf(needle); i >= 0 && i < from && seen < MAX_OCCURRENCES; i = text.indexOf(needle, i + 1), seen++) {
    const s = score(i);
    // An earlier occurrence wins a tie with one at or after `from` (as in document order).
    if (s > bestScore || (s === bestScore && best >= from)) { best = i; bestScore = s; }
  }
  return best;
}

/** Whitespace-insensitive match: both sides without spaces and line breaks, mapped back. */
function tolerant(text: string, quote: Quote, from: number): QuoteMatch | null {
  const needle = compact(quote.exact);
  if (!needle) return null;
  const { squeezed, map } = squeeze(text);
  const hit = bestOf(squeezed, needle, quote, firstAtOrAfter(map, from));
  if (hit < 0) return null;
  return { start: map[hit], end: map[hit + needle.length - 1] + 1, method: 'tolerant' };
}

/** Index of the first entry of the ascending `map` that is at least `from` (map.length when none). */
function firstAtOrAfter(map: number[], from: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
