/**
 * Snapshot queries. Saving is one transaction: the snapshot's rows (body.ts), its text's terms
 * (postings.ts), its list card and the page's annotations are written together or not at all.
 * The same text (sha256) is stored once; saving it again only links the page's newer
 * annotations to it. Everything returned is a whole SnapshotRecord, read from its two rows.
 */
import { EXTRACTOR_VERSION, type Extraction } from '../extract/types';
import { indexTerms } from '../search/index';
import { tripleFilter } from '../search/triple-filter';
import { fromRows, toRowsAsync } from './body';
import { cardOf, refreshSnapshots } from './cards';
import { StoreError, toStoreError } from './errors';
import { addPending, dropPending } from './pending-postings';
import { textTermEntries, updatePostings } from './postings';
import type { LedgerDb, SnapshotRecord, StoredSnapshot } from './schema';

export interface SnapshotInput {
  url: string;
  title: string | null;
  extraction: Extraction;
  html: string;
  text: string;
  /** sha256 of `text` (computed by the caller: SubtleCrypto in the browser). */
  sha256: string;
  tags?: string[];
}

export interface SaveResult { id: number; created: boolean }

/** Tables a write of snapshots touches. */
export const snapshotTables = (db: LedgerDb) => [db.snapshots, db.texts, db.triples, db.postings, db.annotations, db.cards];

export async function saveSnapshot(db: LedgerDb, input: SnapshotInput, now = new Date()): Promise<SaveResult> {
  try {
    // Compressed (natively, so asynchronously) and tokenized before the transaction.
    const record = toRecord(input, now);
    const { row, text } = await toRowsAsync(record);
    const terms = indexTerms(text);
    const triples = tripleFilter(text);
    return await db.transaction('rw', snapshotTables(db), async () => {
      const existing = await db.snapshots.where('sha256').equals(input.sha256).first();
      const id = existing?.id ?? (await addRows(db, row, { text, terms, triples }, record));
      await db.annotations.where('url').equals(input.url).filter((a) => a.snapshotSha === null).modify({ snapshotSha: input.sha256 });
      // Terms and card of this snapshot and of older snapshots of the page (their unlinked notes moved).
      await refreshSnapshots(db, { shas: [input.sha256], urls: [input.url] });
      return { id, created: !existing };
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/** A text with what is derived from it before the transaction: its index terms and triples filter. */
interface IndexedText { text: string; terms: string[]; triples: Uint8Array | null }

async function addRows(db: LedgerDb, row: Omit<StoredSnapshot, 'id'>, { text, terms, triples }: IndexedText, record: Omit<SnapshotRecord, 'id'>): Promise<number> {
  const id = await db.snapshots.add(row as StoredSnapshot);
  await db.texts.add({ id, text });
  if (triples) await db.triples.add({ id, bits: triples });
  // Its card from the record in hand (refreshSnapshots then adds its notes): built there, it
  // would decode the body just written, ~30 ms for a real-size report.
  await db.cards.add(cardOf({ ...record, id }, []));
  // Pending, not into the blocks: merging one report into them rewrites its block's whole index.
  await addPending(db.postings, id, terms);
  return id;
}

/** Whole snapshots from their rows, in the order of `rows` (call inside a transaction over snapshots and texts). */
export async function withTexts(db: LedgerDb, rows: StoredSnapshot[]): Promise<SnapshotRecord[]> {
  const texts = await db.texts.bulkGet(rows.map((r) => r.id));
  return rows.map((r, i) => fromRows(r, texts[i]));
}

function toRecord(input: SnapshotInput, now: Date): Omit<SnapshotRecord, 'id'> {
  const { meta } = input.extraction;
  return {
    sha256: input.sha256,
    url: input.url,
    title: input.title,
    savedAt: now.toISOString(),
    extractorVersion: EXTRACTOR_VERSION,
    extraction: input.extraction,
    html: input.html,
    text: input.text,
    issuer: meta.issuer,
    docType: meta.docType,
    coversYear: meta.coversYear,
    tags: input.tags ?? [],
  };
}

/** A page of snapshots, newest first, read through the savedAt index (never all at once). */
export async function listSnapshots(db: LedgerDb, offset = 0, limit = 50): Promise<SnapshotRecord[]> {
  return db.transaction('r', [db.snapshots, db.texts], async () => withTexts(db, await db.snapshots.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray()));
}

export async function getSnapshotBySha(db: LedgerDb, sha256: string): Promise<SnapshotRecord | undefined> {
  return db.transaction('r', [db.snapshots, db.texts], async () => {
    const row = await db.snapshots.where('sha256').equals(sha256).first();
    return row ? (await withTexts(db, [row]))[0] : undefined;
  });
}

export async function countSnapshots(db: LedgerDb): Promise<number> {
  return db.snapshots.count();
}

export async function getSnapshot(db: LedgerDb, id: number): Promise<SnapshotRecord | undefined> {
  return db.transaction('r', [db.snapshots, db.texts], async () => {
    const row = await db.snapshots.get(id);
    return row ? (await withTexts(db, [row]))[0] : undefined;
  });
}

/** Replaces a snapshot's own tags (its notes' tags are kept on their notes). */
export async function setSnapshotTags(db: LedgerDb, id: number, tags: string[]): Promise<void> {
  try {
    await db.transaction('rw', snapshotTables(db), async () => {
      const s = await db.snapshots.get(id);
      if (!s) throw new StoreError('invalid', `No snapshot ${id}.`);
      await db.snapshots.update(id, { tags: [...new Set(tags.map((t) => t.trim()).filter(Boolean))] });
      await refreshSnapshots(db, { shas: [s.sha256] });
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/**
 * Deletes snapshots and their cards in one transaction. Notes stay: they belong to the page
 * (the side panel still shows them there) and an export keeps them.
 */
export async function deleteSnapshots(db: LedgerDb, ids: number[]): Promise<void> {
  try {
    await db.transaction('rw', snapshotTables(db), async () => {
      const gone = (await db.snapshots.bulkGet(ids)).filter((s): s is StoredSnapshot => !!s);
      const texts = await db.texts.bulkGet(gone.map((s) => s.id));
      await updatePostings(db.postings, textTermEntries(gone.map((s, i) => ({ id: s.id, text: texts[i]?.text ?? '' }))), false);
      await dropPending(db.postings, gone.map((s) => s.id));
      await db.snapshots.bulkDelete(ids);
      await db.texts.bulkDelete(ids);
      await db.triples.bulkDelete(ids);
      await db.cards.bulkDelete(ids);
      // Unlinked notes of a page now belong to its newest remaining snapshot.
      await refreshSnapshots(db, { urls: [...new Set(gone.map((s) => s.url))] });
    });
  } catch (err) {
    throw toStoreError(err);
  }
}
