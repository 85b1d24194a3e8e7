import { useEffect, useState } from 'preact/hooks';
import type { DocType } from '../lib/extract/types';
import { hasFilters, LIBRARY_SORTS, NO_FILTERS, type LibraryFilters, type LibrarySort } from '../lib/library/view';
import type { LibraryFacets } from '../lib/store/library';
import type { Translate } from './i18n';

export interface LibraryToolbarProps {
  t: Translate;
  query: string;
  filters: LibraryFilters;
  sort: LibrarySort;
  facets: LibraryFacets;
  onSearch: (query: string) => void;
  onFilters: (filters: LibraryFilters) => void;
  onSort: (sort: LibrarySort) => void;
}

const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
/** "Any issuer" in the issuer select: '' already means "issuer unknown". */
const ALL = '__all__';

/** Search box (Enter searches), filters by issuer, type, year, tag and notes, and the sort. */
export function LibraryToolbar({ t, query, filters, sort, facets, onSearch, onFilters, onSort }: LibraryToolbarProps) {
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  const set = (change: Partial<LibraryFilters>) => onFilters({ ...filters, ...change });
  return (
    <div class="lib-toolbar">
      <form role="search" class="lib-search" onSubmit={(e) => {
        e.preventDefault();
        // The field's own value: autofill and fast typing can be ahead of the last render.
        onSearch(String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? text).trim());
      }}>
        <input type="search" name="q" value={text} aria-label={t('librarySearch')} placeholder={t('librarySearchPlaceholder')}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" data-action="search">{t('search')}</button>
        {query && <button type="button" class="secondary" data-action="clear-search" onClick={() => onSearch('')}>{t('clearSearch')}</button>}
      </form>
      <div class="filters lib-filters">
        <label>{t('issuer')}{' '}
          <select data-filter="issuer" value={filters.issuer ?? ALL} onChange={(e) => set({ issuer: value(e) === ALL ? null : value(e) })}>
            <option value={ALL}>{t('all')}</option>
            {facets.issuers.map((i) => <option key={i} value={i}>{i || t('unknownIssuer')}</option>)}
          </select>
        </label>
        <label>{t('docType')}{' '}
          <select data-filter="type" value={filters.docType ?? ''} onChange={(e) => set({ docType: (value(e) || null) as DocType | null })}>
            <option value="">{t('all')}</option>
            {facets.docTypes.map((d) => <option key={d} value={d}>{t(`docType_${d.replace('-', '_')}`)}</option>)}
          </select>
        </label>
        <label>{t('coversYear')}{' '}
          <select data-filter="year" value={filters.year === null ? '' : String(filters.year)} onChange={(e) => set({ year: value(e) === '' ? null : Number(value(e)) })}>
            <option value="">{t('all')}</option>
            {facets.years.map((y) => <option key={y} value={String(y)}>{y || t('unknownYear')}</option>)}
          </select>
        </label>
        <label>{t('tags')}{' '}
          <select data-filter="tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: value(e) || null })}>
            <option value="">{t('all')}</option>
            {facets.tags.map((tag) => <option key={tag} value={tag}>#{tag}</option>)}
          </select>
        </label>
        <label>
          <input type="checkbox" data-filter="notes" checked={filters.hasNotes} onChange={(e) => set({ hasNotes: (e.currentTarget as HTMLInputElement).checked })} />
          {' '}{t('hasNotes')}
        </label>
        <label>{t('sortBy')}{' '}
          <select data-sort value={sort} onChange={(e) => onSort(value(e) as LibrarySort)}>
            {LIBRARY_SORTS.map((s) => <option key={s} value={s}>{t(`sort_${s}`)}</option>)}
          </select>
        </label>
        {hasFilters(filters) && <button type="button" class="small" data-action="clear-filters" onClick={() => onFilters(NO_FILTERS)}>{t('clearFilters')}</button>}
      </div>
    </div>
  );
}
