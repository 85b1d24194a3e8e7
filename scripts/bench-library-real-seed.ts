/**
 * Runs inside the library page during `bench:library --real` (bundled and evaluated there):
 * imports a bundle of real-size snapshots through the store's import (`importBundle`, one
 * transaction, as importing a bundle file writes it) and times the store's part alone.
 */
import type { Bundle } from '../lib/export/types';
import { importBundle, openLedgerDb } from '../lib/store/index';

async function add(bundle: Bundle): Promise<{ ms: number }> {
  const db = openLedgerDb();
  const t0 = performance.now();
  await importBundle(db, bundle);
  const ms = performance.now() - t0;
  db.close();
  return { ms };
}

Object.assign(globalThis, { __plReal: { add } });
