import type { Heading, Problem } from '../lib/extract/types';
import type { Translate } from './i18n';
import { ShowMore, useShowMore } from './ShowMore';

export interface ProblemListProps { t: Translate; problems: Problem[]; headings: Map<string, Heading>; onReveal: (p: Problem) => void }

/** Self-acknowledged shortcomings, a page at a time, each a button that scrolls the page to it. */
export function ProblemList({ t, problems, headings, onReveal }: ProblemListProps) {
  const page = useShowMore(problems);
  if (!problems.length) return <p class="empty">{t('emptyProblems')}</p>;
  return (
    <>
      <ul class="items problems">
        {page.items.map((p) => (
          <li key={p.id} data-item-id={p.id} data-key-item tabIndex={0}>
            <button type="button" class="item-link" tabIndex={-1} data-key-control onClick={() => onReveal(p)}>{p.text}</button>
            {p.headingId && headings.get(p.headingId) && <div class="under muted">{headings.get(p.headingId)!.title}</div>}
          </li>
        ))}
      </ul>
      <ShowMore t={t} shown={page.items.length} total={page.total} onMore={page.more} />
    </>
  );
}
