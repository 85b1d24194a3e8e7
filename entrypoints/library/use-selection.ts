/**
 * The selected snapshots and what can be done with them: export (lib/library exports through
 * the one download()), compare two, delete (after a confirmation), select every result; and the
 * whole library's bundle.
 */
import { useCallback, useState } from 'preact/hooks';
import { describeError, type Translate } from '../../components/i18n';
import type { SelectionExportKind } from '../../lib/library/export-kinds';
import type { LibraryFilters } from '../../lib/library/view';
import { NO_FILTERS, orderPair } from '../../lib/library/view';
import { errorCode } from '../../lib/messages';
import { deleteSnapshots, queryIds, selectionData, type CardRecord } from '../../lib/store/index';
import { download } from '../shared/download';
import { db } from './db';
import { exportTools } from './export-context';

export type ListMessage = { kind: 'error' | 'info'; text: string; confirmDelete?: boolean } | null;

export function useSelection(t: Translate, lang: string, onCompare: (older: number, newer: number) => void, onChanged: () => void) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<ListMessage>(null);
  const fail = (err: unknown) => setMessage({ kind: 'error', text: describeError(t, errorCode(err)) });
  const toggle = useCallback((id: number) => setSelected((s) => {
    const n = new Set(s);
    if (n.has(id)) n.delete(id); else n.add(id);
    return n;
  }), []);
  const selectAll = (q: string, filters: LibraryFilters) => { queryIds(db, q, filters).then((ids) => setSelected(new Set(ids))).catch(fail); };
  const exportIds = (ids: Promise<number[]>, kind: SelectionExportKind) => {
    Promise.all([ids.then((i) => selectionData(db, i)), exportTools(lang)])
      .then(([data, x]) => download(x.selectionExport(kind, data, x.ctx)))
      .catch(fail);
  };
  const exportAs = (kind: string) => exportIds(Promise.resolve([...selected]), kind as SelectionExportKind);
  /** The whole library as one bundle (offered when storage runs short). */
  const exportLibrary = () => exportIds(queryIds(db, '', NO_FILTERS), 'bundle');
  const compare = () => {
    db.cards.bulkGet([...selected]).then((cards) => {
      const [a, b] = cards.filter((c): c is CardRecord => !!c);
      if (!a || !b) return;
      const [older, newer] = orderPair(a, b);
      onCompare(older.id, newer.id);
    }).catch(fail);
  };
  const askDelete = () => setMessage({ kind: 'info', text: t('confirmDelete', selected.size), confirmDelete: true });
  const remove = () => {
    deleteSnapshots(db, [...selected]).then(() => { setSelected(new Set()); setMessage(null); onChanged(); }).catch(fail);
  };
  return { selected, message, toggle, selectAll, clear: () => setSelected(new Set()), exportAs, exportLibrary, compare, askDelete, remove };
}
