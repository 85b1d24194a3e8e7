/**
 * BM25 over the newer report's sentences, with document frequencies counted over the
 * sentences of both reports, so that words every sentence uses (推进, 加强, 完善, promote,
 * strengthen) weigh little and the specific ones (信用修复, 行政复议, grain) decide.
 *
 * Terms get integer ids and postings are flat typed arrays (a diff looks up hundreds of
 * queries: objects per posting kept the garbage collector busier than the scoring). Ranking is
 * bounded: terms found in more than PRUNE_SHARE of the sentences are not looked up (with
 * character pairs as terms they touch nearly every sentence and change no ranking), scores go
 * into one reused buffer, and only the best k are kept while scanning.
 */
import { termKey, type TermKey } from './terms';
import { Vocabulary } from './vocabulary';

export interface Bm25Index {
  /** The id of a term, or -1 when no document has it. */
  idOf(term: string): number;
  /** Inverse document frequency of a term id (-1: a term no document has). */
  idf(id: number): number;
  /** The indices of the (at most) k best-scoring documents for the query ids, best first. */
  topK(query: Int32Array, k: number): number[];
  /** Number of distinct terms (ids are 0 … size-1). */
  size: number;
  /** The distinct term ids of each document, in first-seen order. */
  docTerms: Int32Array[];
  /** The term ids of each extra document (counted for document frequencies only), term for term. */
  extraIds: Int32Array[];
}

const K1 = 1.2;
const B = 0.75;
/**
 * Terms in more than this share of the documents (and more than PRUNE_MIN of them) are not
 * looked up; nor, in a report of thousands of sentences, terms in more than PRUNE_MAX (else
 * each commitment would read a share of all sentences: quadratic time on huge reports).
 */
const PRUNE_SHARE = 0.1;
const PRUNE_MIN = 40;
const PRUNE_MAX = 200;

/** `docs` by their terms or their terms' keys (termKeysOf: no string per character pair); `extraDfDocs` by their terms. */
export function buildBm25(docs: TermKey[][], extraDfDocs: string[][] = []): Bm25Index {
  const vocab = new Vocabulary(docs.reduce((n, d) => n + d.length, 0));
  const idsOf = (keys: TermKey[]) => {
    const ids = new Int32Array(keys.length);
    // A term given as a string is keyed as termKey keys it (callers may pass terms or keys).
    for (let i = 0; i < keys.length; i++) ids[i] = vocab.add(typeof keys[i] === 'string' ? termKey(keys[i] as string) : keys[i]);
    return ids;
  };
  const docIds = docs.map(idsOf);
  const extraIds = extraDfDocs.map((d) => idsOf(d.map(termKey)));
  const size = vocab.size;
  const n = docs.length + extraDfDocs.length;
  // Document frequency without a Set per document: the last document that counted each term.
  const df = new Int32Array(size);
  const lastSeen = new Int32Array(size).fill(-1);
  const all = docIds.concat(extraIds);
  for (let d = 0; d < all.length; d++) {
    const ids = all[d];
    for (let i = 0; i < ids.length; i++) if (lastSeen[ids[i]] !== d) { lastSeen[ids[i]] = d; df[ids[i]]++; }
  }
  const idfs = new Float64Array(size);
  for (let t = 0; t < size; t++) idfs[t] = Math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
  const unknownIdf = Math.log(1 + (n + 0.5) / 0.5);
  const { postings, docTerms } = buildPostings(docIds, size);
  const buffer = new Float64Array(docs.length);
  const maxPostings = Math.min(PRUNE_MAX, Math.max(PRUNE_MIN, Math.floor(docs.length * PRUNE_SHARE)));
  return {
    size,
    docTerms,
    extraIds,
    idOf: (t) => vocab.find(termKey(t)),
    idf: (id) => (id < 0 ? unknownIdf : idfs[id]),
    topK(query, k) {
      const touched: number[] = [];
      for (const id of query) {
        if (id < 0) continue;
        const from = postings.start[id];
        const to = postings.start[id + 1];
        if (to - from > maxPostings) continue;
        const w = idfs[id];
        for (let p = from; p < to; p++) {
          const doc = postings.doc[p];
          if (buffer[doc] === 0) touched.push(doc);
          buffer[doc] += w * postings.weight[p];
        }
      }
      const best = selectTop(touched, buffer, k);
      for (const i of touched) buffer[i] = 0;
      return best;
    },
  };
}

interface Postings { start: Int32Array; doc: Int32Array; weight: Float64Array }

/**
 * Postings in compressed rows: for term id t, entries start[t] … start[t+1]-1 (document, BM25
 * term weight); and each document's distinct term ids. Term counts go through one scratch
 * array over the vocabulary (no map per document).
 */
function buildPostings(docIds: Int32Array[], size: number): { postings: Postings; docTerms: Int32Array[] } {
  const avgLen = docIds.reduce((s, d) => s + d.length, 0) / Math.max(1, docIds.length);
  const count = new Int32Array(size);
  const docTerms = docIds.map((ids) => {
    const distinct: number[] = [];
    for (let i = 0; i < ids.length; i++) if (count[ids[i]]++ === 0) distinct.push(ids[i]);
    for (const id of distinct) count[id] = 0;
    return Int32Array.from(distinct);
  });
  const start = new Int32Array(size + 1);
  for (const terms of docTerms) for (let i = 0; i < terms.length; i++) start[terms[i] + 1]++;
  for (let t = 0; t < size; t++) start[t + 1] += start[t];
  const fill = start.slice(0, size);
  const doc = new Int32Array(start[size]);
  const weight = new Float64Array(start[size]);
  docIds.forEach((ids, d) => {
    for (let i = 0; i < ids.length; i++) count[ids[i]]++;
    const norm = K1 * (1 - B + (B * ids.length) / Math.max(avgLen, 1e-9));
    for (const id of docTerms[d]) {
      const f = count[id];
      count[id] = 0;
      const at = fill[id]++;
      doc[at] = d;
      weight[at] = (f * (K1 + 1)) / (f + norm);
    }
  });
  return { postings: { start, doc, weight }, docTerms };
}

/** The k indices of `candidates` with the highest `score`, best first (ties: lower index first). */
function selectTop(candidates: number[], score: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => score[a] > score[b] || (score[a] === score[b] && a < b);
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c];
    // Most candidates score below the k-th best: rejected on one comparison.
    if (top.length === k && score[i] < score[top[k - 1]]) continue;
    let at: number;
    if (top.length < k) { top.push(i); at = top.length - 1; } else if (better(i, top[k - 1])) { at = k - 1; top[at] = i; } else continue;
    while (at > 0 && better(top[at], top[at - 1])) {
      [top[at], top[at - 1]] = [top[at - 1], top[at]];
      at--;
    }
  }
  return top;
}
