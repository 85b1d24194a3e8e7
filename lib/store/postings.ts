/**
 * The term index of snapshot texts (schema v4): for each term, the ids of the snapshots whose
 * text has it. Ids are split in blocks of 4,096, terms in 1,024 buckets by a hash, and one row
 * `[block+bucket]` holds every term of its bucket with the set of its ids in that block: a
 * bitmap (512 bytes) when the term is in many of them, else the sorted offsets (2 bytes each).
 * 法治 in 4,000 of 5,000 reports costs about 1 kB; a rare term a few bytes.
 *
 * Why buckets: IndexedDB pays per request (≈ 0.1 ms in Chromium), and one row per term meant
 * 45,000 reads and writes for a batch of 250 reports. A batch now reads a block's rows in one
 * request and writes at most 1,024. (Schema v2–v3 kept ~6,000 `*terms` index keys per
 * snapshot instead: most of the 11× disk a snapshot took.) A term is looked up in one row per block.
 * A page saved alone is not written into the blocks at once (pending-postings.ts).
 */
import type { Table } from 'dexie';
import { indexTerms } from '../search/index';
import { mergeSet, offsetsOf } from './posting-sets';

export const BLOCK = 4096;
export const BUCKETS = 1024;

export interface PostingRecord {
  block: number;
  bucket: number;
  terms: string[];
  /** `sets[i]`: the offsets in the block (id − block × BLOCK) of the snapshots having `terms[i]`. */
  sets: (Uint8Array | Uint16Array)[];
}

export type PostingsTable = Table<PostingRecord, [number, number]>;

/** FNV-1a over UTF-16 code units: a term's bucket. */
export function bucketOf(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

export interface TermEntry { id: number; terms: string[] }

/**
 * The entries of snapshots' texts, tokenized one at a time as `updatePostings` reads them: a
 * batch of 500 reports has ~2.7 million terms, and holding them all at once cost more in
 * garbage collection than tokenizing them.
 */
export function* textTermEntries(items: { id: number; text: string }[]): Generator<TermEntry> {
  for (const { id, text } of items) yield { id, terms: indexTerms(text) };
}

/** block → term → offsets of the entries' ids in that block (ascending when the entries are). */
function byBlock(entries: Iterable<TermEntry>): Map<number, Map<string, number[]>> {
  const blocks = new Map<number, Map<string, number[]>>();
  for (const { id, terms } of entries) {
    const block = Math.floor(id / BLOCK);
    let byTerm = blocks.get(block);
    if (!byTerm) blocks.set(block, (byTerm = new Map()));
    const offset = id % BLOCK;
    for (const term of terms) {
      const list = byTerm.get(term);
      if (list) list.push(offset); else byTerm.set(term, [offset]);
    }
  }
  return blocks;
}

/** Applies one block's changes to its rows (read in one request); returns the rows to write and to delete. */
function applyBlock(block: number, rows: PostingRecord[], changes: Map<string, number[]>, add: boolean) {
  const byBucket = new Map(rows.map((r) => [r.bucket, { row: r, at: new Map(r.terms.map((t, i) => [t, i])), changed: false }]));
  for (const [term, offsets] of changes) {
    const bucket = bucketOf(term);
    let b = byBucket.get(bucket);
    if (!b) {
      if (!add) continue;
      byBucket.set(bucket, (b = { row: { block, bucket, terms: [], sets: [] }, at: new Map(), changed: false }));
    }
    const i = b.at.get(term);
    const next = mergeSet(i === undefined ? null : b.row.sets[i], offsets, add);
    if (i === undefined) {
      if (!next) continue;
      b.at.set(term, b.row.terms.length);
      b.row.terms.push(term);
      b.row.sets.push(next);
    } else if (next) b.row.sets[i] = next;
    else { b.row.terms[i] = ''; b.row.sets[i] = new Uint16Array(0); }
    b.changed = true;
  }
  const puts: PostingRecord[] = [];
  const deletes: [number, number][] = [];
  for (const { row, changed } of byBucket.values()) {
    if (!changed) continue;
    const keep = row.terms.map((t, i) => i).filter((i) => row.terms[i] !== '');
    if (!keep.length) { deletes.push([block, row.bucket]); continue; }
    puts.push(keep.length === row.terms.length ? row : { block, bucket: row.bucket, terms: keep.map((i) => row.terms[i]), sets: keep.map((i) => row.sets[i]) });
  }
  return { puts, deletes };
}

/**
 * Adds (`add` true) or removes snapshots' ids under their terms: for each block touched, its
 * rows read in one request and the changed ones written. Call inside a 'rw' transaction over
 * the postings table.
 */
export async function updatePostings(table: PostingsTable, entries: Iterable<TermEntry>, add: boolean): Promise<void> {
  await writeBlocks(table, byBlock(entries), add);
}

/** As `updatePostings`, from block → term → offsets (posting-batch.ts builds them from texts). */
export async function writeBlocks(table: PostingsTable, blocks: Map<number, Map<string, number[]>>, add: boolean): Promise<void> {
  for (const [block, changes] of blocks) {
    const rows = await table.where('[block+bucket]').between([block, 0], [block, BUCKETS], true, false).toArray();
    const { puts, deletes } = applyBlock(block, rows, changes, add);
    if (puts.length) await table.bulkPut(puts);
    if (deletes.length) await table.bulkDelete(deletes);
  }
}

/**
 * Ids of the snapshots whose text has `term`, ascending: one row per block, and one per
 * pending snapshot (block −id, pending-postings.ts) whose terms in that bucket are listed.
 */
export async function idsWithTerm(table: PostingsTable, term: string): Promise<number[]> {
  const rows = (await table.where('bucket').equals(bucketOf(term)).toArray()).sort((a, b) => a.block - b.block);
  const out: number[] = [];
  let pending = false;
  for (const r of rows) {
    const i = r.terms.indexOf(term);
    if (i < 0) continue;
    if (r.block < 0) { out.push(-r.block); pending = true; } else for (const o of offsetsOf(r.sets[i])) out.push(r.block * BLOCK + o);
  }
  return pending ? out.sort((a, b) => a - b) : out;
}
