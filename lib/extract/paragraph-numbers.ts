/**
 * Numbered paragraphs are not headings. Speeches and policy documents in English number
 * every paragraph ("1. This is my third Policy Address…", up to "212."), and the numbers run
 * on across the sections ("II. Developing the Economy" then "3."). Read as headings, each
 * paragraph's first sentence became a heading title, and the commitment in it was lost.
 *
 * A numbered list inside a section starts again at 1 in the next section ("1. We deepened
 * reform…" under I., "1. Vigorously boosting consumption…" under III.): those stay headings.
 */
import type { HeadingCandidate } from './heading-candidates';

/** The marker family English paragraph numbers share with numbered sub-headings. */
const NUMBERED_FAMILY = '1.';

/**
 * The candidates without the paragraph numbers: a `1.` family whose numbers go on, never
 * starting again, across at least one heading of a parent family. A parent family is one
 * with a marker seen before the first number ("I." before "1."); families first seen after
 * it are children ("1.1" under "1."), and numbers going on across them are sections.
 */
export function withoutParagraphNumbers(candidates: HeadingCandidate[], text: string): HeadingCandidate[] {
  const parents = new Set<string>();
  let previous = 0;
  let crossedParent = false; // a parent-family heading stood since the last number
  let runsAcross = false;
  for (const c of candidates) {
    if (c.family !== NUMBERED_FAMILY) {
      if (previous === 0 && !c.runIn && c.markerEnd > c.markerStart) parents.add(c.family);
      else if (parents.has(c.family)) crossedParent = true;
      continue;
    }
    const n = parseInt(text.slice(c.markerStart, c.markerEnd), 10);
    if (n !== previous + 1) return candidates; // a restart or a gap: a list, not paragraph numbering
    if (crossedParent) runsAcross = true;
    crossedParent = false;
    previous = n;
  }
  return runsAcross ? candidates.filter((c) => c.family !== NUMBERED_FAMILY) : candidates;
}
