/** The `triples` table's rows: each text's Bloom filter of character triples (lib/search/triple-filter.ts). */
import { tripleFilter } from '../search/triple-filter';
import type { TextRecord, TriplesRecord } from './schema';

/** The `triples` rows of texts (none for a text that gets no filter). */
export function triplesRows(texts: TextRecord[]): TriplesRecord[] {
  const rows: TriplesRecord[] = [];
  for (const { id, text } of texts) {
    const bits = tripleFilter(text);
    if (bits) rows.push({ id, bits });
  }
  return rows;
}
