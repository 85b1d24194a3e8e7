/**
 * The compare view's model: which saved reports to offer as pairs, and the diff's items with
 * the statuses a reader set by hand laid over the computed ones (kept apart, so the view can
 * show both: "missed, set by hand — computed: in progress").
 */
import { pairReports } from '../diff/pair';
import type { Diff, DiffItem, Status } from '../diff/types';
import type { Override } from '../export/types';
import type { CardRecord } from '../store/schema';

export interface OfferedPair { older: CardRecord; newer: CardRecord }

/** Pairs of one issuer's saved reports worth comparing (lib/diff pairReports: consecutive years). */
export function offeredPairs(cards: CardRecord[]): OfferedPair[] {
  // pairReports compares every two reports: keep it to one issuer's cards, never the library.
  const seen = new Set<string>();
  return pairReports(cards).map((p) => ({ older: cards[p.older], newer: cards[p.newer] })).filter((p) => {
    const key = `${p.older.id}>${p.newer.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface CompareItem {
  item: DiffItem;
  /** The status set by hand, if any. */
  override: Override | null;
  /** What the reader sees as the status: the override's, else the computed one. */
  status: Status;
}

export function compareItems(diff: Diff, overrides: Map<string, Override>): CompareItem[] {
  return diff.items.map((item) => {
    const override = overrides.get(item.commitmentId) ?? null;
    return { item, override, status: override?.status ?? item.status };
  });
}

/** Counts per status after the overrides. */
export function effectiveSummary(items: CompareItem[]): Record<Status, number> {
  const out: Record<Status, number> = { fulfilled: 0, progress: 0, unaddressed: 0, missed: 0 };
  for (const i of items) out[i.status]++;
  return out;
}

/** Horizontal stacked bar widths (0..1 of the widest section) for the SVG chart, in STATUS_ORDER. */
export function barSegments(counts: Record<Status, number>, order: Status[], widest: number): { status: Status; x: number; width: number; count: number }[] {
  let x = 0;
  return order.filter((s) => counts[s] > 0).map((status) => {
    const width = widest ? counts[status] / widest : 0;
    const seg = { status, x, width, count: counts[status] };
    x += width;
    return seg;
  });
}
