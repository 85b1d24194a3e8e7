/**
 * The library's queries: a page of snapshot cards, browsed or searched, filtered and sorted,
 * read through indexes. Never reads all snapshots: browsing reads one page of the small cards
 * table; a search looks each query term up in the `*terms` index, intersects the ids, reads
 * the matching cards, and confirms only the page's candidates against their text and notes.
 */
import { queryTerms, snippet, type Snippet } from '../search/index';
import {
  compareCards, hasFilters, matchesFilters, sortIndex, type LibraryFilters, type LibrarySort,
} from '../library/view';
import { notesOf } from './cards';
import type { CardRecord, LedgerDb } from './schema';

export interface LibraryQuery { text: string; filters: LibraryFilters; sort: LibrarySort; offset: number; limit: number }

/** Where a search hit was found: the snapshot text (offsets into it) or one of its notes. */
export type HitSnippet = Snippet & { source: 'text' | 'note' };
export interface LibraryHit { card: CardRecord; snippet: HitSnippet | null }

export interface LibraryPage {
  hits: LibraryHit[];
  /** Snapshots matching the filters; for a search, those having every query term. */
  total: number;
  /** False when some of `total` were not confirmed yet (a search reads texts page by page). */
  exact: boolean;
  offset: number;
  /** Offset of the next page, or null on the last one. */
  next: number | null;
  /** Snapshots per issuer among the results (for the group headers). */
  groupCounts: Record<string, number>;
}

/** Ids of snapshots having every term, smallest posting list first. */
export async function termIds(db: LedgerDb, terms: string[]): Promise<Set<number>> {
  const lists = await Promise.all(terms.map((t) => db.snapshots.where('terms').equals(t).primaryKeys()));
  lists.sort((a, b) => a.length - b.length);
  let ids = new Set(lists[0] ?? []);
  for (const list of lists.slice(1)) {
    if (!ids.size) break;
    const next = new Set(list);
    ids = new Set([...ids].filter((id) => next.has(id)));
  }
  return ids;
}

/** One page of the library. */
export async function queryLibrary(db: LedgerDb, q: LibraryQuery): Promise<LibraryPage> {
  const terms = queryTerms(q.text);
  if (!terms.length && !hasFilters(q.filters)) return browsePage(db, q);
  return db.transaction('r', [db.cards, db.snapshots, db.annotations], async () => {
    const cards = terms.length ? await cardsOf(db, await termIds(db, terms)) : await filteredBase(db, q.filters);
    const sorted = cards.filter((c) => matchesFilters(c, q.filters)).sort(compareCards(q.sort));
    const groupCounts = countBy(sorted);
    if (!terms.length) {
      const hits = sorted.slice(q.offset, q.offset + q.limit).map((card) => ({ card, snippet: null }));
      return { hits, total: sorted.length, exact: true, offset: q.offset, next: nextOffset(q.offset + q.limit, sorted.length), groupCounts };
    }
    return confirmPage(db, q, sorted, groupCounts);
  });
}

/** No search and no filter: a page straight off the sort index. */
async function browsePage(db: LedgerDb, q: LibraryQuery): Promise<LibraryPage> {
  const { index, reverse } = sortIndex(q.sort);
  return db.transaction('r', db.cards, async () => {
    const ordered = reverse ? db.cards.orderBy(index).reverse() : db.cards.orderBy(index);
    const [cards, total] = await Promise.all([ordered.offset(q.offset).limit(q.limit).toArray(), db.cards.count()]);
    const groupCounts: Record<string, number> = {};
    for (const issuer of new Set(cards.map((c) => c.issuer))) groupCounts[issuer] = await db.cards.where('issuer').equals(issuer).count();
    return { hits: cards.map((card) => ({ card, snippet: null })), total, exact: true, offset: q.offset, next: nextOffset(q.offset + q.limit, total), groupCounts };
  });
}

/**
 * Cards of the given ids. Many ids: one read of the whole (small) cards table beats thousands
 * of single reads; few: read just those.
 */
async function cardsOf(db: LedgerDb, ids: Set<number>): Promise<CardRecord[]> {
  if (!ids.size) return [];
  if (ids.size > 300) return (await db.cards.toArray()).filter((c) => ids.has(c.id));
  return (await db.cards.bulkGet([...ids])).filter((c): c is CardRecord => !!c);
}

/** Cards read through the most selective index a filter offers. */
async function filteredBase(db: LedgerDb, f: LibraryFilters): Promise<CardRecord[]> {
  if (f.issuer !== null) return db.cards.where('issuer').equals(f.issuer).toArray();
  if (f.tag !== null) return db.cards.where('tags').equals(f.tag).toArray();
  if (f.year !== null) return db.cards.where('year').equals(f.year).toArray();
  if (f.hasNotes) return db.cards.where('notes').above(0).toArray();
  if (f.docType !== null) return db.cards.where('docType').equals(f.docType).toArray();
  return db.cards.toArray();
}

/**
 * Walks the sorted candidates from the offset, reading texts and notes a page at a time, and
 * keeps those where the query really occurs (bigrams can all be present yet apart).
 */
async function confirmPage(db: LedgerDb, q: LibraryQuery, sorted: CardRecord[], groupCounts: Record<string, number>): Promise<LibraryPage> {
  const hits: LibraryHit[] = [];
  let at = q.offset;
  let dropped = 0;
  while (hits.length < q.limit && at < sorted.length) {
    const batch = sorted.slice(at, at + q.limit);
    const snaps = await db.snapshots.bulkGet(batch.map((c) => c.id));
    for (let i = 0; i < batch.length && hits.length < q.limit; i++, at++) {
      const s = snaps[i];
      const inText = s ? snippet(s.text, q.text) : null;
      let found: HitSnippet | null = inText ? { ...inText, source: 'text' } : null;
      if (!found && s) found = noteSnippet(await notesOf(db, s), q.text);
      if (found) hits.push({ card: batch[i], snippet: found });
      else dropped++;
    }
  }
  const confirmedAll = at >= sorted.length;
  return {
    hits, total: sorted.length - dropped, exact: confirmedAll && q.offset === 0, offset: q.offset,
    next: confirmedAll ? null : at, groupCounts,
  };
}

function noteSnippet(notes: { note: string; tags: string[] }[], query: string): HitSnippet | null {
  for (const n of notes) {
    const s = snippet(`${n.note} ${n.tags.join(' ')}`, query);
    if (s) return { ...s, source: 'note' };
  }
  return null;
}

function countBy(cards: CardRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cards) out[c.issuer] = (out[c.issuer] ?? 0) + 1;
  return out;
}

const nextOffset = (end: number, total: number) => (end < total ? end : null);

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

/** Ids of every snapshot matching a query (for "select all results"): keys only, no texts. */
export async function queryIds(db: LedgerDb, text: string, filters: LibraryFilters): Promise<number[]> {
  const terms = queryTerms(text);
  if (!terms.length && !hasFilters(filters)) return db.cards.toCollection().primaryKeys();
  const cards = terms.length ? await cardsOf(db, await termIds(db, terms)) : await filteredBase(db, filters);
  return cards.filter((c) => matchesFilters(c, filters)).map((c) => c.id);
}
