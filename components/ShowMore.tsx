import { useEffect, useState } from 'preact/hooks';
import { pageRange } from '../lib/library/view';
import { LIST_PAGE, nextLimit, visibleSlice, type VisibleSlice } from '../lib/page-agent/paging';
import type { Translate } from './i18n';

export interface ShowMoreProps { t: Translate; shown: number; total: number; onMore: () => void }

/**
 * Under a long list: "1–200 of 28104" and a "Show more (27904 left)" button (a real button,
 * so it is reached with Tab and pressed with Enter or Space). Nothing for a short list.
 */
export function ShowMore({ t, shown, total, onMore }: ShowMoreProps) {
  if (total <= LIST_PAGE) return null;
  const r = pageRange(0, shown, total);
  return (
    <div class="show-more" data-shown={shown} data-total={total}>
      <span class="muted">{t('pageRange', r.from, r.to, r.total)}</span>
      {shown < total && (
        <button type="button" class="small secondary" data-action="show-more" onClick={onMore}>{t('showMore', total - shown)}</button>
      )}
    </div>
  );
}

/**
 * The first page of `all` and a way to show a page more; back to the first page when
 * `resetKey` changes (a new filter or search shows its own first page).
 */
export function useShowMore<T>(all: readonly T[], resetKey: unknown = null): VisibleSlice<T> & { more: () => void } {
  const [limit, setLimit] = useState(LIST_PAGE);
  useEffect(() => setLimit(LIST_PAGE), [resetKey]);
  return { ...visibleSlice(all, limit), more: () => setLimit((l) => nextLimit(l, all.length)) };
}
