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

/** Unmarked lines that are sections by the document's own say (its contents page, or they head a numbered paragraph). */
const SECTION_LINES = new Set(['en-contents-entry', 'en-paragraph-head']);

/** The marker family English paragraph numbers share with numbered sub-headings. */
const NUMBERED_FAMILY = '1.';

/**
 * The candidates without the paragraph numbers: each run of a `1.` family whose numbers go
 * on, never starting again, across at least one heading of a parent family (an annex may
 * number its own lists after the speech's paragraphs). A parent family is one
 * with a marker seen before the first number ("I." before "1."); families first seen after
 * it are children ("1.1" under "1."), and numbers going on across them are sections. Unmarked
 * lines count as parents when the contents name them or they head a numbered paragraph.
 */
export function withoutParagraphNumbers(candidates: HeadingCandidate[], text: string): HeadingCandidate[] {
  const parents = new Set<string>();
  const paragraphNumbers = new Set<HeadingCandidate>();
  let run: HeadingCandidate[] = []; // numbers in sequence since the last restart or gap
  let previous = 0;
  let crossedParent = false; // a parent-family heading stood since the last number
  let runsAcross = false;
  const closeRun = () => {
    if (runsAcross) for (const c of run) paragraphNumbers.add(c);
    run = [];
    runsAcross = false;
  };
  for (const c of candidates) {
    if (c.family !== NUMBERED_FAMILY) {
      // Section lines are one kind whatever their shape: a contents entry and a paragraph's head line.
      const kind = SECTION_LINES.has(c.rule) ? 'section-line' : c.family;
      if (previous === 0 && !c.runIn && (c.markerEnd > c.markerStart || SECTION_LINES.has(c.rule))) parents.add(kind);
      else if (parents.has(kind)) crossedParent = true;
      continue;
    }
    const n = parseInt(text.slice(c.markerStart, c.markerEnd), 10);
    // A restart or a gap ends the run: a list numbered again in each section is no paragraph numbering.
    if (n !== previous + 1) closeRun();
    else if (crossedParent && run.length) runsAcross = true;
    crossedParent = false;
    run.push(c);
    previous = n;
  }
  closeRun();
  return paragraphNumbers.size ? candidates.filter((c) => !paragraphNumbers.has(c)) : candidates;
}
