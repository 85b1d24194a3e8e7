import { pageRange } from '../lib/library/view';
import type { Translate } from './i18n';

export interface PagerProps {
  t: Translate;
  offset: number;
  shown: number;
  total: number;
  /** False when the total is a lower bound (a phrase search checks texts page by page). */
  exact: boolean;
  hasPrev: boolean;
  hasNext: boolean;
  /** True once `total` is the full count of matches, counted on request. */
  counted?: boolean;
  /** Asks for that count (offered while the total is only a lower bound). */
  onCount?: () => void;
  onPrev: () => void;
  onNext: () => void;
}

/**
 * "1–20 of 5000" with previous/next buttons. A phrase search shows "of at least N" until every
 * match is seen, and offers to count them (that checks every candidate's text: only when asked).
 */
export function Pager({ t, offset, shown, total, exact, hasPrev, hasNext, counted = false, onCount, onPrev, onNext }: PagerProps) {
  const r = pageRange(offset, shown, total);
  const label = exact ? 'pageRange' : counted ? 'pageRangeCounted' : 'pageRangeAbout';
  return (
    <nav class="pager" aria-label={t('pages')}>
      <span class="muted" data-total={total} data-exact={exact}>{t(label, r.from, r.to, r.total)}</span>
      {!exact && !counted && onCount && <button type="button" class="small secondary" data-action="count" onClick={onCount}>{t('countMatches')}</button>}
      <button type="button" class="small" data-action="prev" disabled={!hasPrev} onClick={onPrev}>{t('prevPage')}</button>
      <button type="button" class="small" data-action="next" disabled={!hasNext} onClick={onNext}>{t('nextPage')}</button>
    </nav>
  );
}
