/**
 * Which annotations are notes. Its own module with no runtime imports, so that what only needs this
 * (the Markdown export, which the CLI loads too) does not bring in Dexie with schema.ts.
 */
import type { AnnotationRecord } from './schema';

/** What a reader wrote (counted and listed as notes), as against marks on a commitment. */
export function isNote(a: Pick<AnnotationRecord, 'kind'>): boolean {
  return a.kind === 'note' || a.kind === 'page';
}
