/**
 * BM25 over the newer report's sentences, with document frequencies counted over the
 * sentences of both reports, so that words every sentence uses (推进, 加强, 完善, promote,
 * strengthen) weigh little and the specific ones (信用修复, 行政复议, grain) decide.
 *
 * Ranking is bounded: terms found in more than PRUNE_SHARE of the sentences are not looked up
 * (with character pairs as terms they touch nearly every sentence and change no ranking), the
 * scores go into one reused buffer, and only the best k are kept while scanning (no sort of
 * every sentence touched).
 */
export interface Bm25Index {
  /** The indices of the (at most) k best-scoring documents for the query, best first. */
  topK(query: string[], k: number): number[];
  /** Inverse document frequency of a term (≥ 0). */
  idf(term: string): number;
}

const K1 = 1.2;
const B = 0.75;
/** Terms in more than this share of the documents are not looked up. */
const PRUNE_SHARE = 0.25;

export function buildBm25(docs: string[][], extraDfDocs: string[][] = []): Bm25Index {
  const df = new Map<string, number>();
  for (const d of [...docs, ...extraDfDocs]) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length + extraDfDocs.length;
  const avgLen = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length);
  // Postings: for each term, the documents that contain it with the term's BM25 weight there.
  const postings = new Map<string, { doc: number; tf: number }[]>();
  docs.forEach((d, i) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const norm = K1 * (1 - B + (B * d.length) / Math.max(avgLen, 1e-9));
    for (const [t, f] of tf) {
      const list = postings.get(t) ?? postings.set(t, []).get(t)!;
      list.push({ doc: i, tf: (f * (K1 + 1)) / (f + norm) });
    }
  });
  const idfCache = new Map<string, number>();
  const idf = (t: string) => {
    let v = idfCache.get(t);
    if (v === undefined) {
      const f = df.get(t) ?? 0;
      v = Math.log(1 + (n - f + 0.5) / (f + 0.5));
      idfCache.set(t, v);
    }
    return v;
  };
  const buffer = new Float64Array(docs.length);
  const maxPostings = Math.max(1, Math.floor(docs.length * PRUNE_SHARE));
  return {
    idf,
    topK(query, k) {
      const touched: number[] = [];
      for (const t of new Set(query)) {
        const list = postings.get(t);
        if (!list || list.length > maxPostings) continue;
        const w = idf(t);
        for (const p of list) {
          if (buffer[p.doc] === 0) touched.push(p.doc);
          buffer[p.doc] += w * p.tf;
        }
      }
      const best = selectTop(touched, buffer, k);
      for (const i of touched) buffer[i] = 0;
      return best;
    },
  };
}

/** The k indices of `candidates` with the highest `score`, best first (ties: lower index first). */
function selectTop(candidates: number[], score: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => score[a] > score[b] || (score[a] === score[b] && a < b);
  for (const i of candidates) {
    let at: number;
    if (top.length < k) { top.push(i); at = top.length - 1; } else if (better(i, top[k - 1])) { at = k - 1; top[at] = i; } else continue;
    while (at > 0 && better(top[at], top[at - 1])) {
      [top[at], top[at - 1]] = [top[at - 1], top[at]];
      at--;
    }
  }
  return top;
}
