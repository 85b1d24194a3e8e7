/** Overrides CRUD, and bundle import: one transaction, all or nothing, merging without duplicates. */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { diff } from '../../lib/diff/index';
import { buildBundle, exportBundle, parseBundle } from '../../lib/export/bundle';
import {
  addAnnotation, deleteOverride, importBundle, overridesForPair, planBundleImport, putDiff, queryLibrary, saveSnapshot,
  selectionData, setOverride, StoreError, type LedgerDb,
} from '../../lib/store/index';
import { dump, freshDb, inputFor, query, reportText } from './fixtures';

const older = inputFor(reportText('青禾县人民政府', 2023), 'http://127.0.0.1/qh/2023.html');
const newer = inputFor(reportText('青禾县人民政府', 2024, '县级行政执法监督平台已建成运行。'), 'http://127.0.0.1/qh/2024.html');
const pair = { olderSha256: older.sha256, newerSha256: newer.sha256 };

/** Two years saved, a note, a diff and an override: a library worth exporting. */
async function filled(): Promise<LedgerDb> {
  const { db } = freshDb();
  await saveSnapshot(db, older, new Date('2025-01-01T00:00:00Z'));
  await saveSnapshot(db, newer, new Date('2025-02-01T00:00:00Z'));
  const at = older.text.indexOf('监督平台');
  await addAnnotation(db, { url: older.url, snapshotSha: older.sha256, selectors: describeRange(older.text, at, at + 4), note: '旁听记录', tags: ['跟进'] });
  await putDiff(db, diff(older.extraction, newer.extraction));
  await setOverride(db, { ...pair, commitmentId: 'c1', status: 'missed', note: '实际未建成' }, new Date('2025-03-01T00:00:00Z'));
  return db;
}

async function bundleOf(db: LedgerDb): Promise<string> {
  const data = await selectionData(db, await db.snapshots.toCollection().primaryKeys());
  return exportBundle(data, { now: new Date('2025-04-01T00:00:00Z'), appVersion: '0.1.0' });
}

describe('overrides', () => {
  it('are set, replaced, listed per pair and deleted', async () => {
    const { db } = freshDb();
    await setOverride(db, { ...pair, commitmentId: 'c1', status: 'missed', note: ' 未建成 ' }, new Date('2025-03-01T00:00:00Z'));
    await setOverride(db, { ...pair, commitmentId: 'c2', status: 'progress' });
    await setOverride(db, { ...pair, commitmentId: 'c1', status: 'fulfilled', note: '已补建' }, new Date('2025-03-02T00:00:00Z'));
    const map = await overridesForPair(db, older.sha256, newer.sha256);
    expect([...map.keys()].sort()).toEqual(['c1', 'c2']);
    expect(map.get('c1')).toEqual({ ...pair, commitmentId: 'c1', status: 'fulfilled', note: '已补建', createdAt: '2025-03-02T00:00:00.000Z' });
    expect((await overridesForPair(db, newer.sha256, older.sha256)).size).toBe(0);
    await deleteOverride(db, { ...pair, commitmentId: 'c1' });
    expect([...(await overridesForPair(db, older.sha256, newer.sha256)).keys()]).toEqual(['c2']);
    await expect(setOverride(db, { ...pair, commitmentId: 'c3', status: 'done' as never })).rejects.toBeInstanceOf(StoreError);
  });
});

describe('import', () => {
  it('reproduces the library in an empty database, and a second import adds nothing', async () => {
    const source = await filled();
    const text = await bundleOf(source);
    const parsed = parseBundle(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const { db } = freshDb();
    const { counts } = await importBundle(db, parsed.value);
    expect(counts.add).toEqual({ snapshots: 2, annotations: 1, diffs: 1, overrides: 1 });
    const strip = (d: Awaited<ReturnType<typeof dump>>) => ({
      snapshots: d.snapshots.map(({ id, ...s }) => s), annotations: d.annotations.map(({ id, ...a }) => a),
      cards: d.cards.map(({ id, ...c }) => c), overrides: d.overrides, diffs: d.diffs,
    });
    expect(strip(await dump(db))).toEqual(strip(await dump(source)));
    expect((await queryLibrary(db, query({ text: '旁听记录' }))).hits).toHaveLength(1);
    // Export again: the same file (lossless round trip).
    expect(await bundleOf(db)).toBe(text);
    const again = await importBundle(db, parsed.value);
    expect(again.counts.add).toEqual({ snapshots: 0, annotations: 0, diffs: 0, overrides: 0 });
    expect(again.counts.skip).toEqual({ snapshots: 2, annotations: 1, diffs: 1, overrides: 1 });
  });

  it('merges: a stored snapshot is skipped, its new notes still come in', async () => {
    const source = await filled();
    const parsed = parseBundle(await bundleOf(source));
    if (!parsed.ok) throw new Error(parsed.error);
    const { db } = freshDb();
    await saveSnapshot(db, older, new Date('2024-12-01T00:00:00Z'));
    const plan = await planBundleImport(db, parsed.value);
    expect(plan.snapshots.skip.map((s) => s.reason)).toEqual(['already-stored']);
    await importBundle(db, parsed.value);
    expect(await db.snapshots.count()).toBe(2);
    expect((await db.cards.where('sha256').equals(older.sha256).first())!.notes).toBe(1);
  });

  it('a failure half-way (simulated while writing overrides) leaves the database as it was', async () => {
    const source = await filled();
    const parsed = parseBundle(await bundleOf(source));
    if (!parsed.ok) throw new Error(parsed.error);
    const { db } = freshDb();
    await saveSnapshot(db, older, new Date('2024-12-01T00:00:00Z'));
    const before = await dump(db);
    // Snapshots, cards and notes are already written in the transaction when this throws.
    db.overrides.hook('creating', () => { throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }); });
    await expect(importBundle(db, parsed.value)).rejects.toMatchObject({ kind: 'quota' });
    expect(await dump(db)).toEqual(before);
  });

  it('a malformed bundle is refused by parseBundle with one clear sentence, before anything is written', async () => {
    const { db } = freshDb();
    const bad = parseBundle('{"schema":"promise-ledger/bundle@1","snapshots":[{}]}');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Cannot import this file: .*nothing was imported/);
    expect(await db.snapshots.count()).toBe(0);
    // A bundle built in memory imports the same as one read from a file.
    const source = await filled();
    const data = await selectionData(source, [1]);
    const { counts } = await importBundle(db, buildBundle(data, { now: new Date(), appVersion: '0.1.0' }));
    expect(counts.add.snapshots).toBe(1);
  });
});
