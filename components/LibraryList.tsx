import type { OfferedPair } from '../lib/library/compare';
import { groupByIssuer, type LibrarySort } from '../lib/library/view';
import type { LibraryHit } from '../lib/store/library';
import type { Translate } from './i18n';
import { SnapshotCard } from './SnapshotCard';

export interface LibraryListProps {
  t: Translate;
  hits: LibraryHit[];
  sort: LibrarySort;
  /** Snapshots per issuer among all results (the page may show only some). */
  groupCounts: Record<string, number>;
  /** Pairs to compare, per issuer (same issuer, consecutive years). */
  pairs: Map<string, OfferedPair[]>;
  selected: Set<number>;
  /** Why the list is empty: nothing saved at all, or nothing matches. */
  empty: 'library' | 'results' | null;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
  onCompare: (pair: OfferedPair) => void;
  /** Open the issuer's ledger across years (offered where the issuer has reports to pair). */
  onLedger?: (issuer: string) => void;
}

/** The page of snapshots: grouped by issuer (with the pairs to compare) when sorted by issuer, else flat. */
export function LibraryList(p: LibraryListProps) {
  const { t } = p;
  if (p.empty === 'library') return <p class="empty" data-empty="library">{t('libraryEmpty')}</p>;
  if (p.empty === 'results') return <p class="empty" data-empty="results">{t('libraryNoResults')}</p>;
  const card = (h: LibraryHit, showIssuer: boolean) => (
    <SnapshotCard key={h.card.id} t={t} card={h.card} snippet={h.snippet} selected={p.selected.has(h.card.id)} showIssuer={showIssuer}
      onToggle={() => p.onToggle(h.card.id)} onOpen={() => p.onOpen(h.card.id)} />
  );
  if (p.sort !== 'issuer') return <ul class="cards flat">{p.hits.map((h) => card(h, true))}</ul>;
  return (
    <div class="groups">
      {groupByIssuer(p.hits, (h) => h.card.issuer).map((g) => (
        <section key={g.issuer} class="group" data-issuer={g.issuer} aria-label={g.issuer || t('unknownIssuer')}>
          <h2 class="group-title">
            {g.issuer || t('unknownIssuer')} <span class="count">{t('nSnapshots', p.groupCounts[g.issuer] ?? g.items.length)}</span>
          </h2>
          {(p.pairs.get(g.issuer) ?? []).length > 0 && (
            <p class="pairs">
              {(p.pairs.get(g.issuer) ?? []).map((pair) => (
                <button key={`${pair.older.id}-${pair.newer.id}`} type="button" class="small" data-action="compare-pair"
                  data-older={pair.older.id} data-newer={pair.newer.id} onClick={() => p.onCompare(pair)}>
                  {t('comparePair', pair.older.year || '?', pair.newer.year || '?')}
                </button>
              ))}
              {p.onLedger && (
                <button type="button" class="small" data-action="open-ledger" data-issuer={g.issuer} onClick={() => p.onLedger!(g.issuer)}>
                  {t('openLedger')}
                </button>
              )}
            </p>
          )}
          <ul class="cards">{g.items.map((h) => card(h, false))}</ul>
        </section>
      ))}
    </div>
  );
}
