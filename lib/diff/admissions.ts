/**
 * The newer report's own admissions ("节能减排、物价调控目标没有完成"): which topics it says
 * were not achieved. A commitment whose target measures one of those topics is missed by the
 * report's own word. The topic is the clause around the admission cue without the cue and without words
 * that name no topic (目标, 调控, 年初确定的 …), cut into its listed items (、 和 及).
 */
import { firstMatch } from '../extract/rules/types';
import type { NewerSentence } from './evidence';
import { ADMISSION_CUES } from './rules';
import { canonicalize } from './synonyms';
import { termsOf } from './terms';

export interface Admission { sentence: NewerSentence; rule: string; topics: string[] }

/** Words in an admission clause that name no topic. */
const NOT_A_TOPIC = /没有|未能|未|尚未|完成|实现|达到|目标|任务|指标|要求|调控|工作|年初|确定|各项|主要|全国|我们|政府|仍|的|等|了|\d+(?:\.\d+)?%?|左右|以上|以内/g;
const ITEM_BREAK = /[、和及与]/;
/** Share of an English measure's words an admission must name. */
const EN_SHARE = 0.6;
/** Shortest topic item kept (characters). */
const MIN_TOPIC = 2;

export function findAdmissions(sentences: NewerSentence[]): Admission[] {
  const out: Admission[] = [];
  for (const s of sentences) {
    const rule = firstMatch(ADMISSION_CUES, s.text);
    if (!rule) continue;
    const chinese = /[\u4e00-\u9fff]/.test(s.text);
    const clause = chinese ? s.text.split(/[，,；;。]/).find((c) => rule.pattern.test(c)) ?? s.text : s.text;
    // An English admission names its topic in its own words: the sentence without the admission.
    const topics = chinese
      ? canonicalize(clause).replace(NOT_A_TOPIC, ' ').split(ITEM_BREAK).map((t) => t.replace(/\s+/g, '')).filter((t) => t.length >= MIN_TOPIC)
      : [canonicalize(clause.replace(rule.pattern, ' '))];
    if (topics.length) out.push({ sentence: s, rule: rule.id, topics });
  }
  return out;
}

/**
 * The admission that speaks of this commitment's targets: an admission says a target was
 * not reached (…目标没有完成), so it is matched against what the commitment's figures measure,
 * not against every mention of its topic. A topic is written in a measure (after synonyms),
 * or most of a longer topic's character pairs are.
 */
export function admissionFor(admissions: Admission[], measures: string[], language: 'zh' | 'en'): Admission | null {
  if (!admissions.length || !measures.length) return null;
  const canonical = measures.map((m) => canonicalize(m)).join('|');
  const terms = new Set(termsOf(canonical, language));
  for (const a of admissions) {
    for (const topic of a.topics) {
      if (language === 'zh' && canonical.includes(topic)) return a;
      const pairs = termsOf(topic, language);
      if (language === 'zh' && topic.length >= 4 && pairs.filter((p) => terms.has(p)).length >= 0.6 * pairs.length) return a;
      // English: most of the measure's words are in the admitting sentence.
      if (language === 'en' && terms.size >= 2 && [...terms].filter((t) => pairs.includes(t)).length >= EN_SHARE * terms.size) return a;
    }
  }
  return null;
}
