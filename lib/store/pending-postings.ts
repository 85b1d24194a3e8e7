/**
 * The terms of pages saved one at a time, kept apart from the blocks until a batch merges them
 * (issue 18). A block's rows hold the terms of up to 4,096 snapshots, and a report's ~5,500
 * terms fall in nearly every one of its 1,024 buckets: adding one report to the blocks means
 * reading and rewriting the whole index of its block. A page saved alone writes instead one
 * small row per bucket its terms fall in, keyed [−id, bucket] (the `terms` of that snapshot
 * in that bucket, no sets), and a marker row [−id, BUCKETS]. A lookup reads them with the
 * block rows of its bucket (postings.ts idsWithTerm). When PENDING_MAX snapshots are pending,
 * or when an import rewrites the blocks anyway, they are merged into their blocks in one update.
 */
import { PostingBatch } from './posting-batch';
import { BUCKETS, bucketOf, writeBlocks, type PostingRecord, type PostingsTable } from './postings';

/** Snapshots kept pending before a save merges them: one block rewrite per this many saves. */
export const PENDING_MAX = 64;

/** Writes a saved snapshot's terms as pending rows; merges every pending snapshot when PENDING_MAX are. */
export async function addPending(table: PostingsTable, id: number, terms: string[]): Promise<void> {
  const byBucket = new Map<number, string[]>();
  for (const term of terms) {
    const bucket = bucketOf(term);
    const list = byBucket.get(bucket);
    if (list) list.push(term); else byBucket.set(bucket, [term]);
  }
  const rows: PostingRecord[] = [...byBucket].map(([bucket, ts]) => ({ block: -id, bucket, terms: ts, sets: [] }));
  rows.push({ block: -id, bucket: BUCKETS, terms: [], sets: [] });
  await table.bulkPut(rows);
  if ((await table.where('bucket').equals(BUCKETS).count()) >= PENDING_MAX) await mergePending(table);
}

/**
 * Moves every pending snapshot's terms into the blocks, together with `batch` (an import's
 * new snapshots): one read and one write of each block touched.
 */
export async function mergePending(table: PostingsTable, batch = new PostingBatch()): Promise<void> {
  const rows = await table.where('[block+bucket]').below([0, 0]).toArray();
  const byId = new Map<number, string[]>();
  for (const r of rows) {
    const list = byId.get(-r.block);
    if (list) list.push(...r.terms); else byId.set(-r.block, [...r.terms]);
  }
  for (const [id, terms] of [...byId].sort((a, b) => a[0] - b[0])) batch.addTerms(id, terms);
  if (rows.length) await table.bulkDelete(rows.map((r) => [r.block, r.bucket] as [number, number]));
  await writeBlocks(table, batch.blocks(), true);
}

/** Forgets the pending rows of deleted snapshots (those merged already are removed from their blocks). */
export async function dropPending(table: PostingsTable, ids: number[]): Promise<void> {
  for (const id of ids) await table.where('[block+bucket]').between([-id, 0], [-id, BUCKETS], true, true).delete();
}
