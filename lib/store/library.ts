/**
 * The library's queries: a page of snapshot cards, browsed or searched, filtered and sorted,
 * read through indexes. Never reads all snapshots: browsing reads one page off a sort index of
 * the small cards table; filters intersect the keys of their indexes; a search narrows by the
 * `*terms` index (library-search.ts), orders the candidates by the sort index's keys, and
 * reads whole snapshots only to confirm the page's hits.
 */
import { queryTerms } from '../search/index';
import {
  compareCards, hasFilters, sortIndex, type LibraryFilters, type LibrarySort,
} from '../library/view';
import { allTermIds, arraySource, confirmHits, narrowByTerms, type HitSnippet, type IdSource } from './library-search';
import type { CardRecord, LedgerDb } from './schema';

export type { HitSnippet } from './library-search';

export interface LibraryQuery { text: string; filters: LibraryFilters; sort: LibrarySort; offset: number; limit: number }
export interface LibraryHit { card: CardRecord; snippet: HitSnippet | null }

export interface LibraryPage {
  hits: LibraryHit[];
  /** Snapshots matching the filters; for a search, at most this many match (see `exact`). */
  total: number;
  /** False when `total` is an upper bound: a search confirms matches page by page. */
  exact: boolean;
  offset: number;
  /** Offset of the next page, or null on the last one. */
  next: number | null;
  /** Snapshots per issuer among the results, for the issuers on this page (group headers). */
  groupCounts: Record<string, number>;
}

const tables = (db: LedgerDb) => [db.cards, db.snapshots, db.annotations];
const intersect = (a: Set<number> | null, b: Set<number> | null): Set<number> | null =>
  a === null ? b : b === null ? a : new Set([...a].filter((id) => b.has(id)));

/** One page of the library. */
export async function queryLibrary(db: LedgerDb, q: LibraryQuery): Promise<LibraryPage> {
  const terms = queryTerms(q.text);
  if (!terms.length && !hasFilters(q.filters)) return browsePage(db, q);
  return db.transaction('r', tables(db), async () => {
    const candidates = intersect(await filterIds(db, q.filters), terms.length ? await narrowByTerms(db, terms) : null);
    if (!terms.length) {
      const ordered = await orderedIds(db, q.sort, candidates);
      const cards = await cardsFor(db, ordered.slice(q.offset, q.offset + q.limit));
      const end = q.offset + q.limit;
      return {
        hits: cards.map((card) => ({ card, snippet: null })), total: ordered.length, exact: true, offset: q.offset,
        next: end < ordered.length ? end : null, groupCounts: await groupCounts(db, cards, new Set(ordered)),
      };
    }
    // Every term common and no filter: the sort index read a slice at a time, not all 5,000 keys.
    const source = candidates ? arraySource(await orderedIds(db, q.sort, candidates)) : await indexSource(db, q.sort);
    const found = await confirmHits(db, source, q.offset, q.limit, q.text);
    const cards = await cardsFor(db, found.hits.map((h) => h.id));
    const done = found.scannedTo >= source.length;
    return {
      hits: found.hits.map((h, i) => ({ card: cards[i], snippet: h.snippet })),
      total: source.length - found.dropped, exact: done && q.offset === 0, offset: q.offset,
      next: done ? null : found.scannedTo, groupCounts: await groupCounts(db, cards, candidates),
    };
  });
}

/** All snapshots in the sort's order, read lazily off the sort index. */
async function indexSource(db: LedgerDb, sort: LibrarySort): Promise<IdSource> {
  const { index, reverse } = sortIndex(sort);
  const keys = () => (reverse ? db.cards.orderBy(index).reverse() : db.cards.orderBy(index));
  return { length: await db.cards.count(), slice: (from, to) => keys().offset(from).limit(to - from).primaryKeys() };
}

/** No search and no filter: a page straight off the sort index. */
async function browsePage(db: LedgerDb, q: LibraryQuery): Promise<LibraryPage> {
  const { index, reverse } = sortIndex(q.sort);
  return db.transaction('r', db.cards, async () => {
    const ordered = reverse ? db.cards.orderBy(index).reverse() : db.cards.orderBy(index);
    const [cards, total] = await Promise.all([ordered.offset(q.offset).limit(q.limit).toArray(), db.cards.count()]);
    const end = q.offset + q.limit;
    return { hits: cards.map((card) => ({ card, snippet: null })), total, exact: true, offset: q.offset, next: end < total ? end : null, groupCounts: await groupCounts(db, cards, null) };
  });
}

/** Ids matching every filter, each read from its own index (keys only); null without filters. */
async function filterIds(db: LedgerDb, f: LibraryFilters): Promise<Set<number> | null> {
  const reads: Promise<number[]>[] = [];
  if (f.issuer !== null) reads.push(db.cards.where('issuer').equals(f.issuer).primaryKeys());
  if (f.docType !== null) reads.push(db.cards.where('docType').equals(f.docType).primaryKeys());
  if (f.year !== null) reads.push(db.cards.where('year').equals(f.year).primaryKeys());
  if (f.tag !== null) reads.push(db.cards.where('tags').equals(f.tag).primaryKeys());
  if (f.hasNotes) reads.push(db.cards.where('notes').above(0).primaryKeys());
  let ids: Set<number> | null = null;
  for (const keys of await Promise.all(reads)) ids = intersect(ids, new Set(keys));
  return ids;
}

/**
 * Candidate ids in the sort's order. Few candidates: their cards, sorted here; many (or all):
 * the sort index's keys, read in order without the records, filtered.
 */
async function orderedIds(db: LedgerDb, sort: LibrarySort, candidates: Set<number> | null): Promise<number[]> {
  if (candidates && candidates.size <= 200) return (await cardsFor(db, [...candidates])).sort(compareCards(sort)).map((c) => c.id);
  const { index, reverse } = sortIndex(sort);
  const keys = await (reverse ? db.cards.orderBy(index).reverse() : db.cards.orderBy(index)).primaryKeys();
  return candidates ? keys.filter((id) => candidates.has(id)) : keys;
}

async function cardsFor(db: LedgerDb, ids: number[]): Promise<CardRecord[]> {
  return (await db.cards.bulkGet(ids)).filter((c): c is CardRecord => !!c);
}

/** How many of `among` (all when null) each issuer on the page has, through the issuer index. */
async function groupCounts(db: LedgerDb, cards: CardRecord[], among: Set<number> | null): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const issuer of new Set(cards.map((c) => c.issuer))) {
    const where = db.cards.where('issuer').equals(issuer);
    out[issuer] = among ? (await where.primaryKeys()).filter((id) => among.has(id)).length : await where.count();
  }
  return out;
}

/**
 * How many snapshots have every query term and pass the filters: the complete posting lists,
 * slower than a page (≈ 40 ms per common bigram per 5,000 snapshots), so the list asks for it
 * after showing the first page. Still an upper bound when the terms occur apart.
 */
export async function countMatches(db: LedgerDb, text: string, filters: LibraryFilters): Promise<number> {
  const terms = queryTerms(text);
  return db.transaction('r', tables(db), async () => {
    const ids = intersect(await filterIds(db, filters), terms.length ? await allTermIds(db, terms) : null);
    return ids ? ids.size : db.cards.count();
  });
}

/** Ids of every snapshot matching a query (for "select all results"), each confirmed like a page. */
export async function queryIds(db: LedgerDb, text: string, filters: LibraryFilters): Promise<number[]> {
  const terms = queryTerms(text);
  return db.transaction('r', tables(db), async () => {
    const candidates = intersect(await filterIds(db, filters), terms.length ? await allTermIds(db, terms) : null);
    if (!terms.length) return candidates ? [...candidates] : db.cards.toCollection().primaryKeys();
    const ids = [...candidates!];
    return (await confirmHits(db, arraySource(ids), 0, ids.length, text, Infinity)).hits.map((h) => h.id);
  });
}

export interface LibraryFacets { issuers: string[]; docTypes: string[]; years: number[]; tags: string[] }

/** Values to filter by, read from the indexes' keys alone. */
export async function libraryFacets(db: LedgerDb): Promise<LibraryFacets> {
  return db.transaction('r', db.cards, async () => {
    const [issuers, docTypes, years, tags] = await Promise.all([
      db.cards.orderBy('issuer').uniqueKeys(), db.cards.orderBy('docType').uniqueKeys(),
      db.cards.orderBy('year').uniqueKeys(), db.cards.orderBy('tags').uniqueKeys(),
    ]);
    return { issuers: issuers.map(String), docTypes: docTypes.map(String), years: (years as number[]).slice().reverse(), tags: tags.map(String) };
  });
}

/** Every card of one issuer (to offer the pairs to compare), through the issuer index. */
export async function issuerCards(db: LedgerDb, issuer: string): Promise<CardRecord[]> {
  return db.cards.where('issuer').equals(issuer).toArray();
}
