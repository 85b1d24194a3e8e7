/**
 * The year-over-year diff: each commitment of the older report, judged against the newer
 * report (CONTRACT.md `promise-ledger/diff@1`). Pure and deterministic.
 */
import { topHeading } from '../extract/heading-tree';
import { foldDeep, Unfolder } from '../extract/traditional';
import { isTraditional } from '../text/fold';
import type { Commitment, Extraction, Heading } from '../extract/types';
import { admissionFor, findAdmissions, type Admission } from './admissions';
import { actualCandidates, sentenceBefore, targetFigures, type MeasuredFigure } from './actuals';
import { measureIdf, type Idf } from './actual-match';
import { indexNewer, matchedTerms, rankEvidence, type Candidate, type EvidenceIndex } from './evidence';
import { queryOf, type Query } from './query';
import { qualitativeActuals } from './qualitative';
import { groupStatus, headingGroups } from './items';
import { judgeStatus, matchingClause, speaksOfMeasure } from './judge';
import { measuresOf } from './measure';
import { MAX_EVIDENCE, MIN_EVIDENCE } from './rules';
import { checkTarget, unitKey } from './targets';
import { targetYear } from './target-year';
import { indexActuals, type ActualIndex } from './actual-index';
import { DIFF_SCHEMA, type Diff, type DiffItem, type Evidence, type Status } from './types';

export * from './types';
export { pairReports } from './pair';

interface Context { older: Extraction; newer: Extraction; reviewedYear: number | null; index: EvidenceIndex; actuals: ActualIndex; idf: Idf; admissions: Admission[]; headings: Map<string, Heading> }

/**
 * The diff of two reports. Reports in traditional script are compared through their
 * simplified fold (the rules and synonym tables are simplified), and the quotes and figures
 * of the result are given back in the reports' own characters.
 */
export function diff(older: Extraction, newer: Extraction): Diff {
  if (!isTraditional(older.text) && !isTraditional(newer.text)) return diffExtractions(older, newer);
  const [foldedOlder, foldedNewer] = [foldDeep(older), foldDeep(newer)];
  const unfolder = new Unfolder([{ original: newer.text, folded: foldedNewer.text }, { original: older.text, folded: foldedOlder.text }]);
  const result = diffExtractions(foldedOlder, foldedNewer);
  return { ...result, older: { ...result.older, title: older.source.title, meta: older.meta }, newer: { ...result.newer, title: newer.source.title, meta: newer.meta }, items: unfolder.restoreDeep(result.items) };
}

function diffExtractions(older: Extraction, newer: Extraction): Diff {
  const index = indexNewer(newer, older);
  const actuals = [...actualCandidates(newer, index), ...qualitativeActuals(newer, index)];
  const commitments = older.commitments;
  const targetsOf = olderTargets(older);
  const perCommitment = commitments.map((c) => targetsOf(c));
  const ctx: Context = {
    older, newer, index,
    // The year whose results the newer report gives: its own covered year, or the older one's plan year.
    reviewedYear: newer.meta.coversYear ?? older.meta.planYear,
    actuals: indexActuals(actuals, unitKey),
    idf: measureIdf([...actuals, ...perCommitment.flat()]),
    admissions: findAdmissions(index.sentences),
    headings: new Map(older.headings.map((h) => [h.id, h])),
  };
  const groups = headingGroups(older);
  const judged = new Map<string, DiffItem>();
  // The commitments were indexed (for document frequencies) in order: their term ids are known.
  commitments.forEach((c, i) => { if (!groups.has(c.id)) judged.set(c.id, judgeCommitment(c, perCommitment[i], index.bm25.extraIds[i], ctx)); });
  const items = commitments.map((c) => judged.get(c.id) ?? groupItem(c, groups.get(c.id)!.map((id) => judged.get(id)!), ctx));
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
  return (c) => targetFigures(c.text, () => sentenceBefore(older.text, c.start), c.targets.flatMap((id) => byId.get(id) ?? []), measures, older.language)
    .map((f) => ({ ...f, forYear: targetYear(older.text, f.number, older.meta.planYear) }));
}

function judgeCommitment(c: Commitment, figures: MeasuredFigure[], termIds: Int32Array, ctx: Context): DiffItem {
  const language = ctx.older.language;
  const q = queryOf(ctx.index.bm25, c.text, language, termIds);
  const candidates = rankEvidence(ctx.index, q, figures.map((t) => t.number.raw));
  // Only what the review says counts as evidence; a plans sentence only repeats the plan.
  const onTopic = onTargetTopic(c.text, figures, ctx.index, q, language);
  const review = candidates.filter((x) => x.sentence.scope !== 'plan' && x.score >= MIN_EVIDENCE && onTopic(x));
  const planOnly = candidates.some((x) => x.sentence.scope === 'plan' && x.score >= MIN_EVIDENCE);
  const targets = figures.map((t) => checkTarget(t, ctx.actuals, ctx.idf, ctx.reviewedYear));
  const admission = admissionFor(ctx.admissions, figures.map((f) => f.measure.phrase), language);
  const { status, confidence, rule } = judgeStatus(targets, admission, review, planOnly, ctx.index, q, language, figures.filter((f) => f.kind === 'change').map((f) => f.terms));
  const evidence = evidenceFor(status, rule, targets.flatMap((t) => (t.actual ? [t.actual.start] : [])), admission, review, ctx.index);
  const closest = candidates[0];
  return {
    commitmentId: c.id,
    text: c.text,
    status,
    confidence: Math.round(confidence * 100) / 100,
    evidence,
    targets,
    section: topSection(c.headingId, ctx.headings),
    why: { terms: review[0] || closest ? matchedTerms(q, (review[0] ?? closest).sentence, ctx.index.mark).slice(0, 12) : [], rules: [rule] },
    ...(status === 'unaddressed' && closest ? { closest: asEvidence(closest) } : {}),
  };
}

/**
 * A commitment that is only its targets ("固定资产投资增长8%") is spoken of by a review clause
 * that names what a target measures, not by one sharing a word or two of it ("工业投资…增长"),
 * nor by one naming the other side of a contrast (urban income for a rural-income target).
 */
function onTargetTopic(text: string, figures: MeasuredFigure[], index: EvidenceIndex, q: Query, language: 'zh' | 'en'): (x: Candidate) => boolean {
  let rest = text;
  for (const f of figures) rest = rest.replace(f.measure.phrase, '').replace(f.number.raw, '');
  const targetOnly = figures.length > 0 && (rest.match(language === 'zh' ? /[\u4e00-\u9fff]/g : /[a-z]{3,}/gi) ?? []).length <= TARGET_ONLY_REST;
  if (!targetOnly) return () => true;
  return (x) => speaksOfMeasure(matchingClause(x.sentence, index, q), figures.map((f) => f.measure.phrase), figures.map((f) => f.terms), language);
}

/** Words a commitment may have beside its targets' measures and figures and still be only its targets. */
const TARGET_ONLY_REST = 3;

/** A heading that names the commitments under it: judged by them, shown as their group. */
function groupItem(c: Commitment, members: DiffItem[], ctx: Context): DiffItem {
  const status = groupStatus(members.map((m) => m.status));
  const seen = new Set<number>();
  const evidence = members.flatMap((m) => m.evidence.slice(0, 1)).filter((e) => !seen.has(e.start) && !!seen.add(e.start))
    .sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_EVIDENCE);
  return {
    commitmentId: c.id,
    text: c.text,
    status,
    confidence: Math.round(Math.min(...members.map((m) => m.confidence)) * 100) / 100,
    evidence,
    targets: [],
    section: topSection(c.headingId, ctx.headings),
    why: { terms: [], rules: ['group-of-items'] },
    group: members.map((m) => m.commitmentId),
  };
}

/**
 * The evidence shown with a status: the sentence that decided it first (an actual's sentence,
 * the admission), then the best review sentences.
 */
function evidenceFor(status: Status, rule: string, actualStarts: number[], admission: Admission | null, review: Candidate[], index: EvidenceIndex): Evidence[] {
  const first: Evidence[] = [];
  const sentenceAt = (pos: number) => sentenceContaining(index.sentences, pos);
  if (status === 'missed' && admission && rule === admission.rule) first.push(asEvidence({ sentence: admission.sentence, score: 1 }));
  for (const pos of actualStarts) {
    const s = sentenceAt(pos);
    if (s) first.push(asEvidence({ sentence: s, score: 1 }));
  }
  const seen = new Set<number>();
  return [...first, ...review.map(asEvidence)].filter((e) => !seen.has(e.start) && !!seen.add(e.start)).slice(0, MAX_EVIDENCE);
}

/** The sentence (in text order) containing `pos`, by binary search, or undefined. */
function sentenceContaining<S extends { start: number; end: number }>(sentences: S[], pos: number): S | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

function asEvidence(c: Candidate): Evidence {
  return { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end, score: Math.round(c.score * 1000) / 1000 };
}

function topSection(headingId: string | null, headings: Map<string, Heading>): string | null {
  const h = topHeading(headingId, headings);
  return h ? `${h.marker}${h.title}` : null;
}
