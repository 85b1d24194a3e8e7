/**
 * Headings that name a group of commitments ("（一）加强乡镇执法队伍建设" above its two
 * sentences). Such a heading is a commitment of the extraction (it states an action), and the
 * diff keeps one item per commitment (CONTRACT.md), but it is not judged on its own words —
 * they are its items' words, judged already. Its status is gathered from the items under it,
 * and it is marked as a group so that views show it as their heading. A heading with nothing
 * under it, or a run-in lead (一是…) followed by its paragraph, is a commitment like any other;
 * a marked title that runs into its paragraph ("(一)持续推进政府职能转变。6月底前…") heads it.
 */
import type { Extraction } from '../extract/types';
import type { Status } from './types';

/** For each heading commitment that heads others: the ids of the commitments under it. */
export function headingGroups(older: Extraction): Map<string, string[]> {
  const headings = new Map(older.headings.map((h) => [h.id, h]));
  const byStart = new Map(older.headings.map((h) => [h.start, h]));
  const headingCommitment = new Map<string, string>();
  for (const c of older.commitments) {
    const h = c.rule === 'plans-heading' ? byStart.get(c.start) : undefined;
    if (h && (standsAlone(older.text, h.end) || !RUN_IN_LEAD.test(h.marker))) headingCommitment.set(h.id, c.id);
  }
  const groups = new Map<string, string[]>();
  for (const c of older.commitments) {
    if (c.rule === 'plans-heading') continue;
    // Up the outline from the commitment's heading (bounded by the number of headings).
    let id = c.headingId;
    for (let steps = 0; id && steps <= headings.size; steps++) {
      const group = headingCommitment.get(id);
      if (group) (groups.get(group) ?? groups.set(group, []).get(group)!).push(c.id);
      id = headings.get(id)?.parentId ?? null;
    }
  }
  return groups;
}

/** A group's status from its items: all done → fulfilled; none spoken of → unaddressed; all missed → missed; else progress. */
export function groupStatus(statuses: Status[]): Status {
  if (statuses.every((s) => s === 'fulfilled')) return 'fulfilled';
  if (statuses.every((s) => s === 'unaddressed')) return 'unaddressed';
  if (statuses.every((s) => s === 'missed' || s === 'unaddressed')) return 'missed';
  return 'progress';
}

/** Markers of a run-in lead that is itself the commitment (一是…, 第一，…), not a heading over others. */
const RUN_IN_LEAD = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]?)?$/;

/** The heading's title ends its line (a heading line, not a run-in lead followed by its paragraph). */
function standsAlone(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  return /^[\s。.:：]*$/.test(text.slice(end, lineEnd === -1 ? text.length : lineEnd));
}
