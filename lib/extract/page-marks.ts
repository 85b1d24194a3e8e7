/**
 * Page furniture in text from a PDF: bare page numbers and running heads or feet. They are
 * taken out of the text (kept as page chrome) and are no paragraph break.
 */
import { SENTENCE_END, startsBlock } from './line-shape';

/** A page number on a line of its own (decorated ones, "— 3 —", are page chrome already). */
export const BARE_PAGE_NUMBER = /^\d{1,3}$/;
/** Lines a page repeats: at most this many characters, seen this often. */
const MAX_RUNNING_HEAD = 40;
const MIN_RUNNING_HEAD_REPEATS = 3;
/** Lines at the top of the text: a running head's first appearance there is the title or letterhead. */
const OPENING_LINES = 3;
/** The first page number a text shows is at most this (a cover page is often unnumbered). */
const MAX_FIRST_PAGE = 3;

/**
 * Which lines mark a page rather than carry text: bare page numbers, and running heads or
 * feet (the same short line on every page: "青禾县人民政府文件", the report's title).
 * - A bare number is a page number only in the pages' own sequence (1, 2, 3…, a page may be
 *   missed): a table's figures on lines of their own ("58", "63") are text.
 * - A heading or list line never counts, however often it repeats; a running head's first
 *   appearance among the opening lines is kept (the title the head repeats).
 */
export function pageMarkLines(texts: string[]): boolean[] {
  const marks = texts.map(() => false);
  let expected: number | null = null;
  for (const [i, t] of texts.entries()) {
    if (!BARE_PAGE_NUMBER.test(t)) continue;
    const n = Number(t);
    const inSequence = expected === null ? n >= 1 && n <= MAX_FIRST_PAGE : n === expected || n === expected + 1;
    if (inSequence) {
      marks[i] = true;
      expected = n + 1;
    }
  }
  const seen = new Map<string, number>();
  for (const t of texts) if (t && t.length <= MAX_RUNNING_HEAD) seen.set(t, (seen.get(t) ?? 0) + 1);
  const heads = new Set([...seen].filter(([t, n]) => n >= MIN_RUNNING_HEAD_REPEATS && isRunningHeadShaped(t)).map(([t]) => t));
  const keptAtTop = new Set<string>();
  let textLines = 0;
  for (const [i, t] of texts.entries()) {
    if (!t) continue;
    if (heads.has(t)) {
      const opening = textLines < OPENING_LINES && !keptAtTop.has(t);
      if (opening) keptAtTop.add(t);
      marks[i] = !opening;
    }
    textLines++;
  }
  return marks;
}

/** A running head names something (a title, an issuer): words, no sentence end, no heading or list marker. */
function isRunningHeadShaped(line: string): boolean {
  return /\p{L}{2}/u.test(line) && !SENTENCE_END.test(line) && !startsBlock(line);
}
