/**
 * Evidence retrieval: for one commitment of the older report, the sentences of the newer
 * report that speak of the same thing, best first. BM25 (bm25.ts) picks the candidates; each
 * is then scored by weighted coverage of the commitment's terms (query.ts) and weighted by
 * what the sentence speaks about (scope.ts): the year reviewed, several years, plans.
 */
import { splitSentences } from '../text/sentences';
import { topHeading } from '../extract/heading-tree';
import { buildSectionIndex } from '../extract/sections';
import { defaultRoleFor } from '../extract/meta';
import type { Extraction, Role } from '../extract/types';
import { buildBm25, type Bm25Index } from './bm25';
import { analyze, idsOf, matchScores, type Query } from './query';
import { sentenceScopes, type Scope } from './scope';
import { canonicalize } from './synonyms';
import { termKeysOf, termsOf } from './terms';

export interface NewerSentence {
  start: number; end: number; text: string; role: Role; scope: Scope; termSet: Set<string>; ids: Int32Array;
  /** The sentence cut into clauses, with each clause's term ids (made when first asked for: the sentences that win). */
  clauses: { text: string; ids: Int32Array }[];
}

export interface Candidate { sentence: NewerSentence; score: number }

/** How what a sentence speaks about weighs it as evidence of delivery: a review says what was done, plans only say it again. */
export const SCOPE_WEIGHT: Record<Scope, number> = { year: 1, years: 0.9, problem: 0.6, plan: 0.45 };
/** BM25 candidates looked at more closely for each commitment. */
const CANDIDATES = 12;
/** Shared figures (same value and unit) make a match more certain. */
const SHARED_NUMBER_BONUS = 0.1;

export interface EvidenceIndex {
  sentences: NewerSentence[];
  bm25: Bm25Index;
  /** Scratch marks over the vocabulary for matchScores (all zero between calls). */
  mark: Int32Array;
}

export function indexNewer(newer: Extraction, older: Extraction): EvidenceIndex {
  const sections = buildSectionIndex(newer.headings, defaultRoleFor(newer.meta.docType));
  const byId = new Map(newer.headings.map((h) => [h.id, h]));
  const topTitle = (pos: number) => topHeading(sections.headingAt(pos)?.id ?? null, byId)?.title ?? '';
  const spans = splitSentences(newer.text, newer.language).map((s) => ({ ...s, text: newer.text.slice(s.start, s.end), role: sections.roleAt(s.start), sectionTitle: topTitle(s.start) }));
  const scopes = sentenceScopes(newer.text, spans, older.meta.planYear ?? newer.meta.coversYear);
  const terms = spans.map((s) => termKeysOf(canonicalize(s.text), newer.language));
  const olderDocs = older.commitments.map((c) => analyze(c.text, older.language).terms);
  const bm25 = buildBm25(terms, olderDocs);
  const sentences = spans.map((s, i) => newerSentence(s, scopes[i], newer.language, bm25.docTerms[i], bm25));
  return { sentences, bm25, mark: new Int32Array(bm25.size) };
}

/** A sentence of the newer report; its set of terms (as strings) is made only when asked for (few are). */
function newerSentence(s: { start: number; end: number; text: string; role: Role }, scope: Scope, language: 'zh' | 'en', ids: Int32Array, bm25: Bm25Index): NewerSentence {
  let set: Set<string> | null = null;
  let clauses: NewerSentence['clauses'] | null = null;
  return {
    start: s.start, end: s.end, text: s.text, role: s.role, scope, ids,
    get termSet() { return (set ??= new Set(termsOf(canonicalize(s.text), language))); },
    get clauses() { return (clauses ??= s.text.split(language === 'zh' ? /[，,；;]/ : /[;]|, /).map((text) => ({ text, ids: idsOf(bm25, text, language) }))); },
  };
}

/** Ranked evidence candidates for a commitment text (all scopes; callers keep the ones that count). */
export function rankEvidence(index: EvidenceIndex, q: Query, figures: string[]): Candidate[] {
  if (q.total === 0) return [];
  const top = index.bm25.topK(q.ids, CANDIDATES).map((i) => index.sentences[i]);
  const matches = matchScores(q, top.map((s) => s.ids), index.mark);
  const out: Candidate[] = top.map((sentence, k) => {
    const shared = figures.length ? figures.filter((f) => sentence.text.includes(f)).length : 0;
    const score = Math.min(1, matches[k] * SCOPE_WEIGHT[sentence.scope] + Math.min(2, shared) * SHARED_NUMBER_BONUS);
    return { sentence, score };
  });
  return out.sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start);
}

/** The query terms a sentence contains (for "why": shown with the item). */
export function matchedTerms(q: Query, sentence: NewerSentence, mark: Int32Array): string[] {
  for (const id of sentence.ids) mark[id] = 1;
  const out = q.terms.filter((_, i) => q.ids[i] >= 0 && mark[q.ids[i]] === 1);
  for (const id of sentence.ids) mark[id] = 0;
  return out;
}
