/**
 * Evidence retrieval: for one commitment of the older report, the sentences of the newer
 * report that speak of the same thing, best first. BM25 (over character pairs after synonyms,
 * terms that occur in most sentences pruned, a bounded top-k kept while scoring) picks the
 * candidates; each is then scored by weighted coverage — the share of the commitment's
 * informative terms it contains, taken for the whole commitment or for its best clause (a
 * review sentence often speaks of one of the things a long commitment lists) — and weighted by
 * what the sentence speaks about (scope.ts): the year reviewed, several years, plans.
 */
import { splitSentences } from '../text/sentences';
import { topHeading } from '../extract/heading-tree';
import { buildSectionIndex } from '../extract/sections';
import { defaultRoleFor } from '../extract/meta';
import type { Extraction, Role } from '../extract/types';
import { buildBm25, type Bm25Index } from './bm25';
import { sentenceScopes, type Scope } from './scope';
import { withoutGenericWords } from './measure';
import { canonicalize } from './synonyms';
import { termsOf } from './terms';

export interface NewerSentence { start: number; end: number; text: string; role: Role; scope: Scope; terms: string[]; termSet: Set<string> }

export interface Candidate { sentence: NewerSentence; score: number; matched: string[] }

/** How what a sentence speaks about weighs it as evidence of delivery: a review says what was done, plans only say it again. */
export const SCOPE_WEIGHT: Record<Scope, number> = { year: 1, years: 0.9, problem: 0.6, plan: 0.45 };
/** BM25 candidates looked at more closely for each commitment. */
const CANDIDATES = 16;
/** Shared figures (same value and unit) make a match more certain. */
const SHARED_NUMBER_BONUS = 0.1;
/** A clause of the commitment counts when it has at least this many terms… */
const MIN_CLAUSE_TERMS = 4;
/** …and its coverage counts for a little less than the whole commitment's. */
const CLAUSE_FACTOR = 0.85;

export interface EvidenceIndex { sentences: NewerSentence[]; bm25: Bm25Index }

export function indexNewer(newer: Extraction, older: Extraction): EvidenceIndex {
  const sections = buildSectionIndex(newer.headings, defaultRoleFor(newer.meta.docType));
  const byId = new Map(newer.headings.map((h) => [h.id, h]));
  const topTitle = (pos: number) => topHeading(sections.headingAt(pos)?.id ?? null, byId)?.title ?? '';
  const spans = splitSentences(newer.text, newer.language).map((s) => ({ ...s, text: newer.text.slice(s.start, s.end), role: sections.roleAt(s.start), sectionTitle: topTitle(s.start) }));
  const scopes = sentenceScopes(newer.text, spans, older.meta.planYear ?? newer.meta.coversYear);
  const sentences = spans.map((s, i) => {
    const terms = termsOf(canonicalize(s.text), newer.language);
    return { start: s.start, end: s.end, text: s.text, role: s.role, scope: scopes[i], terms, termSet: new Set(terms) };
  });
  const olderDocs = older.commitments.map((c) => termsOf(canonicalize(c.text), older.language));
  return { sentences, bm25: buildBm25(sentences.map((s) => s.terms), olderDocs) };
}

/**
 * The commitment's query: its terms with their weights (rarity; the object of each clause
 * counts double), and its clauses (for clause-level coverage). A Chinese clause ends with the
 * head of its object ("推动重点行业企业跨地区兼并重组" is about 兼并重组): the pairs of its last
 * HEAD_CHARS characters are that head.
 */
export interface Query { weights: Map<string, number>; terms: string[]; total: number; clauses: { terms: string[]; total: number; weights: Map<string, number> }[] }

/** Characters at the end of a clause read as the head of its object. */
const HEAD_CHARS = 4;
const HEAD_WEIGHT = 2;
/** Pairs that come only from words every allocation or plan uses (中央财政, 安排, 投入, 今年) count for little. */
const GENERIC_WEIGHT = 0.3;

const SHARE_BASE = /占[^，。；、]{1,12}?(?:的)?比重/g;

/** The words of a Chinese text that name what it is about: without generic words, figures and their units. */
function keyWords(canonical: string): string {
  // In "A占B比重" B is the base of a share, not what the sentence is about.
  return withoutGenericWords(canonical.replace(SHARE_BASE, '占比重')).replace(/[\d.%]+(?:[万亿千百]*(?:元|人|户|个|项|套|公里|吨|斤))?/g, ' ');
}

export function queryOf(index: EvidenceIndex, text: string, language: 'zh' | 'en'): Query {
  const idf = index.bm25.idf;
  const parts = text.split(language === 'zh' ? /[，,；;：:]/ : /[;:]|, (?:and |while )?/);
  const canonical = canonicalize(text);
  const key = new Set(termsOf(language === 'zh' ? keyWords(canonical) : canonical, language));
  const heads = new Set(language === 'zh' ? parts.flatMap((p) => termsOf(keyWords(canonicalize(p)).replace(/[^\u4e00-\u9fff]/g, '').slice(-HEAD_CHARS), language)) : []);
  const terms = [...new Set(termsOf(canonical, language))];
  const base = new Map(terms.map((t) => [t, idf(t) * (key.has(t) ? 1 : GENERIC_WEIGHT)]));
  const weights = new Map(terms.map((t) => [t, base.get(t)! * (heads.has(t) ? HEAD_WEIGHT : 1)]));
  const weigh = (ts: string[], w: Map<string, number>) => ts.reduce((sum, t) => sum + (w.get(t) ?? 0), 0);
  // A clause is matched on its own words, without the head bonus (a short clause's head alone
  // — 城镇居民 in 逐步转为城镇居民 — is no evidence).
  const clauses = parts
    .map((c) => [...new Set(termsOf(canonicalize(c), language))])
    .filter((c) => c.length >= MIN_CLAUSE_TERMS && c.length < terms.length)
    .map((c) => ({ terms: c, total: weigh(c, base), weights: base }));
  return { weights, terms, total: weigh(terms, weights), clauses };
}

/** Weighted share of `terms` found in `has`. */
function coverage(terms: string[], total: number, has: Set<string>, weights: Map<string, number>): number {
  if (total === 0) return 0;
  let w = 0;
  for (const t of terms) if (has.has(t)) w += weights.get(t) ?? 0;
  return w / total;
}

/** How well sentence `s` speaks of the query, 0..1, before its scope weight. */
export function matchScore(q: Query, s: Set<string>): number {
  let best = coverage(q.terms, q.total, s, q.weights);
  for (const c of q.clauses) best = Math.max(best, CLAUSE_FACTOR * coverage(c.terms, c.total, s, c.weights));
  return best;
}

/** Ranked evidence candidates for a commitment text (all scopes; callers keep the ones that count). */
export function rankEvidence(index: EvidenceIndex, q: Query, figures: string[]): Candidate[] {
  if (q.total === 0) return [];
  const top = index.bm25.topK(q.terms, CANDIDATES);
  const out: Candidate[] = top.map((i) => {
    const sentence = index.sentences[i];
    const matched = q.terms.filter((t) => sentence.termSet.has(t));
    const shared = figures.filter((f) => sentence.text.includes(f)).length;
    const score = Math.min(1, matchScore(q, sentence.termSet) * SCOPE_WEIGHT[sentence.scope] + Math.min(2, shared) * SHARED_NUMBER_BONUS);
    return { sentence, score, matched };
  });
  return out.sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start);
}
