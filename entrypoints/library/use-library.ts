/**
 * The list's data for the route's query: one page of cards (lib/store queryLibrary), the
 * filter values and the pairs to compare for the issuers on the page. Reloads when the route
 * changes or the database changes (a save in the side panel).
 */
import Dexie from 'dexie';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorCode } from '../../lib/messages';
import { offeredPairs, type OfferedPair } from '../../lib/library/compare';
import type { Route } from '../../lib/library/route';
import {
  countMatches, issuerCards, libraryFacets, queryLibrary, type LibraryFacets, type LibraryPage,
} from '../../lib/store/index';
import { db } from './db';

export const PAGE_SIZE = 20;
type ListRoute = Extract<Route, { view: 'list' }>;

export interface LibraryData {
  status: 'loading' | 'ready' | 'error';
  page: LibraryPage | null;
  facets: LibraryFacets;
  pairs: Map<string, OfferedPair[]>;
  error: string | null;
  /** The query the page answers (for tests and the bench: data-results-for). */
  answered: string | null;
  /** For a search whose page could not confirm every match: how many have all its terms, once asked. */
  counted: number | null;
  /** Bumps whenever the library changed (a save, import, delete or note elsewhere, or a reload). */
  changes: number;
  /** Counts the search's matches from the full posting lists (slow on common words: on request only). */
  count: () => void;
  reload: () => void;
}

const NO_FACETS: LibraryFacets = { issuers: [], docTypes: [], years: [], tags: [] };

const queryOf = (r: ListRoute) => ({ text: r.q, filters: r.filters, sort: r.sort, offset: r.offset, limit: PAGE_SIZE });
const keyOf = (r: ListRoute) => JSON.stringify([r.q, r.filters, r.sort, r.offset]);
let early: { key: string; page: Promise<LibraryPage> } | null = null;

/**
 * Starts reading the first page before the page has its translations: the database read and
 * the messages fetch overlap. The first render of that route takes this result.
 */
export function prefetchFirstPage(r: Route): void {
  if (r.view !== 'list') return;
  const page = queryLibrary(db, queryOf(r));
  page.catch(() => undefined); // a failure is reported when the list awaits it, not as unhandled
  early = { key: keyOf(r), page };
}

function takeEarly(key: string): Promise<LibraryPage> | null {
  const hit = early?.key === key ? early.page : null;
  early = null;
  return hit;
}

async function pairsFor(page: LibraryPage): Promise<Map<string, OfferedPair[]>> {
  const out = new Map<string, OfferedPair[]>();
  for (const issuer of new Set(page.hits.map((h) => h.card.issuer))) {
    if (issuer) out.set(issuer, offeredPairs(await issuerCards(db, issuer)));
  }
  return out;
}

export function useLibrary(r: ListRoute): LibraryData {
  const [state, setState] = useState<Omit<LibraryData, 'reload' | 'count' | 'changes'>>({
    status: 'loading', page: null, facets: NO_FACETS, pairs: new Map(), error: null, answered: null, counted: null,
  });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const key = keyOf(r);
  // A layout effect starts the query as soon as the route is rendered, a frame before useEffect would.
  useLayoutEffect(() => {
    const mine = ++seq.current;
    (async () => {
      const page = await (takeEarly(key) ?? queryLibrary(db, queryOf(r)));
      if (mine !== seq.current) return;
      // The page first; the filter values and the pairs to compare follow.
      setState((s) => ({ ...s, status: 'ready', page, error: null, answered: r.q, counted: null }));
      const [facets, pairs] = await Promise.all([libraryFacets(db), pairsFor(page)]);
      if (mine === seq.current) setState((s) => ({ ...s, facets, pairs }));
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
  const count = useCallback(() => {
    const mine = seq.current;
    countMatches(db, r.q, r.filters).then((counted) => { if (mine === seq.current) setState((s) => ({ ...s, counted })); }).catch(() => undefined);
  }, [key]);
  return { ...state, changes: tick, reload, count };
}
