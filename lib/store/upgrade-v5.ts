/**
 * v4 → v5 (issue 15): a card counts the notes on its snapshot only (a watched commitment or a
 * status set by hand is not a note), and a note without `updatedAt` gets its `createdAt`, so
 * "edited" is always `updatedAt !== createdAt`. Reads cards and annotations, never a snapshot
 * body; runs in Dexie's upgrade transaction, so a failure leaves the database at v4, unchanged.
 */
import type { Transaction } from 'dexie';
import { isNote, type AnnotationRecord, type CardRecord, type SnapshotRecord } from './schema';
import { notesBySnapshot } from './upgrade';

export async function upgradeToV5(tx: Transaction): Promise<void> {
  const annotations = tx.table('annotations');
  await annotations.toCollection().modify((a: AnnotationRecord) => {
    if (typeof a.updatedAt !== 'string' || !a.updatedAt) a.updatedAt = a.createdAt;
  });
  const cards = (await tx.table('cards').toArray()) as CardRecord[];
  const notes = (await annotations.toArray()) as AnnotationRecord[];
  // Whose notes are whose, by the cards' id, sha256, url and savedAt (as the v4 upgrade).
  const notesOf = notesBySnapshot(cards as unknown as SnapshotRecord[], notes);
  const changed = cards
    .map((c) => ({ ...c, notes: (notesOf.get(c.id) ?? []).filter(isNote).length }))
    .filter((c, i) => c.notes !== cards[i].notes);
  await tx.table('cards').bulkPut(changed);
}
