/**
 * Statuses set by hand in the compare view: one per commitment of an older report judged
 * against a newer one (the key is the pair of snapshot sha256s and the commitment id). Setting
 * one again replaces it; deleting it brings back the computed status.
 */
import type { Status } from '../diff/types';
import type { Override } from '../export/types';
import { StoreError, toStoreError } from './errors';
import type { LedgerDb } from './schema';

const STATUSES: readonly Status[] = ['fulfilled', 'progress', 'unaddressed', 'missed'];

export interface OverrideInput { olderSha256: string; newerSha256: string; commitmentId: string; status: Status; note?: string }

/** Sets (or replaces) the status of one commitment for a pair of reports. */
export async function setOverride(db: LedgerDb, input: OverrideInput, now = new Date()): Promise<Override> {
  if (!STATUSES.includes(input.status) || !input.commitmentId || !input.olderSha256 || !input.newerSha256) {
    throw new StoreError('invalid', 'An override needs two reports, a commitment and a status.');
  }
  const record: Override = {
    olderSha256: input.olderSha256, newerSha256: input.newerSha256, commitmentId: input.commitmentId,
    status: input.status, note: (input.note ?? '').trim(), createdAt: now.toISOString(),
  };
  try {
    await db.overrides.put(record);
    return record;
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Removes the status set by hand; the computed one applies again. */
export async function deleteOverride(db: LedgerDb, key: Pick<Override, 'olderSha256' | 'newerSha256' | 'commitmentId'>): Promise<void> {
  try {
    await db.overrides.delete([key.olderSha256, key.newerSha256, key.commitmentId]);
  } catch (err) {
    throw toStoreError(err);
  }
}

/** The overrides of one comparison, by commitment id. */
export async function overridesForPair(db: LedgerDb, olderSha256: string, newerSha256: string): Promise<Map<string, Override>> {
  const list = await db.overrides.where('olderSha256').equals(olderSha256).filter((o) => o.newerSha256 === newerSha256).toArray();
  return new Map(list.map((o) => [o.commitmentId, o]));
}

/** Overrides whose two reports are both among `shas` (what an export of those snapshots carries). */
export async function overridesAmong(db: LedgerDb, shas: string[]): Promise<Override[]> {
  const set = new Set(shas);
  if (!set.size) return [];
  return db.overrides.where('olderSha256').anyOf([...set]).filter((o) => set.has(o.newerSha256)).toArray();
}
