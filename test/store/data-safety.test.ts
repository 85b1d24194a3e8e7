/**
 * Data safety of saves (issue 6): a failure in the middle of a save leaves the database as
 * it was, and two tabs (two connections to one database) saving at once lose neither save.
 */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { addAnnotation, openLedgerDb, saveSnapshot, type LedgerDb } from '../../lib/store/index';
import { dump, freshDb, inputFor, reportText } from './fixtures';

const quotaExceeded = () => Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
const URL_2024 = 'http://127.0.0.1/qh/2024.html';
const older = inputFor(reportText('青禾县人民政府', 2023), URL_2024);
const newer = inputFor(reportText('青禾县人民政府', 2024, '推进行政复议体制改革。'), URL_2024);
const other = inputFor(reportText('白河市人民政府', 2024), 'http://127.0.0.1/bh/2024.html');

/** A library with one saved snapshot and a note made on its page since (not linked yet). */
async function libraryWithPendingNote(db: LedgerDb): Promise<void> {
  await saveSnapshot(db, older, new Date('2024-12-01T00:00:00Z'));
  const at = newer.text.indexOf('行政复议');
  await addAnnotation(db, { url: URL_2024, selectors: describeRange(newer.text, at, at + 4), note: '跟进复议改革' }, new Date('2025-01-05T00:00:00Z'));
}

describe('a save that fails half-way leaves the database as it was', () => {
  // Each hook throws after the transaction has already written something else.
  const failures: [string, (db: LedgerDb) => void][] = [
    ['writing the list card (snapshot already added)', (db) => db.cards.hook('creating', () => { throw quotaExceeded(); })],
    ['linking the page\'s notes (snapshot and card written)', (db) => db.annotations.hook('updating', () => { throw quotaExceeded(); })],
    ['rebuilding an older version\'s card (new card written)', (db) => db.cards.hook('updating', () => { throw quotaExceeded(); })],
  ];
  for (const [where, inject] of failures) {
    it(`quota exceeded while ${where}: StoreError 'quota', every table unchanged`, async () => {
      const { db } = freshDb();
      await libraryWithPendingNote(db);
      const before = await dump(db);
      inject(db);
      const err = await saveSnapshot(db, newer, new Date('2025-02-01T00:00:00Z')).catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'StoreError', kind: 'quota', message: expect.stringMatching(/nothing was saved/) });
      expect(await dump(db)).toEqual(before);
    });
  }

  it('the same save goes through once the disk has room again', async () => {
    const { db } = freshDb();
    await libraryWithPendingNote(db);
    const diskFull = () => { throw quotaExceeded(); };
    db.cards.hook('creating', diskFull);
    await expect(saveSnapshot(db, newer)).rejects.toMatchObject({ kind: 'quota' });
    db.cards.hook('creating').unsubscribe(diskFull);
    await expect(saveSnapshot(db, newer)).resolves.toMatchObject({ created: true });
    expect(await db.snapshots.count()).toBe(2);
    expect(await db.cards.count()).toBe(2);
    expect((await db.annotations.toArray()).map((a) => a.snapshotSha)).toEqual([newer.sha256]);
  });
});

describe('two tabs saving at once (two connections to one database)', () => {
  /** Two handles on one database, as two extension pages have. */
  function twoTabs(): [LedgerDb, LedgerDb] {
    const { name, deps } = freshDb();
    return [openLedgerDb(name, deps), openLedgerDb(name, deps)];
  }

  it('different pages: both snapshots, both cards, each page\'s note linked to its own snapshot', async () => {
    const [tabA, tabB] = twoTabs();
    await libraryWithPendingNote(tabA);
    const at = other.text.indexOf('监督平台');
    await addAnnotation(tabB, { url: other.url, selectors: describeRange(other.text, at, at + 4), note: '白河平台' });
    const [a, b] = await Promise.all([saveSnapshot(tabA, newer), saveSnapshot(tabB, other)]);
    expect([a.created, b.created]).toEqual([true, true]);
    for (const db of [tabA, tabB]) {
      expect((await db.snapshots.toArray()).map((s) => s.sha256).sort()).toEqual([older.sha256, newer.sha256, other.sha256].sort());
      expect(await db.cards.count()).toBe(3);
    }
    const notes = await tabA.annotations.toArray();
    expect(notes.map((n) => [n.note, n.snapshotSha])).toEqual([['跟进复议改革', newer.sha256], ['白河平台', other.sha256]]);
    const cards = await tabB.cards.bulkGet([a.id, b.id]);
    expect(cards.map((c) => c?.notes)).toEqual([1, 1]);
  });

  it('the same text from both: stored once, both saves answer with its id, neither fails', async () => {
    const [tabA, tabB] = twoTabs();
    const results = await Promise.all([saveSnapshot(tabA, other), saveSnapshot(tabB, other)]);
    expect(results.map((r) => r.id)).toEqual([results[0].id, results[0].id]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await tabA.snapshots.count()).toBe(1);
    expect(await tabB.cards.count()).toBe(1);
  });

  it('many saves from both tabs interleaved: every one is stored with its card', async () => {
    const [tabA, tabB] = twoTabs();
    const inputs = Array.from({ length: 12 }, (_, i) => inputFor(reportText(`第${i}县人民政府`, 2020 + (i % 5)), `http://127.0.0.1/r${i}.html`));
    await Promise.all(inputs.map((input, i) => saveSnapshot(i % 2 ? tabB : tabA, input)));
    expect((await tabA.snapshots.toArray()).map((s) => s.sha256).sort()).toEqual(inputs.map((x) => x.sha256).sort());
    expect((await tabB.cards.toArray()).map((c) => c.sha256).sort()).toEqual(inputs.map((x) => x.sha256).sort());
  });
});
