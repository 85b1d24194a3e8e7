/**
 * chains.csv rows of one issuer: its reports read back from extractions.jsonl, the ledger
 * across years built by lib/chains, the year-to-year reviews taken from the pairs' diffs in
 * ledger.jsonl (the same diff, not computed twice; a review across a gap is computed), one row
 * a promise and year with the issuer in front (as its first report names it) and the report's
 * file last.
 */
import { buildLedger } from '../../chains/ledger';
import { diff as computeDiff, type Diff } from '../../diff/index';
import { csvLine } from '../../export/csv';
import { ledgerCsvRow } from '../../export/ledger-csv';
import { extractionSource } from '../../export/source';
import type { Extraction, Language } from '../../extract/types';
import { readLine } from './run-task';
import type { ChainsDone, ChainsTask } from './tasks';

const pairKey = (older: string, newer: string) => `${older}\u0000${newer}`;

export function runChains(task: ChainsTask, language: Language): ChainsDone {
  const reports = task.reports.map((r) => JSON.parse(readLine(r.file, r.offset, r.length)) as Extraction);
  const stored = new Map<string, Diff>();
  for (const d of task.diffs) {
    const parsed = JSON.parse(readLine(d.file, d.offset, d.length)) as Diff;
    stored.set(pairKey(parsed.older.sha256, parsed.newer.sha256), parsed);
  }
  const pathOf = new Map(reports.map((r, i) => [r.source.sha256, task.reports[i].path]));
  // A stored diff judged every commitment of the older report; a gap's review judges a subset.
  const judge = (older: Extraction, newer: Extraction) => {
    const d = stored.get(pairKey(older.source.sha256, newer.source.sha256));
    return d && d.items.length === older.commitments.length ? d : computeDiff(older, newer);
  };
  const ledger = buildLedger(reports, { diff: judge });
  const sources = new Map(reports.map((r) => [r.source.sha256, extractionSource(r)]));
  const rows = ledger.chains.flatMap((chain) => chain.cells.map((cell) =>
    csvLine([ledger.issuer ?? task.issuer, ...ledgerCsvRow(ledger, chain, cell, language, sources), pathOf.get(ledger.reports[cell.report].sha256) ?? ''])));
  return { kind: 'chains', rows: rows.join(''), promises: ledger.chains.length };
}
