/**
 * Qualifiers that stand a few characters before the figure, across a verb: 至少参与两次 is
 * "at least twice" although 至少 does not touch 两次. Only a short window inside the same
 * clause is read, and only figures without a qualifier of their own are changed.
 */
import type { Candidate } from './types';
import { ZH_NEARBY_BEFORE } from './zh-units';

/** How far back a qualifier may stand (至少参与 = 4 characters before the figure). */
const WINDOW = 6;
/** Clause punctuation: a qualifier never reaches across it. */
const CLAUSE_END = /[，,；;。：:、！？!?\n]/;
/** Kinds a quantity qualifier can apply to (not years, dates or document ids). */
const QUALIFIABLE = new Set(['count', 'percent', 'money', 'quantity', 'duration']);

/** Sets approx on Chinese candidates that have a qualifier a few characters before them. */
export function applyNearbyQualifiers(text: string, found: Candidate[]): void {
  let previousEnd = 0;
  for (const c of found) {
    const from = Math.max(previousEnd, c.start - WINDOW);
    previousEnd = c.end;
    if (c.approx || !QUALIFIABLE.has(c.kind)) continue;
    let clauseFrom = c.start;
    while (clauseFrom > from && !CLAUSE_END.test(text[clauseFrom - 1])) clauseFrom--;
    const window = text.slice(clauseFrom, c.start);
    const hit = ZH_NEARBY_BEFORE.find((q) => window.includes(q.text));
    if (hit) c.approx = hit.approx;
  }
}
