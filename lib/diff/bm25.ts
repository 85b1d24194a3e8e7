/**
 * BM25 over the newer report's sentences, with document frequencies counted over the
 * sentences of both reports, so that words every sentence uses (推进, 加强, 完善, promote,
 * strengthen) weigh little and the specific ones (信用修复, 行政复议, grain) decide.
 */
export interface Bm25Index {
  /** BM25 score of each document for the query terms, and the documents that scored. */
  scores(query: string[]): { scores: Float64Array; touched: number[] };
  /** Inverse document frequency of a term (≥ 0). */
  idf(term: string): number;
}

const K1 = 1.2;
const B = 0.75;

export function buildBm25(docs: string[][], extraDfDocs: string[][] = []): Bm25Index {
  const df = new Map<string, number>();
  for (const d of [...docs, ...extraDfDocs]) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length + extraDfDocs.length;
  const avgLen = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length);
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  });
  // Postings: for each term, the documents that contain it (scoring touches only those).
  const postings = new Map<string, number[]>();
  tfs.forEach((tf, i) => { for (const t of tf.keys()) (postings.get(t) ?? postings.set(t, []).get(t)!).push(i); });
  const idf = (t: string) => {
    const f = df.get(t) ?? 0;
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };
  return {
    idf,
    scores(query) {
      const out = new Float64Array(docs.length);
      const touched: number[] = [];
      for (const t of new Set(query)) {
        const w = idf(t);
        for (const i of postings.get(t) ?? []) {
          const f = tfs[i].get(t)!;
          if (out[i] === 0) touched.push(i);
          out[i] += (w * f * (K1 + 1)) / (f + K1 * (1 - B + (B * docs[i].length) / avgLen));
        }
      }
      return { scores: out, touched };
    },
  };
}
