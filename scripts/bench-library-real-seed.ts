/**
 * Runs inside the library page during `bench:library --real` (bundled and evaluated there):
 * imports bundles of real-size snapshots, handed over in parts, through the store's import
 * (`importBundle`, one transaction, as importing a bundle file writes it) and times the
 * store's part alone; and saves a few one by one (`saveSnapshot`, as the side panel does).
 */
import type { Bundle } from '../lib/export/types';
import { importBundle, openLedgerDb, saveSnapshot } from '../lib/store/index';

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

/** Saves what was staged one snapshot at a time, as the side panel saves a page; the time of each. */
async function saveEach(): Promise<number[]> {
  const bundle = staged!;
  staged = null;
  const db = openLedgerDb();
  const times: number[] = [];
  for (const s of bundle.snapshots) {
    const t0 = performance.now();
    await saveSnapshot(db, { url: s.url, title: s.title, extraction: s.extraction, html: s.html, text: s.text, sha256: s.sha256, tags: s.tags });
    times.push(performance.now() - t0);
  }
  db.close();
  return times;
}

Object.assign(globalThis, { __plReal: { stage, add, saveEach } });
