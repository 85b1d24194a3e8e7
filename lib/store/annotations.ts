/** Annotation queries: notes on passages, watched commitments, statuses set by hand. */
import type { Selectors } from '../anchor/index';
import type { Status } from '../diff/types';
import { StoreError, toStoreError } from './errors';
import type { AnnotationRecord, LedgerDb } from './schema';

export interface AnnotationInput {
  url: string;
  selectors: Selectors;
  kind?: AnnotationRecord['kind'];
  note?: string;
  tags?: string[];
  commitmentId?: string | null;
  status?: Status | null;
  snapshotSha?: string | null;
}

export async function addAnnotation(db: LedgerDb, input: AnnotationInput, now = new Date()): Promise<number> {
  if (!input.selectors?.quote?.exact) throw new StoreError('invalid', 'An annotation needs a selected passage.');
  const stamp = now.toISOString();
  try {
    return await db.annotations.add({
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
    } as AnnotationRecord);
  } catch (err) {
    throw toStoreError(err);
  }
}

export async function updateAnnotation(db: LedgerDb, id: number, changes: Partial<Pick<AnnotationRecord, 'note' | 'tags' | 'status' | 'kind'>>, now = new Date()): Promise<void> {
  try {
    const n = await db.annotations.update(id, { ...changes, updatedAt: now.toISOString() });
    if (n === 0) throw new StoreError('invalid', `No annotation ${id}.`);
  } catch (err) {
    throw toStoreError(err);
  }
}

export async function deleteAnnotation(db: LedgerDb, id: number): Promise<void> {
  await db.annotations.delete(id);
}

export async function annotationsForUrl(db: LedgerDb, url: string): Promise<AnnotationRecord[]> {
  return db.annotations.where('url').equals(url).sortBy('createdAt');
}
