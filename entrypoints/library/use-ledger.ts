/**
 * An issuer's ledger in the library: its saved reports of one kind (one a year), the ledger
 * built by lib/chains from their stored extractions (year-to-year diffs read from the diffs
 * table when kept there, and kept there when computed), and the statuses set by hand (the
 * same overrides as the compare view's) laid over it. Measures `library:ledger` (load to built),
 * `library:ledger-read` (the snapshots read) and `library:ledger-build` (lib/chains alone) for
 * the e2e timing.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { overrideKey, withOverrides } from '../../lib/chains/overrides';
import type { ChainCell, Ledger } from '../../lib/chains/types';
import type { Status } from '../../lib/diff/types';
import type { Override } from '../../lib/export/types';
import type { DocType } from '../../lib/extract/types';
import { asLedgerReport, ledgerCards, ledgerDocType, storedDiffs } from '../../lib/library/ledger';
import { errorCode } from '../../lib/messages';
import { deleteOverride, diffsAmong, getSnapshot, issuerCards, overridesAmong, putDiff, setOverride, type SnapshotRecord } from '../../lib/store/index';
import { db } from './db';

export type LedgerLoad =
  | { status: 'loading' }
  | { status: 'few'; count: number }
  | { status: 'error'; error: string }
  | { status: 'ready'; ledger: Ledger; snapshots: SnapshotRecord[] };

/** Lets the "building the ledger…" line paint before the work starts. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadLedger(issuer: string, docType: DocType | null): Promise<LedgerLoad> {
  performance.clearMarks('library:ledger-start');
  performance.mark('library:ledger-start');
  const cards = await issuerCards(db, issuer);
  const chosen = ledgerCards(cards, docType ?? ledgerDocType(cards));
  if (chosen.length < 2) return { status: 'few', count: chosen.length };
  const found = (await Promise.all(chosen.map((c) => getSnapshot(db, c.id)))).filter((s): s is SnapshotRecord => !!s);
  const stored = await diffsAmong(db, found.map((s) => s.extraction.source.sha256));
  performance.measure('library:ledger-read', 'library:ledger-start');
  // lib/chains (with lib/diff and compromise) loads with the first ledger, not with the list.
  const [{ buildLedger }, { diff }] = await Promise.all([import('../../lib/chains/ledger'), import('../../lib/diff/index'), nextFrame()]);
  const built = performance.now();
  const diffs = storedDiffs(found, stored, diff);
  const ledger = buildLedger(found.map(asLedgerReport), { diff: diffs.judge });
  performance.measure('library:ledger-build', { start: built });
  const bySha = new Map(found.map((s) => [s.sha256, s]));
  performance.measure('library:ledger', 'library:ledger-start');
  // Kept, as the compare view keeps its diff: the next ledger or comparison of these years reads it.
  if (diffs.computed.length) void Promise.all(diffs.computed.map((d) => putDiff(db, d))).catch(() => {});
  return { status: 'ready', ledger, snapshots: ledger.reports.map((r) => bySha.get(r.sha256)!) };
}

export function useLedger(issuer: string, docType: DocType | null) {
  const [load, setLoad] = useState<LedgerLoad>({ status: 'loading' });
  const [overrides, setOverrides] = useState<Override[]>([]);
  const [error, setError] = useState<string | null>(null);
  const ready = load.status === 'ready' ? load : null;
  const refresh = useCallback(async () => {
    if (ready) setOverrides(await overridesAmong(db, ready.snapshots.map((s) => s.sha256)));
  }, [ready]);
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    loadLedger(issuer, docType)
      .then(async (l) => {
        const o = l.status === 'ready' ? await overridesAmong(db, l.snapshots.map((s) => s.sha256)) : [];
        if (live) { setOverrides(o); setLoad(l); }
      })
      .catch((e) => live && setLoad({ status: 'error', error: errorCode(e) }));
    return () => { live = false; };
  }, [issuer, docType]);
  const ledger = useMemo(() => (ready ? withOverrides(ready.ledger, overrides) : null), [ready, overrides]);
  const run = (p: Promise<unknown>) => { setError(null); p.then(refresh).catch((e) => setError(errorCode(e))); };
  return {
    load, ledger, error,
    override: (cell: ChainCell, status: Status, note: string) => {
      const key = ready && overrideKey(ready.ledger, cell);
      if (key) run(setOverride(db, { ...key, status, note }));
    },
    clearOverride: (cell: ChainCell) => {
      const key = ready && overrideKey(ready.ledger, cell);
      if (key) run(deleteOverride(db, key));
    },
  };
}
