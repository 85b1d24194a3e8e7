/**
 * A commitment as a query: its terms (character pairs after synonyms) with weights — rarity
 * (BM25 idf); pairs that come only from words every allocation or plan uses (中央财政, 安排,
 * 投入, 今年) count for little; the head of each clause's object counts double — and its
 * clauses, for clause-level coverage (a review sentence often speaks of one of the things a
 * long commitment lists). A Chinese clause ends with the head of its object
 * ("推动重点行业企业跨地区兼并重组" is about 兼并重组).
 */
import type { Bm25Index } from './bm25';
import { withoutGenericWords } from './measure';
import { canonicalize } from './synonyms';
import { termsOf } from './terms';

export interface Query {
  terms: string[];
  /** Term ids (-1: no newer sentence has the term), weights with and without the head bonus. */
  ids: Int32Array;
  weights: Float64Array;
  base: Float64Array;
  total: number;
  /** Clauses as indices into `ids`, matched on `base` weights. */
  clauses: { idx: Int32Array; total: number }[];
}

/** Characters at the end of a clause read as the head of its object. */
const HEAD_CHARS = 4;
const HEAD_WEIGHT = 2;
/** Pairs that come only from generic words weigh this much. */
const GENERIC_WEIGHT = 0.3;
/** A clause of the commitment counts when it has at least this many terms… */
const MIN_CLAUSE_TERMS = 4;
/** …and its coverage counts for a little less than the whole commitment's. */
const CLAUSE_FACTOR = 0.85;
/** In "A占B比重" B is the base of a share, not what the sentence is about. */
const SHARE_BASE = /占[^，。；、]{1,12}?(?:的)?比重/g;
const FIGURE = /[\d.%]+(?:[万亿千百]*(?:元|人|户|个|项|套|公里|吨|斤|次|名))?(?:以上|以下|以内|左右|多|余)?/g;

/** The words of a Chinese text that name what it is about: without generic words, figures and their units. */
function keyWords(canonical: string): string {
  return withoutGenericWords(canonical.replace(SHARE_BASE, '占比重')).replace(FIGURE, ' ');
}

/** A text cut into clauses and terms, once (a commitment is read by BM25, the query and the target matcher). */
export interface Analysis { canonical: string; parts: string[]; partTerms: string[][]; terms: string[] }

const ANALYSIS_LIMIT = 4096;
const analyses = new Map<string, Analysis>();

export function analyze(text: string, language: 'zh' | 'en'): Analysis {
  const key = `${language}\u0000${text}`;
  let a = analyses.get(key);
  if (!a) {
    const canonical = canonicalize(text);
    const parts = canonical.split(language === 'zh' ? /[，,；;：:]/ : /[;:]|, (?:and |while )?/);
    const partTerms = parts.map((p) => uniq(termsOf(p, language)));
    a = { canonical, parts, partTerms, terms: uniq(partTerms.flat()) };
    if (analyses.size >= ANALYSIS_LIMIT) analyses.clear();
    analyses.set(key, a);
  }
  return a;
}

function uniq(terms: string[]): string[] {
  return terms.length < 2 ? terms : [...new Set(terms)];
}

export function queryOf(bm25: Bm25Index, text: string, language: 'zh' | 'en'): Query {
  const { canonical, parts, partTerms, terms } = analyze(text, language);
  const key = new Set(termsOf(language === 'zh' ? keyWords(canonical) : canonical, language));
  const heads = new Set<string>();
  if (language === 'zh') for (const p of parts) for (const t of termsOf(keyWords(p).replace(/[^\u4e00-\u9fff]/g, '').slice(-HEAD_CHARS), language)) heads.add(t);
  const n = terms.length;
  const ids = new Int32Array(n);
  const base = new Float64Array(n);
  const weights = new Float64Array(n);
  const position = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const t = terms[i];
    ids[i] = bm25.idOf(t);
    base[i] = bm25.idf(ids[i]) * (key.has(t) ? 1 : GENERIC_WEIGHT);
    weights[i] = base[i] * (heads.has(t) ? HEAD_WEIGHT : 1);
    total += weights[i];
    position.set(t, i);
  }
  const clauses: Query['clauses'] = [];
  for (const c of partTerms) {
    if (c.length < MIN_CLAUSE_TERMS || c.length >= n) continue;
    const idx = new Int32Array(c.length);
    let sum = 0;
    for (let k = 0; k < c.length; k++) { idx[k] = position.get(c[k])!; sum += base[idx[k]]; }
    clauses.push({ idx, total: sum });
  }
  return { terms, ids, weights, base, total, clauses };
}

/**
 * How well a sentence (its term ids) speaks of the query, 0..1: the weighted share of the
 * query's terms it has, for the whole commitment or (a little less) for its best clause.
 * `mark` is a scratch array of the vocabulary's size, all zero before and after.
 */
export function matchScore(q: Query, sentenceIds: Int32Array, mark: Uint8Array): number {
  for (const id of sentenceIds) if (id >= 0) mark[id] = 1;
  let whole = 0;
  for (let i = 0; i < q.ids.length; i++) if (q.ids[i] >= 0 && mark[q.ids[i]]) whole += q.weights[i];
  let best = q.total > 0 ? whole / q.total : 0;
  for (const c of q.clauses) {
    if (c.total === 0) continue;
    let w = 0;
    for (const i of c.idx) if (q.ids[i] >= 0 && mark[q.ids[i]]) w += q.base[i];
    best = Math.max(best, (CLAUSE_FACTOR * w) / c.total);
  }
  for (const id of sentenceIds) if (id >= 0) mark[id] = 0;
  return best;
}

/** Term ids of a text (for matching a clause of an evidence sentence). */
export function idsOf(bm25: Bm25Index, text: string, language: 'zh' | 'en'): Int32Array {
  const terms = uniq(termsOf(canonicalize(text), language));
  const ids = new Int32Array(terms.length);
  for (let i = 0; i < terms.length; i++) ids[i] = bm25.idOf(terms[i]);
  return ids;
}
