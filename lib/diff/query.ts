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

/** Where a Chinese commitment's clauses end. */
const ZH_CLAUSE = /[，,；;：:]/;

/**
 * A text cut into clauses and terms, once (a commitment is read by BM25, the query and the
 * target matcher), with what its terms are to a query: whether each comes from a key word (not
 * only from generic ones), whether it is in the head of a clause's object, and each clause
 * long enough to count on its own as positions into `terms`.
 */
export interface Analysis { canonical: string; parts: string[]; partTerms: string[][]; terms: string[]; isKey: Uint8Array; isHead: Uint8Array; clauses: Int32Array[] }

const ANALYSIS_LIMIT = 4096;
const analyses = new Map<string, Analysis>();

export function analyze(text: string, language: 'zh' | 'en'): Analysis {
  const key = `${language}\u0000${text}`;
  let a = analyses.get(key);
  if (!a) {
    const canonical = canonicalize(text);
    const parts = canonical.split(language === 'zh' ? ZH_CLAUSE : /[;:]|, (?:and |while )?/);
    const partTerms = parts.map((p) => uniq(termsOf(p, language)));
    const terms = uniq(partTerms.flat());
    a = { canonical, parts, partTerms, terms, ...queryShape(canonical, partTerms, terms, language) };
    if (analyses.size >= ANALYSIS_LIMIT) analyses.clear();
    analyses.set(key, a);
  }
  return a;
}

/** What each term is to a query (see Analysis). */
function queryShape(canonical: string, partTerms: string[][], terms: string[], language: 'zh' | 'en'): Pick<Analysis, 'isKey' | 'isHead' | 'clauses'> {
  const keyed = language === 'zh' ? keyWords(canonical) : canonical;
  const key = new Set(termsOf(keyed, language));
  const heads = new Set<string>();
  // The key words of each clause: the key words of the whole, cut where the clauses are (no generic word spans a cut).
  if (language === 'zh') for (const p of keyed.split(ZH_CLAUSE)) for (const t of termsOf(p.replace(/[^\u4e00-\u9fff]/g, '').slice(-HEAD_CHARS), language)) heads.add(t);
  const n = terms.length;
  const isKey = new Uint8Array(n);
  const isHead = new Uint8Array(n);
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    isKey[i] = key.has(terms[i]) ? 1 : 0;
    isHead[i] = heads.has(terms[i]) ? 1 : 0;
    position.set(terms[i], i);
  }
  const clauses = partTerms.filter((c) => c.length >= MIN_CLAUSE_TERMS && c.length < n).map((c) => Int32Array.from(c, (t) => position.get(t)!));
  return { isKey, isHead, clauses };
}

function uniq(terms: string[]): string[] {
  return terms.length < 2 ? terms : [...new Set(terms)];
}

/** The query of `text`; `termIds`: the ids of its analysed terms when the index has them already. */
export function queryOf(bm25: Bm25Index, text: string, language: 'zh' | 'en', termIds?: Int32Array): Query {
  const { terms, isKey, isHead, clauses: clauseIdx } = analyze(text, language);
  const n = terms.length;
  const ids = new Int32Array(n);
  const base = new Float64Array(n);
  const weights = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    ids[i] = termIds ? termIds[i] : bm25.idOf(terms[i]);
    base[i] = bm25.idf(ids[i]) * (isKey[i] ? 1 : GENERIC_WEIGHT);
    weights[i] = base[i] * (isHead[i] ? HEAD_WEIGHT : 1);
    total += weights[i];
  }
  const clauses = clauseIdx.map((idx) => {
    let sum = 0;
    for (let k = 0; k < idx.length; k++) sum += base[idx[k]];
    return { idx, total: sum };
  });
  return { terms, ids, weights, base, total, clauses };
}

/**
 * How well each sentence (its term ids) speaks of the query, 0..1: the weighted share of the
 * query's terms it has, for the whole commitment or (a little less) for its best clause.
 * `mark` is a scratch array of the vocabulary's size, all zero before and after: the query's
 * terms are marked once with their positions, and each sentence is read once.
 */
/** Scratch flags over a query's terms for matchScores (all zero between calls; grown as needed). */
let hits = new Uint8Array(256);

export function matchScores(q: Query, sentences: Int32Array[], mark: Int32Array): number[] {
  for (let i = 0; i < q.ids.length; i++) if (q.ids[i] >= 0) mark[q.ids[i]] = i + 1;
  if (hits.length < q.ids.length) hits = new Uint8Array(q.ids.length * 2);
  const hit = hits;
  const n = q.ids.length;
  const out = sentences.map((ids) => {
    for (let k = 0; k < ids.length; k++) if (ids[k] >= 0 && mark[ids[k]] > 0) hit[mark[ids[k]] - 1] = 1;
    // Summed in the query's order, so that a score does not depend on the sentence's.
    let whole = 0;
    for (let i = 0; i < n; i++) if (hit[i]) whole += q.weights[i];
    let best = q.total > 0 ? whole / q.total : 0;
    for (let c = 0; c < q.clauses.length; c++) {
      const { idx, total } = q.clauses[c];
      if (total === 0) continue;
      let w = 0;
      for (let k = 0; k < idx.length; k++) if (hit[idx[k]]) w += q.base[idx[k]];
      best = Math.max(best, (CLAUSE_FACTOR * w) / total);
    }
    hit.fill(0, 0, n);
    return best;
  });
  for (let i = 0; i < q.ids.length; i++) if (q.ids[i] >= 0) mark[q.ids[i]] = 0;
  return out;
}

/** Term ids of a text (for matching a clause of an evidence sentence). */
export function idsOf(bm25: Bm25Index, text: string, language: 'zh' | 'en'): Int32Array {
  const terms = uniq(termsOf(canonicalize(text), language));
  const ids = new Int32Array(terms.length);
  for (let i = 0; i < terms.length; i++) ids[i] = bm25.idOf(terms[i]);
  return ids;
}
