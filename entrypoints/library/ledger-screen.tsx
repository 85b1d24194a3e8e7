/** The ledger view of one issuer's saved reports: filters and order in the URL, overrides, exports. */
import { useLayoutEffect, useState } from 'preact/hooks';
import { describeError, type Translate } from '../../components/i18n';
import { LedgerView } from '../../components/LedgerView';
import { Notice } from '../../components/Notice';
import { ledgerRows } from '../../lib/chains/view';
import type { LedgerExportKind } from '../../lib/library/export-kinds';
import { sortChains } from '../../lib/library/ledger';
import { ledgerExport } from '../../lib/library/ledger-exports';
import type { Route } from '../../lib/library/route';
import { download } from '../shared/download';
import { useLedger } from './use-ledger';

type LedgerRoute = Extract<Route, { view: 'ledger' }>;
export interface LedgerScreenProps { t: Translate; lang: string; route: LedgerRoute; go: (r: Route) => void }

export function LedgerScreen({ t, lang, route, go }: LedgerScreenProps) {
  const l = useLedger(route.issuer, route.docType);
  const [failure, setFailure] = useState<string | null>(null);
  useLayoutEffect(() => {
    // Read by the e2e run: when the ledger was first on screen.
    if (l.ledger) performance.mark('library:ledger-shown');
  }, [l.ledger]);
  if (l.load.status === 'loading') return <p class="muted" role="status" data-ledger="loading">{t('ledgerLoading')}</p>;
  if (l.load.status === 'error') return <Notice kind="error">{describeError(t, l.load.error)}</Notice>;
  if (l.load.status === 'few') return <p class="empty" data-ledger="few">{t('ledgerFew', route.issuer)}</p>;
  const { snapshots } = l.load;
  const ledger = l.ledger!;
  const ui = lang.startsWith('zh') ? 'zh' : 'en';
  const rows = sortChains(ledgerRows(ledger, route.filter), route.sort);
  const exportAs = (kind: string) => {
    setFailure(null);
    try {
      download(ledgerExport(kind as LedgerExportKind, ledger, rows, ui, { snapshots, utcOffsetMinutes: -new Date().getTimezoneOffset() }));
    } catch (e) {
      setFailure(String(e));
    }
  };
  return (
    <div class="ledger-screen" data-ledger="ready" data-issuer={route.issuer}>
      {(l.error || failure) && <Notice kind="error">{failure ?? describeError(t, l.error!)}</Notice>}
      <LedgerView t={t} lang={ui} ledger={ledger} rows={rows} filter={route.filter} sort={route.sort}
        onFilter={(filter) => go({ ...route, filter })} onSort={(sort) => go({ ...route, sort })}
        onOpenReport={(j) => go({ view: 'snapshot', id: snapshots[j].id, at: null, mode: 'text' })}
        onOpen={(j, start, end) => go({ view: 'snapshot', id: snapshots[j].id, at: { start, end }, mode: 'text' })}
        onOverride={l.override} onClearOverride={l.clearOverride} onExport={exportAs} />
    </div>
  );
}
