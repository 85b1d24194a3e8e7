/**
 * The year-over-year diff: each commitment of the older report, judged against the newer
 * report (CONTRACT.md `promise-ledger/diff@1`). Pure and deterministic.
 */
import { topHeading } from '../extract/heading-tree';
import type { Commitment, Extraction, Heading } from '../extract/types';
import { firstMatch } from '../extract/rules/types';
import { indexNewer, rankEvidence, type Candidate, type EvidenceIndex } from './evidence';
import { COMPLETION_CUES, MAX_EVIDENCE, MIN_EVIDENCE, MIN_FULFILLED, NOT_DONE_CUES } from './rules';
import { actualCandidates, measureIdf, sentenceBefore, targetFigures, type Idf, type MeasuredFigure } from './actuals';
import { measuresOf } from './measure';
import { checkTarget } from './targets';
import { DIFF_SCHEMA, type Diff, type DiffItem, type Status, type TargetCheck } from './types';

export * from './types';
export { pairReports } from './pair';

export function diff(older: Extraction, newer: Extraction): Diff {
  const index = indexNewer(newer, older);
  const actuals = actualCandidates(newer, index);
  const headings = new Map(older.headings.map((h) => [h.id, h]));
  const targetsOf = olderTargets(older);
  const perCommitment = older.commitments.map((c) => targetsOf(c));
  const idf = measureIdf([...actuals, ...perCommitment.flat()]);
  const items = older.commitments.map((c, i) => judgeCommitment(c, older, index, perCommitment[i], actuals, idf, headings));
  const summary: Record<Status, number> = { fulfilled: 0, progress: 0, unaddressed: 0, missed: 0 };
  for (const item of items) summary[item.status]++;
  return {
    schema: DIFF_SCHEMA,
    older: { sha256: older.source.sha256, title: older.source.title, meta: older.meta },
    newer: { sha256: newer.source.sha256, title: newer.source.title, meta: newer.meta },
    items,
    summary,
  };
}

/** The target figures of each commitment, with what they measure (read in the older text). */
function olderTargets(older: Extraction): (c: Commitment) => MeasuredFigure[] {
  const measures = measuresOf(older.text, older.numbers);
  const byId = new Map(older.numbers.map((n) => [n.id, n]));
  return (c) => targetFigures(c.text, sentenceBefore(older.text, c.start), c.targets.flatMap((id) => byId.get(id) ?? []), measures, older.language);
}

function judgeCommitment(c: Commitment, older: Extraction, index: EvidenceIndex, figures: MeasuredFigure[], actuals: MeasuredFigure[], idf: Idf, headings: Map<string, Heading>): DiffItem {
  const targetNumbers = figures.map((t) => t.number);
  const candidates = rankEvidence(index, c.text, older.language, targetNumbers.map((n) => n.raw));
  // Plans sentences of the newer report may be shown, but only review sentences are evidence.
  const evidence = candidates.filter((x) => x.score >= MIN_EVIDENCE).slice(0, MAX_EVIDENCE);
  const delivered = evidence.find((x) => x.sentence.scope !== 'plan');
  const targets = figures.map((t) => checkTarget(t, actuals, idf));
  const { status, confidence, rule } = decide(candidates.find((x) => x.sentence.scope !== 'plan'), delivered, targets, evidence.length > 0);
  return {
    commitmentId: c.id,
    text: c.text,
    status,
    confidence: Math.round(confidence * 100) / 100,
    evidence: evidence.map((e) => ({ text: e.sentence.text, start: e.sentence.start, end: e.sentence.end, score: Math.round(e.score * 1000) / 1000 })),
    targets,
    section: topSection(c.headingId, headings),
    why: { terms: (evidence[0]?.matched ?? []).slice(0, 12), rules: [rule] },
  };
}

/** Status from target outcomes first, then from the best evidence. */
function decide(best: Candidate | undefined, top: Candidate | undefined, targets: TargetCheck[], anyEvidence: boolean): { status: Status; confidence: number; rule: string } {
  const judged = targets.filter((t) => t.outcome !== 'no-actual');
  if (judged.some((t) => t.outcome === 'missed')) return { status: 'missed', confidence: 0.9, rule: 'target-missed' };
  if (judged.length > 0 && judged.every((t) => t.outcome === 'met')) return { status: 'fulfilled', confidence: 0.9, rule: 'targets-met' };
  // Some figures off their target (neither clearly missed nor all met): partly delivered.
  if (judged.length > 0) return { status: 'progress', confidence: 0.7, rule: 'targets-partly-met' };
  if (!top) {
    const score = best?.score ?? 0;
    return { status: 'unaddressed', confidence: margin(MIN_EVIDENCE - score, MIN_EVIDENCE), rule: anyEvidence ? 'repeated-in-plans-only' : 'no-evidence' };
  }
  const done = firstMatch(COMPLETION_CUES, top.sentence.text);
  const notDone = firstMatch(NOT_DONE_CUES, top.sentence.text);
  if (done && !notDone && top.score >= MIN_FULFILLED) {
    return { status: 'fulfilled', confidence: margin(top.score - MIN_FULFILLED, 1 - MIN_FULFILLED), rule: done.id };
  }
  return { status: 'progress', confidence: margin(top.score - MIN_EVIDENCE, 1 - MIN_EVIDENCE), rule: notDone?.id ?? 'evidence-ongoing' };
}

/** Confidence from the distance to the threshold that decided: 0.5 at the line, 1 far from it. */
function margin(distance: number, scale: number): number {
  return Math.max(0.5, Math.min(1, 0.5 + (0.5 * Math.abs(distance)) / Math.max(scale, 1e-6)));
}

function topSection(headingId: string | null, headings: Map<string, Heading>): string | null {
  const h = topHeading(headingId, headings);
  return h ? `${h.marker}${h.title}` : null;
}
