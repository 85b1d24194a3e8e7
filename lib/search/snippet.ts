/**
 * A short passage around the first place a query occurs, for a search result: the reader
 * sees why the snapshot matched, with the hit marked. Looks for the whole query first, then
 * for its pieces (a CJK run or a word), earliest first; the passage stays within the hit's
 * paragraph and is cut with '…' only where the paragraph goes on.
 */
import { fold } from './terms';

export interface Snippet {
  /** Text before the hit, starting with '…' when the paragraph goes on before it. */
  before: string;
  hit: string;
  /** Text after the hit, ending with '…' when the paragraph goes on after it. */
  after: string;
  /** The hit's offsets in the text (to scroll the reader view to it). */
  start: number;
  end: number;
}

/** Characters of context on each side of the hit. */
export const SNIPPET_RADIUS = 40;

/**
 * Case- and width-insensitive copy of `text` with the same length, so offsets found in it are
 * offsets in `text`: a character whose folded form has another length (ﬁ → fi) stays as it is.
 */
export function foldAligned(text: string): string {
  // ASCII letters lower-cased and CJK ideographs (both unchanged by NFKC) left alone without a
  // call per character: a 30,000-character report folds in a fraction of the time.
  return text.replace(/[A-Z]+/g, (w) => w.toLowerCase()).replace(/[^\x00-\x7F\u4E00-\u9FFF]/gu, (ch) => {
    const f = ch.normalize('NFKC').toLowerCase();
    return f.length === ch.length ? f : ch;
  });
}

const PIECE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+|[\p{L}\p{M}\p{N}]+(?:\.\d+)*/gu;

/** Needles to look for, best first: the query as typed, then its pieces, longest first. */
function needles(query: string): string[] {
  const whole = foldAligned(query.trim()).replace(/\s+/g, ' ');
  const pieces = [...foldAligned(query).matchAll(PIECE)].map((m) => m[0]).sort((a, b) => b.length - a.length);
  return [...new Set([whole, ...pieces])].filter(Boolean);
}

/** The passage around the first hit of `query` in `text`, or null when it does not occur. */
export function snippet(text: string, query: string, radius = SNIPPET_RADIUS): Snippet | null {
  const hay = foldAligned(text);
  const [whole, ...pieces] = needles(query);
  if (!whole) return null;
  let start = hay.indexOf(whole);
  let length = whole.length;
  if (start < 0) {
    // No exact occurrence: the earliest piece (a longer one wins a tie, being listed first).
    for (const piece of pieces) {
      const at = hay.indexOf(piece);
      if (at >= 0 && (start < 0 || at < start)) { start = at; length = piece.length; }
    }
  }
  if (start < 0) return null;
  return around(text, start, start + length, radius);
}

const WORD_CHAR = /[A-Za-z0-9]/;

function around(text: string, start: number, end: number, radius: number): Snippet {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  let from = Math.max(lineStart, start - radius);
  let to = Math.min(lineEnd, end + radius);
  // Never cut a character made of two UTF-16 units in half, nor a Latin word ('…pen 3 new').
  if (from > lineStart && /[\uDC00-\uDFFF]/.test(text[from])) from--;
  if (to < lineEnd && /[\uDC00-\uDFFF]/.test(text[to])) to++;
  while (from > lineStart && from < start && WORD_CHAR.test(text[from - 1]) && WORD_CHAR.test(text[from])) from++;
  while (to < lineEnd && to > end && WORD_CHAR.test(text[to - 1]) && WORD_CHAR.test(text[to])) to--;
  return {
    before: `${from > lineStart ? '…' : ''}${text.slice(from, start)}`,
    hit: text.slice(start, end),
    after: `${text.slice(end, to)}${to < lineEnd ? '…' : ''}`,
    start,
    end,
  };
}
