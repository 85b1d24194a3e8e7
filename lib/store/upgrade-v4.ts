/**
 * v3 → v4 (issue 18): each whole snapshot row becomes its two rows (body.ts), its text's terms
 * go into the postings and its card gets the terms of title, issuer, tags and notes. Reads the
 * snapshots a chunk at a time (a library of thousands of reports never sits in memory at once);
 * runs in Dexie's upgrade transaction, so a failure leaves the database at v3, unchanged.
 */
import type { Transaction } from 'dexie';
import { indexTerms } from '../search/index';
import { toRows } from './body';
import { cardOf } from './cards';
import { updatePostings, type PostingsTable } from './postings';
import type { AnnotationRecord, CardRecord, SnapshotRecord } from './schema';
import { notesBySnapshot } from './upgrade';

const CHUNK = 100;

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const snapshots = tx.table('snapshots');
  // Whose notes are whose, from the v3 cards (id, sha256, url, savedAt), not the whole rows.
  const cards = (await tx.table('cards').toArray()) as CardRecord[];
  const notes = (await tx.table('annotations').toArray()) as AnnotationRecord[];
  const notesOf = notesBySnapshot(cards as unknown as SnapshotRecord[], notes);
  let last = -Infinity;
  for (;;) {
    const chunk = (await snapshots.where(':id').above(last).limit(CHUNK).toArray()) as SnapshotRecord[];
    if (!chunk.length) break;
    last = chunk[chunk.length - 1].id;
    const entries = chunk.map((s) => ({ id: s.id, terms: indexTerms(s.text) }));
    await snapshots.bulkPut(chunk.map((s) => toRows(s).row));
    await tx.table('texts').bulkPut(chunk.map((s) => ({ id: s.id, text: s.text })));
    await tx.table('cards').bulkPut(chunk.map((s) => cardOf(s, notesOf.get(s.id) ?? [])));
    await updatePostings(tx.table('postings') as PostingsTable, entries, true);
  }
}
