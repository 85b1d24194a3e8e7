/** Schema upgrades with data: nothing lost, terms and cards built, the new tables usable; newer databases refused. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { EXTRACTOR_VERSION } from '../../lib/extract/types';
import { errorCode } from '../../lib/messages';
import {
  countMatches, getSnapshot, LATEST_SCHEMA_VERSION, openLedgerDb, queryLibrary, SCHEMA_VERSIONS, setOverride, toStoreError,
  type AnnotationRecord,
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

describe('schema v1 → latest', () => {
  it('keeps every snapshot and note, and adds the search index, cards and empty overrides/diffs', async () => {
    // freshDb's own handle is never opened: the database is created by v1Database below.
    const { name, deps } = freshDb();
    const { before, older, newer } = await v1Database(name, deps);
    const db = openLedgerDb(name, deps);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const ids = await db.snapshots.toCollection().primaryKeys();
    expect(await Promise.all(ids.map((id) => getSnapshot(db, id)))).toEqual(before.snapshots);
    expect(await db.annotations.toArray()).toEqual(before.annotations);
    const cards = await db.cards.orderBy('group').toArray();
    expect(cards.map((c) => [c.issuer, c.year, c.notes, c.tags])).toEqual([
      ['青禾县', 2024, 1, ['跟进']],
      ['青禾县', 2023, 1, ['法治', '跟进']],
    ]);
    expect(cards.map((c) => c.sha256)).toEqual([newer.sha256, older.sha256]);
    // Text and notes are searchable through the new index.
    expect(await countMatches(db, '监督平台', query().filters)).toBe(1);
    expect((await queryLibrary(db, query({ text: '县长答复' }))).hits.map((h) => [h.card.sha256, h.snippet?.source])).toEqual([[newer.sha256, 'note']]);
    expect(await db.overrides.count()).toBe(0);
    await setOverride(db, { olderSha256: older.sha256, newerSha256: newer.sha256, commitmentId: 'c1', status: 'missed' });
    expect(await db.overrides.count()).toBe(1);
    db.close();
  });

  it('an upgrade that fails half-way (a record it cannot read) leaves the version 1 database as it was', async () => {
    const { name, deps } = freshDb();
    await v1Database(name, deps);
    // A record the v2 upgrade cannot build a card from, after two it can: the failure comes mid-way.
    const v1 = new Dexie(name, deps);
    v1.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await v1.table('snapshots').add({ sha256: 'e'.repeat(64), url: 'http://127.0.0.1/broken.html', savedAt: '2025-03-01T00:00:00.000Z', tags: [], text: '', extraction: null });
    v1.close();
    const before = await rawDump(name, deps.indexedDB);
    const db = openLedgerDb(name, deps);
    const err = await db.open().catch((e: unknown) => e);
    expect(toStoreError(err)).toMatchObject({ kind: 'unknown', message: expect.stringMatching(/^Storage error: /) });
    expect(await rawDump(name, deps.indexedDB)).toEqual(before);
    expect(before.version).toBe(10);
  });

  it('versions are appended: version 1 is exactly as released', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    // v5 (page notes, cards counting notes only) changed records, not tables.
    expect(SCHEMA_VERSIONS[4].stores).toEqual(SCHEMA_VERSIONS[3].stores);
    // v6 (issue 18) adds one table, each text's triples filter.
    expect(SCHEMA_VERSIONS[5].stores).toEqual({ ...SCHEMA_VERSIONS[4].stores, triples: 'id' });
    expect(SCHEMA_VERSIONS[0].stores).toEqual({
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
    });
    expect(SCHEMA_VERSIONS[1].stores).toEqual({
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags, *terms',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
      cards: 'id, &sha256, savedAt, group, issuer, year, docType, title, *tags, notes',
      overrides: '[olderSha256+newerSha256+commitmentId], olderSha256, newerSha256',
      diffs: 'key, olderSource, newerSource',
    });
  });
});

describe('schema v2 → v3', () => {
  it('rebuilds every card with the issuer\'s key: one issuer\'s spellings group as one, nothing else changes', async () => {
    const { name, deps } = freshDb();
    const v2 = new Dexie(name, deps);
    v2.version(1).stores(SCHEMA_VERSIONS[0].stores);
    v2.version(2).stores(SCHEMA_VERSIONS[1].stores);
    const inputs = [inputFor(reportText('静海区', 2022)), inputFor(reportText('天津市静海区人民政府', 2023))];
    const records = inputs.map((i, k) => ({
      id: k + 1, sha256: i.sha256, url: i.url, title: i.title, savedAt: `2025-0${k + 1}-01T00:00:00.000Z`, extractorVersion: EXTRACTOR_VERSION, extraction: i.extraction,
      html: i.html, text: i.text, issuer: i.extraction.meta.issuer, docType: i.extraction.meta.docType, coversYear: i.extraction.meta.coversYear, tags: [], terms: ['静海'],
    }));
    await v2.table('snapshots').bulkAdd(records);
    // The cards version 2 wrote: the issuer as each report spelled it.
    await v2.table('cards').bulkAdd(records.map((r) => ({ id: r.id, sha256: r.sha256, savedAt: r.savedAt, group: `${r.issuer}\u0000x`, issuer: r.issuer, year: r.coversYear, docType: r.docType, title: r.title, tags: [], notes: 0 })));
    v2.close();
    const db = openLedgerDb(name, deps);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.snapshots.toArray()).map((s) => s.issuer)).toEqual(['静海区', '天津市静海区人民政府']);
    const cards = await db.cards.orderBy('group').toArray();
    expect(cards.map((c) => [c.issuer, c.year, c.meta.issuer])).toEqual([['静海区', 2023, '天津市静海区人民政府'], ['静海区', 2022, '静海区']]);
    expect((await queryLibrary(db, query())).groupCounts).toEqual({ 静海区: 2 });
    db.close();
  });
});

/** A database as a future version might write it: `tables` declared there, one record in. */
async function futureDatabase(name: string, deps: ReturnType<typeof freshDb>['deps'], tables: Record<string, string>) {
  const db = new Dexie(name, deps);
  db.version(LATEST_SCHEMA_VERSION + 1).stores(tables);
  await db.table('snapshots').add({ sha256: 'f'.repeat(64), url: 'http://127.0.0.1/future.html', shape: 'future' });
  db.close();
}

/** Every store of the database, its native version and its records, read without Dexie. */
async function rawDump(name: string, factory: IDBFactory) {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const stores = [...idb.objectStoreNames];
  const records: Record<string, unknown[]> = {};
  for (const s of stores) {
    records[s] = await new Promise((resolve, reject) => {
      const req = idb.transaction(s).objectStore(s).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  const indexes = Object.fromEntries(stores.map((s) => [s, [...idb.transaction(s).objectStore(s).indexNames]]));
  const out = { version: idb.version, stores, indexes, records };
  idb.close();
  return out;
}

describe('a database written by a newer version, opened by this code', () => {
  const LATEST = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores;

  it('with every table this code knows (and more): refused with newer-database, nothing changed', async () => {
    const { name, deps } = freshDb();
    await futureDatabase(name, deps, { ...LATEST, snapshots: `${LATEST.snapshots}, shape`, people: '++id, name' });
    const before = await rawDump(name, deps.indexedDB);
    const db = openLedgerDb(name, deps);
    await expect(db.open()).rejects.toMatchObject({ name: 'StoreError', kind: 'newer-database' });
    // A query (what the library does first) fails with the same clear error code.
    const err = await db.snapshots.count().catch((e: unknown) => e);
    expect(errorCode(err)).toBe('store-newer-database');
    expect(toStoreError(err).message).toMatch(/newer version of Promise Ledger.*nothing was changed/);
    expect(await rawDump(name, deps.indexedDB)).toEqual(before);
  });

  it('missing a table this code declares: refused before Dexie adds it (native version and tables unchanged)', async () => {
    const { name, deps } = freshDb();
    const { diffs, ...withoutDiffs } = LATEST;
    await futureDatabase(name, deps, withoutDiffs);
    const before = await rawDump(name, deps.indexedDB);
    expect(before.version).toBe((LATEST_SCHEMA_VERSION + 1) * 10);
    const db = openLedgerDb(name, deps);
    const err = await db.open().catch((e: unknown) => e);
    expect(errorCode(err)).toBe('store-newer-database');
    expect(await rawDump(name, deps.indexedDB)).toEqual(before);
  });

  it('the guard lets the current version through (reopened; the v1 upgrade above opens through it too)', async () => {
    const { name, deps } = freshDb();
    const db = openLedgerDb(name, deps);
    await db.open();
    await db.annotations.add({ url: 'http://127.0.0.1/a.html', snapshotSha: null } as AnnotationRecord);
    db.close();
    const again = openLedgerDb(name, deps);
    expect(await again.annotations.count()).toBe(1);
    expect(again.verno).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });
});
