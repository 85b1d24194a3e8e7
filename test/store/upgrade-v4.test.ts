/**
 * Schema v3 → v4 (issue 18) on a database as version 3 wrote it: every snapshot, note,
 * override and diff comes through unchanged, each text is stored once, the rows carry no
 * copies, and search, count and paging work off the new index.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { EXTRACTOR_VERSION } from '../../lib/extract/types';
import {
  cardOf, countMatches, getSnapshot, LATEST_SCHEMA_VERSION, listSnapshots, openLedgerDb, overridesForPair, queryLibrary,
  SCHEMA_VERSIONS, snapshotTerms, type AnnotationRecord, type SnapshotRecord,
} from '../../lib/store/index';
import { freshDb, inputFor, query, reportText } from './fixtures';

/** Three reports, a note on the first, an override and a diff, written with the v3 tables. */
async function v3Database(name: string, deps: ReturnType<typeof freshDb>['deps']) {
  const v3 = new Dexie(name, deps);
  for (const v of SCHEMA_VERSIONS.slice(0, 3)) v3.version(v.version).stores(v.stores);
  const bodies = ['年底前建成县级行政执法监督平台。', '着力推进行政复议体制改革。', '推进行政执法公示。'];
  const inputs = bodies.map((b, i) => inputFor(reportText(['青禾县人民政府', '云溪县人民政府', '石门县人民政府'][i], 2023 + (i % 2), b)));
  const snapshots: SnapshotRecord[] = inputs.map((x, i) => ({
    id: i + 1, sha256: x.sha256, url: x.url, title: x.title, savedAt: `2025-0${i + 1}-01T00:00:00.000Z`, extractorVersion: EXTRACTOR_VERSION,
    extraction: x.extraction, html: x.html, text: x.text, issuer: x.extraction.meta.issuer, docType: x.extraction.meta.docType,
    coversYear: x.extraction.meta.coversYear, tags: i === 2 ? ['预算'] : [],
  }));
  const at = snapshots[0].text.indexOf('监督平台');
  const note: Omit<AnnotationRecord, 'id'> = {
    url: snapshots[0].url, snapshotSha: snapshots[0].sha256, selectors: describeRange(snapshots[0].text, at, at + 4), kind: 'note',
    note: '旁听庭审记录', tags: ['跟进'], commitmentId: null, status: null, createdAt: '2025-02-02T00:00:00.000Z', updatedAt: '2025-02-02T00:00:00.000Z',
  };
  await v3.table('snapshots').bulkAdd(snapshots.map((s) => ({ ...s, terms: snapshotTerms(s, s.id === 1 ? [note] : []) })));
  // v3 cards had no terms of their own.
  await v3.table('cards').bulkAdd(snapshots.map((s) => { const { terms, ...card } = cardOf(s, s.id === 1 ? [note] : []); return card; }));
  await v3.table('annotations').add(note);
  const override = { olderSha256: snapshots[0].sha256, newerSha256: snapshots[1].sha256, commitmentId: 'c1', status: 'missed', note: '', createdAt: '2025-03-01T00:00:00.000Z' };
  await v3.table('overrides').add(override);
  const before = { annotations: await v3.table('annotations').toArray(), diffs: await v3.table('diffs').toArray() };
  v3.close();
  return { snapshots, before, override };
}

describe('schema v3 → v4', () => {
  it('keeps every snapshot, note and override; stores each text once; search works off the new index', async () => {
    const { name, deps } = freshDb();
    const { snapshots, before, override } = await v3Database(name, deps);
    const db = openLedgerDb(name, deps);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    // Read back whole, each snapshot is exactly what v3 held (less its search terms).
    for (const s of snapshots) expect(await getSnapshot(db, s.id)).toEqual(s);
    expect((await listSnapshots(db)).map((s) => s.id)).toEqual([3, 2, 1]);
    expect(await db.annotations.toArray()).toEqual(before.annotations);
    expect([...(await overridesForPair(db, override.olderSha256, override.newerSha256)).values()]).toEqual([override]);
    // The rows keep no copy of the text: it is in `texts`, once; HTML and extraction are in the deflated body.
    const rows = await db.snapshots.toArray();
    expect(rows.every((r) => !('text' in r) && !('html' in r) && !('extraction' in r) && !('terms' in r) && r.body instanceof Uint8Array)).toBe(true);
    expect((await db.texts.toArray()).map((t) => t.text)).toEqual(snapshots.map((s) => s.text));
    // Search: a phrase (checked in the text), a one-term word, a note, a tag.
    expect((await queryLibrary(db, query({ text: '着力推进行政' }))).hits.map((h) => h.card.id)).toEqual([2]);
    expect(await countMatches(db, '行政', query().filters)).toBe(3);
    expect((await queryLibrary(db, query({ text: '旁听庭审' }))).hits.map((h) => [h.card.id, h.snippet?.source])).toEqual([[1, 'note']]);
    expect((await queryLibrary(db, query({ text: '预算' }))).hits.map((h) => h.card.id)).toEqual([3]);
    expect((await db.cards.get(1))!.tags).toEqual(['跟进']);
    db.close();
  });
});
