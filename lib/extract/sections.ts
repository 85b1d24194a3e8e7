/**
 * Sections: which heading (and so which role) each offset of the text falls under.
 * A heading's section runs from its start to the start of the next heading of the same or
 * a shallower depth. Before the first heading the role is the document's default role.
 */
import { isRunIn } from './headings';
import type { RoleZone } from './roles';
import type { Heading, Role } from './types';

export interface SectionIndex {
  /** The innermost heading whose section contains `pos`, or null. */
  headingAt(pos: number): Heading | null;
  /** The role in force at `pos`. */
  roleAt(pos: number): Role;
  /** The role of the heading with this id (null when there is none). */
  roleOfHeading(id: string): Role | null;
  /** The zone in force at `pos` (an admission, a 下一步 passage), or null when the heading decides. */
  zoneAt(pos: number): RoleZone | null;
}

export function buildSectionIndex(headings: Heading[], defaultRole: Role = 'other', zones: RoleZone[] = []): SectionIndex {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  const starts = sorted.map((h) => h.start);
  const headingAt = (pos: number): Heading | null => {
    // Binary search for the last heading starting at or before pos.
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found >= 0 ? sorted[found] : null;
  };
  // A zone opened after the current heading line started (下一步…, an admission) takes over.
  const zoneAfter = (pos: number, after: number) => zones.find((z) => z.start <= pos && pos < z.end && z.start >= after);
  const byId = new Map(headings.map((h) => [h.id, h]));
  /** The heading line a run-in heading ("一是…") stands under: zones and roles are read from it. */
  const lineHeading = (h: Heading): Heading => {
    let at = h;
    for (let guard = 0; isRunIn(at) && at.parentId && guard < MAX_CLIMB; guard++) at = byId.get(at.parentId) ?? at;
    return at;
  };
  const zoneAt = (pos: number): RoleZone | null => {
    const h = headingAt(pos);
    return zoneAfter(pos, h ? lineHeading(h).start : -1) ?? null;
  };
  return {
    headingAt,
    roleOfHeading: (id) => byId.get(id)?.role ?? null,
    zoneAt,
    roleAt: (pos) => {
      const h = headingAt(pos);
      return zoneAt(pos)?.role ?? (h ? lineHeading(h).role : defaultRole);
    },
  };
}

/** Headings nest at most five deep; a climb never needs more steps (and never loops). */
const MAX_CLIMB = 8;
