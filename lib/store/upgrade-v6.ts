/**
 * v5 → v6 (issue 18): every stored text gets the Bloom filter of its character triples
 * (`triples`, lib/search/triple-filter.ts), read CHUNK texts at a time so that a library of
 * thousands of reports never sits in memory at once. Nothing else changes. Runs in Dexie's
 * upgrade transaction, so a failure leaves the database at v5, unchanged.
 */
import type { Transaction } from 'dexie';
import type { TextRecord } from './schema';
import { triplesRows } from './triples';

const CHUNK = 200;

export async function upgradeToV6(tx: Transaction): Promise<void> {
  let last = -Infinity;
  for (;;) {
    const chunk = (await tx.table('texts').where(':id').above(last).limit(CHUNK).toArray()) as TextRecord[];
    if (!chunk.length) break;
    last = chunk[chunk.length - 1].id;
    await tx.table('triples').bulkPut(triplesRows(chunk));
  }
}
