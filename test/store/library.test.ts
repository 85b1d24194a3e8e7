/** The library's queries: browsing pages, filters, sorts, search over text and notes. */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import {
  addAnnotation, countMatches, deleteAnnotation, deleteSnapshots, getSnapshot, issuerCards, libraryFacets,
  nextBatch, queryIds, queryLibrary, saveSnapshot, setSnapshotTags, type LedgerDb,
} from '../../lib/store/index';
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
    const { text } = (await getSnapshot(db, page.hits[0].card.id))!;
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
    const s = (await getSnapshot(db, hit.card.id))!;
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

describe('search counts and pages over true matches', () => {
  it('reads texts in batches sized by the share of candidates matching so far', () => {
    // A page of 20 and one more: the first batch covers them with a quarter to spare.
    expect(nextBatch(21, 0, 0)).toBe(27);
    // One candidate in 14 matching: enough for the rest, never more than 256 at once.
    expect(nextBatch(21, 27, 1)).toBe(256);
    expect(nextBatch(2, 283, 19)).toBe(Math.ceil(2 * (284 / 20) * 1.25));
    // Every candidate matching: small batches, never under 8.
    expect(nextBatch(1, 40, 40)).toBe(8);
  });

  it('a one-term query is answered by the index alone: exact total, pages by position', async () => {
    const db = await library();
    const page = await queryLibrary(db, query({ text: '云溪', limit: 2 }));
    expect(page).toMatchObject({ total: 3, exact: true, next: 2 });
    expect(page.hits.every((h) => h.snippet?.hit === '云溪')).toBe(true);
    expect(await countMatches(db, '数字', query().filters)).toBe(1);
  });

  it('a phrase says "at least" until its matches are all seen, and counts exactly on request', async () => {
    const db = await library();
    const first = await queryLibrary(db, query({ text: '行政复议中心', limit: 4 }));
    // Four shown and a fifth seen: at least 5 of 9, with a next page.
    expect(first).toMatchObject({ total: 5, exact: false, next: 4 });
    const last = await queryLibrary(db, query({ text: '行政复议中心', limit: 4, offset: 8 }));
    expect(last).toMatchObject({ total: 9, exact: true, next: null });
    expect(last.hits.length).toBe(1);
    // Every bigram of 行政府 is in all nine, the phrase in none: the count and selection are both exact.
    expect(await countMatches(db, '行政府', query().filters)).toBe(0);
    expect(await queryIds(db, '行政府', query().filters)).toEqual([]);
    expect(await countMatches(db, '行政复议', query().filters)).toBe(9);
    expect(await countMatches(db, '', { ...query().filters, year: 2024 })).toBe(3);
  });

  it('finds matches however far down the list they are: no page is empty while matches remain', async () => {
    const { db } = freshDb();
    // 40 reports by issuers sorting first, with every pair and triple of the phrase but not the
    // phrase (their texts must be read), then 3 that have it (their issuers sort last).
    for (let i = 0; i < 43; i++) {
      const issuer = `${i < 40 ? '阿' : '龙'}${String.fromCodePoint(0x4e00 + i)}县人民政府`;
      const body = i >= 40 ? '试点推行执法公示清单。' : '推行执法记录，执法公开，依法公示结果。';
      await saveSnapshot(db, inputFor(reportText(issuer, 2023, body), `http://127.0.0.1/far/${i}.html`));
    }
    const pages = [];
    for (let offset: number | null = 0; offset !== null;) {
      const page = await queryLibrary(db, query({ text: '推行执法公示', limit: 2, offset }));
      expect(page.hits.length).toBeGreaterThan(0);
      pages.push(page.hits.map((h) => h.card.url.replace('http://127.0.0.1/far/', '')));
      offset = page.next;
    }
    expect(pages).toEqual([['40.html', '41.html'], ['42.html']]);
  });
});

describe('phrase search and the texts\' triples filters', () => {
  it('reads only the texts whose filter allows every triple of the phrase, and finds the same matches', async () => {
    const { db } = freshDb();
    // 30 with every pair of 着力推进行政 but not its triple 着力推, 5 with every triple, 2 with the phrase.
    const bodies = [...Array(30).fill('全力推进，着力改进行政执法。'), ...Array(5).fill('着力推进法治建设，推进行政执法。'), '着力推进行政复议。', '着力推进行政审批。'];
    for (let i = 0; i < bodies.length; i++) await saveSnapshot(db, inputFor(reportText(`${String.fromCodePoint(0x4e00 + i)}县人民政府`, 2024, bodies[i]), `http://127.0.0.1/t/${i}.html`));
    const read: number[] = [];
    const bulkGet = db.texts.bulkGet.bind(db.texts);
    db.texts.bulkGet = ((ids: number[]) => { read.push(...ids); return bulkGet(ids); }) as typeof db.texts.bulkGet;
    const page = await queryLibrary(db, query({ text: '着力推进行政' }));
    expect(page.hits.map((h) => h.card.url.replace('http://127.0.0.1/t/', '')).sort()).toEqual(['35.html', '36.html']);
    expect([page.total, page.exact]).toEqual([2, true]);
    expect(read.length).toBe(7);
    expect(await countMatches(db, '着力推进行政', query().filters)).toBe(2);
    // Without a filter (a text beyond the BMP), a text is read and checked as before.
    await saveSnapshot(db, inputFor(reportText('𠀀县人民政府', 2024, '着力推进行政执法。'), 'http://127.0.0.1/t/astral.html'));
    expect(await countMatches(db, '着力推进行政', query().filters)).toBe(3);
  });
});

describe('pages saved one at a time (pending postings)', () => {
  it('are found by words of their text at once and no more once deleted, before and after a merge', async () => {
    const db = await library();
    const digital = async () => (await queryLibrary(db, query({ text: '数字政府' }))).hits.map((h) => h.card.id);
    const [id] = await digital();
    expect(id).toBeDefined();
    expect(await db.postings.where('[block+bucket]').below([0, 0]).count()).toBeGreaterThan(0);
    await deleteSnapshots(db, [id]);
    expect(await digital()).toEqual([]);
    expect(await db.postings.where('[block+bucket]').between([-id, 0], [-id, Infinity]).count()).toBe(0);
  });
});
