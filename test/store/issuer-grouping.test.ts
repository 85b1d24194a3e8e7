/**
 * Issue 11: the library groups one issuer's reports however each spells its name (静海区,
 * 静海区人民政府, 天津市静海区人民政府; a county under its province and city, or named only
 * as 县人民政府 in an untitled report's framing) and offers the year pairs to compare;
 * another issuer of the same city (its bureau) stays a group of its own.
 */
import { describe, expect, it } from 'vitest';
import { offeredPairs } from '../../lib/library/compare';
import { groupByIssuer } from '../../lib/library/view';
import { issuerCards, libraryFacets, queryLibrary, saveSnapshot } from '../../lib/store/index';
import { freshDb, inputFor, query } from './fixtures';

/** A short annual report whose title spells the issuer as given. */
function report(titleIssuer: string, year: number): string {
  return [
    `${titleIssuer}${year}年度法治政府建设情况报告`,
    `${year}年，全区坚持依法行政，法治政府建设取得新进展。`,
    '一、主要举措和成效',
    `全年办理行政审批事项${year - 2000}万件，群众满意率达到98.5%。`,
    `二、${year + 1}年工作安排`,
    '年底前建成区级行政执法监督平台。',
  ].join('\n');
}

describe('one issuer, three spellings', () => {
  it('is one group in the library, with the pairs of consecutive years offered', async () => {
    const { db } = freshDb();
    const saved = [['静海区', 2021], ['静海区人民政府', 2022], ['天津市静海区人民政府', 2023], ['天津市静海区司法局', 2022]] as const;
    let day = 1;
    for (const [issuer, year] of saved) {
      await saveSnapshot(db, inputFor(report(issuer, year), `http://127.0.0.1/jh/${year}-${day}.html`), new Date(Date.UTC(2025, 0, day++)));
    }
    const page = await queryLibrary(db, query({ limit: 10 }));
    const groups = groupByIssuer(page.hits, (h) => h.card.issuer);
    expect(groups.map((g) => [g.issuer, g.items.map((h) => h.card.year)])).toEqual([
      ['静海区', [2023, 2022, 2021]],
      ['静海区司法局', [2022]],
    ]);
    expect(page.groupCounts).toMatchObject({ 静海区: 3, 静海区司法局: 1 });
    // The extraction keeps each report's own spelling; the card carries the issuer's key.
    expect(page.hits.filter((h) => h.card.issuer === '静海区').map((h) => h.card.meta.issuer).sort())
      .toEqual(['天津市静海区人民政府', '静海区', '静海区人民政府'].sort());
    expect((await libraryFacets(db)).issuers).toEqual(['静海区', '静海区司法局']);
    const pairs = offeredPairs(await issuerCards(db, '静海区'));
    expect(pairs.map((p) => [p.older.year, p.newer.year])).toEqual([[2021, 2022], [2022, 2023]]);
  });

  it('groups a county whose untitled report names itself 县人民政府, and offers its pairs', async () => {
    const { db } = freshDb();
    const untitled = [
      '根据《法治政府建设与责任落实督察工作规定》有关要求，现将县人民政府2022年法治政府建设工作情况报告如下。',
      '2022年，灌北县坚持依法行政，灌北县法治政府建设取得新进展。',
      '一、主要举措和成效',
      '全年办理行政审批事项22万件，群众满意率达到98.5%。',
      '二、2023年工作安排',
      '年底前建成县级行政执法监督平台。',
    ].join('\n');
    const texts = [report('灌北县', 2021), untitled, report('江苏省云港市灌北县人民政府', 2023), report('云港市灌北县司法局', 2023)];
    let day = 1;
    for (const text of texts) await saveSnapshot(db, inputFor(text, `http://127.0.0.1/gb/${day}.html`), new Date(Date.UTC(2025, 1, day++)));
    const page = await queryLibrary(db, query({ limit: 10 }));
    const groups = groupByIssuer(page.hits, (h) => h.card.issuer);
    expect(groups.map((g) => [g.issuer, g.items.map((h) => h.card.year)])).toEqual([
      ['灌北县', [2023, 2022, 2021]],
      ['灌北县司法局', [2023]],
    ]);
    expect(page.hits.filter((h) => h.card.issuer === '灌北县').map((h) => h.card.meta.issuer).sort())
      .toEqual(['江苏省云港市灌北县人民政府', '灌北县', '灌北县人民政府'].sort());
    const pairs = offeredPairs(await issuerCards(db, '灌北县'));
    expect(pairs.map((p) => [p.older.year, p.newer.year])).toEqual([[2021, 2022], [2022, 2023]]);
  });
});
