/**
 * Schema v6 (issue 18) on a database as version 4 or 5 wrote it: every text gets its triples
 * filter, nothing else stored changes, and a phrase search reads only the texts that may match.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { tripleFilter } from '../../lib/search/triple-filter';
import { LATEST_SCHEMA_VERSION, openLedgerDb, queryLibrary, SCHEMA_VERSIONS, type SnapshotRecord } from '../../lib/store/index';
import { dump, freshDb, inputFor, query, recordFor, reportText, writeAsV4 } from './fixtures';

const BODIES = [
  '着力推进法治建设，推进行政执法公示。', // every pair and triple of 着力推进行政, not the phrase
  '着力推进行政复议体制改革。', // the phrase
  '全力推进，着力改进行政执法。', // every pair of it, not its triple 着力推
  '着力推进行政审批提速。', // the phrase, saved alone: its terms pending
  '𠀀着力推进行政执法。', // the phrase, a character beyond the BMP: no filter
];

/** The rows version `version` (4 or 5: same tables) wrote for BODIES (texts, bodies, cards, postings; one page pending). */
async function oldDatabase(version: number, name: string, deps: ReturnType<typeof freshDb>['deps']): Promise<SnapshotRecord[]> {
  const old = new Dexie(name, deps);
  for (const v of SCHEMA_VERSIONS.slice(0, version)) old.version(v.version).stores(v.stores);
  const snapshots = BODIES.map((b, i) =>
    recordFor(inputFor(reportText(['青禾县人民政府', '云溪县人民政府', '石门县人民政府', '东坪县人民政府', '南山县人民政府'][i], 2024, b)), i + 1, `2025-0${i + 1}-01T00:00:00.000Z`));
  await writeAsV4(old, snapshots, [4]);
  old.close();
  return snapshots;
}

describe('schema old or v5 → v6', () => {
  it.each([4, 5])('from v%i: gives every text its triples filter and changes nothing else; a phrase reads only the texts that may match', async (version) => {
    const { name, deps } = freshDb();
    const snapshots = await oldDatabase(version, name, deps);
    const old = new Dexie(name, deps);
    for (const v of SCHEMA_VERSIONS.slice(0, version)) old.version(v.version).stores(v.stores);
    const tables = ['snapshots', 'texts', 'cards', 'postings', 'annotations', 'overrides', 'diffs'];
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await old.table(t).toArray()])));
    old.close();
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
