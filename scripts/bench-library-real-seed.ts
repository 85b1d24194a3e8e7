/**
 * Runs inside the library page during `bench:library --real` (bundled and evaluated there):
 * imports bundles of real-size snapshots, handed over in parts, through the store's import
 * (`importBundle`, one transaction, as importing a bundle file writes it) and times the
 * store's part alone.
 */
import type { Bundle } from '../lib/export/types';
import { importBundle, openLedgerDb } from '../lib/store/index';

let staged: Bundle | null = null;

/** Keeps a part of the next bundle (a page.evaluate message cannot carry 500 real reports). */
function stage(part: Bundle): void {
  if (!staged) staged = part;
  else { staged.snapshots.push(...part.snapshots); staged.annotations.push(...part.annotations); }
}

/** Imports what was staged as one bundle. */
async function add(): Promise<{ ms: number; added: number }> {
  const bundle = staged!;
  staged = null;
  const db = openLedgerDb();
  const t0 = performance.now();
  await importBundle(db, bundle);
  const ms = performance.now() - t0;
  db.close();
  return { ms, added: bundle.snapshots.length };
}

Object.assign(globalThis, { __plReal: { stage, add } });
