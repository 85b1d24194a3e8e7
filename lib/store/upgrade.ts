/**
 * Schema upgrades that fill new tables and fields from the data already stored. Each runs in
 * Dexie's upgrade transaction: if it fails, the database stays at the old version, unchanged.
 */
import type { Transaction } from 'dexie';
import { cardOf, snapshotTerms } from './cards';
import type { AnnotationRecord, SnapshotRecord } from './schema';

/**
 * Notes of each snapshot, by the rule of `notesOf` (cards.ts) but over arrays in memory:
 * linked by text sha256, plus the page's unlinked notes for the newest snapshot of that page.
 */
export function notesBySnapshot(snapshots: SnapshotRecord[], notes: AnnotationRecord[]): Map<number, AnnotationRecord[]> {
  const newestOfUrl = new Map<string, SnapshotRecord>();
  for (const s of snapshots) {
    const n = newestOfUrl.get(s.url);
    if (!n || n.savedAt < s.savedAt) newestOfUrl.set(s.url, s);
  }
  const bySha = new Map(snapshots.map((s) => [s.sha256, s.id]));
  const out = new Map<number, AnnotationRecord[]>(snapshots.map((s) => [s.id, []]));
  for (const a of notes) {
    const id = a.snapshotSha !== null ? bySha.get(a.snapshotSha) : newestOfUrl.get(a.url)?.id;
    if (id !== undefined) out.get(id)!.push(a);
  }
  return out;
}

/** v1 → v2: search terms on every snapshot and a card for each (overrides and diffs start empty). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const snapshots = (await tx.table('snapshots').toArray()) as SnapshotRecord[];
  const notes = (await tx.table('annotations').toArray()) as AnnotationRecord[];
  const byId = notesBySnapshot(snapshots, notes);
  for (const s of snapshots) {
    const mine = byId.get(s.id) ?? [];
    await tx.table('snapshots').put({ ...s, terms: snapshotTerms(s, mine) });
    await tx.table('cards').put(cardOf(s, mine));
  }
}

/** v2 → v3: cards carry the issuer's key (lib/extract/issuer-key.ts), so every card is rebuilt. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const snapshots = (await tx.table('snapshots').toArray()) as SnapshotRecord[];
  const notes = (await tx.table('annotations').toArray()) as AnnotationRecord[];
  const byId = notesBySnapshot(snapshots, notes);
  for (const s of snapshots) await tx.table('cards').put(cardOf(s, byId.get(s.id) ?? []));
}
