/**
 * Which commitments of the older report the diff judges: all but the headings that only name
 * a group of commitments listed under them ("（一）加强乡镇执法队伍建设" above its two
 * sentences). Such a heading is a commitment of the extraction (it states an action), but in
 * the diff it would be judged on words its own items already carry, and counted twice. A
 * heading with nothing under it, or a run-in lead (一是…), is kept: it is the commitment.
 */
import type { Commitment, Extraction } from '../extract/types';

export function diffableCommitments(older: Extraction): Commitment[] {
  const headings = new Map(older.headings.map((h) => [h.id, h]));
  const parentOf = (id: string | null) => (id ? headings.get(id)?.parentId ?? null : null);
  // Headings that have a commitment somewhere under them (one climb per commitment, bounded).
  const withItems = new Set<string>();
  for (const c of older.commitments) {
    if (c.rule === 'plans-heading') continue;
    let id = c.headingId;
    for (let steps = 0; id && steps <= headings.size && !withItems.has(id); steps++) {
      withItems.add(id);
      id = parentOf(id);
    }
  }
  const byStart = new Map(older.headings.map((h) => [h.start, h]));
  return older.commitments.filter((c) => {
    if (c.rule !== 'plans-heading') return true;
    const heading = byStart.get(c.start);
    return !heading || !standsAlone(older.text, heading.end) || !withItems.has(heading.id);
  });
}

/** The heading's title ends its line (a heading line, not a run-in lead followed by its paragraph). */
function standsAlone(text: string, end: number): boolean {
  const rest = text.slice(end, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end));
  return /^[\s。.:：]*$/.test(rest);
}
