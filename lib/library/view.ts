/**
 * View models of the library list, pure: filters, sorts, grouping by issuer and paging
 * arithmetic. The store's queries (lib/store/library.ts) and the components share them, so
 * the order a page is read in and the order it is shown in are the same by construction.
 */
import type { DocType } from '../extract/types';
import type { CardRecord } from '../store/schema';

export type LibrarySort = 'issuer' | 'saved' | 'year' | 'title';
export const LIBRARY_SORTS: readonly LibrarySort[] = ['issuer', 'saved', 'year', 'title'];

export interface LibraryFilters {
  /** Exact issuer ('' = snapshots whose issuer is unknown); null = any. */
  issuer: string | null;
  docType: DocType | null;
  /** The year reviewed (0 = unknown); null = any. */
  year: number | null;
  tag: string | null;
  hasNotes: boolean;
}

export const NO_FILTERS: LibraryFilters = { issuer: null, docType: null, year: null, tag: null, hasNotes: false };

export function hasFilters(f: LibraryFilters): boolean {
  return f.issuer !== null || f.docType !== null || f.year !== null || f.tag !== null || f.hasNotes;
}

export type CardFields = Pick<CardRecord, 'id' | 'issuer' | 'docType' | 'year' | 'tags' | 'notes' | 'savedAt' | 'title' | 'group'>;

export function matchesFilters(c: CardFields, f: LibraryFilters): boolean {
  return (f.issuer === null || c.issuer === f.issuer)
    && (f.docType === null || c.docType === f.docType)
    && (f.year === null || c.year === f.year)
    && (f.tag === null || c.tags.includes(f.tag))
    && (!f.hasNotes || c.notes > 0);
}

/** The cards index that reads a sort's order, and its direction. */
export function sortIndex(sort: LibrarySort): { index: 'group' | 'savedAt' | 'year' | 'title'; reverse: boolean } {
  switch (sort) {
    case 'issuer': return { index: 'group', reverse: false };
    case 'saved': return { index: 'savedAt', reverse: true };
    case 'year': return { index: 'year', reverse: true };
    case 'title': return { index: 'title', reverse: false };
  }
}

/**
 * The same order as `sortIndex` reads from IndexedDB: keys compared as IndexedDB compares
 * strings (UTF-16 code units, not locale), ties by id in the index's direction.
 */
export function compareCards(sort: LibrarySort): (a: CardFields, b: CardFields) => number {
  const { index, reverse } = sortIndex(sort);
  const sign = reverse ? -1 : 1;
  return (a, b) => {
    const x = a[index];
    const y = b[index];
    const byKey = x < y ? -1 : x > y ? 1 : 0;
    return sign * (byKey || a.id - b.id);
  };
}

export interface IssuerGroup<T> { issuer: string; items: T[] }

/** Consecutive items of one issuer as a group (a page sorted by issuer gives one group per issuer). */
export function groupByIssuer<T>(items: T[], issuerOf: (item: T) => string): IssuerGroup<T>[] {
  const groups: IssuerGroup<T>[] = [];
  for (const item of items) {
    const issuer = issuerOf(item);
    const last = groups[groups.length - 1];
    if (last && last.issuer === issuer) last.items.push(item);
    else groups.push({ issuer, items: [item] });
  }
  return groups;
}

/** "21–40 of 5000": 1-based positions of a page's first and last item. */
export function pageRange(offset: number, shown: number, total: number): { from: number; to: number; total: number } {
  return { from: shown ? offset + 1 : 0, to: offset + shown, total };
}

/** The older and the newer of two snapshots: by year reviewed, then by time saved. */
export function orderPair<T extends Pick<CardRecord, 'year' | 'savedAt'>>(a: T, b: T): [T, T] {
  if (a.year !== b.year && a.year && b.year) return a.year < b.year ? [a, b] : [b, a];
  return a.savedAt <= b.savedAt ? [a, b] : [b, a];
}
