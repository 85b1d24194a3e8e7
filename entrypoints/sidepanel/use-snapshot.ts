/** One-click snapshot from the panel: saved here, in the extension origin's IndexedDB. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorCode } from '../../lib/messages';
import { saveAnalysis, type Analysis } from '../../lib/page-agent/pipeline';
import type { LedgerDb } from '../../lib/store/index';
import { saveDeps } from '../shared/page-pipeline';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; created: boolean; id: number }
  | { kind: 'error'; code: string };

export function useSnapshot(db: LedgerDb, analysis: Analysis | null): { state: SaveState; save: () => void } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => setState({ kind: 'idle' }), [analysis]);
  const save = useCallback(() => {
    if (!analysis) return;
    setState({ kind: 'saving' });
    saveAnalysis(analysis, saveDeps(db))
      .then((r) => setState({ kind: 'saved', created: r.created, id: r.id }))
      .catch((err) => setState({ kind: 'error', code: errorCode(err) }));
  }, [db, analysis]);
  return { state, save };
}
