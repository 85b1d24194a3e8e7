import type { Chain, ChainCell, Ledger } from '../lib/chains/types';
import { countsByYear, LEDGER_FILTERS, matchesFilter, type LedgerFilter } from '../lib/chains/view';
import type { Status } from '../lib/diff/types';
import { ledgerLabelsFor } from '../lib/export/ledger-labels';
import { columnName, ledgerTitle } from '../lib/export/ledger-view';
import { LEDGER_EXPORTS } from '../lib/library/export-kinds';
import { LEDGER_SORTS, type LedgerSort } from '../lib/library/ledger';
import { ExportMenu } from './ExportMenu';
import type { Translate } from './i18n';
import { LedgerCell } from './LedgerCell';
import { LedgerChart } from './LedgerChart';
import { ShowMore, useShowMore } from './ShowMore';

export interface LedgerViewProps {
  t: Translate;
  lang: 'zh' | 'en';
  ledger: Ledger;
  /** The rows shown: the filter's chains in the order asked. */
  rows: Chain[];
  filter: LedgerFilter;
  sort: LedgerSort;
  onFilter: (f: LedgerFilter) => void;
  onSort: (s: LedgerSort) => void;
  onOpenReport: (report: number) => void;
  onOpen: (report: number, start: number, end: number) => void;
  onOverride: (cell: ChainCell, status: Status, note: string) => void;
  onClearOverride: (cell: ChainCell) => void;
  onExport: (kind: string) => void;
}

/**
 * An issuer's promises across years: the chart of each year's statuses, the filters a deputy
 * follows up (with how many each keeps), the order, and one row a promise with one column a
 * year, a page of rows at a time (the exports hold every row of the filter). Words for plans
 * and states come from the exports' label table (one truth).
 */
export function LedgerView(p: LedgerViewProps) {
  const { t, ledger } = p;
  const words = ledgerLabelsFor(p.lang);
  const years = ledger.reports.map((_, j) => columnName(ledger, j));
  // A page of rows at a time: four long reports make well over a thousand promises.
  const page = useShowMore(p.rows, `${p.filter}|${p.sort}`);
  return (
    <section class="ledger" data-chains={ledger.chains.length} data-rows={p.rows.length} data-reports={ledger.reports.length}>
      <h2 class="ledger-title">{ledgerTitle(ledger, p.lang)}</h2>
      <p class="ledger-reports">
        {ledger.reports.map((r, j) => (
          <button key={r.sha256} type="button" class="item-link" data-action="open-report" data-report={j} title={r.title ?? ''} onClick={() => p.onOpenReport(j)}>
            {years[j]}
          </button>
        ))}
      </p>
      <h3>{t('ledgerChart')}</h3>
      <LedgerChart t={t} lang={p.lang} counts={countsByYear(ledger)} years={years} firstLabel={words.plans.new} />
      <div class="toolbar ledger-toolbar">
        <div class="ledger-filters" role="group" aria-label={t('ledgerFilter')}>
          {LEDGER_FILTERS.map((f) => (
            <button key={f} type="button" class={`small${p.filter === f ? '' : ' secondary'}`} aria-pressed={p.filter === f} data-filter={f}
              onClick={() => p.onFilter(f)}>
              {words.filters[f]} ({ledger.chains.filter((c) => matchesFilter(c, f)).length})
            </button>
          ))}
        </div>
        <label>
          {t('ledgerSort')}{' '}
          <select value={p.sort} data-action="ledger-sort" onChange={(e) => p.onSort((e.currentTarget as HTMLSelectElement).value as LedgerSort)}>
            {LEDGER_SORTS.map((s) => <option key={s} value={s}>{t(`ledgerSort_${s}`)}</option>)}
          </select>
        </label>
        <ExportMenu t={t} kinds={LEDGER_EXPORTS} onExport={p.onExport} />
      </div>
      {!p.rows.length
        ? <p class="empty" data-empty="ledger">{t('ledgerNoRows')}</p>
        : (
          <table class="ledger-table">
            <thead>
              <tr>
                <th scope="col">{words.firstPromised}</th><th scope="col">{words.chain}</th>
                {years.map((y) => <th key={y} scope="col">{y}</th>)}
                <th scope="col">{words.now}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((c) => (
                <tr key={c.id} data-chain={c.id} data-now={c.now} data-promised={c.promised}>
                  <td>{c.first.year ?? ''}</td>
                  <td class="ledger-promise">{c.first.text}</td>
                  {ledger.reports.map((_, j) => {
                    const cell = c.cells.find((x) => x.report === j);
                    return (
                      <td key={j} data-report={j}>
                        {cell && <LedgerCell t={t} words={words} lang={p.lang} cell={cell} onOpen={(start, end) => p.onOpen(j, start, end)}
                          onOverride={(s, note) => p.onOverride(cell, s, note)} onClearOverride={() => p.onClearOverride(cell)} />}
                      </td>
                    );
                  })}
                  <td data-now={c.now}>{words.states[c.now]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <ShowMore t={t} shown={page.items.length} total={page.total} onMore={page.more} />
    </section>
  );
}
