/**
 * Schema v4 → v5 (issue 18) on a database as version 4 wrote it: every text gets its triples
 * filter, nothing stored changes, and a phrase search reads only the texts that may match.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../lib/extract/types';
import { indexTerms } from '../../lib/search/index';
import { tripleFilter } from '../../lib/search/triple-filter';
import { toRows } from '../../lib/store/body';
import { addPending } from '../../lib/store/pending-postings';
import { updatePostings, type PostingsTable } from '../../lib/store/postings';
import { cardOf, LATEST_SCHEMA_VERSION, openLedgerDb, queryLibrary, SCHEMA_VERSIONS, type SnapshotRecord } from '../../lib/store/index';
import { dump, freshDb, inputFor, query, reportText } from './fixtures';

const BODIES = [
  '着力推进法治建设，推进行政执法公示。', // every pair and triple of 着力推进行政, not the phrase
  '着力推进行政复议体制改革。', // the phrase
  '全力推进，着力改进行政执法。', // every pair of it, not its triple 着力推
  '着力推进行政审批提速。', // the phrase, saved alone: its terms pending
  '𠀀着力推进行政执法。', // the phrase, a character beyond the BMP: no filter
];

/** The rows version 4 wrote for BODIES (texts, bodies, cards, postings; one page pending). */
async function v4Database(name: string, deps: ReturnType<typeof freshDb>['deps']): Promise<SnapshotRecord[]> {
  const v4 = new Dexie(name, deps);
  for (const v of SCHEMA_VERSIONS.slice(0, 4)) v4.version(v.version).stores(v.stores);
  const snapshots: SnapshotRecord[] = BODIES.map((b, i) => {
    const x = inputFor(reportText(['青禾县人民政府', '云溪县人民政府', '石门县人民政府', '东坪县人民政府', '南山县人民政府'][i], 2024, b));
    return {
      id: i + 1, sha256: x.sha256, url: x.url, title: x.title, savedAt: `2025-0${i + 1}-01T00:00:00.000Z`, extractorVersion: EXTRACTOR_VERSION,
      extraction: x.extraction, html: x.html, text: x.text, issuer: x.extraction.meta.issuer, docType: x.extraction.meta.docType,
      coversYear: x.extraction.meta.coversYear, tags: [],
    };
  });
  await v4.table('snapshots').bulkAdd(snapshots.map((s) => ({ ...toRows(s).row, id: s.id })));
  await v4.table('texts').bulkAdd(snapshots.map((s) => ({ id: s.id, text: s.text })));
  await v4.table('cards').bulkAdd(snapshots.map((s) => cardOf(s, [])));
  const postings = v4.table('postings') as PostingsTable;
  await updatePostings(postings, snapshots.filter((s) => s.id !== 4).map((s) => ({ id: s.id, terms: indexTerms(s.text) })), true);
  await addPending(postings, 4, indexTerms(snapshots[3].text));
  v4.close();
  return snapshots;
}

describe('schema v4 → v5', () => {
  it('gives every text its triples filter and changes nothing else; a phrase reads only the texts that may match', async () => {
    const { name, deps } = freshDb();
    const snapshots = await v4Database(name, deps);
    const v4 = new Dexie(name, deps);
    for (const v of SCHEMA_VERSIONS.slice(0, 4)) v4.version(v.version).stores(v.stores);
    const tables = ['snapshots', 'texts', 'cards', 'postings', 'annotations', 'overrides', 'diffs'];
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v4.table(t).toArray()])));
    v4.close();
    const db = openLedgerDb(name, deps);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const after = await dump(db);
    for (const t of tables) expect(after[t as keyof typeof after]).toEqual(before[t]);
    // A filter for every text but the one beyond the BMP, the one its text makes.
    expect(after.triples.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    for (const r of after.triples) expect(r.bits).toEqual(tripleFilter(snapshots[r.id - 1].text));
    const read: number[] = [];
    const bulkGet = db.texts.bulkGet.bind(db.texts);
    db.texts.bulkGet = ((ids: number[]) => { read.push(...ids); return bulkGet(ids); }) as typeof db.texts.bulkGet;
    const page = await queryLibrary(db, query({ text: '着力推进行政' }));
    expect(page.hits.map((h) => h.card.id).sort()).toEqual([2, 4, 5]);
    // Text 3 lacks 着力推: ruled out by its filter, never read.
    expect(read.sort()).toEqual([1, 2, 4, 5]);
    db.close();
  });
});
