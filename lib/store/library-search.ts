/**
 * The search half of the library's queries: right first, then fast (issue 18).
 *
 * Candidates come from the term index, always: the snapshots that have every query term in
 * their text (postings.ts) or among the words of their card (title, issuer, tags, notes). For
 * a query of one term (法治, 县, GDP) the candidates are the matches. A longer Chinese run
 * (着力推进行政) is several bigrams that may occur apart, so each candidate is checked against
 * its text alone (the `texts` table, never the whole snapshot), in the list's order, until
 * the page is full and one more match shows there is a next page. No cap on how many are
 * read: a page is never empty, nor the pager hidden, while matches remain.
 */
import { fold, isSingleTerm, queryPieces, queryTerms, snippet, type Snippet } from '../search/index';
import { containsAll } from '../search/contains';
import { mayHaveAll, queryTriples } from '../search/triple-filter';
import { notesOf } from './cards';
import { idsWithTerm } from './postings';
import type { AnnotationRecord, CardRecord, LedgerDb } from './schema';

/** Where a search hit was found: the snapshot text (offsets into it) or one of its notes. */
export type HitSnippet = Snippet & { source: 'text' | 'note' };

/** Ids having every term in their text or their card's words (title, issuer, tags, notes). */
export async function candidateIds(db: LedgerDb, terms: string[]): Promise<Set<number>> {
  // Every term's lookups at once: IndexedDB serves them in one queue, without a round trip each.
  const found = await Promise.all(terms.map((term) => Promise.all([idsWithTerm(db.postings, term), db.cards.where('terms').equals(term).primaryKeys()])));
  let ids: number[] | null = null;
  for (const [inText, onCard] of found) {
    const has = new Set<number>(inText);
    for (const id of onCard) has.add(id);
    ids = ids === null ? [...has] : ids.filter((id) => has.has(id));
    if (!ids.length) break;
  }
  return new Set(ids ?? []);
}

/**
 * What a query needs: its terms (for candidates), its pieces (to check), whether checking is
 * needed, and the character triples a text must have (to skip texts by their filter first).
 */
export interface SearchPlan { query: string; terms: string[]; pieces: string[]; exact: boolean; triples: ReturnType<typeof queryTriples> }

export function planSearch(query: string): SearchPlan {
  const pieces = queryPieces(query);
  return { query, terms: queryTerms(query), pieces, exact: isSingleTerm(query), triples: queryTriples(pieces) };
}

const hasAll = (hay: string, pieces: string[]) => pieces.every((p) => hay.includes(p));

async function noteSnippet(db: LedgerDb, card: CardRecord, query: string): Promise<HitSnippet | null> {
  return card.notes ? snippetInNotes(await notesOf(db, card), query) : null;
}

function snippetInNotes(notes: AnnotationRecord[], query: string): HitSnippet | null {
  for (const n of notes) {
    const s = snippet(`${n.note} ${n.tags.join(' ')}`, query);
    if (s) return { ...s, source: 'note' };
  }
  return null;
}

/**
 * The notes of several snapshots in two reads (by text sha256, and a page's unlinked notes);
 * a snapshot whose page has unlinked notes gets them by `notesOf`'s own rule.
 */
async function notesOfMany(db: LedgerDb, cards: CardRecord[]): Promise<Map<number, AnnotationRecord[]>> {
  const out = new Map<number, AnnotationRecord[]>(cards.map((c) => [c.id, []]));
  if (!cards.length) return out;
  const bySha = new Map(cards.map((c) => [c.sha256, c.id]));
  for (const a of await db.annotations.where('snapshotSha').anyOf([...bySha.keys()]).toArray()) out.get(bySha.get(a.snapshotSha!)!)!.push(a);
  const unlinked = new Set((await db.annotations.where('url').anyOf(cards.map((c) => c.url)).filter((a) => a.snapshotSha === null).toArray()).map((a) => a.url));
  for (const c of cards) if (unlinked.has(c.url)) out.set(c.id, await notesOf(db, c));
  return out;
}

/** Whether every piece is among a card's words (title, issuer, tags) or the given notes. */
function inCardWords(plan: SearchPlan, card: CardRecord, notes: { note: string }[]): boolean {
  return hasAll(fold([card.title, card.meta.issuer ?? '', ...card.tags, ...notes.map((n) => n.note)].join('\n')), plan.pieces);
}

/**
 * Whether a candidate matches: every piece in its text; else every piece among its card's
 * words and notes. Synchronous unless its notes must be read: a transaction keeps its place
 * across awaits of Dexie's own promises, and thousands of other awaits in a row can lose it.
 */
function matchesText(plan: SearchPlan, text: string): boolean {
  return containsAll(text, plan.pieces);
}


function textSnippet(plan: SearchPlan, text: string): HitSnippet | null {
  const s = snippet(text, plan.query);
  return s && { ...s, source: 'text' };
}


export interface Found {
  /** The matches at positions offset … offset + limit − 1 among all matches, in list order. */
  hits: { id: number; snippet: HitSnippet | null }[];
  /** Matches seen: all of them when `complete`, else at least this many (one past the page). */
  seen: number;
  complete: boolean;
}

/** Texts read at most in one request while walking the candidates. */
const MAX_BATCH = 256;

/**
 * How many candidates to read next for `wanted` more matches, from the share seen matching so
 * far (with one match assumed, so a first batch without any still grows): enough for the page
 * with a quarter to spare, so a phrase in one candidate of fifteen takes one or two requests
 * rather than reading hundreds of texts past the page.
 */
export function nextBatch(wanted: number, read: number, matched: number): number {
  const perMatch = read ? (read + 1) / (matched + 1) : 1;
  return Math.max(8, Math.min(MAX_BATCH, Math.ceil(wanted * perMatch * 1.25)));
}

/**
 * The texts of the candidates whose triples filter allows every triple of the query (none read
 * for the others: they cannot match in their text); undefined where not read.
 */
async function textsThatMayMatch(db: LedgerDb, ids: number[], plan: SearchPlan): Promise<(string | undefined)[]> {
  const filters = plan.triples.length ? await db.triples.bulkGet(ids) : ids.map(() => undefined);
  const maybe = ids.filter((_, i) => mayHaveAll(filters[i]?.bits, plan.triples));
  const texts = new Map((await db.texts.bulkGet(maybe)).map((t, i) => [maybe[i], t?.text ?? '']));
  return ids.map((id) => texts.get(id));
}

/**
 * Walks the candidates in list order, checking each, and keeps the matches of the page; stops
 * at the first match after it (so "next" always leads to one) or at the end. Candidates are
 * taken in batches sized by the share matching so far (nextBatch); of each batch, only the
 * texts that the triples filters allow are read.
 */
export async function findMatches(db: LedgerDb, ordered: number[], plan: SearchPlan, offset: number, limit: number): Promise<Found> {
  const hits: Found['hits'] = [];
  let seen = 0;
  for (let at = 0; at < ordered.length;) {
    const ids = ordered.slice(at, at + nextBatch(offset + limit + 1 - seen, at, seen));
    at += ids.length;
    const [texts, cards] = await Promise.all([textsThatMayMatch(db, ids, plan), db.cards.bulkGet(ids)]);
    const inText = texts.map((t) => t !== undefined && matchesText(plan, t));
    // The notes of the batch's candidates that only a note can match, read together.
    const notes = await notesOfMany(db, cards.filter((c, i): c is CardRecord => !!c && c.notes > 0 && !inText[i]));
    for (let i = 0; i < ids.length; i++) {
      const text = texts[i] ?? '';
      const card = cards[i];
      const mine = card ? notes.get(card.id) ?? [] : [];
      if (!inText[i] && !(card && inCardWords(plan, card, mine))) continue;
      if (seen >= offset + limit) return { hits, seen: seen + 1, complete: false };
      if (seen >= offset) hits.push({ id: ids[i], snippet: inText[i] ? textSnippet(plan, text) : snippetInNotes(mine, plan.query) });
      seen++;
    }
  }
  return { hits, seen, complete: true };
}

/** Snippets for the hits of a one-term query (every candidate matches): their texts, else a note. */
export async function snippetsFor(db: LedgerDb, ids: number[], plan: SearchPlan): Promise<(HitSnippet | null)[]> {
  const [texts, cards] = await Promise.all([db.texts.bulkGet(ids), db.cards.bulkGet(ids)]);
  const out: (HitSnippet | null)[] = [];
  for (let i = 0; i < ids.length; i++) {
    const card = cards[i];
    out.push(textSnippet(plan, texts[i]?.text ?? '') ?? (card?.notes ? await noteSnippet(db, card, plan.query) : null));
  }
  return out;
}
