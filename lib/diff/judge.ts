/**
 * A commitment's status from what the newer report says (CONTRACT.md status meanings), in an
 * order that keeps status and target rows from contradicting each other:
 * 1. a target clearly missed → missed; the report's own admission → missed (unless a target is met);
 * 2. targets with actuals: all met, or off their "about" figure on the good side (more growth,
 *    a smaller price rise, more delivered than planned) → fulfilled; off on the bad side → missed,
 *    or progress when the report says the work goes on;
 * 3. review evidence, judged by the verb of its clause that matches the commitment: done →
 *    fulfilled, under way (or merely mentioned) → progress;
 * 4. nothing in the review clears the bar → unaddressed, with the closest passage found.
 */
import { firstMatch } from '../extract/rules/types';
import type { Admission } from './admissions';
import { termSet } from './actuals';
import type { Candidate, EvidenceIndex, NewerSentence } from './evidence';
import { matchScores, type Query } from './query';
import { contrasting, DONE_CUES, LESS_IS_BETTER, MIN_EVIDENCE, MIN_FULFILLED, NOT_DONE_CUES, REDUCTION, TARGET_REACHED_CUES, UNDERWAY_CUES, type StatusCue } from './rules';
import type { Status, TargetCheck } from './types';

export interface Judgement { status: Status; confidence: number; rule: string }

/** Judges one commitment. `review`: candidates from the review that clear MIN_EVIDENCE, best first. */
export function judgeStatus(targets: TargetCheck[], admission: Admission | null, review: Candidate[], planOnly: boolean, index: EvidenceIndex, q: Query, language: 'zh' | 'en', measures: Set<string>[] = []): Judgement {
  const judged = targets.filter((t) => t.outcome !== 'no-actual');
  if (judged.some((t) => t.outcome === 'missed')) return { status: 'missed', confidence: 0.9, rule: 'target-missed' };
  if (admission && !judged.some((t) => t.outcome === 'met')) return { status: 'missed', confidence: 0.8, rule: admission.rule };
  if (judged.length > 0) {
    const good = judged.every((t) => t.outcome === 'met' || onGoodSide(t));
    if (good) return { status: 'fulfilled', confidence: 0.9, rule: judged.every((t) => t.outcome === 'met') ? 'targets-met' : 'target-exceeded' };
    // Off an "about" figure beyond its tolerance, on the bad side: not reached — unless the
    // report says the work goes on ("recruitment is under way; 22 hired so far").
    const clause = review[0] ? matchingClause(review[0].sentence, index, q) : '';
    const goesOn = firstMatch(NOT_DONE_CUES, clause) ?? firstMatch(UNDERWAY_CUES, clause);
    return goesOn ? { status: 'progress', confidence: 0.6, rule: goesOn.id } : { status: 'missed', confidence: 0.7, rule: 'target-off-on-bad-side' };
  }
  const top = review[0];
  if (!top) return { status: 'unaddressed', confidence: planOnly ? 0.6 : 0.8, rule: planOnly ? 'repeated-in-plans-only' : 'no-evidence' };
  const clause = matchingClause(top.sentence, index, q);
  // The clause's own verb decides: the first done- or under-way word in it ("推动建立…" is under way).
  const done = earliest(DONE_CUES, clause);
  const underway = earliest(UNDERWAY_CUES, clause);
  const notDone = firstMatch(NOT_DONE_CUES, clause);
  const doneFirst = done && (!underway || done.at <= underway.at);
  // A change target (增长3%) is done by its figure or by the report saying the target was reached; a
  // done word about its measure without the figure ("进出口实现正增长") says it moved, not how far.
  // (A thing to deliver is done when the review says it was built: "基地建成" is its figure.)
  const unmeasured = !firstMatch(TARGET_REACHED_CUES, clause) && namesAMeasure(clause, measures, language);
  if (doneFirst && !notDone && !unmeasured && top.score >= MIN_FULFILLED) return { status: 'fulfilled', confidence: margin(top.score - MIN_FULFILLED, 1 - MIN_FULFILLED), rule: done.rule.id };
  return { status: 'progress', confidence: margin(top.score - MIN_EVIDENCE, 1 - MIN_EVIDENCE), rule: notDone?.id ?? underway?.rule.id ?? 'evidence-mentioned' };
}

/** Share of a target's measure words a clause must name to speak of that measure. */
const NAMES_MEASURE = 0.6;

/**
 * A part of the clause names what one of the targets measures (most of its words, after
 * synonyms) and gives no change figure: it says how the measure went (or where it stands), not
 * how far it moved.
 */
function namesAMeasure(clause: string, measures: Set<string>[], language: 'zh' | 'en'): boolean {
  if (measures.every((m) => m.size === 0)) return false;
  return clause.split(PART_BREAK).some((part) => {
    if (CHANGE_FIGURE.test(part)) return false;
    const words = termSet(part, language);
    return measures.some((m) => m.size > 0 && [...m].filter((t) => words.has(t)).length >= NAMES_MEASURE * m.size);
  });
}

const PART_BREAK = /[，,；;]/;

/** Share of a target's measure words a review part must name to be evidence of a commitment that is only targets. */
const SPEAKS_OF = 0.5;

/**
 * A part of the clause names most of what a target measures and does not name the other side
 * of a contrast its measure names one side of (rules.ts CONTRASTING_QUALIFIERS).
 */
export function speaksOfMeasure(clause: string, phrases: string[], measures: Set<string>[], language: 'zh' | 'en'): boolean {
  return clause.split(PART_BREAK).some((part) => {
    const words = termSet(part, language);
    return measures.some((m, i) => m.size > 0 && [...m].filter((t) => words.has(t)).length >= SPEAKS_OF * m.size && !contrasting(phrases[i], part));
  });
}
/** A figure that can state a change: a percentage, points, a multiple (a level such as 5万亿元 cannot). */
const CHANGE_FIGURE = /\d\s*(?:%|％|个百分点|倍|percent|per cent)/i;

/** The rule whose match starts first in `text`, with where. */
function earliest(rules: StatusCue[], text: string): { rule: StatusCue; at: number } | null {
  let best: { rule: StatusCue; at: number } | null = null;
  for (const rule of rules) {
    const m = rule.pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { rule, at: m.index };
  }
  return best;
}

/**
 * An off-target figure on the side that is good for its measure: above for growth and for
 * things delivered, below for price rises and jobless rates, above for a reduction.
 */
export function onGoodSide(t: TargetCheck): boolean {
  if (t.outcome !== 'off-target' || !t.direction) return false;
  const measure = t.indicator ?? '';
  const lessIsBetter = !REDUCTION.test(measure) && !!firstMatch(LESS_IS_BETTER, measure);
  return lessIsBetter ? t.direction === 'below' : t.direction === 'above';
}

/**
 * The part of an evidence sentence that speaks of the commitment: its clauses that match
 * nearly as well as the best one, and the clause after the best (a figure often follows its
 * object: "…作为新的国家扶贫标准，比2009年提高92%"). Their verbs judge it.
 */
export function matchingClause(sentence: NewerSentence, index: EvidenceIndex, q: Query): string {
  const clauses = sentence.clauses;
  if (clauses.length === 1) return sentence.text;
  const scores = matchScores(q, clauses.map((c) => c.ids), index.mark);
  const top = Math.max(...scores);
  const best = scores.indexOf(top);
  return clauses.filter((_, i) => i === best + 1 || (top > 0 && scores[i] >= NEAR_BEST * top)).map((c) => c.text).join('，');
}

/** Clauses matching at least this share of the best clause's score are read too. */
const NEAR_BEST = 0.6;

/** Confidence from the distance to the threshold that decided: 0.5 at the line, 1 far from it. */
function margin(distance: number, scale: number): number {
  return Math.max(0.5, Math.min(1, 0.5 + (0.5 * Math.abs(distance)) / Math.max(scale, 1e-6)));
}
