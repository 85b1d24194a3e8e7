/**
 * Runs inside the library page during the bench (bundled by scripts/bench-library.ts and
 * evaluated there): fills the extension's own IndexedDB with synthetic snapshots through the
 * store's functions (extraction, search terms and cards exactly as a save or an import makes
 * them), and times the store's library query alone.
 */
import { extractText } from '../lib/extract/index';
import { NO_FILTERS } from '../lib/library/view';
import { addSnapshotRecords, openLedgerDb, queryLibrary } from '../lib/store/index';
import type { BundleSnapshot } from '../lib/export/types';
import { syntheticReport } from './bench-library-data';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Adds snapshots `from` … `from + count - 1` in one transaction; returns their characters. */
async function seed(from: number, count: number): Promise<{ chars: number }> {
  const db = openLedgerDb();
  const batch: BundleSnapshot[] = [];
  let chars = 0;
  for (let i = from; i < from + count; i++) {
    const r = syntheticReport(i);
    const html = r.text.split('\n').map((l) => `<p>${escape(l)}</p>`).join('');
    const x = extractText(r.text, { sha256: await sha256Hex(html), url: r.url });
    chars += x.text.length;
    batch.push({
      sha256: await sha256Hex(x.text), url: r.url, title: x.source.title, savedAt: r.savedAt, extractorVersion: x.extractorVersion,
      extraction: x, html, text: x.text, issuer: x.meta.issuer, docType: x.meta.docType, coversYear: x.meta.coversYear, tags: r.tags,
    });
  }
  await db.transaction('rw', [db.snapshots, db.texts, db.postings, db.cards], () => addSnapshotRecords(db, batch));
  db.close();
  return { chars };
}

/** One open connection for the timings, as the page has: opening is not part of a query. */
let reader: ReturnType<typeof openLedgerDb> | null = null;

/** The store's query alone (no rendering), in milliseconds. */
async function timeQuery(text: string): Promise<{ ms: number; total: number }> {
  reader ??= openLedgerDb();
  await reader.open();
  const t0 = performance.now();
  const page = await queryLibrary(reader, { text, filters: NO_FILTERS, sort: 'issuer', offset: 0, limit: 20 });
  return { ms: performance.now() - t0, total: page.total };
}

Object.assign(globalThis, { __plBench: { seed, timeQuery } });
