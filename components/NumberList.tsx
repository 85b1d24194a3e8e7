import type { Heading, NumberKind, NumberMention } from '../lib/extract/types';
import { figureGroup, orderFigures, valueLabel, type FigureGroup } from '../lib/page-agent/figures-view';
import type { Translate } from './i18n';
import { ShowMore, useShowMore } from './ShowMore';

export interface NumberListProps {
  t: Translate;
  numbers: NumberMention[];
  headings: Map<string, Heading>;
  kind: NumberKind | 'all';
  query: string;
  onKind: (kind: NumberKind | 'all') => void;
  onQuery: (query: string) => void;
  onReveal: (n: NumberMention) => void;
}

const KINDS: NumberKind[] = ['count', 'percent', 'money', 'quantity', 'duration', 'year', 'date', 'doc-id', 'other'];

/**
 * Figures, filtered by kind and by a search over indicator and raw text, a page at a time:
 * measures from the text first, then those of tables, then years and dates, then the rest.
 */
export function NumberList({ t, numbers, headings, kind, query, onKind, onQuery, onReveal }: NumberListProps) {
  const q = query.trim().toLowerCase();
  const shown = orderFigures(numbers.filter((n) => (kind === 'all' || n.kind === kind)
    && (!q || (n.indicator ?? '').toLowerCase().includes(q) || n.raw.toLowerCase().includes(q))));
  const page = useShowMore(shown, `${kind}\n${q}`);
  const kinds = new Set(numbers.map((n) => n.kind));
  const present = KINDS.filter((k) => kinds.has(k));
  return (
    <div>
      <div class="filters">
        <label>
          {t('filterKind')}{' '}
          <select value={kind} data-filter="kind" onChange={(e) => onKind((e.currentTarget as HTMLSelectElement).value as NumberKind | 'all')}>
            <option value="all">{t('all')}</option>
            {present.map((k) => <option key={k} value={k}>{t(`kind_${k.replace('-', '_')}`)}</option>)}
          </select>
        </label>
        <input type="search" data-filter="indicator" placeholder={t('searchIndicator')} aria-label={t('searchIndicator')}
          value={query} onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)} />
      </div>
      {!shown.length && <p class="empty">{t(numbers.length ? 'emptyFiltered' : 'emptyNumbers')}</p>}
      {groupsOf(page.items).map(([group, items]) => (
        <section key={group} class="figure-group" data-group={group}>
          <h3 class="group-title">{t(`figGroup_${group}`)}</h3>
          <ul class="items numbers">
            {items.map((n) => <FigureItem key={n.id} t={t} n={n} headings={headings} onReveal={onReveal} />)}
          </ul>
        </section>
      ))}
      <ShowMore t={t} shown={page.items.length} total={page.total} onMore={page.more} />
    </div>
  );
}

/** The page's items cut into runs of one group (they come ordered by group). */
function groupsOf(items: NumberMention[]): [FigureGroup, NumberMention[]][] {
  const out: [FigureGroup, NumberMention[]][] = [];
  for (const n of items) {
    const g = figureGroup(n);
    if (out.length && out[out.length - 1][0] === g) out[out.length - 1][1].push(n);
    else out.push([g, [n]]);
  }
  return out;
}

interface FigureItemProps { t: Translate; n: NumberMention; headings: Map<string, Heading>; onReveal: (n: NumberMention) => void }

/** One figure: as written and what it measures; kind, qualifier and value (units in the UI language). */
function FigureItem({ t, n, headings, onReveal }: FigureItemProps) {
  const value = valueLabel(n, t('uiLanguage') === 'zh' ? 'zh' : 'en');
  return (
    <li data-item-id={n.id} data-key-item tabIndex={0}>
      <button type="button" class="item-link" tabIndex={-1} data-key-control onClick={() => onReveal(n)}>
        <strong>{n.raw}</strong>
        {n.indicator && <span class="indicator"> · {n.indicator}</span>}
      </button>
      <span class="chips">
        <span class="chip">{t(`kind_${n.kind.replace('-', '_')}`)}</span>
        {n.approx && <span class="chip">{t(`approx_${n.approx.replace('-', '_')}`)}</span>}
        {value && <span class="chip value">{value}</span>}
      </span>
      {n.headingId && headings.get(n.headingId) && <div class="under muted">{headings.get(n.headingId)!.title}</div>}
    </li>
  );
}
