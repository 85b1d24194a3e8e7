/**
 * Importing a parsed bundle (lib/export parseBundle → planImport): everything the plan adds is
 * written in ONE transaction over every table it touches, so a failure half-way (a full disk,
 * a constraint) leaves the database exactly as it was. Merging never duplicates: the plan skips
 * snapshots whose text is stored, notes, overrides and diffs that are already there.
 */
import { annotationKey, overrideKey, planCounts, planImport, type PlanCounts } from '../export/import-plan';
import type { Bundle, BundleSnapshot, ExistingKeys, ImportPlan } from '../export/types';
import { cardOf, refreshSnapshots, snapshotTerms } from './cards';
import { diffRecord } from './diffs';
import { toStoreError } from './errors';
import type { AnnotationRecord, LedgerDb, SnapshotRecord } from './schema';

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

const tables = (db: LedgerDb) => [db.snapshots, db.annotations, db.cards, db.overrides, db.diffs];

/** What importing `bundle` would write now (reads only), for the confirmation line. */
export async function planBundleImport(db: LedgerDb, bundle: Bundle): Promise<ImportPlan> {
  return db.transaction('r', tables(db), async () => planImport(await existingKeys(db), bundle));
}

/**
 * Adds snapshots with their search terms and cards (no notes yet: a later refresh adds those).
 * Returns the new ids. Call inside a 'rw' transaction over snapshots and cards.
 */
export async function addSnapshotRecords(db: LedgerDb, snapshots: BundleSnapshot[]): Promise<number[]> {
  const records = snapshots.map((s) => ({ ...s, terms: snapshotTerms(s, []) })) as SnapshotRecord[];
  const ids = await db.snapshots.bulkAdd(records, { allKeys: true });
  await db.cards.bulkAdd(records.map((r, i) => cardOf({ ...r, id: ids[i] }, [])));
  return ids;
}

/** Writes the plan for `bundle` in one transaction (re-planned inside it, so nothing slips in between). */
export async function importBundle(db: LedgerDb, bundle: Bundle): Promise<{ plan: ImportPlan; counts: PlanCounts }> {
  try {
    return await db.transaction('rw', tables(db), async () => {
      const plan = planImport(await existingKeys(db), bundle);
      await addSnapshotRecords(db, plan.snapshots.add);
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
