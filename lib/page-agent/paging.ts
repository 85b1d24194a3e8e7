/**
 * Long lists in the side panel: render a first page and grow by "show more", and send
 * in-page highlights in chunks. A 10 MB report has ≈28k commitments and ≈150k figures:
 * rendering all of them at once, or matching them all in the page in one message, freezes
 * the extension's pages (one renderer process) and the page for minutes.
 */

/** Items a list shows at first, and adds on each "show more". */
export const LIST_PAGE = 200;

/** Highlight items sent to the page per message: each is matched in well under a second. */
export const HIGHLIGHT_CHUNK = 1000;

/** What a list renders: its first `limit` items, how many there are, and how many are left. */
export interface VisibleSlice<T> { items: T[]; total: number; left: number }

/** The first `limit` items of `all` (all of them when they are fewer). */
export function visibleSlice<T>(all: readonly T[], limit: number): VisibleSlice<T> {
  const n = Math.max(0, Math.min(all.length, Math.floor(limit)));
  return { items: all.slice(0, n), total: all.length, left: all.length - n };
}

/** The limit after one more "show more": a page more, never past the total. */
export function nextLimit(limit: number, total: number, step = LIST_PAGE): number {
  return Math.min(total, limit + step);
}

/** `items` cut into consecutive chunks of at most `size` (none for an empty list). */
export function chunks<T>(items: readonly T[], size = HIGHLIGHT_CHUNK): T[][] {
  if (size < 1) throw new RangeError(`chunk size must be at least 1, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
