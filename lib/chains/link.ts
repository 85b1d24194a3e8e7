/**
 * Which commitment of a later report promises the same thing as one of an earlier report.
 * The words are matched with the diff's own machinery (lib/diff: BM25 over synonyms, terms
 * weighted by rarity, the head of each clause's object counted double, clause coverage), in
 * both directions: how much of the earlier commitment the later one covers, and how much of
 * the later one the earlier covers — of the whole commitment, or of a clause that carries a
 * good part of it (the diff reads any clause: evidence of one part of a promise counts; a link
 * is about the whole promise). Figures are left out of the words (a target raised is
 * still the same promise; change.ts says how it changed). Each commitment links to at most
 * one, best pairs first.
 */
import { buildBm25 } from '../diff/bm25';
import { analyze, idsOf, matchScores, queryOf, type Query } from '../diff/query';

export interface Link { from: number; to: number; score: number }

/** Two commitments are the same promise when their mean coverage reaches this… */
export const MIN_LINK = 0.5;
/** …and neither direction is below this (a short heading inside a long sentence is no match). */
export const MIN_ONE_WAY = 0.3;
/** A clause counts on its own when it carries at least this share of the promise's weight. */
const MIN_CLAUSE_SHARE = 0.4;
/** Candidates looked at per commitment (BM25's best). */
const CANDIDATES = 8;

/** Digit runs (figures, years) out of the words: "种植2,000棵" and "种植2,500棵" read alike. */
const FIGURE = /\d[\d,.]*/g;

export function wordsOf(text: string): string {
  return text.replace(FIGURE, ' ');
}

/**
 * The query with only the clauses that carry a good part of the promise's weight: a clause
 * every allocation shares ("比上年增加…亿元") covered alone is no link, the main clause of a
 * reworded promise ("推进乡镇综合行政执法改革，…") is.
 */
function substantialClauses(q: Query): Query {
  let whole = 0;
  for (const w of q.base) whole += w;
  return { ...q, clauses: q.clauses.filter((c) => c.total >= MIN_CLAUSE_SHARE * whole) };
}

/** Scores how much of a `from` text a `to` text covers; `top` lists a from-text's best candidates. */
function coverage(from: string[], to: string[], language: 'zh' | 'en') {
  const bm25 = buildBm25(to.map((t) => analyze(t, language).terms), from.map((t) => analyze(t, language).terms));
  const toIds = to.map((t) => idsOf(bm25, t, language));
  const queries = from.map((t) => substantialClauses(queryOf(bm25, t, language)));
  const mark = new Int32Array(bm25.size);
  return {
    top: (i: number) => (queries[i].total === 0 ? [] : bm25.topK(queries[i].ids, CANDIDATES)),
    score: (i: number, j: number) => (queries[i].total === 0 ? 0 : matchScores(queries[i], [toIds[j]], mark)[0]),
  };
}

/**
 * Scored pairs (earlier index, later index) of texts that may be the same promise, best
 * first: mean of both coverages, each direction at least MIN_ONE_WAY, the mean at least MIN_LINK.
 */
export function candidateLinks(earlier: string[], later: string[], language: 'zh' | 'en'): Link[] {
  if (!earlier.length || !later.length) return [];
  const a = earlier.map(wordsOf);
  const b = later.map(wordsOf);
  const forward = coverage(a, b, language);
  const backward = coverage(b, a, language);
  const seen = new Set<number>();
  const out: Link[] = [];
  const consider = (i: number, j: number) => {
    const key = i * b.length + j;
    if (seen.has(key)) return;
    seen.add(key);
    const f = forward.score(i, j);
    const back = backward.score(j, i);
    const score = (f + back) / 2;
    if (Math.min(f, back) >= MIN_ONE_WAY && score >= MIN_LINK) out.push({ from: i, to: j, score: Math.round(score * 1000) / 1000 });
  };
  // Candidates from both sides: a short later text may not rank a long earlier one first.
  a.forEach((_, i) => { for (const j of forward.top(i)) consider(i, j); });
  b.forEach((_, j) => { for (const i of backward.top(j)) consider(i, j); });
  return out.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
}

/** One-to-one links, best first; `taken` holds later indices already claimed (and receives the new ones). */
export function assignLinks(candidates: Link[], taken: Set<number> = new Set()): Map<number, Link> {
  const out = new Map<number, Link>();
  for (const link of candidates) {
    if (out.has(link.from) || taken.has(link.to)) continue;
    out.set(link.from, link);
    taken.add(link.to);
  }
  return out;
}
