/**
 * The headings' parent links as a tree. The extractor only ever links a heading to an earlier
 * one, but an imported bundle is untrusted: a crafted one can link h1 → h2 → h1. Import
 * refuses such a bundle (`headingTreeFault`), and every walk up the tree is bounded by the
 * number of headings anyway (`topHeading`), so a cycle that slipped in some other way ends
 * the walk instead of freezing the page that shows it.
 */

interface Linked { id: string; parentId: string | null }

/**
 * The top-level heading above the heading `id` (itself when it has no parent), or undefined
 * when `id` is null or unknown. A parent id that is not in `byId` ends the climb there. At
 * most `byId.size` steps: on a cycle it stops at the heading where the steps ran out.
 */
export function topHeading<H extends Linked>(id: string | null, byId: ReadonlyMap<string, H>): H | undefined {
  let h = id === null ? undefined : byId.get(id);
  for (let steps = 0; h?.parentId && steps < byId.size; steps++) {
    const parent = byId.get(h.parentId);
    if (!parent) break;
    h = parent;
  }
  return h;
}

export type TreeFault = 'duplicate-id' | 'unknown-parent' | 'cycle';

/**
 * The first heading whose links do not form a tree, or null when they do: ids unique, every
 * parent id names a heading of the list, no heading its own ancestor. Linear: each heading
 * is climbed from at most once, since a climb stops at a heading already known to be sound.
 */
export function headingTreeFault(headings: readonly Linked[]): { index: number; fault: TreeFault } | null {
  const indexOf = new Map<string, number>();
  for (let i = 0; i < headings.length; i++) {
    if (indexOf.has(headings[i].id)) return { index: i, fault: 'duplicate-id' };
    indexOf.set(headings[i].id, i);
  }
  // 0: not seen yet; 1: on the climb under way; 2: known to reach a root.
  const state = new Uint8Array(headings.length);
  for (let start = 0; start < headings.length; start++) {
    const climb: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      climb.push(at);
      const parentId: string | null = headings[at].parentId;
      if (parentId === null) break;
      at = indexOf.get(parentId);
      if (at === undefined) return { index: climb[climb.length - 1], fault: 'unknown-parent' };
    }
    if (at !== undefined && state[at] === 1 && headings[at].parentId !== null) return { index: at, fault: 'cycle' };
    for (const i of climb) state[i] = 2;
  }
  return null;
}
