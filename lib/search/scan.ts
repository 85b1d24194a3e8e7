/**
 * The index terms of a folded text in one pass over its UTF-16 code units, for texts without
 * surrogate pairs (nearly every report): the same terms, in the same order, as tokenizing with
 * terms.ts's TOKEN regex and expanding each CJK run into its characters and bigrams, at a
 * fraction of the cost (issue 18: tokenizing was ~8 ms of the ~36 ms a report may take to add).
 * Why faster: no match object per token, a class table instead of Unicode property tests, and
 * CJK characters and pairs handed over as 32-bit keys (the code unit, or both) so that a
 * visitor can deduplicate or count them before making any string: a report has ~40,000 pairs
 * and ~5,000 distinct terms.
 */
import { IntSet } from './int-table';

/** Scripts written without spaces between words. */
export const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';

/** Code-unit classes: separator, CJK character, letter/mark/number of another script, ASCII digit. */
const SEP = 0;
const CJK_CHAR = 1;
const WORD = 2;
const DIGIT = 3;

let table: Uint8Array | null = null;

/** The class of every BMP code unit, built once from the same Unicode properties as TOKEN. */
function classes(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  let all = '';
  for (let c = 0; c < 0x10000; c++) all += c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c);
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}]/gu)) t[m.index] = WORD;
  for (const m of all.matchAll(new RegExp(`[${CJK}]`, 'gu'))) t[m.index] = CJK_CHAR;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  return (table = t);
}

/** What receives the terms of a scan, in order. */
export interface TermVisitor {
  /** A CJK character (`end` = `at` + 1) or pair (`at` + 2) of `s`, keyed by its code unit or both (`cjkKey`). */
  cjk(key: number, s: string, at: number, end: number): void;
  /** A word or number. */
  word(word: string): void;
  /** True once no more terms are wanted. */
  full(): boolean;
}

/** The key `scanTerms` gives a term of one or two BMP CJK characters; 0 for any other term. */
export function cjkKey(term: string): number {
  const cls = classes();
  const [a, b] = [term.charCodeAt(0), term.charCodeAt(1)];
  if (term.length === 1 && cls[a] === CJK_CHAR) return a;
  return term.length === 2 && cls[a] === CJK_CHAR && cls[b] === CJK_CHAR ? (a << 16) | b : 0;
}

/** Calls `visit` with the bounds of each run of CJK characters of `folded` (which has no surrogate). */
export function eachCjkRun(folded: string, visit: (start: number, end: number) => void): void {
  const cls = classes();
  const n = folded.length;
  for (let i = 0; i < n;) {
    if (cls[folded.charCodeAt(i)] !== CJK_CHAR) { i++; continue; }
    let end = i + 1;
    while (end < n && cls[folded.charCodeAt(end)] === CJK_CHAR) end++;
    visit(i, end);
    i = end;
  }
}

/**
 * Hands `visit` the terms of `folded` (which has no surrogate): each CJK run's characters then
 * its bigrams, each number (digits with decimal parts) and each word of other letters and
 * digits, cut to `maxWord` code units; repeats included (the visitor deduplicates).
 */
export function scanTerms(folded: string, visit: TermVisitor, maxWord: number): void {
  const cls = classes();
  const n = folded.length;
  let i = 0;
  while (i < n && !visit.full()) {
    const c = cls[folded.charCodeAt(i)];
    if (c === SEP) { i++; continue; }
    let end = i + 1;
    if (c === CJK_CHAR) {
      while (end < n && cls[folded.charCodeAt(end)] === CJK_CHAR) end++;
      // Singles, then pairs: the order terms.ts's cjkTerms gives.
      for (let k = i; k < end; k++) visit.cjk(folded.charCodeAt(k), folded, k, k + 1);
      for (let k = i; k + 1 < end; k++) visit.cjk((folded.charCodeAt(k) << 16) | folded.charCodeAt(k + 1), folded, k, k + 2);
    } else {
      end = c === DIGIT ? numberEnd(folded, i, cls) : wordEnd(folded, i, cls);
      visit.word(folded.slice(i, Math.min(end, i + maxWord)));
    }
    i = end;
  }
}

/** Distinct terms in first-seen order, at most `max`: what indexTerms returns. */
export class TermList implements TermVisitor {
  readonly out: string[] = [];
  private seen = new IntSet();
  private words = new Set<string>();
  constructor(private max: number) {}

  cjk(key: number, s: string, at: number, end: number): void {
    if (this.seen.add(key) && this.out.length < this.max) this.out.push(s.slice(at, end));
  }

  word(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    if (this.out.length < this.max) this.out.push(word);
  }

  full(): boolean {
    return this.out.length >= this.max;
  }
}

/** End of `\d+(?:\.\d+)*` from `i`. */
function numberEnd(s: string, i: number, cls: Uint8Array): number {
  let end = i;
  while (end < s.length && cls[s.charCodeAt(end)] === DIGIT) end++;
  while (s.charCodeAt(end) === 0x2e && cls[s.charCodeAt(end + 1)] === DIGIT) {
    end += 2;
    while (end < s.length && cls[s.charCodeAt(end)] === DIGIT) end++;
  }
  return end;
}

/** End of a run of letters, marks and numbers of non-CJK scripts (ASCII digits included). */
function wordEnd(s: string, i: number, cls: Uint8Array): number {
  let end = i + 1;
  while (end < s.length && (cls[s.charCodeAt(end)] === WORD || cls[s.charCodeAt(end)] === DIGIT)) end++;
  return end;
}
