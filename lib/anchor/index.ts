/**
 * Text anchors for annotations, after the Hypothesis client: a TextQuote selector (exact +
 * 32 characters of prefix/suffix) and a TextPosition selector. Re-anchoring tries the
 * position, verifies it against the quote, then looks for the quote (choosing among repeats
 * by context), then a fuzzy match near the remembered context; when none holds it reports
 * the anchor as orphaned rather than guessing.
 */

export const CONTEXT_LENGTH = 32;
/** A fuzzy match must share at least this share of character bigrams with the quote. */
export const FUZZY_MIN_SIMILARITY = 0.75;

export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface Selectors { quote: TextQuoteSelector; position: TextPositionSelector }

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'quote' | 'fuzzy' }
  | { status: 'orphaned' };

/** Selectors for text[start, end). */
export function describeRange(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Finds the selectors' text in `text` (the page as it is now). */
export function anchor(text: string, sel: Selectors): AnchorResult {
  const { exact } = sel.quote;
  if (!exact) return { status: 'orphaned' };
  const { start, end } = sel.position;
  if (text.slice(start, end) === exact) return { status: 'anchored', start, end, method: 'position' };
  const exactAt = bestOccurrence(text, sel);
  if (exactAt >= 0) return { status: 'anchored', start: exactAt, end: exactAt + exact.length, method: 'quote' };
  const fuzzy = fuzzyMatch(text, sel);
  return fuzzy ? { status: 'anchored', ...fuzzy, method: 'fuzzy' } : { status: 'orphaned' };
}

/** Of all places the exact quote occurs, the one whose context matches best (then nearest). */
function bestOccurrence(text: string, sel: Selectors): number {
  const { exact, prefix, suffix } = sel.quote;
  let best = -1;
  let bestScore = -1;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, i - prefix.length), i), prefix)
      + commonPrefix(text.slice(i + exact.length, i + exact.length + suffix.length), suffix);
    const closer = best >= 0 && score === bestScore && Math.abs(i - sel.position.start) < Math.abs(best - sel.position.start);
    if (score > bestScore || closer) { best = i; bestScore = score; }
  }
  return best;
}

/** The quote slightly edited: look right after each occurrence of the prefix, right before each suffix. */
function fuzzyMatch(text: string, sel: Selectors): { start: number; end: number } | null {
  const { exact, prefix, suffix } = sel.quote;
  const starts: number[] = [];
  const tail = prefix.slice(-Math.min(12, prefix.length));
  if (tail) for (let i = text.indexOf(tail); i >= 0; i = text.indexOf(tail, i + 1)) starts.push(i + tail.length);
  const head = suffix.slice(0, Math.min(12, suffix.length));
  if (head) for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) starts.push(Math.max(0, i - exact.length));
  let best: { start: number; end: number; sim: number } | null = null;
  for (const s of starts) {
    for (const len of [exact.length, Math.round(exact.length * 0.9), Math.round(exact.length * 1.1)]) {
      const sim = similarity(text.slice(s, s + len), exact);
      if (sim >= FUZZY_MIN_SIMILARITY && (!best || sim > best.sim)) best = { start: s, end: s + len, sim };
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}

/** Length of the common end of two strings. */
export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common start of two strings. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Dice similarity over character bigrams. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) grams.set(a.slice(i, i + 2), (grams.get(a.slice(i, i + 2)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) { common++; grams.set(g, n - 1); }
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}
