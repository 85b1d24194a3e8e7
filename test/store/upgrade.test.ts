/** Schema v1 → v2 with data: nothing lost, terms and cards built, the new tables usable. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { EXTRACTOR_VERSION } from '../../lib/extract/types';
import {
  allTermIds, openLedgerDb, queryLibrary, SCHEMA_VERSIONS, setOverride, type AnnotationRecord, type SnapshotRecord,
} from '../../lib/store/index';
import { freshDb, inputFor, query, reportText } from './fixtures';

/** A database as version 1 of the extension wrote it. */
async function v1Database(name: string, deps: ReturnType<typeof freshDb>['deps']) {
  const db = new Dexie(name, deps);
  db.version(1).stores(SCHEMA_VERSIONS[0].stores);
  const older = inputFor(reportText('青禾县人民政府', 2023), 'http://127.0.0.1/qh/2023.html', ['法治']);
  const newer = inputFor(reportText('青禾县人民政府', 2024, '推进行政复议体制改革。'), 'http://127.0.0.1/qh/2024.html');
  const record = (i: typeof older, savedAt: string) => ({
    sha256: i.sha256, url: i.url, title: i.title, savedAt, extractorVersion: EXTRACTOR_VERSION, extraction: i.extraction,
    html: i.html, text: i.text, issuer: i.extraction.meta.issuer, docType: i.extraction.meta.docType, coversYear: i.extraction.meta.coversYear, tags: i.tags ?? [],
  });
  await db.table('snapshots').bulkAdd([record(older, '2024-02-01T00:00:00.000Z'), record(newer, '2025-02-01T00:00:00.000Z')]);
  const at = older.text.indexOf('监督平台');
  const note = (extra: Partial<AnnotationRecord>) => ({
    url: older.url, snapshotSha: older.sha256, selectors: describeRange(older.text, at, at + 4), kind: 'note', note: '旁听庭审记录',
    tags: ['跟进'], commitmentId: null, status: null, createdAt: '2024-02-02T00:00:00.000Z', updatedAt: '2024-02-02T00:00:00.000Z', ...extra,
  });
  // One linked to the older text, one made on the newer page after it was saved (unlinked).
  await db.table('annotations').bulkAdd([note({}), note({ url: newer.url, snapshotSha: null, note: '县长答复' })]);
  const before = { snapshots: await db.table('snapshots').toArray(), annotations: await db.table('annotations').toArray() };
  db.close();
  return { before, older, newer };
}

describe('schema v1 → v2', () => {
  it('keeps every snapshot and note, and adds terms, cards and empty overrides/diffs', async () => {
    // freshDb's own handle is never opened: the database is created by v1Database below.
    const { name, deps } = freshDb();
    const { before, older, newer } = await v1Database(name, deps);
    const db = openLedgerDb(name, deps);
    await db.open();
    expect(db.verno).toBe(2);
    const snapshots = await db.snapshots.toArray();
    expect(snapshots.map(({ terms, ...rest }) => rest)).toEqual(before.snapshots);
    expect(snapshots.every((s: SnapshotRecord) => (s.terms?.length ?? 0) > 50)).toBe(true);
    expect(await db.annotations.toArray()).toEqual(before.annotations);
    const cards = await db.cards.orderBy('group').toArray();
    expect(cards.map((c) => [c.issuer, c.year, c.notes, c.tags])).toEqual([
      ['青禾县人民政府', 2024, 1, ['跟进']],
      ['青禾县人民政府', 2023, 1, ['法治', '跟进']],
    ]);
    expect(cards.map((c) => c.sha256)).toEqual([newer.sha256, older.sha256]);
    // Text and notes are searchable through the new index.
    expect([...await allTermIds(db, ['监督', '平台'])].length).toBe(1);
    expect((await queryLibrary(db, query({ text: '县长答复' }))).hits.map((h) => [h.card.sha256, h.snippet?.source])).toEqual([[newer.sha256, 'note']]);
    expect(await db.overrides.count()).toBe(0);
    await setOverride(db, { olderSha256: older.sha256, newerSha256: newer.sha256, commitmentId: 'c1', status: 'missed' });
    expect(await db.overrides.count()).toBe(1);
    db.close();
  });

  it('versions are appended: version 1 is exactly as released', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2]);
    expect(SCHEMA_VERSIONS[0].stores).toEqual({
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
    });
  });
});
