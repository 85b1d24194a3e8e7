/**
 * The index terms of a folded text in one pass over its UTF-16 code units, for texts without
 * surrogate pairs (nearly every report): the same terms, in the same order, as tokenizing with
 * terms.ts's TOKEN regex and expanding each CJK run into its characters and bigrams, at a
 * fraction of the cost (issue 18: tokenizing was ~8 ms of the ~36 ms a report may take to add).
 * Why faster: no match object per token, a class table instead of Unicode property tests, and
 * CJK characters and pairs deduplicated as 32-bit integers in an open-addressing table before
 * any string is made (a report has ~40,000 pairs and ~5,000 distinct terms).
 */

/** Code-unit classes: separator, CJK character, letter/mark/number of another script, ASCII digit. */
const SEP = 0;
const CJK_CHAR = 1;
const WORD = 2;
const DIGIT = 3;

let table: Uint8Array | null = null;

/** The class of every BMP code unit, built once from the same Unicode properties as TOKEN. */
function classes(cjk: string): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  let all = '';
  for (let c = 0; c < 0x10000; c++) all += c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c);
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}]/gu)) t[m.index] = WORD;
  for (const m of all.matchAll(new RegExp(`[${cjk}]`, 'gu'))) t[m.index] = CJK_CHAR;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  return (table = t);
}

/** A set of nonzero 32-bit integers (open addressing, linear probing); `add` says whether it was new. */
export class IntSet {
  private keys = new Int32Array(1 << 13);
  /** 32 − log2(keys.length): the hash's top bits index the table. */
  private shift = 19;
  private size = 0;

  add(key: number): boolean {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key) return false;
      if (k === 0) { this.keys[i] = key; this.size++; return true; }
    }
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length * 2);
    this.shift--;
    this.size = 0;
    for (const k of old) if (k !== 0) this.add(k);
  }
}

export interface TermSink {
  /** CJK characters (their code unit) and pairs (both code units) already emitted. */
  seen: IntSet;
  /** Words and numbers already emitted. */
  words: Set<string>;
  out: string[];
  max: number;
}

/**
 * Appends to `sink.out` the new terms of `folded` (which has no surrogate): each CJK run's
 * characters then its bigrams, each number (digits with decimal parts) and each word of other
 * letters and digits, cut to `maxWord` code units. `cjk` is TOKEN's CJK class body.
 */
export function scanTerms(folded: string, sink: TermSink, cjk: string, maxWord: number): void {
  const cls = classes(cjk);
  const n = folded.length;
  let i = 0;
  while (i < n && sink.out.length < sink.max) {
    const c = cls[folded.charCodeAt(i)];
    if (c === SEP) { i++; continue; }
    let end = i + 1;
    if (c === CJK_CHAR) {
      while (end < n && cls[folded.charCodeAt(end)] === CJK_CHAR) end++;
      cjkRun(folded, i, end, sink);
    } else {
      end = c === DIGIT ? numberEnd(folded, i, cls) : wordEnd(folded, i, cls);
      const word = folded.slice(i, Math.min(end, i + maxWord));
      if (!sink.words.has(word)) { sink.words.add(word); push(sink, word); }
    }
    i = end;
  }
}

const push = (sink: TermSink, term: string) => { if (sink.out.length < sink.max) sink.out.push(term); };

/** Singles, then pairs: the order terms.ts's cjkTerms gives. */
function cjkRun(s: string, from: number, to: number, sink: TermSink): void {
  for (let i = from; i < to; i++) if (sink.seen.add(s.charCodeAt(i))) push(sink, s[i]);
  for (let i = from; i + 1 < to; i++) if (sink.seen.add((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1))) push(sink, s.slice(i, i + 2));
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
