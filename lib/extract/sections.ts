/**
 * Sections: which heading (and so which role) each offset of the text falls under.
 * A heading's section runs from its start to the start of the next heading of the same or
 * a shallower depth. Before the first heading the role is the document's default role.
 */
import type { RoleZone } from './headings';
import type { Heading, Role } from './types';

export interface SectionIndex {
  /** The innermost heading whose section contains `pos`, or null. */
  headingAt(pos: number): Heading | null;
  /** The role in force at `pos`. */
  roleAt(pos: number): Role;
  /** The role of the heading with this id (null when there is none). */
  roleOfHeading(id: string): Role | null;
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
  // A zone opened after the current heading started (下一步… inside a section) takes over.
  const zoneAt = (pos: number, after: number) => zones.find((z) => z.start <= pos && pos < z.end && z.start >= after);
  const byId = new Map(headings.map((h) => [h.id, h]));
  return {
    headingAt,
    roleOfHeading: (id) => byId.get(id)?.role ?? null,
    roleAt: (pos) => {
      const h = headingAt(pos);
      return zoneAt(pos, h ? h.start : -1)?.role ?? h?.role ?? defaultRole;
    },
  };
}
