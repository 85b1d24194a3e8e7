/**
 * Importing a parsed bundle (lib/export parseBundle → planImport): everything the plan adds is
 * written in ONE transaction over every table it touches, so a failure half-way (a full disk,
 * a constraint) leaves the database exactly as it was. Merging never duplicates: the plan skips
 * snapshots whose text is stored, notes, overrides and diffs that are already there.
 */
import { annotationKey, overrideKey, planCounts, planImport, type PlanCounts } from '../export/import-plan';
import type { Bundle, BundleSnapshot, ExistingKeys, ImportPlan } from '../export/types';
import { toRows, toRowsAsync } from './body';
import { cardOf, refreshSnapshots } from './cards';
import { diffRecord } from './diffs';
import { toStoreError } from './errors';
import { mergePending } from './pending-postings';
import { PostingBatch } from './posting-batch';
import { triplesRows } from './triples';
import type { AnnotationRecord, LedgerDb, StoredSnapshot } from './schema';

/** Keys of what the database holds, for planImport. Call inside a transaction for a consistent view. */
export async function existingKeys(db: LedgerDb): Promise<ExistingKeys> {
  const [shas, notes, overrides, diffs] = await Promise.all([
    db.snapshots.orderBy('sha256').keys(), db.annotations.toArray(), db.overrides.toArray(), db.diffs.toCollection().primaryKeys(),
  ]);
  return {
    sha256s: new Set(shas.map(String)),
    annotationKeys: new Set(notes.map(annotationKey)),
    overrideKeys: new Set(overrides.map(overrideKey)),
    diffKeys: new Set(diffs),
  };
}

const tables = (db: LedgerDb) => [db.snapshots, db.texts, db.triples, db.postings, db.annotations, db.cards, db.overrides, db.diffs];

/** What importing `bundle` would write now (reads only), for the confirmation line. */
export async function planBundleImport(db: LedgerDb, bundle: Bundle): Promise<ImportPlan> {
  return db.transaction('r', tables(db), async () => planImport(await existingKeys(db), bundle));
}

/**
 * Adds snapshots with their texts, cards (no notes yet: a later refresh adds those) and the
 * terms of all their texts in one postings update, so each postings row is written once per
 * batch. Returns the new ids. Call inside a 'rw' transaction over snapshots, texts, postings
 * and cards; `rows` from `snapshotRows` before it (else compressed here, more slowly).
 */
export async function addSnapshotRecords(db: LedgerDb, snapshots: BundleSnapshot[], rows = snapshots.map((s) => toRows(s).row)): Promise<number[]> {
  const ids = await db.snapshots.bulkAdd(rows as StoredSnapshot[], { allKeys: true });
  const texts = snapshots.map((s, i) => ({ id: ids[i], text: s.text }));
  await db.texts.bulkAdd(texts);
  await db.triples.bulkAdd(triplesRows(texts));
  await db.cards.bulkAdd(snapshots.map((s, i) => cardOf({ ...s, id: ids[i] }, [])));
  // Pages saved alone since the last batch go into the blocks with this one: one rewrite.
  const batch = new PostingBatch();
  snapshots.forEach((s, i) => batch.addText(ids[i], s.text));
  await mergePending(db.postings, batch);
  return ids;
}


/** The `snapshots` rows of bundle snapshots, compressed natively (call before the transaction). */
export async function snapshotRows(snapshots: BundleSnapshot[]): Promise<Omit<StoredSnapshot, 'id'>[]> {
  const rows: Omit<StoredSnapshot, 'id'>[] = [];
  for (const s of snapshots) rows.push((await toRowsAsync(s)).row);
  return rows;
}

/** Writes the plan for `bundle` in one transaction (re-planned inside it, so nothing slips in between). */
export async function importBundle(db: LedgerDb, bundle: Bundle): Promise<{ plan: ImportPlan; counts: PlanCounts }> {
  try {
    // Every snapshot compressed up front; the plan inside may skip some (already stored).
    const rows = await snapshotRows(bundle.snapshots);
    const rowOf = new Map(bundle.snapshots.map((s, i) => [s, rows[i]]));
    return await db.transaction('rw', tables(db), async () => {
      const plan = planImport(await existingKeys(db), bundle);
      await addSnapshotRecords(db, plan.snapshots.add, plan.snapshots.add.map((s) => rowOf.get(s)!));
      await db.annotations.bulkAdd(plan.annotations.add as AnnotationRecord[]);
      await db.overrides.bulkAdd(plan.overrides.add);
      await db.diffs.bulkAdd(plan.diffs.add.map(diffRecord));
      const notes = plan.annotations.add;
      await refreshSnapshots(db, { shas: notes.map((a) => a.snapshotSha), urls: notes.filter((a) => a.snapshotSha === null).map((a) => a.url) });
      return { plan, counts: planCounts(plan) };
    });
  } catch (err) {
    throw toStoreError(err);
  }
}
