/**
 * A report's character triples as a Bloom filter (issue 18): a phrase search reads this small
 * filter before the text, and skips the text when the filter says a triple of the phrase is not
 * there. The term index holds characters and pairs only; the pairs of 着力推进行政 are each in
 * most reports, so the index alone leaves thousands of candidates, and reading each one's text
 * (tens of kB) cost ~0.5 ms. Its triples (着力推 力推进 推进行 进行政) together are in few. A
 * filter says "maybe" for every triple of the text and wrongly for about one absent triple in
 * thirty (8 bits and 3 probes per distinct triple), so it never drops a report that matches.
 *
 * Triples are taken inside runs of CJK characters of the folded text (terms.ts `fold`), as the
 * index takes pairs; a text with characters beyond the BMP gets no filter (every phrase reads it).
 */
import { eachCjkRun } from './scan';
import { IntSet } from './int-table';
import { fold, hasSurrogate } from './terms';

/** Filter bits per distinct triple, and probes per triple: a false "maybe" for ~1 absent triple in 30. */
const BITS_PER_TRIPLE = 8;
const PROBES = 3;

/** A triple's key: its first code unit and the other two (as scan.ts keys them). */
type Triple = [hi: number, lo: number];

function eachTriple(folded: string, visit: (hi: number, lo: number) => void): void {
  eachCjkRun(folded, (start, end) => {
    for (let k = start; k + 2 < end; k++) visit(folded.charCodeAt(k), (folded.charCodeAt(k + 1) << 16) | folded.charCodeAt(k + 2));
  });
}

const hash1 = (hi: number, lo: number) => Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) | 1;
const hash2 = (hi: number, lo: number) => Math.imul(hi ^ Math.imul(lo, 0xc2b2ae35), 0x27d4eb2f) | 1;

/** Whether every probe of (h1, h2) is set in `bits` (or, with `set`, sets them). */
function probe(bits: Uint8Array, h1: number, h2: number, set: boolean): boolean {
  const m = bits.length * 8;
  for (let i = 0; i < PROBES; i++) {
    // The probe's place among m bits: the hash scaled to m (m need not be a power of two).
    const bit = Math.floor(((h1 + Math.imul(i, h2)) >>> 0) * m / 0x100000000);
    if (set) bits[bit >>> 3] |= 1 << (bit & 7);
    else if (!(bits[bit >>> 3] & (1 << (bit & 7)))) return false;
  }
  return true;
}

/** The filter of a text's triples, 8 bits a distinct triple; null when the text has characters beyond the BMP. */
export function tripleFilter(text: string): Uint8Array | null {
  const folded = fold(text);
  if (hasSurrogate(folded)) return null;
  // Hashes of every occurrence (setting a bit twice is harmless), distinct ones counted to size the filter.
  const h1s = new Int32Array(folded.length);
  const h2s = new Int32Array(folded.length);
  const distinct = new IntSet();
  let count = 0;
  let n = 0;
  eachTriple(folded, (hi, lo) => {
    const h1 = hash1(hi, lo);
    h1s[count] = h1;
    h2s[count++] = hash2(hi, lo);
    if (distinct.add(h1)) n++;
  });
  const bits = new Uint8Array(Math.max(8, Math.ceil((n * BITS_PER_TRIPLE) / 64) * 8));
  for (let i = 0; i < count; i++) probe(bits, h1s[i], h2s[i], true);
  return bits;
}

/** The triples a matching text must have: those of the query's CJK pieces (folded, as queryPieces gives them). */
export function queryTriples(pieces: string[]): Triple[] {
  const out: Triple[] = [];
  for (const p of pieces) if (!hasSurrogate(p)) eachTriple(p, (hi, lo) => out.push([hi, lo]));
  return out;
}

/** False only when the text cannot have every triple (no filter: it may). */
export function mayHaveAll(filter: Uint8Array | null | undefined, triples: Triple[]): boolean {
  if (!filter) return true;
  return triples.every(([hi, lo]) => probe(filter, hash1(hi, lo), hash2(hi, lo), false));
}
