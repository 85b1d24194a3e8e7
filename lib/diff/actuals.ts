/**
 * Actuals: for a target figure of the older report, the figure the newer report's review
 * states for the same indicator. A candidate must be in the review (not a plans section,
 * not a sentence setting new plans, not a multi-year figure), have the target's unit, and
 * name the same thing: the informative words of the target's measure (weighted by how rare
 * they are in the two reports, after synonyms) must be found in the candidate's measure, and
 * the candidate's measure must be about the target's sentence. A figure that merely shares
 * the unit, or shares only common words (中央财政, 安排, 资金), is no actual.
 */
import type { Extraction, NumberMention } from '../extract/types';
import type { EvidenceIndex, NewerSentence } from './evidence';
import { measuresOf, withoutGenericWords, type Measure } from './measure';
import { isMultiYear } from './scope';
import { analyze } from './query';
import { canonicalize } from './synonyms';
import { termsOf } from './terms';

/** Kinds that can be targets and actuals. */
const MEASURE_KINDS = new Set(['count', 'percent', 'money', 'quantity', 'duration']);
/** Qualifiers that phrase a target, not a result. */
const TARGET_PHRASING = new Set(['at-least', 'at-most', 'range']);
/** "由5%提高到8%": the figure before 提高到/降至 is the starting point, not the result. */
const FROM_VALUE_AFTER = /^(?:提高|增加|增长|上升|扩大|下降|降低|减少|压缩|缩短)?(?:到|至)/;
const FROM_VALUE_BEFORE = /[由从][^，,；;。]{0,12}$/;

/** "由每人每年120元提高到200元": 120 is where it started, read in the figure's own clause. */
function isFromValue(text: string, n: NumberMention): boolean {
  return FROM_VALUE_BEFORE.test(text.slice(Math.max(0, n.start - 13), n.start)) && FROM_VALUE_AFTER.test(text.slice(n.end, n.end + 4));
}
/** A match needs at least this score (see `measureSimilarity`)… */
export const MIN_ACTUAL_SIMILARITY = 0.5;
/** …and at least this share of the target's measure named in the candidate's. */
const MIN_COVER = 0.45;
/** Weight of that share in the score; the rest is the candidate's measure found in the target's sentence. */
const COVER_WEIGHT = 0.6;
/** A target whose measure names nothing specific ("中央财政拟投入…资金") is matched on its sentence, less surely. */
const UNNAMED_COVER = 0.8;

export interface MeasuredFigure {
  number: NumberMention;
  measure: Measure;
  /** Terms of the measure (after synonyms), without the words every money or count measure uses. */
  terms: Set<string>;
  /** A change (增长, 降低, 投入增加…), or a rate, share, level or count. */
  kind: 'change' | 'level';
  /** Terms of the figure's whole sentence (after synonyms). */
  sentenceTerms: Set<string>;
}

export type Idf = (term: string) => number;

export function termSet(text: string, language: 'zh' | 'en'): Set<string> {
  return new Set(termsOf(canonicalize(text), language));
}

const CHANGE_MEASURE = /(?:增长|增加|提高|上升|上涨|涨幅|增幅|增速|下降|降低|减少|降幅|回落)(?![到至])/;

/** The measure's specific terms (see GENERIC_MEASURE_WORDS). */
export function measureTerms(phrase: string, language: 'zh' | 'en'): Set<string> {
  const canonical = canonicalize(phrase);
  return new Set(termsOf(language === 'zh' ? withoutGenericWords(canonical) : canonical, language));
}

function measured(number: NumberMention, measure: Measure, sentenceTerms: Set<string>, language: 'zh' | 'en'): MeasuredFigure {
  // A percentage is a change when its measure speaks of one anywhere (居民消费价格涨幅控制在3%).
  const percent = measure.unit === '%' || measure.unit === '％' || measure.unit === '个百分点';
  const kind = measure.change || (percent && CHANGE_MEASURE.test(canonicalize(measure.phrase))) ? 'change' : 'level';
  return { number, measure, terms: measureTerms(measure.phrase, language), sentenceTerms, kind };
}

/** Figures of the newer report that can be actuals (see the file comment). */
export function actualCandidates(newer: Extraction, index: EvidenceIndex): MeasuredFigure[] {
  const measures = measuresOf(newer.text, newer.numbers);
  const out: MeasuredFigure[] = [];
  let s = 0;
  for (const n of newer.numbers) {
    // A result is stated as such; 以上/以内/不低于 and ranges phrase a target restated.
    if (!MEASURE_KINDS.has(n.kind) || n.value === null || TARGET_PHRASING.has(n.approx ?? '') || n.raw.includes('左右')) continue;
    while (s < index.sentences.length && index.sentences[s].end <= n.start) s++;
    const sentence = index.sentences[s];
    if (!sentence || sentence.start > n.start || !inReview(sentence)) continue;
    const measure = measures.get(n.id)!;
    if (measure.restated || isMultiYear(sentence.text, n.start - sentence.start, n.end - sentence.start)) continue;
    if (isFromValue(newer.text, n)) continue;
    out.push(measured(n, measure, sentence.termSet, newer.language));
  }
  return out;
}

/**
 * The target figures of a commitment: measured figures that set something (not restated
 * changes). A figure whose measure names nothing specific ("今年中央财政投入增加300亿元") is read
 * with the sentence before it in its paragraph, which names the topic ("…增加对“三农”的投入。").
 */
export function targetFigures(text: string, before: () => string, numbers: NumberMention[], measures: Map<string, Measure>, language: 'zh' | 'en'): MeasuredFigure[] {
  if (numbers.length === 0) return [];
  const own = new Set(analyze(text, language).terms);
  return numbers.flatMap((number) => {
    const measure = measures.get(number.id);
    if (!measure || measure.restated) return [];
    const figure = measured(number, measure, own, language);
    return [figure.terms.size > 0 ? figure : { ...figure, sentenceTerms: new Set([...own, ...termSet(before(), language)]) }];
  });
}

/** The sentence before `start` in its paragraph (Chinese 。！？ or a line start), or ''. */
export function sentenceBefore(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const head = text.slice(lineStart, start).replace(/[。！？!?\s]+$/, '');
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return head.slice(cut + 1);
}

function inReview(sentence: NewerSentence): boolean {
  return sentence.scope === 'year';
}

/**
 * How informative each word is among the measures of both reports: a word in many measures
 * (中央财政, 资金, 安排, 增长) tells one figure from another poorly.
 */
export function measureIdf(figures: MeasuredFigure[]): Idf {
  const df = new Map<string, number>();
  for (const f of figures) for (const t of f.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = figures.length;
  // ln(1 + N/df): in a short report the words a target shares with its actual are in two measures of few.
  return (t) => Math.log(1 + n / Math.max(1, df.get(t) ?? 0));
}

function weight(terms: Iterable<string>, idf: Idf): number {
  let w = 0;
  for (const t of terms) w += idf(t);
  return w;
}

/**
 * How surely candidate `a` measures what target `t` sets, 0..1: the share of the target's
 * specific words that the candidate's measure names (or, when the target's measure names
 * nothing specific, the share of the candidate's found in the target's sentence), and the
 * share of the candidate's specific words found in the target's sentence; weights are rarity.
 */
export function measureSimilarity(t: MeasuredFigure, a: MeasuredFigure, idf: Idf): { score: number; cover: number; focus: number } {
  const own = weight(a.terms, idf);
  if (own === 0 || t.kind !== a.kind) return { score: 0, cover: 0, focus: 0 };
  const inSentence = weight([...a.terms].filter((x) => t.sentenceTerms.has(x)), idf);
  if (inSentence === 0) return { score: 0, cover: 0, focus: 0 };
  const total = weight(t.terms, idf);
  const focus = inSentence / own;
  const cover = total > 0 ? weight([...t.terms].filter((x) => a.terms.has(x)), idf) / total : UNNAMED_COVER * focus;
  return { score: COVER_WEIGHT * cover + (1 - COVER_WEIGHT) * focus, cover, focus };
}

const QUOTED = /[“"「]([^”"」]{2,12})[”"」]/g;

function sharesQuotedName(a: string, b: string): boolean {
  const names = new Set([...a.matchAll(QUOTED)].map((m) => m[1]));
  return names.size > 0 && [...b.matchAll(QUOTED)].some((m) => names.has(m[1]));
}

/** The best actual for target `t` among `candidates` with its unit, or null. */
export function bestActual(t: MeasuredFigure, candidates: MeasuredFigure[], idf: Idf, unitKey: (u: string | null) => string | null): MeasuredFigure | null {
  const unit = unitKey(t.measure.unit);
  let best: MeasuredFigure | null = null;
  let bestScore = MIN_ACTUAL_SIMILARITY;
  for (const a of candidates) {
    if (unitKey(a.measure.unit) !== unit) continue;
    const { score, cover } = measureSimilarity(t, a, idf);
    // A programme named in quotes on both sides (“跨省通办”, “家电下乡”) is the same programme.
    if (cover < MIN_COVER && !sharesQuotedName(t.measure.phrase, a.measure.phrase)) continue;
    if (score > bestScore) { best = a; bestScore = score; }
  }
  return best;
}
