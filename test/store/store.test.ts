import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { extractText } from '../../lib/extract/index';
import {
  addAnnotation, annotationsForUrl, cardOf, countSnapshots, getSnapshot, getSnapshotBySha, listSnapshots, openLedgerDb,
  saveSnapshot, StoreError, updateAnnotation, type SnapshotInput,
} from '../../lib/store/index';

let n = 0;
const freshDb = () => openLedgerDb(`test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });

const TEXT = '某县2023年工作报告\n一、主要成效\n完成审批1200件。\n二、下一步工作打算\n年底前完成清理。';
function input(sha = 'a'.repeat(64), url = 'http://127.0.0.1/r.html'): SnapshotInput {
  const extraction = extractText(TEXT, { sha256: sha });
  return { url, title: '某县2023年工作报告', extraction, html: '<p>x</p>', text: extraction.text, sha256: sha };
}

describe('snapshots', () => {
  it('saves once per text and lists newest first', async () => {
    const db = freshDb();
    const first = await saveSnapshot(db, input('1'.repeat(64)), new Date('2024-01-01T00:00:00Z'));
    const again = await saveSnapshot(db, input('1'.repeat(64)), new Date('2024-01-02T00:00:00Z'));
    await saveSnapshot(db, input('2'.repeat(64)), new Date('2024-01-03T00:00:00Z'));
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(await countSnapshots(db)).toBe(2);
    const page = await listSnapshots(db, 0, 10);
    expect(page.map((s) => s.sha256[0])).toEqual(['2', '1']);
    const rec = await getSnapshotBySha(db, '1'.repeat(64));
    expect(rec?.issuer).toBe('某县');
    expect(rec?.extractorVersion).toBeTruthy();
    expect(rec?.savedAt).toBe('2024-01-01T00:00:00.000Z');
  });

  it('links the page annotations to the snapshot when it is saved', async () => {
    const db = freshDb();
    const url = 'http://127.0.0.1/r.html';
    const start = TEXT.indexOf('年底前');
    await addAnnotation(db, { url, selectors: describeRange(TEXT, start, start + 7), note: '跟踪' });
    const { id } = await saveSnapshot(db, input('3'.repeat(64), url));
    const [a] = await annotationsForUrl(db, url);
    expect(a.snapshotSha).toBe('3'.repeat(64));
    expect(a.note).toBe('跟踪');
    // The card, written from the record in hand, is the one the stored snapshot and its note make.
    expect(await db.cards.get(id)).toEqual(cardOf((await getSnapshot(db, id))!, [a]));
    expect((await db.cards.get(id))!.notes).toBe(1);
  });

  it('paginates through the savedAt index', async () => {
    const db = freshDb();
    for (let i = 0; i < 7; i++) await saveSnapshot(db, input(String(i).repeat(64)), new Date(Date.UTC(2024, 0, i + 1)));
    expect((await listSnapshots(db, 0, 3)).length).toBe(3);
    expect((await listSnapshots(db, 6, 3)).map((s) => s.sha256[0])).toEqual(['0']);
  });
});

describe('annotations', () => {
  it('updates notes and statuses, and refuses an empty selection', async () => {
    const db = freshDb();
    const url = 'http://127.0.0.1/a.html';
    const id = await addAnnotation(db, { url, selectors: describeRange(TEXT, 0, 4), kind: 'watch' }, new Date('2024-01-01T00:00:00Z'));
    await updateAnnotation(db, id, { status: 'missed', note: '未完成' }, new Date('2024-02-01T00:00:00Z'));
    const [a] = await annotationsForUrl(db, url);
    expect(a).toMatchObject({ kind: 'watch', status: 'missed', note: '未完成', updatedAt: '2024-02-01T00:00:00.000Z' });
    await expect(addAnnotation(db, { url, selectors: describeRange(TEXT, 2, 2) })).rejects.toBeInstanceOf(StoreError);
    await expect(updateAnnotation(db, 999, { note: 'x' })).rejects.toMatchObject({ kind: 'invalid' });
  });
});
