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
import { termsOf } from './terms';

export interface NewerSentence { start: number; end: number; text: string; role: Role; terms: string[]; termSet: Set<string> }

export interface Candidate { sentence: NewerSentence; score: number; matched: string[] }

/** How a section's role weighs its sentences as evidence of delivery. */
export const ROLE_WEIGHT: Record<Role, number> = { achievements: 1, other: 0.9, duties: 0.8, problems: 0.6, plans: 0.45 };
/** BM25 candidates looked at more closely for each commitment. */
const CANDIDATES = 25;
/** Shared figures (same value and unit) make a match more certain. */
const SHARED_NUMBER_BONUS = 0.1;

export interface EvidenceIndex { sentences: NewerSentence[]; bm25: Bm25Index }

export function indexNewer(newer: Extraction, older: Extraction): EvidenceIndex {
  const sections = buildSectionIndex(newer.headings, defaultRoleFor(newer.meta.docType));
  const sentences = splitSentences(newer.text, newer.language).map((s) => {
    const text = newer.text.slice(s.start, s.end);
    const terms = termsOf(text, newer.language);
    return { ...s, text, role: sections.roleAt(s.start), terms, termSet: new Set(terms) };
  });
  const olderDocs = older.commitments.map((c) => termsOf(c.text, older.language));
  return { sentences, bm25: buildBm25(sentences.map((s) => s.terms), olderDocs) };
}

/** Ranked evidence candidates for a commitment text. */
export function rankEvidence(index: EvidenceIndex, text: string, language: 'zh' | 'en', figures: string[]): Candidate[] {
  const query = [...new Set(termsOf(text, language))];
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
    const score = Math.min(1, coverage * ROLE_WEIGHT[sentence.role] + Math.min(2, shared) * SHARED_NUMBER_BONUS);
    return { sentence, score, matched };
  });
  return out.sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start);
}
