/** The library list: search and filters, adding report files, import, space used, the selection's actions, the page of cards, paging. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { AddFilesPanel } from '../../components/AddFilesPanel';
import { describeError, type Translate } from '../../components/i18n';
import { ImportPanel } from '../../components/ImportPanel';
import { LibraryList } from '../../components/LibraryList';
import { LibraryToolbar } from '../../components/LibraryToolbar';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { SelectionBar } from '../../components/SelectionBar';
import { StorageMeter } from '../../components/StorageMeter';
import type { Route } from '../../lib/library/route';
import { hasFilters } from '../../lib/library/view';
import { useAddFiles } from './use-add-files';
import { useImport } from './use-import';
import { PAGE_SIZE, useLibrary } from './use-library';
import { db } from './db';
import { useSelection } from './use-selection';
import { useStorageUsage } from './use-storage-usage';

type ListRoute = Extract<Route, { view: 'list' }>;
export interface ListScreenProps { t: Translate; lang: string; route: ListRoute; go: (r: Route) => void }

const holdsSnapshots = async () => (await db.cards.count()) > 0;

export function ListScreen({ t, lang, route, go }: ListScreenProps) {
  const lib = useLibrary(route);
  const files = useAddFiles(lib.reload);
  const imp = useImport(t, lang, lib.reload);
  const sel = useSelection(t, lang, (older, newer) => go({ view: 'compare', older, newer }), lib.reload);
  const storage = useStorageUsage(navigator.storage, lib.changes, holdsSnapshots);
  const prev = useRef<number[]>([]);
  useLayoutEffect(() => {
    // Read by the bench: when the first page of the list was on screen.
    if (lib.status === 'ready' && !performance.getEntriesByName('library:first-page').length) performance.mark('library:first-page');
  }, [lib.status]);
  const set = (change: Partial<ListRoute>) => { prev.current = []; go({ ...route, offset: 0, ...change }); };
  const page = lib.page;
  const open = (id: number) => go({ view: 'snapshot', id, at: null, mode: 'text' });
  const empty = page && !page.hits.length ? (!route.q && !hasFilters(route.filters) ? 'library' : 'results') : null;
  return (
    <div class="list-screen" data-state={lib.status} data-results-for={lib.answered ?? undefined} {...files.dropTarget}>
      <LibraryToolbar t={t} query={route.q} filters={route.filters} sort={route.sort} facets={lib.facets}
        onSearch={(q) => set({ q })} onFilters={(filters) => set({ filters })} onSort={(sort) => set({ sort })} />
      <AddFilesPanel t={t} state={files.state} onFiles={files.add} onOpen={open} />
      <ImportPanel t={t} state={imp.state} onFile={imp.onFile} onConfirm={imp.onConfirm} onCancel={imp.onCancel} />
      <StorageMeter t={t} usage={storage.usage} asked={storage.asked} onPersist={storage.persist} onExport={sel.exportLibrary} />
      <SelectionBar t={t} count={sel.selected.size} total={page ? (page.exact ? page.total : null) : 0} onSelectAll={() => sel.selectAll(route.q, route.filters)}
        onClear={sel.clear} onCompare={sel.compare} onExport={sel.exportAs} onDelete={sel.askDelete} />
      {sel.message && (
        <Notice kind={sel.message.kind} action={sel.message.confirmDelete ? { label: t('deleteSelected'), onClick: sel.remove } : undefined}>
          {sel.message.text}
        </Notice>
      )}
      {lib.status === 'loading' && <p class="muted" role="status">{t('libraryLoading')}</p>}
      {lib.status === 'error' && <Notice kind="error" action={{ label: t('retry'), onClick: lib.reload }}>{describeError(t, lib.error ?? '')}</Notice>}
      {page && (
        <>
          <LibraryList t={t} hits={page.hits} sort={route.sort} groupCounts={page.groupCounts} pairs={lib.pairs} selected={sel.selected}
            empty={empty} onToggle={sel.toggle} onOpen={open}
            onCompare={(p) => go({ view: 'compare', older: p.older.id, newer: p.newer.id })}
            onLedger={(issuer) => go({ view: 'ledger', issuer, docType: null, filter: 'all', sort: 'oldest' })} />
          {page.hits.length > 0 && (
            <Pager t={t} offset={page.offset} shown={page.hits.length} total={lib.counted ?? page.total} exact={page.exact}
              counted={lib.counted !== null} onCount={lib.count}
              hasPrev={page.offset > 0} hasNext={page.next !== null}
              onPrev={() => go({ ...route, offset: prev.current.pop() ?? Math.max(0, page.offset - PAGE_SIZE) })}
              onNext={() => { prev.current.push(page.offset); go({ ...route, offset: page.next! }); }} />
          )}
        </>
      )}
    </div>
  );
}
