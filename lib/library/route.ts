/**
 * The library page's views as URL hashes, so the back button, a reload and a link from the
 * side panel all land on the same view: `#/?q=法治&issuer=…&sort=year&offset=20` (the list),
 * `#/snapshot/12?at=340-372&mode=page` (the reader), `#/compare/3/7` (older → newer),
 * `#/ledger/青溪县?filter=target-lowered&sort=newest` (an issuer's promises across years).
 */
import { LEDGER_FILTERS, type LedgerFilter } from '../chains/view';
import type { DocType } from '../extract/types';
import { LEDGER_SORTS, type LedgerSort } from './ledger';
import { LIBRARY_SORTS, NO_FILTERS, type LibraryFilters, type LibrarySort } from './view';

export type ReaderMode = 'text' | 'page';

export type Route =
  | { view: 'list'; q: string; filters: LibraryFilters; sort: LibrarySort; offset: number }
  | { view: 'snapshot'; id: number; at: { start: number; end: number } | null; mode: ReaderMode }
  | { view: 'compare'; older: number; newer: number }
  | { view: 'ledger'; issuer: string; docType: DocType | null; filter: LedgerFilter; sort: LedgerSort };

export const LIST_HOME: Route = { view: 'list', q: '', filters: NO_FILTERS, sort: 'issuer', offset: 0 };

const DOC_TYPES: readonly DocType[] = ['annual-report', 'work-report', 'work-plan', 'proposal-reply', 'other'];
const id = (s: string | undefined) => (s && /^\d{1,12}$/.test(s) ? Number(s) : null);
const decoded = (s: string) => { try { return decodeURIComponent(s); } catch { return null; } };
const whole = (s: string | null) => (s !== null && /^\d{1,9}$/.test(s) ? Number(s) : null);

/** The view for a hash; anything unreadable is the list's home. */
export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'snapshot' && id(parts[1]) !== null) {
    const at = /^(\d{1,9})-(\d{1,9})$/.exec(params.get('at') ?? '');
    const span = at && Number(at[1]) <= Number(at[2]) ? { start: Number(at[1]), end: Number(at[2]) } : null;
    return { view: 'snapshot', id: id(parts[1])!, at: span, mode: params.get('mode') === 'page' ? 'page' : 'text' };
  }
  if (parts[0] === 'compare' && id(parts[1]) !== null && id(parts[2]) !== null) {
    return { view: 'compare', older: id(parts[1])!, newer: id(parts[2])! };
  }
  const docType = params.get('type') as DocType | null;
  const issuer = parts[0] === 'ledger' && parts.length === 2 ? decoded(parts[1]) : null;
  if (issuer) {
    const filter = params.get('filter') as LedgerFilter | null;
    const order = params.get('sort') as LedgerSort | null;
    return {
      view: 'ledger',
      issuer,
      docType: docType && DOC_TYPES.includes(docType) ? docType : null,
      filter: filter && LEDGER_FILTERS.includes(filter) ? filter : 'all',
      sort: order && LEDGER_SORTS.includes(order) ? order : 'oldest',
    };
  }
  const sort = params.get('sort') as LibrarySort | null;
  return {
    view: 'list',
    q: params.get('q') ?? '',
    filters: {
      issuer: params.get('issuer'),
      docType: docType && DOC_TYPES.includes(docType) ? docType : null,
      year: whole(params.get('year')),
      tag: params.get('tag'),
      hasNotes: params.get('notes') === '1',
    },
    sort: sort && LIBRARY_SORTS.includes(sort) ? sort : 'issuer',
    offset: whole(params.get('offset')) ?? 0,
  };
}

/** The hash for a view (parseRoute(formatRoute(r)) gives r back). */
export function formatRoute(r: Route): string {
  if (r.view === 'snapshot') {
    const params = new URLSearchParams();
    if (r.at) params.set('at', `${r.at.start}-${r.at.end}`);
    if (r.mode === 'page') params.set('mode', 'page');
    const search = params.toString();
    return `#/snapshot/${r.id}${search ? `?${search}` : ''}`;
  }
  if (r.view === 'compare') return `#/compare/${r.older}/${r.newer}`;
  if (r.view === 'ledger') {
    const params = new URLSearchParams();
    if (r.docType) params.set('type', r.docType);
    if (r.filter !== 'all') params.set('filter', r.filter);
    if (r.sort !== 'oldest') params.set('sort', r.sort);
    const search = params.toString();
    return `#/ledger/${encodeURIComponent(r.issuer)}${search ? `?${search}` : ''}`;
  }
  const params = new URLSearchParams();
  if (r.q) params.set('q', r.q);
  if (r.filters.issuer !== null) params.set('issuer', r.filters.issuer);
  if (r.filters.docType) params.set('type', r.filters.docType);
  if (r.filters.year !== null) params.set('year', String(r.filters.year));
  if (r.filters.tag !== null) params.set('tag', r.filters.tag);
  if (r.filters.hasNotes) params.set('notes', '1');
  if (r.sort !== 'issuer') params.set('sort', r.sort);
  if (r.offset) params.set('offset', String(r.offset));
  const search = params.toString();
  return `#/${search ? `?${search}` : ''}`;
}
