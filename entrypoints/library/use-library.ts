/**
 * The list's data for the route's query: one page of cards (lib/store queryLibrary), the
 * filter values, the pairs to compare for the issuers on the page, and whether the library is
 * empty. Reloads when the route changes or the database changes (a save in the side panel).
 */
import Dexie from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorCode } from '../../lib/messages';
import { offeredPairs, type OfferedPair } from '../../lib/library/compare';
import type { Route } from '../../lib/library/route';
import { countSnapshots, issuerCards, libraryFacets, queryLibrary, type LibraryFacets, type LibraryPage } from '../../lib/store/index';
import { db } from './db';

export const PAGE_SIZE = 20;
type ListRoute = Extract<Route, { view: 'list' }>;

export interface LibraryData {
  status: 'loading' | 'ready' | 'error';
  page: LibraryPage | null;
  facets: LibraryFacets;
  pairs: Map<string, OfferedPair[]>;
  librarySize: number;
  error: string | null;
  /** The query the page answers (for tests and the bench: data-results-for). */
  answered: string | null;
  reload: () => void;
}

const NO_FACETS: LibraryFacets = { issuers: [], docTypes: [], years: [], tags: [] };

async function pairsFor(page: LibraryPage): Promise<Map<string, OfferedPair[]>> {
  const out = new Map<string, OfferedPair[]>();
  for (const issuer of new Set(page.hits.map((h) => h.card.issuer))) {
    if (issuer) out.set(issuer, offeredPairs(await issuerCards(db, issuer)));
  }
  return out;
}

export function useLibrary(r: ListRoute): LibraryData {
  const [state, setState] = useState<Omit<LibraryData, 'reload'>>({
    status: 'loading', page: null, facets: NO_FACETS, pairs: new Map(), librarySize: 0, error: null, answered: null,
  });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const key = JSON.stringify([r.q, r.filters, r.sort, r.offset]);
  useEffect(() => {
    const mine = ++seq.current;
    (async () => {
      const page = await queryLibrary(db, { text: r.q, filters: r.filters, sort: r.sort, offset: r.offset, limit: PAGE_SIZE });
      if (mine !== seq.current) return;
      // The page first; facets, pairs and the library size follow (they do not block the list).
      setState((s) => ({ ...s, status: 'ready', page, error: null, answered: r.q }));
      const [facets, pairs, librarySize] = await Promise.all([libraryFacets(db), pairsFor(page), countSnapshots(db)]);
      if (mine === seq.current) setState((s) => ({ ...s, facets, pairs, librarySize }));
    })().catch((err) => { if (mine === seq.current) setState((s) => ({ ...s, status: 'error', error: errorCode(err) })); });
  }, [key, tick]);
  useEffect(() => {
    // Saves and note edits in other extension pages reach this page through Dexie's storagemutated.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => { clearTimeout(timer); timer = setTimeout(() => setTick((n) => n + 1), 150); };
    Dexie.on('storagemutated', onChange);
    return () => { clearTimeout(timer); Dexie.on.storagemutated.unsubscribe(onChange); };
  }, []);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
