/**
 * The library's ledger of one issuer, pure: which saved reports make it (one kind of report,
 * the kind the issuer has most years of, one a year: the latest saved), the extractions as the
 * ledger reads them (keyed by the snapshot's sha256, the key of statuses set by hand), the rows
 * in the order asked, and where a cell's sentence is (snapshot and span) for the reader.
 */
import type { Chain, ChainCell, Ledger } from '../chains/types';
import type { Diff } from '../diff/types';
import { diffKey } from '../export/import-plan';
import type { DocType, Extraction } from '../extract/types';
import type { CardRecord } from '../store/schema';

export type LedgerSort = 'oldest' | 'newest';
export const LEDGER_SORTS: readonly LedgerSort[] = ['oldest', 'newest'];

/** The kind of report the issuer has most years of (ties: the one saved last). */
export function ledgerDocType(cards: Pick<CardRecord, 'docType' | 'year' | 'savedAt'>[]): DocType | null {
  const years = new Map<DocType, Set<number>>();
  const latest = new Map<DocType, string>();
  for (const c of cards) {
    (years.get(c.docType) ?? years.set(c.docType, new Set()).get(c.docType)!).add(c.year);
    if ((latest.get(c.docType) ?? '') < c.savedAt) latest.set(c.docType, c.savedAt);
  }
  let best: DocType | null = null;
  for (const [type, ys] of years) {
    const b = best === null ? null : years.get(best)!;
    if (!b || ys.size > b.size || (ys.size === b.size && latest.get(type)! > latest.get(best!)!)) best = type;
  }
  return best;
}

/** The cards of the ledger: of `docType`, one a year (the latest saved), oldest year first. */
export function ledgerCards<C extends Pick<CardRecord, 'id' | 'docType' | 'year' | 'savedAt'>>(cards: C[], docType: DocType | null): C[] {
  const byYear = new Map<number, C>();
  const noYear: C[] = [];
  for (const c of cards) {
    if (docType !== null && c.docType !== docType) continue;
    if (!c.year) { noYear.push(c); continue; }
    const seen = byYear.get(c.year);
    if (!seen || seen.savedAt < c.savedAt) byYear.set(c.year, c);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).concat(noYear);
}

/** A snapshot's extraction keyed by the snapshot's sha256 (overrides and the reader use that key). */
export function asLedgerReport(snapshot: { sha256: string; extraction: Extraction }): Extraction {
  return { ...snapshot.extraction, source: { ...snapshot.extraction.source, sha256: snapshot.sha256 } };
}

/** Rows in the order asked: oldest promise first (the ledger's own order) or newest first. */
export function sortChains(chains: Chain[], sort: LedgerSort): Chain[] {
  if (sort === 'oldest') return chains;
  return chains.map((c, i) => [c, i] as const).sort((a, b) => b[0].first.report - a[0].first.report || a[1] - b[1]).map(([c]) => c);
}

/** Where a cell's sentence is: the review's evidence, else the promise; with the report it is in. */
export function cellPassage(cell: ChainCell, which: 'review' | 'plan'): { report: number; start: number; end: number } | null {
  const span = which === 'review' ? cell.evidence : cell.commitment;
  return span ? { report: cell.report, start: span.start, end: span.end } : null;
}

/** How old a promise is in reports: how many reports since it was first made. */
export function promiseAge(ledger: Ledger, chain: Chain): number {
  return ledger.reports.length - chain.first.report;
}

/**
 * The ledger's diffs: a year-to-year diff kept in the diffs table (by the compare view or an
 * earlier ledger) is read, not computed again; one computed here is listed for keeping. The
 * ledger keys reports by snapshot sha256, the diffs table by extraction sha256 (diffKey).
 */
export function storedDiffs(found: { sha256: string; extraction: Extraction }[], stored: Diff[], compute: (older: Extraction, newer: Extraction) => Diff) {
  const source = new Map(found.map((s) => [s.sha256, s.extraction]));
  const byKey = new Map(stored.map((d) => [diffKey(d), d]));
  const computed: Diff[] = [];
  const judge = (older: Extraction, newer: Extraction): Diff => {
    const a = source.get(older.source.sha256);
    const b = source.get(newer.source.sha256);
    // Only a diff of every commitment of the older report is a stored one (a gap's review judges a subset).
    if (!a || !b || older.commitments.length !== a.commitments.length) return compute(older, newer);
    const kept = byKey.get(diffKey({ older: a.source, newer: b.source } as Diff));
    if (kept && kept.items.length === a.commitments.length) return kept;
    const d = compute(a, b);
    computed.push(d);
    return d;
  };
  return { judge, computed };
}
