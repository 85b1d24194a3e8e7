/** The compare view of two saved reports (older → newer), with overrides and exports. */
import { useState } from 'preact/hooks';
import { CompareView } from '../../components/CompareView';
import { describeError, type Translate } from '../../components/i18n';
import { Notice } from '../../components/Notice';
import type { CompareExportKind } from '../../lib/library/export-kinds';
import type { Route } from '../../lib/library/route';
import { errorCode } from '../../lib/messages';
import { selectionData } from '../../lib/store/index';
import { download } from '../shared/download';
import { db } from './db';
import { exportTools } from './export-context';
import { useCompare } from './use-compare';

type CompareRoute = Extract<Route, { view: 'compare' }>;
export interface CompareScreenProps { t: Translate; lang: string; route: CompareRoute; go: (r: Route) => void }

export function CompareScreen({ t, lang, route, go }: CompareScreenProps) {
  const c = useCompare(route.older, route.newer);
  const [failure, setFailure] = useState<string | null>(null);
  if (c.load.status === 'loading') return <p class="muted" role="status" data-compare="loading">{t('comparing')}</p>;
  if (c.load.status === 'missing') return <Notice kind="error">{t('snapshotMissing')}</Notice>;
  if (c.load.status === 'error') return <Notice kind="error">{describeError(t, c.load.error)}</Notice>;
  const { older, newer, diff } = c.load;
  const exportAs = (kind: string) => {
    setFailure(null);
    Promise.all([selectionData(db, [older.id, newer.id]), exportTools(lang)])
      .then(([data, x]) => download(x.compareExport(kind as CompareExportKind, { ...data, diff }, x.ctx)))
      .catch((e) => setFailure(describeError(t, errorCode(e))));
  };
  return (
    <div class="compare-screen" data-compare="ready" data-older={older.id} data-newer={newer.id}>
      {(c.error || failure) && <Notice kind="error">{failure ?? describeError(t, c.error!)}</Notice>}
      <CompareView t={t} lang={lang} diff={diff} items={c.items}
        onOpen={(which) => go({ view: 'snapshot', id: which === 'older' ? older.id : newer.id, at: null, mode: 'text' })}
        onSwap={() => go({ view: 'compare', older: newer.id, newer: older.id })}
        onEvidence={(e) => go({ view: 'snapshot', id: newer.id, at: { start: e.start, end: e.end }, mode: 'text' })}
        onOverride={c.override} onClearOverride={c.clearOverride} onExport={exportAs} />
    </div>
  );
}
