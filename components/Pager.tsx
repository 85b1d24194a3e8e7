import { pageRange } from '../lib/library/view';
import type { Translate } from './i18n';

export interface PagerProps {
  t: Translate;
  offset: number;
  shown: number;
  total: number;
  /** False when the total is an estimate (a search confirms page by page). */
  exact: boolean;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
}

/** "1–20 of 5000" with previous/next buttons. */
export function Pager({ t, offset, shown, total, exact, hasPrev, hasNext, onPrev, onNext }: PagerProps) {
  const r = pageRange(offset, shown, total);
  return (
    <nav class="pager" aria-label={t('pages')}>
      <span class="muted" data-total={total} data-exact={exact}>{t(exact ? 'pageRange' : 'pageRangeAbout', r.from, r.to, r.total)}</span>
      <button type="button" class="small" data-action="prev" disabled={!hasPrev} onClick={onPrev}>{t('prevPage')}</button>
      <button type="button" class="small" data-action="next" disabled={!hasNext} onClick={onNext}>{t('nextPage')}</button>
    </nav>
  );
}
