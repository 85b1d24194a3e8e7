import type { Heading } from '../lib/extract/types';
import type { Translate } from './i18n';
import { ShowMore, useShowMore } from './ShowMore';

export interface OutlineListProps { t: Translate; headings: Heading[]; onReveal: (h: Heading) => void }

/** The report's headings, indented by depth, a page at a time; each is a button that scrolls the page to it. */
export function OutlineList({ t, headings, onReveal }: OutlineListProps) {
  const page = useShowMore(headings);
  if (!headings.length) return <p class="empty">{t('emptyOutline')}</p>;
  return (
    <>
      <ol class="outline">
        {page.items.map((h) => (
          <li key={h.id} data-item-id={h.id} data-key-item tabIndex={0} style={{ paddingInlineStart: `${(h.depth - 1) * 1.1}em` }}>
            <button type="button" class="item-link" tabIndex={-1} data-key-control onClick={() => onReveal(h)}>
              {h.marker && <span class="marker">{h.marker}</span>}
              {h.title}
            </button>
            {h.role !== 'other' && <span class={`role role-${h.role}`}>{t(`role_${h.role}`)}</span>}
          </li>
        ))}
      </ol>
      <ShowMore t={t} shown={page.items.length} total={page.total} onMore={page.more} />
    </>
  );
}
