/** The library page: the list, the reader, the compare view and an issuer's ledger, chosen by the URL hash. */
import type { Translate } from '../../components/i18n';
import { LIST_HOME } from '../../lib/library/route';
import { CompareScreen } from './compare-screen';
import { LedgerScreen } from './ledger-screen';
import { ListScreen } from './list-screen';
import { ReaderScreen } from './reader-screen';
import { useRoute } from './use-route';

export function App({ t, lang }: { t: Translate; lang: string }) {
  const { route, go } = useRoute();
  return (
    <main class="library" data-view={route.view}>
      <header class="lib-header">
        <h1>
          {route.view === 'list'
            ? t('libraryTitle')
            : <a href="#/" data-action="back" onClick={(e) => { e.preventDefault(); if (history.length > 1) history.back(); else go(LIST_HOME); }}>← {t('libraryTitle')}</a>}
        </h1>
      </header>
      {route.view === 'list' && <ListScreen t={t} lang={lang} route={route} go={go} />}
      {route.view === 'snapshot' && <ReaderScreen key={route.id} t={t} lang={lang} route={route} go={go} />}
      {route.view === 'compare' && <CompareScreen key={`${route.older}-${route.newer}`} t={t} lang={lang} route={route} go={go} />}
      {route.view === 'ledger' && <LedgerScreen key={`${route.issuer}|${route.docType ?? ''}`} t={t} lang={lang} route={route} go={go} />}
    </main>
  );
}
