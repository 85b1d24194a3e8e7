/**
 * The library list. Reading order is the Tab order: a skip link, the search box, the cards
 * (one Tab stop each), the pager; then, beside the list, filters and the "Add / import" menu.
 * An empty library shows one sentence and one button instead. Keys: components/use-list-keys.ts.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { AddFilesPanel } from '../../components/AddFilesPanel';
import { AddMenu } from '../../components/AddMenu';
import { describeError, type Translate } from '../../components/i18n';
import { ImportPanel } from '../../components/ImportPanel';
import { LibraryEmpty } from '../../components/LibraryEmpty';
import { LibraryFiltersPanel } from '../../components/LibraryFilters';
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
import { focusFirstItem, useListKeys } from '../../components/use-list-keys';
import { db } from './db';
import { useSelection } from './use-selection';
import { useStorageUsage } from './use-storage-usage';

type ListRoute = Extract<Route, { view: 'list' }>;
export interface ListScreenProps { t: Translate; lang: string; route: ListRoute; go: (r: Route) => void }

/** A card of the list: one Tab stop, its select box and title reached with ←/→. */
const CARD = '.card[data-card-id]';
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
  useListKeys({
    item: CARD, control: '[data-card-control]', search: 'input[name="q"]',
    onOpen: (card) => open(Number(card.dataset.cardId)),
    onToggle: (card) => card.querySelector<HTMLInputElement>('.card-select')?.click(),
  });
  // Enter in the search box: once its results are on screen, the first one has the focus, so j/k and Enter go on from there.
  const searched = useRef<string | null>(null);
  useEffect(() => {
    if (searched.current === null || lib.status !== 'ready' || lib.answered !== searched.current) return;
    searched.current = null;
    focusFirstItem(CARD);
  }, [lib.status, lib.answered]);
  const empty = page && !page.hits.length ? (!route.q && !hasFilters(route.filters) ? 'library' : 'results') : null;
  // Open by itself while it has news: files being added, an import to confirm, space running out.
  const menuBusy = files.state.busy !== null || files.state.outcomes.length > 0 || imp.state.kind !== 'idle' || Boolean(storage.usage?.offerExport);
  return (
    <div class="list-screen" data-state={lib.status} data-results-for={lib.answered ?? undefined} {...files.dropTarget}>
      <a href="#/" class="skip-link" data-action="skip-to-list" onClick={(e) => { e.preventDefault(); focusFirstItem(CARD); }}>{t('skipToList')}</a>
      <LibraryToolbar t={t} query={route.q} onSearch={(q) => { searched.current = q; set({ q }); }} />
      <div class="list-layout">
        <div class="list-main">
          {sel.selected.size > 0 && (
            <SelectionBar t={t} count={sel.selected.size} total={page ? (page.exact ? page.total : null) : 0} onSelectAll={() => sel.selectAll(route.q, route.filters)}
              onClear={sel.clear} onCompare={sel.compare} onExport={sel.exportAs} onDelete={sel.askDelete} />
          )}
          {sel.message && (
            <Notice kind={sel.message.kind} action={sel.message.confirmDelete ? { label: t('deleteSelected'), onClick: sel.remove } : undefined}>
              {sel.message.text}
            </Notice>
          )}
          {lib.status === 'loading' && <p class="muted" role="status">{t('libraryLoading')}</p>}
          {lib.status === 'error' && <Notice kind="error" action={{ label: t('retry'), onClick: lib.reload }}>{describeError(t, lib.error ?? '')}</Notice>}
          {empty === 'library' && <LibraryEmpty t={t} onFiles={files.add} />}
          {page && empty !== 'library' && (
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
        <aside class="list-aside">
          {empty !== 'library' && <LibraryFiltersPanel t={t} filters={route.filters} sort={route.sort} facets={lib.facets}
            onFilters={(filters) => set({ filters })} onSort={(sort) => set({ sort })} />}
          <AddMenu t={t} busy={menuBusy}>
            <AddFilesPanel t={t} state={files.state} onFiles={files.add} onOpen={open} />
            <ImportPanel t={t} state={imp.state} onFile={imp.onFile} onConfirm={imp.onConfirm} onCancel={imp.onCancel} />
            <StorageMeter t={t} usage={storage.usage} asked={storage.asked} onPersist={storage.persist} onExport={sel.exportLibrary} />
          </AddMenu>
        </aside>
      </div>
    </div>
  );
}
