/**
 * Reads what an export of some snapshots needs, in one read transaction: the snapshots, the
 * notes on each, and the overrides and diffs whose two reports are both among them (an
 * override or a comparison means nothing without both reports).
 */
import type { Diff } from '../diff/types';
import type { Override } from '../export/types';
import { notesOf } from './cards';
import { diffsAmong } from './diffs';
import { overridesAmong } from './overrides';
import type { AnnotationRecord, LedgerDb, SnapshotRecord, StoredSnapshot } from './schema';
import { withTexts } from './snapshots';

export interface SelectionData {
  /** In the order of the ids asked for (missing ones left out). */
  snapshots: SnapshotRecord[];
  /** Notes on each snapshot, by snapshot sha256. */
  notesBySha: Map<string, AnnotationRecord[]>;
  /** Every note once (a page's unlinked note belongs to one snapshot only). */
  annotations: AnnotationRecord[];
  overrides: Override[];
  diffs: Diff[];
}

export async function selectionData(db: LedgerDb, ids: number[]): Promise<SelectionData> {
  return db.transaction('r', [db.snapshots, db.texts, db.cards, db.annotations, db.overrides, db.diffs], async () => {
    const snapshots = await withTexts(db, (await db.snapshots.bulkGet(ids)).filter((s): s is StoredSnapshot => !!s));
    const notesBySha = new Map<string, AnnotationRecord[]>();
    const seen = new Map<number, AnnotationRecord>();
    for (const s of snapshots) {
      const notes = await notesOf(db, s);
      notesBySha.set(s.sha256, notes);
      for (const n of notes) seen.set(n.id, n);
    }
    const overrides = await overridesAmong(db, snapshots.map((s) => s.sha256));
    const diffs = await diffsAmong(db, snapshots.map((s) => s.extraction.source.sha256));
    const annotations = [...seen.values()].sort((a, b) => a.id - b.id);
    return { snapshots, notesBySha, annotations, overrides, diffs };
  });
}
