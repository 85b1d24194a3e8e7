/**
 * A batch's inverted index (term → ids in each block) built straight from its texts, for
 * updatePostings. The scanner hands CJK characters and pairs over as 32-bit keys, so a term
 * occurrence costs an integer-table lookup; a string is made once per distinct term of the
 * batch. (Issue 18: a Map keyed by the string of every (report, term) pair — 2.7 million for
 * 500 reports — was ~6 ms a report in Chromium's import profile, the largest share of an import.)
 * The terms of each id are exactly those of `indexTerms` (test/store/posting-batch.test.ts).
 */
import { IntMap } from '../search/int-table';
import { cjkKey, scanTerms, type TermVisitor } from '../search/scan';
import { fold, hasSurrogate, indexTerms, MAX_INDEX_TERMS, MAX_WORD_LENGTH } from '../search/terms';
import { BLOCK } from './postings';

export class PostingBatch implements TermVisitor {
  private byKey = new IntMap();
  /** Term number + 1 of each single CJK character (by code unit), 0 when not seen yet. */
  private bySingle = new Int32Array(0x10000);
  private byWord = new Map<string, number>();
  private terms: string[] = [];
  /** Per term: the ids having it, in the order added. */
  private ids: number[][] = [];
  /** Per term: the sequence number of the last entry that had it (dedup within an entry). */
  private lastSeq: number[] = [];
  private seq = 0;
  private id = 0;
  /** Distinct terms of the current entry (bounded by MAX_INDEX_TERMS, as indexTerms is). */
  private count = 0;

  /** Adds the terms of a snapshot's text under `id` (the same terms indexTerms(text) gives). */
  addText(id: number, text: string): void {
    const folded = fold(text);
    if (hasSurrogate(folded)) return this.addTerms(id, indexTerms(text));
    this.begin(id);
    scanTerms(folded, this, MAX_WORD_LENGTH);
  }

  /** Adds terms given as strings under `id`. */
  addTerms(id: number, terms: string[]): void {
    this.begin(id);
    for (const t of terms) {
      const key = cjkKey(t);
      if (key) this.cjk(key, t, 0, t.length); else this.word(t);
    }
  }

  private begin(id: number): void {
    this.id = id;
    this.seq++;
    this.count = 0;
  }

  cjk(key: number, s: string, at: number, end: number): void {
    // A single character (half the occurrences) by direct address, a pair by hash.
    const single = key >>> 16 === 0;
    let t = single ? this.bySingle[key] - 1 : this.byKey.get(key);
    if (t < 0) {
      t = this.newTerm(s.slice(at, end));
      if (single) this.bySingle[key] = t + 1; else this.byKey.set(key, t);
    }
    this.have(t);
  }

  word(word: string): void {
    let t = this.byWord.get(word);
    if (t === undefined) this.byWord.set(word, (t = this.newTerm(word)));
    this.have(t);
  }

  full(): boolean {
    return this.count >= MAX_INDEX_TERMS;
  }

  private newTerm(term: string): number {
    this.terms.push(term);
    this.ids.push([]);
    this.lastSeq.push(0);
    return this.terms.length - 1;
  }

  private have(t: number): void {
    if (this.lastSeq[t] === this.seq || this.count >= MAX_INDEX_TERMS) return;
    this.lastSeq[t] = this.seq;
    this.count++;
    this.ids[t].push(this.id);
  }

  /** block → term → offsets (id − block × BLOCK) of the ids having it there, as updatePostings takes them. */
  blocks(): Map<number, Map<string, number[]>> {
    const out = new Map<number, Map<string, number[]>>();
    this.terms.forEach((term, t) => {
      const ids = this.ids[t];
      // One map lookup per run of ids in the same block (usually one run per term).
      for (let k = 0; k < ids.length;) {
        const block = Math.floor(ids[k] / BLOCK);
        const offsets: number[] = [];
        for (; k < ids.length && Math.floor(ids[k] / BLOCK) === block; k++) offsets.push(ids[k] - block * BLOCK);
        let byTerm = out.get(block);
        if (!byTerm) out.set(block, (byTerm = new Map()));
        const list = byTerm.get(term);
        if (list) for (const o of offsets) list.push(o); else byTerm.set(term, offsets);
      }
    });
    return out;
  }
}
