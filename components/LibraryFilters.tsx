import type { DocType } from '../lib/extract/types';
import { hasFilters, LIBRARY_SORTS, NO_FILTERS, type LibraryFilters, type LibrarySort } from '../lib/library/view';
import type { LibraryFacets } from '../lib/store/library';
import type { Translate } from './i18n';

export interface LibraryFiltersProps {
  t: Translate;
  filters: LibraryFilters;
  sort: LibrarySort;
  facets: LibraryFacets;
  onFilters: (filters: LibraryFilters) => void;
  onSort: (sort: LibrarySort) => void;
}

const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
/** "Any issuer" in the issuer select: '' already means "issuer unknown". */
const ALL = '__all__';

/** Filters by issuer, type, year, tag and notes, and the sort: beside the list, after it in Tab order. */
export function LibraryFiltersPanel({ t, filters, sort, facets, onFilters, onSort }: LibraryFiltersProps) {
  const set = (change: Partial<LibraryFilters>) => onFilters({ ...filters, ...change });
  return (
    <section class="lib-filters-panel" aria-label={t('filtersTitle')}>
      <h2 class="aside-title">{t('filtersTitle')}</h2>
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
    </section>
  );
}
