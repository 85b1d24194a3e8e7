/** The library's queries: browsing pages, filters, sorts, search over text and notes. */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import {
  addAnnotation, confirmHits, countMatches, deleteAnnotation, estimateCount, deleteSnapshots, issuerCards, libraryFacets, narrowByTerms,
  queryIds, queryLibrary, saveSnapshot, setSnapshotTags, type LedgerDb,
} from '../../lib/store/index';
import { queryTerms } from '../../lib/search/index';
import { arraySource } from '../../lib/store/library-search';
import { freshDb, inputFor, query, reportText } from './fixtures';

const ISSUERS = ['青禾县人民政府', '云溪县人民政府', '石门县人民政府'];

/** 3 issuers × 3 years; saved oldest first, one day apart. */
async function library(): Promise<LedgerDb> {
  const { db } = freshDb();
  let day = 1;
  for (const year of [2022, 2023, 2024]) {
    for (const issuer of ISSUERS) {
      const body = issuer === '石门县人民政府' && year === 2024 ? '全面推进数字政府建设。' : undefined;
      await saveSnapshot(db, inputFor(reportText(issuer, year, body), `http://127.0.0.1/${year}/${ISSUERS.indexOf(issuer)}.html`), new Date(Date.UTC(2025, 0, day++)));
    }
  }
  return db;
}

const years = (page: Awaited<ReturnType<typeof queryLibrary>>) => page.hits.map((h) => `${h.card.issuer.slice(0, 2)}${h.card.year}`);

describe('browsing', () => {
  it('groups by issuer with the newest year first, through the group index, page by page', async () => {
    const db = await library();
    const first = await queryLibrary(db, query({ limit: 4 }));
    expect(years(first)).toEqual(['云溪2024', '云溪2023', '云溪2022', '石门2024']);
    expect(first).toMatchObject({ total: 9, exact: true, next: 4, groupCounts: { 云溪县: 3, 石门县: 3 } });
    const last = await queryLibrary(db, query({ limit: 4, offset: 8 }));
    expect(years(last)).toEqual(['青禾2022']);
    expect(last.next).toBeNull();
  });

  it('sorts by time saved, year and title', async () => {
    const db = await library();
    expect(years(await queryLibrary(db, query({ sort: 'saved', limit: 2 })))).toEqual(['石门2024', '云溪2024']);
    expect((await queryLibrary(db, query({ sort: 'year', limit: 3 }))).hits.every((h) => h.card.year === 2024)).toBe(true);
    const titles = (await queryLibrary(db, query({ sort: 'title', limit: 9 }))).hits.map((h) => h.card.title);
    expect(titles).toEqual([...titles].sort());
  });

  it('filters by issuer, year, type, tag and notes, with the same sort', async () => {
    const db = await library();
    const f = (filters: object) => queryLibrary(db, query({ filters: { ...query().filters, ...filters } }));
    expect(years(await f({ issuer: '青禾县' }))).toEqual(['青禾2024', '青禾2023', '青禾2022']);
    expect(years(await f({ year: 2023 }))).toEqual(['云溪2023', '石门2023', '青禾2023']);
    expect((await f({ docType: 'annual-report' })).total).toBe(9);
    expect((await f({ docType: 'work-plan' })).total).toBe(0);
    const [card] = (await f({ issuer: '云溪县', year: 2022 })).hits;
    await setSnapshotTags(db, card.card.id, ['预算', ' 预算 ', '']);
    expect(years(await f({ tag: '预算' }))).toEqual(['云溪2022']);
    expect((await f({ hasNotes: true })).total).toBe(0);
    const facets = await libraryFacets(db);
    expect(facets).toEqual({ issuers: ['云溪县', '石门县', '青禾县'], docTypes: ['annual-report'], years: [2024, 2023, 2022], tags: ['预算'] });
    expect((await issuerCards(db, '石门县')).map((c) => c.year).sort()).toEqual([2022, 2023, 2024]);
  });
});

describe('search', () => {
  it('finds a Chinese phrase written without spaces, with a snippet at its offsets in the text', async () => {
    const db = await library();
    const page = await queryLibrary(db, query({ text: '数字政府建设' }));
    expect(years(page)).toEqual(['石门2024']);
    const s = page.hits[0].snippet!;
    expect(s.source).toBe('text');
    const { text } = (await db.snapshots.get(page.hits[0].card.id))!;
    expect(text.slice(s.start, s.end)).toBe('数字政府建设');
    expect(page).toMatchObject({ total: 1, exact: true, next: null });
  });

  it('drops candidates whose terms are all there but not as the phrase', async () => {
    const db = await library();
    expect((await queryLibrary(db, query({ text: '行政复议中心' }))).total).toBe(9);
    // 行政 and 政府 occur in every report (行政执法, 人民政府), so the index offers all nine;
    // '行政府' is written nowhere, and the confirmation drops them all.
    const apart = await queryLibrary(db, query({ text: '行政府' }));
    expect(apart.hits).toEqual([]);
    expect(apart).toMatchObject({ total: 0, exact: true, next: null });
  });

  it('combines search, filters and paging; ids of all results without reading texts', async () => {
    const db = await library();
    const filters = { ...query().filters, year: 2024 };
    const page = await queryLibrary(db, query({ text: '行政复议', filters, limit: 2 }));
    expect(years(page)).toEqual(['云溪2024', '石门2024']);
    expect(page.next).toBe(2);
    const rest = await queryLibrary(db, query({ text: '行政复议', filters, limit: 2, offset: 2 }));
    expect(years(rest)).toEqual(['青禾2024']);
    expect((await queryIds(db, '行政复议', filters)).length).toBe(3);
    expect((await queryIds(db, '', query().filters)).length).toBe(9);
  });

  it('notes are searchable as soon as they are written, and no more once deleted', async () => {
    const db = await library();
    const [hit] = (await queryLibrary(db, query({ text: '石门', filters: { ...query().filters, year: 2023 } }))).hits;
    const s = (await db.snapshots.get(hit.card.id))!;
    const at = s.text.indexOf('监督平台');
    const id = await addAnnotation(db, { url: s.url, snapshotSha: s.sha256, selectors: describeRange(s.text, at, at + 4), note: '人大代表询问进度', tags: ['询问'] });
    const found = await queryLibrary(db, query({ text: '代表询问' }));
    expect(found.hits.map((h) => [h.card.id, h.snippet?.source, h.snippet?.hit])).toEqual([[hit.card.id, 'note', '代表询问']]);
    expect((await queryLibrary(db, query({ filters: { ...query().filters, hasNotes: true } }))).total).toBe(1);
    expect((await db.cards.get(hit.card.id))!.tags).toEqual(['询问']);
    await deleteAnnotation(db, id);
    expect((await queryLibrary(db, query({ text: '代表询问' }))).total).toBe(0);
  });

  it('a page note made after the save counts for the newest snapshot of that page only', async () => {
    const { db } = freshDb();
    const url = 'http://127.0.0.1/same.html';
    await saveSnapshot(db, inputFor(reportText('青禾县人民政府', 2023), url), new Date('2025-01-01T00:00:00Z'));
    await saveSnapshot(db, inputFor(reportText('青禾县人民政府', 2023, '修订后的文本。'), url), new Date('2025-02-01T00:00:00Z'));
    await addAnnotation(db, { url, selectors: describeRange('修订后的文本', 0, 6), note: '修订说明' });
    const hits = (await queryLibrary(db, query({ text: '修订说明' }))).hits;
    expect(hits.map((h) => h.card.savedAt)).toEqual(['2025-02-01T00:00:00.000Z']);
    // Deleting the newer snapshot hands the page's note to the remaining one.
    await deleteSnapshots(db, [hits[0].card.id]);
    expect((await queryLibrary(db, query({ text: '修订说明' }))).hits.map((h) => h.card.savedAt)).toEqual(['2025-01-01T00:00:00.000Z']);
    expect(await db.cards.count()).toBe(1);
  });
});

describe('search on a large library (common terms, bounded work)', () => {
  it('terms found in more snapshots than the probe cap do not narrow; rarer ones do', async () => {
    const db = await library();
    // 行政 is in all 9; 数字 in one. With a cap of 5 only 数字 narrows.
    expect([...(await narrowByTerms(db, queryTerms('数字政府'), [2, 5]))!].length).toBe(1);
    expect(await narrowByTerms(db, queryTerms('行政复议'), [2, 5])).toBeNull();
    expect(await narrowByTerms(db, queryTerms('没有这个'), [2, 5])).toEqual(new Set());
    // 云溪 is in 3 snapshots: too many for the first round, complete in the second.
    expect([...(await narrowByTerms(db, queryTerms('云溪'), [2, 5]))!].length).toBe(3);
    // Terms whose first keys say they are everywhere are not probed deeper: 行政 (in all 9) with a deep cap of 4.
    expect(await narrowByTerms(db, queryTerms('行政'), [2, 4])).toBeNull();
  });

  it('estimates how common a term is from how far its first ids reach', () => {
    expect(estimateCount([1, 2, 3, 4], 1, 5000)).toBe(5000);
    expect(estimateCount([10, 900, 1700, 3200], 1, 5000)).toBeCloseTo(6.25);
    expect(Math.round(estimateCount(Array.from({ length: 64 }, (_, i) => 1 + i * 50), 1, 5000))).toBe(102);
  });

  it('confirmation reads at most maxScan snapshots per call and says where to go on', async () => {
    const db = await library();
    const ids = await db.cards.orderBy('group').primaryKeys();
    const first = await confirmHits(db, arraySource(ids), 0, 20, '行政府', 4);
    expect(first).toEqual({ hits: [], scannedTo: 4, dropped: 4 });
    const rest = await confirmHits(db, arraySource(ids), 0, 3, '复议中心', 4);
    expect([rest.hits.length, rest.scannedTo]).toEqual([3, 3]);
  });

  it('counts matches from the full posting lists, and selects all results confirmed', async () => {
    const db = await library();
    expect(await countMatches(db, '行政复议', query().filters)).toBe(9);
    expect(await countMatches(db, '', { ...query().filters, year: 2024 })).toBe(3);
    expect(await countMatches(db, '', query().filters)).toBe(9);
    // Every bigram of 行政府 is in all nine, the phrase in none: count is an upper bound, selection is exact.
    expect(await countMatches(db, '行政府', query().filters)).toBe(9);
    expect(await queryIds(db, '行政府', query().filters)).toEqual([]);
  });
});
