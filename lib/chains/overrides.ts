/**
 * Statuses set by hand, laid over the ledger. They are the compare view's overrides (one per
 * commitment of an older report judged against a newer one), so a status set in the compare
 * view shows in the ledger and one set in the ledger shows in the compare view. A cell's key
 * is the commitment its review judged (the chain's last promise) and the two reports. The
 * chain's state now follows the statuses set by hand; each keeps its note, shown with the
 * cell and carried in the chain's notes.
 */
import type { Override } from '../export/types';
import { finish } from './finish';
import { REVIEW } from './review';
import type { Chain, ChainCell, Ledger } from './types';

const keyOf = (older: string, newer: string, id: string) => `${older}\u0000${newer}\u0000${id}`;

/** The override key of a cell's review (null for a first-year cell, which judges nothing). */
export function overrideKey(ledger: Ledger, cell: ChainCell): { olderSha256: string; newerSha256: string; commitmentId: string } | null {
  if (!cell.judged) return null;
  return { olderSha256: ledger.reports[cell.judged.report].sha256, newerSha256: ledger.reports[cell.report].sha256, commitmentId: cell.judged.commitmentId };
}

export function withOverrides(ledger: Ledger, overrides: Override[]): Ledger {
  if (!overrides.length) return ledger;
  const byKey = new Map(overrides.map((o) => [keyOf(o.olderSha256, o.newerSha256, o.commitmentId), o]));
  const chains = ledger.chains.map((chain): Chain => {
    let changed = false;
    const cells = chain.cells.map((cell) => {
      const key = overrideKey(ledger, cell);
      const o = key && byKey.get(keyOf(key.olderSha256, key.newerSha256, key.commitmentId));
      if (!o) return cell;
      changed = true;
      return { ...cell, review: REVIEW[o.status], override: { note: o.note, createdAt: o.createdAt, computed: cell.review } };
    });
    return changed ? finish({ ...chain, cells }) : chain;
  });
  return { ...ledger, chains };
}

/** The notes set by hand along a chain, oldest report first. */
export function chainNotes(chain: Chain): { report: number; note: string }[] {
  return chain.cells.filter((c) => c.override?.note).map((c) => ({ report: c.report, note: c.override!.note }));
}
