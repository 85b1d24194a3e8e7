/**
 * Matching a target with its actual: how surely a reported figure measures what a target set,
 * from the informative words of both measures (weighted by how rare they are in the two
 * reports), and the best such figure with the target's unit.
 */
import type { MeasuredFigure } from './actuals';
import { candidatesFor, quotedNames, type ActualIndex } from './actual-index';
import { contrasting } from './rules';

export type Idf = (term: string) => number;

/** A match needs at least this score (see `measureSimilarity`)… */
export const MIN_ACTUAL_SIMILARITY = 0.5;
/** …and at least this share of the target's measure named in the candidate's. */
const MIN_COVER = 0.45;
/** Weight of that share in the score; the rest is the candidate's measure found in the target's sentence. */
const COVER_WEIGHT = 0.6;
/** A target whose measure names nothing specific ("中央财政拟投入…资金") is matched on its sentence, less surely. */
const UNNAMED_COVER = 0.8;

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

function sharesQuotedName(a: string, b: string): boolean {
  const names = new Set(quotedNames(a));
  return names.size > 0 && quotedNames(b).some((m) => names.has(m));
}

/** The best actual for target `t` among the indexed figures with its unit, or null. */
export function bestActual(t: MeasuredFigure, index: ActualIndex, idf: Idf, unitKey: (u: string | null) => string | null): MeasuredFigure | null {
  let best: MeasuredFigure | null = null;
  let bestScore = MIN_ACTUAL_SIMILARITY;
  for (const i of candidatesFor(t, index, idf, unitKey(t.measure.unit), MIN_COVER)) {
    const a = index.figures[i];
    // Urban income is no actual of a rural-income target, nor imports of an export target.
    if (contrasting(t.measure.phrase, a.measure.phrase)) continue;
    const { score, cover } = measureSimilarity(t, a, idf);
    // A programme named in quotes on both sides (“跨省通办”, “家电下乡”) is the same programme.
    if (cover < MIN_COVER && !sharesQuotedName(t.measure.phrase, a.measure.phrase)) continue;
    if (score > bestScore) { best = a; bestScore = score; }
  }
  return best;
}
