/**
 * The library's queries: a page of snapshot cards, browsed or searched, filtered and sorted,
 * read through indexes. Never reads whole snapshots: browsing reads one page off a sort index
 * of the small cards table; filters intersect the keys of their indexes; a search takes its
 * candidates from the term index (library-search.ts), orders them by the sort index's keys,
 * and reads texts only to check a phrase, page by page.
 */
import {
  compareCards, hasFilters, sortIndex, type LibraryFilters, type LibrarySort,
} from '../library/view';
import { candidateIds, findMatches, planSearch, snippetsFor, type HitSnippet, type SearchPlan } from './library-search';
import type { CardRecord, LedgerDb } from './schema';

export type { HitSnippet } from './library-search';

/** `offset` counts results (matches of a search), not snapshots. */
export interface LibraryQuery { text: string; filters: LibraryFilters; sort: LibrarySort; offset: number; limit: number }
export interface LibraryHit { card: CardRecord; snippet: HitSnippet | null }

export interface LibraryPage {
  hits: LibraryHit[];
  /** Snapshots matching the query and filters: all of them when `exact`, else at least this many. */
  total: number;
  /**
   * False when `total` is a lower bound: a phrase is checked against the texts only until the
   * page is full and one more match is found (`countMatches` counts them all).
   */
  exact: boolean;
  offset: number;
  /** Offset of the next page, or null on the last one. */
  next: number | null;
  /** Snapshots per issuer among the results, for the issuers on this page (group headers). */
  groupCounts: Record<string, number>;
}

const tables = (db: LedgerDb) => [db.cards, db.snapshots, db.texts, db.triples, db.postings, db.annotations];
const intersect = (a: Set<number> | null, b: Set<number> | null): Set<number> | null =>
  a === null ? b : b === null ? a : new Set([...a].filter((id) => b.has(id)));

/** One page of the library. */
export async function queryLibrary(db: LedgerDb, q: LibraryQuery): Promise<LibraryPage> {
  const plan = planSearch(q.text);
  if (!plan.terms.length && !hasFilters(q.filters)) return browsePage(db, q);
  return db.transaction('r', tables(db), async () => {
    const ordered = await orderedIds(db, q.sort, await candidates(db, plan, q.filters));
    const end = q.offset + q.limit;
    if (!plan.terms.length || plan.exact) {
      const ids = ordered.slice(q.offset, end);
      const [cards, snippets] = await Promise.all([cardsFor(db, ids), plan.terms.length ? snippetsFor(db, ids, plan) : ids.map(() => null)]);
      return {
        hits: cards.map((card, i) => ({ card, snippet: snippets[i] })), total: ordered.length, exact: true, offset: q.offset,
        next: end < ordered.length ? end : null, groupCounts: await groupCounts(db, cards, new Set(ordered)),
      };
    }
    const found = await findMatches(db, ordered, plan, q.offset, q.limit);
    const cards = await cardsFor(db, found.hits.map((h) => h.id));
    return {
      hits: found.hits.map((h, i) => ({ card: cards[i], snippet: h.snippet })),
      total: found.seen, exact: found.complete, offset: q.offset,
      next: found.complete ? null : end, groupCounts: await groupCounts(db, cards, new Set(ordered)),
    };
  });
}

/** Ids passing the filters and having every search term (null: every snapshot). */
async function candidates(db: LedgerDb, plan: SearchPlan, filters: LibraryFilters): Promise<Set<number> | null> {
  return intersect(await filterIds(db, filters), plan.terms.length ? await candidateIds(db, plan.terms) : null);
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
 * How many snapshots match the search and filters, exactly: a phrase is checked in every
 * candidate's text (about a second per few thousand candidates), so the list asks for it only
 * when the reader does.
 */
export async function countMatches(db: LedgerDb, text: string, filters: LibraryFilters): Promise<number> {
  return (await queryIds(db, text, filters)).length;
}

/** Ids of every snapshot matching a query (for "select all results" and the count), in no set order. */
export async function queryIds(db: LedgerDb, text: string, filters: LibraryFilters): Promise<number[]> {
  const plan = planSearch(text);
  return db.transaction('r', tables(db), async () => {
    const ids = await candidates(db, plan, filters);
    const all = ids ? [...ids] : await db.cards.toCollection().primaryKeys();
    if (!plan.terms.length || plan.exact) return all;
    return (await findMatches(db, all, plan, 0, all.length)).hits.map((h) => h.id);
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
