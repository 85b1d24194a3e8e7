/**
 * A comparison of two saved reports: both snapshots, the Diff run by lib/diff on their stored
 * extractions (kept in the diffs table for exports), and the statuses set by hand.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Diff, DiffItem, Status } from '../../lib/diff/types';
import type { Override } from '../../lib/export/types';
import { compareItems } from '../../lib/library/compare';
import { errorCode } from '../../lib/messages';
import { deleteOverride, getSnapshot, overridesForPair, putDiff, setOverride, type SnapshotRecord } from '../../lib/store/index';
import { db } from './db';

export type CompareLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; error: string }
  | { status: 'ready'; older: SnapshotRecord; newer: SnapshotRecord; diff: Diff };

/** Lets the "comparing…" line paint before the diff (tens of milliseconds on long reports) runs. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

export function useCompare(olderId: number, newerId: number) {
  const [load, setLoad] = useState<CompareLoad>({ status: 'loading' });
  const [overrides, setOverrides] = useState<Map<string, Override>>(new Map());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    (async () => {
      const [older, newer] = await Promise.all([getSnapshot(db, olderId), getSnapshot(db, newerId)]);
      if (!older || !newer) return live && setLoad({ status: 'missing' });
      // lib/diff (with compromise) loads on the first comparison, not with the list.
      const [{ diff: runDiff }] = await Promise.all([import('../../lib/diff/index'), nextFrame()]);
      const diff = runDiff(older.extraction, newer.extraction);
      const map = await overridesForPair(db, older.sha256, newer.sha256);
      if (!live) return;
      setOverrides(map);
      setLoad({ status: 'ready', older, newer, diff });
      // Kept so that an export of these two snapshots carries the comparison.
      await putDiff(db, diff).catch((e) => setError(errorCode(e)));
    })().catch((e) => live && setLoad({ status: 'error', error: errorCode(e) }));
    return () => { live = false; };
  }, [olderId, newerId]);
  const ready = load.status === 'ready' ? load : null;
  const items = useMemo(() => (ready ? compareItems(ready.diff, overrides) : []), [ready, overrides]);
  const refresh = useCallback(async () => {
    if (ready) setOverrides(await overridesForPair(db, ready.older.sha256, ready.newer.sha256));
  }, [ready]);
  const run = (p: Promise<unknown>) => { setError(null); p.then(refresh).catch((e) => setError(errorCode(e))); };
  const pair = ready ? { olderSha256: ready.older.sha256, newerSha256: ready.newer.sha256 } : null;
  return {
    load, items, error,
    override: (item: DiffItem, status: Status, note: string) => pair && run(setOverride(db, { ...pair, commitmentId: item.commitmentId, status, note })),
    clearOverride: (item: DiffItem) => pair && run(deleteOverride(db, { ...pair, commitmentId: item.commitmentId })),
  };
}
