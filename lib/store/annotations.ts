/**
 * Annotation queries: notes on passages and on the page as a whole, watched commitments,
 * statuses set by hand. Each
 * write also rebuilds the search terms and list card of the snapshot the note is on (the
 * library searches notes), in the same transaction.
 */
import type { Selectors } from '../anchor/index';
import type { Status } from '../diff/types';
import { notesOf, refreshSnapshots } from './cards';
import { StoreError, toStoreError } from './errors';
import type { AnnotationRecord, LedgerDb } from './schema';

/** Runs `fn` in a transaction over annotations and what is derived from them. */
function withRefresh<T>(db: LedgerDb, fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.annotations, db.snapshots, db.texts, db.cards], fn);
}

const touched = (a: Pick<AnnotationRecord, 'snapshotSha' | 'url'>) => ({ shas: [a.snapshotSha], urls: [a.url] });

export interface AnnotationInput {
  url: string;
  /** The passage; null for a page note (kind 'page'), and only for one. */
  selectors: Selectors | null;
  kind?: AnnotationRecord['kind'];
  note?: string;
  tags?: string[];
  commitmentId?: string | null;
  status?: Status | null;
  snapshotSha?: string | null;
}

export async function addAnnotation(db: LedgerDb, input: AnnotationInput, now = new Date()): Promise<number> {
  if (input.kind === 'page' ? input.selectors !== null : !input.selectors?.quote?.exact) {
    throw new StoreError('invalid', input.kind === 'page' ? 'A page note has no passage.' : 'An annotation needs a selected passage.');
  }
  const stamp = now.toISOString();
  const record = {
    url: input.url,
    snapshotSha: input.snapshotSha ?? null,
    selectors: input.selectors,
    kind: input.kind ?? 'note',
    note: input.note ?? '',
    tags: input.tags ?? [],
    commitmentId: input.commitmentId ?? null,
    status: input.status ?? null,
    createdAt: stamp,
    updatedAt: stamp,
  } as AnnotationRecord;
  try {
    return await withRefresh(db, async () => {
      const id = await db.annotations.add(record);
      await refreshSnapshots(db, touched(record));
      return id;
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/**
 * Changes an annotation (a note's text and tags, a status) in one transaction: on any failure
 * (a full disk) the stored record keeps its old values and the caller gets a StoreError to
 * show. `updatedAt` marks it edited; `createdAt` never changes.
 */
export async function updateAnnotation(db: LedgerDb, id: number, changes: Partial<Pick<AnnotationRecord, 'note' | 'tags' | 'status' | 'kind'>>, now = new Date()): Promise<void> {
  try {
    await withRefresh(db, async () => {
      const before = await db.annotations.get(id);
      if (!before) throw new StoreError('invalid', `No annotation ${id}.`);
      await db.annotations.update(id, { ...changes, updatedAt: now.toISOString() });
      await refreshSnapshots(db, touched(before));
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

export async function deleteAnnotation(db: LedgerDb, id: number): Promise<void> {
  try {
    await withRefresh(db, async () => {
      const before = await db.annotations.get(id);
      await db.annotations.delete(id);
      if (before) await refreshSnapshots(db, touched(before));
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/** The notes on a snapshot: linked to its text, or made on its page since (newest snapshot only). */
export async function annotationsForSnapshot(db: LedgerDb, s: { id: number; sha256: string; url: string; savedAt: string }): Promise<AnnotationRecord[]> {
  return db.transaction('r', [db.annotations, db.snapshots, db.cards], () => notesOf(db, s));
}

export async function annotationsForUrl(db: LedgerDb, url: string): Promise<AnnotationRecord[]> {
  return db.annotations.where('url').equals(url).sortBy('createdAt');
}
