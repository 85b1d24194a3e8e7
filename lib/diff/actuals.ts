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
import { topicBefore } from './measure-label';
import { isMultiYear } from './scope';
import { analyze } from './query';
import { canonicalize } from './synonyms';
import { termsOf } from './terms';
import { TARGET_FRAME_CUES } from './rules';

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
/** How far a figure's clause is read on each side (a clause ends at ，；。： or a line end). */
const CLAUSE_REACH = 40;
const CLAUSE_END = /[，,；;。：:\n]/;
const TARGET_FRAME = TARGET_FRAME_CUES[0].pattern;

/**
 * A 左右 figure restates a target when its own clause frames one (…左右的预期目标, 目标是…);
 * otherwise it is a result stated approximately ("比例达到4.4%左右", "预计增长6.5%左右").
 */
function restatesTarget(text: string, n: NumberMention): boolean {
  if (!n.raw.includes('左右')) return false;
  let from = n.start;
  while (from > 0 && n.start - from < CLAUSE_REACH && !CLAUSE_END.test(text[from - 1])) from--;
  let to = n.end;
  while (to < text.length && to - n.end < CLAUSE_REACH && !CLAUSE_END.test(text[to])) to++;
  return TARGET_FRAME.test(text.slice(from, to));
}

export interface MeasuredFigure {
  number: NumberMention;
  measure: Measure;
  /** Terms of the measure (after synonyms), without the words every money or count measure uses. */
  terms: Set<string>;
  /** A change (增长, 降低, 投入增加…), or a rate, share, level or count. */
  kind: 'change' | 'level';
  /** Terms of the figure's whole sentence (after synonyms). */
  sentenceTerms: Set<string>;
  /** A target's: the year it is set for when its words name one (target-year.ts). */
  forYear?: number | null;
}

export function termSet(text: string, language: 'zh' | 'en'): Set<string> {
  return new Set(termsOf(canonicalize(text), language));
}

const CHANGE_MEASURE = /(?:增长|增加|提高|上升|上涨|涨幅|增幅|增速|下降|降低|减少|降幅|回落)(?![到至])/;
/** English: growth, or "an increase of" ("GDP growth at 1% to 3%", "the economy grew by 4.4%"); "increase to 20%" is a level. */
const EN_CHANGE_MEASURE = /\bgr(?:owth|ew|ow|own|owing)\b(?! to\b)|\b(?:increase|rise|decline|fall|drop) (?:of|by)\b/i;
/**
 * English words that describe a figure or frame a forecast but name nothing measured: "a small
 * surplus", "higher GDP growth", "I expect to end FY2024 with a surplus".
 */
const EN_GENERIC_MEASURE_WORDS = /\b(?:small|smaller|modest|large|larger|big|bigger|higher|lower|strong|stronger|significant|slight|healthy|sizeable|substantial|record|expect|expected|end|overall|altogether|respectively|through|along|across|via|within|during|among)\b/gi;

/** The measure's specific terms (see GENERIC_MEASURE_WORDS). */
export function measureTerms(phrase: string, language: 'zh' | 'en'): Set<string> {
  const canonical = canonicalize(phrase);
  return new Set(termsOf(language === 'zh' ? withoutGenericWords(canonical) : canonical.replace(EN_GENERIC_MEASURE_WORDS, ' '), language));
}

export function measured(number: NumberMention, measure: Measure, sentenceTerms: Set<string>, language: 'zh' | 'en'): MeasuredFigure {
  // A percentage is a change when its measure speaks of one anywhere (居民消费价格涨幅控制在3%).
  const percent = measure.unit === '%' || measure.unit === '％' || measure.unit === '个百分点';
  const changeWords = language === 'zh' ? CHANGE_MEASURE : EN_CHANGE_MEASURE;
  const kind = measure.change || (percent && changeWords.test(canonicalize(measure.phrase))) ? 'change' : 'level';
  return { number, measure, terms: measureTerms(measure.phrase, language), sentenceTerms, kind };
}

/** Figures of the newer report that can be actuals (see the file comment). */
export function actualCandidates(newer: Extraction, index: EvidenceIndex): MeasuredFigure[] {
  const measures = measuresOf(newer.text, newer.numbers);
  const out: MeasuredFigure[] = [];
  let s = 0;
  for (const n of newer.numbers) {
    // A result is stated as such; 以上/以内/不低于 and ranges phrase a target restated.
    if (!MEASURE_KINDS.has(n.kind) || n.value === null || TARGET_PHRASING.has(n.approx ?? '') || restatesTarget(newer.text, n)) continue;
    while (s < index.sentences.length && index.sentences[s].end <= n.start) s++;
    const sentence = index.sentences[s];
    if (!sentence || sentence.start > n.start || !inReview(sentence)) continue;
    const measure = measures.get(n.id)!;
    if (measure.restated || isMultiYear(sentence.text, n.start - sentence.start, n.end - sentence.start)) continue;
    if (isFromValue(newer.text, n)) continue;
    out.push(measured(n, withTopic(newer.text, n, measure, newer.language), sentence.termSet, newer.language));
  }
  return out;
}

/**
 * A reported figure whose own clause names nothing ("企业退休人员基本养老金连续5年增加，去年又人均
 * 提高10%") measures the topic of the clause before it; a target is read in its own commitment.
 */
function withTopic(text: string, n: NumberMention, measure: Measure, language: 'zh' | 'en'): Measure {
  if (language !== 'zh' || measureTerms(measure.phrase, language).size > 0) return measure;
  const topic = topicBefore(text, n.start);
  return topic ? { ...measure, phrase: `${topic}${measure.phrase}` } : measure;
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
