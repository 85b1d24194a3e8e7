/**
 * Evidence retrieval: for one commitment of the older report, the sentences of the newer
 * report that speak of the same thing, best first. Candidates come from BM25; they are then
 * judged by weighted coverage (the share of the commitment's informative terms a sentence
 * contains), scaled by the role of the sentence's section: a review says what was done, a
 * plans section only says it again.
 */
import { splitSentences } from '../text/sentences';
import { buildSectionIndex } from '../extract/sections';
import { defaultRoleFor } from '../extract/meta';
import type { Extraction, Role } from '../extract/types';
import { buildBm25, type Bm25Index } from './bm25';
import { sentenceScopes, type Scope } from './scope';
import { canonicalize } from './synonyms';
import { termsOf } from './terms';

export interface NewerSentence { start: number; end: number; text: string; role: Role; scope: Scope; terms: string[]; termSet: Set<string> }

export interface Candidate { sentence: NewerSentence; score: number; matched: string[] }

/** How what a sentence speaks about weighs it as evidence of delivery: a review says what was done, plans only say it again. */
export const SCOPE_WEIGHT: Record<Scope, number> = { year: 1, years: 0.9, problem: 0.6, plan: 0.45 };
/** BM25 candidates looked at more closely for each commitment. */
const CANDIDATES = 25;
/** Shared figures (same value and unit) make a match more certain. */
const SHARED_NUMBER_BONUS = 0.1;

export interface EvidenceIndex { sentences: NewerSentence[]; bm25: Bm25Index }

export function indexNewer(newer: Extraction, older: Extraction): EvidenceIndex {
  const sections = buildSectionIndex(newer.headings, defaultRoleFor(newer.meta.docType));
  const byId = new Map(newer.headings.map((h) => [h.id, h]));
  const topTitle = (pos: number) => {
    let h = sections.headingAt(pos);
    while (h?.parentId) h = byId.get(h.parentId) ?? null;
    return h?.title ?? '';
  };
  const spans = splitSentences(newer.text, newer.language).map((s) => ({ ...s, text: newer.text.slice(s.start, s.end), role: sections.roleAt(s.start), sectionTitle: topTitle(s.start) }));
  const scopes = sentenceScopes(newer.text, spans, older.meta.planYear ?? newer.meta.coversYear);
  const sentences = spans.map((s, i) => {
    const terms = termsOf(canonicalize(s.text), newer.language);
    return { start: s.start, end: s.end, text: s.text, role: s.role, scope: scopes[i], terms, termSet: new Set(terms) };
  });
  const olderDocs = older.commitments.map((c) => termsOf(canonicalize(c.text), older.language));
  return { sentences, bm25: buildBm25(sentences.map((s) => s.terms), olderDocs) };
}

/** Ranked evidence candidates for a commitment text. */
export function rankEvidence(index: EvidenceIndex, text: string, language: 'zh' | 'en', figures: string[]): Candidate[] {
  const query = [...new Set(termsOf(canonicalize(text), language))];
  const total = query.reduce((s, t) => s + index.bm25.idf(t), 0);
  if (total === 0) return [];
  // Only documents sharing a term are ranked (not the whole report: that was quadratic).
  const { scores: bm, touched } = index.bm25.scores(query);
  const order = touched.filter((i) => bm[i] > 0).sort((a, b) => bm[b] - bm[a] || a - b).slice(0, CANDIDATES);
  const out: Candidate[] = order.map((i) => {
    const sentence = index.sentences[i];
    const matched = query.filter((t) => sentence.termSet.has(t));
    const coverage = matched.reduce((s, t) => s + index.bm25.idf(t), 0) / total;
    const shared = figures.filter((f) => sentence.text.includes(f)).length;
    const score = Math.min(1, coverage * SCOPE_WEIGHT[sentence.scope] + Math.min(2, shared) * SHARED_NUMBER_BONUS);
    return { sentence, score, matched };
  });
  return out.sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start);
}
