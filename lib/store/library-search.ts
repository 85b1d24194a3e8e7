/**
 * The search half of the library's queries, built to stay fast on large libraries.
 *
 * Looking a term up in the `*terms` index costs in proportion to how many snapshots have it
 * (≈ 40 ms for a bigram in all of 5,000 in Chromium), and common bigrams (政府, 建设) are in
 * nearly every report. So posting lists are read only up to a cap (PROBE_CAPS): a term with a
 * complete (short) list narrows the candidates; common ones are checked later, on the few
 * snapshots a page shows, against the snapshot's own stored terms (the same AND rule as
 * `matches`) and the query itself (`snippet`: the phrase, not just its bigrams, must occur).
 * That check reads whole snapshots, so a page examines at most MAX_SCAN of them.
 */
import { matches, snippet, type Snippet } from '../search/index';
import { notesOf } from './cards';
import type { LedgerDb } from './schema';

/**
 * Keys read per term: a cheap first round over every term (a short list narrows the search to
 * a handful), then a deeper probe of the terms that round suggests are not too common. A term
 * in more snapshots than the deep cap is too common to narrow anything.
 */
export const PROBE_CAPS = [64, 1000] as const;
/** Snapshots a single call may read to confirm matches (a page may come back short; "next" goes on). */
export const MAX_SCAN = 200;

/** Where a search hit was found: the snapshot text (offsets into it) or one of its notes. */
export type HitSnippet = Snippet & { source: 'text' | 'note' };

/**
 * How many snapshots a term is in, judged from its first keys: ids are handed out in order,
 * so the further the first k of a term's ids reach into the id range, the rarer the term.
 * Example: 64 keys reaching id 3,200 of 1…5,000 → about 100 snapshots.
 */
export function estimateCount(firstKeys: number[], minId: number, total: number): number {
  const reach = firstKeys[firstKeys.length - 1] - minId + 1;
  return Math.min(total, (firstKeys.length * total) / Math.max(1, reach));
}

/**
 * Ids of snapshots that may match: those of a rare term's complete posting list (intersected
 * when several are short), or null when every term is common (any snapshot may match; the
 * confirmation decides). One complete list is enough for correctness: the confirmation checks
 * every term on each snapshot.
 */
export async function narrowByTerms(db: LedgerDb, terms: string[], caps: readonly [number, number] = PROBE_CAPS): Promise<Set<number> | null> {
  const [small, deep] = caps;
  let ids: Set<number> | null = null;
  const common: { term: string; keys: number[] }[] = [];
  for (const term of terms) {
    const keys = await db.snapshots.where('terms').equals(term).limit(small + 1).primaryKeys();
    if (keys.length > small) { common.push({ term, keys }); continue; }
    ids = ids === null ? new Set(keys) : new Set(keys.filter((id) => ids!.has(id)));
    if (!ids.size) return ids;
  }
  if (ids !== null || !common.length) return ids;
  // The cards table has the same ids and far smaller records: counting it is cheap, the snapshots not.
  const [[minId], total] = await Promise.all([db.cards.orderBy(':id').limit(1).primaryKeys(), db.cards.count()]);
  const likely = common.map((c) => ({ ...c, est: estimateCount(c.keys, minId, total) }))
    .filter((c) => c.est <= deep * 2).sort((a, b) => a.est - b.est);
  for (const { term } of likely) {
    const keys = await db.snapshots.where('terms').equals(term).limit(deep + 1).primaryKeys();
    if (keys.length <= deep) return new Set(keys);
  }
  return null;
}

/** Ids having every term, from the full posting lists (the slow, complete count). */
export async function allTermIds(db: LedgerDb, terms: string[]): Promise<Set<number>> {
  let ids: Set<number> | null = null;
  for (const term of terms) {
    const keys = await db.snapshots.where('terms').equals(term).primaryKeys();
    ids = ids === null ? new Set(keys) : new Set(keys.filter((id) => ids!.has(id)));
    if (!ids.size) break;
  }
  return ids ?? new Set();
}

function noteSnippet(notes: { note: string; tags: string[] }[], query: string): HitSnippet | null {
  for (const n of notes) {
    const s = snippet(`${n.note} ${n.tags.join(' ')}`, query);
    if (s) return { ...s, source: 'note' };
  }
  return null;
}

export interface Confirmed { hits: { id: number; snippet: HitSnippet }[]; scannedTo: number; dropped: number }

/** Candidate ids in sort order, read a slice at a time (an array, or a sort index read lazily). */
export interface IdSource { length: number; slice(from: number, to: number): Promise<number[]> }

export const arraySource = (ids: number[]): IdSource => ({ length: ids.length, slice: async (from, to) => ids.slice(from, to) });

/**
 * Walks the candidates from `offset`, reading snapshots a batch at a time, and keeps those that
 * have every query term and where the query occurs (in the text, else in a note), until
 * `limit` are found, the candidates end, or `maxScan` snapshots were read.
 */
export async function confirmHits(db: LedgerDb, source: IdSource, offset: number, limit: number, query: string, maxScan = MAX_SCAN): Promise<Confirmed> {
  const hits: Confirmed['hits'] = [];
  let at = offset;
  let dropped = 0;
  while (hits.length < limit && at < source.length && at - offset < maxScan) {
    const batch = await source.slice(at, at + Math.min(Math.max(limit, 20), offset + maxScan - at));
    if (!batch.length) break;
    const snaps = await db.snapshots.bulkGet(batch);
    for (let i = 0; i < batch.length && hits.length < limit; i++, at++) {
      const s = snaps[i];
      let found: HitSnippet | null = null;
      if (s && matches(s.terms ?? [], query)) {
        const inText = snippet(s.text, query);
        found = inText ? { ...inText, source: 'text' } : noteSnippet(await notesOf(db, s), query);
      }
      if (found) hits.push({ id: batch[i], snippet: found });
      else dropped++;
    }
  }
  return { hits, scannedTo: at, dropped };
}
