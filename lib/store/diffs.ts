/**
 * Comparisons kept beside the snapshots, so that an export carries them and a re-import gives
 * them back unchanged. A diff is keyed by its two reports' source sha256s (`diffKey`); the
 * compare view recomputes it from the stored extractions and keeps the latest.
 */
import type { Diff } from '../diff/types';
import { diffKey } from '../export/import-plan';
import { toStoreError } from './errors';
import type { DiffRecord, LedgerDb } from './schema';

export function diffRecord(diff: Diff): DiffRecord {
  return { key: diffKey(diff), olderSource: diff.older.sha256, newerSource: diff.newer.sha256, diff };
}

export async function putDiff(db: LedgerDb, diff: Diff): Promise<void> {
  try {
    await db.diffs.put(diffRecord(diff));
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Diffs whose two reports both have a source sha256 among `sources`. */
export async function diffsAmong(db: LedgerDb, sources: string[]): Promise<Diff[]> {
  const set = new Set(sources);
  if (!set.size) return [];
  const records = await db.diffs.where('olderSource').anyOf([...set]).filter((d) => set.has(d.newerSource)).toArray();
  return records.map((r) => r.diff);
}
