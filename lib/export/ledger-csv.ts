/**
 * The ledger as CSV: one row a chain and year (a cell), in the view's order (oldest promise
 * first), so a spreadsheet holds what the ledger view shows. Same CSV conventions as the
 * other exports (csv.ts: BOM, CRLF, formula guard). Statuses set by hand are marked and keep
 * their note.
 *
 * Example row (zh): `0:c2,2021,推进村级公共法律服务室建设…,2022,青溪县…2021年度…,原样重申,推进中,,,推进村级…,全县已建成…,,仍在承诺,4`
 */
import type { Language } from '../extract/types';
import { ledgerRows } from '../chains/view';
import type { Chain, ChainCell, Ledger } from '../chains/types';
import { toCsv, type CsvValue } from './csv';
import { ledgerLabelsFor, reviewLabel } from './ledger-labels';
import { NO_SOURCE, sourceCells, sourceHeader, type LedgerSources } from './source';

/** Header of the ledger CSV, in the report's language. */
export function ledgerCsvHeader(language: Language): string[] {
  const l = ledgerLabelsFor(language);
  return [l.promiseId, l.firstYear, l.firstText, l.year, l.report, l.plan, l.review, l.byHand, l.note, l.commitment, l.evidence, l.targetChange, l.now, l.times, ...sourceHeader(language)];
}

/** The rows (without header) of these chains (default: all, oldest promise first), one a chain and year. */
export function ledgerCsvRows(ledger: Ledger, language: Language, chains: Chain[] = ledgerRows(ledger), sources: LedgerSources = new Map()): CsvValue[][] {
  return chains.flatMap((chain) => chain.cells.map((cell) => ledgerCsvRow(ledger, chain, cell, language, sources)));
}

/**
 * The CSV of these chains: the view passes the rows it shows (its filter and order). Each row
 * ends with where and when its year's report was read (`sources`; empty cells for one not given).
 */
export function ledgerCsv(ledger: Ledger, language: Language = ledger.reports[0]?.language ?? 'zh', chains: Chain[] = ledgerRows(ledger), sources: LedgerSources = new Map()): string {
  return toCsv(ledgerCsvHeader(language), ledgerCsvRows(ledger, language, chains, sources));
}

/** One row: a chain in one report's year. */
export function ledgerCsvRow(ledger: Ledger, chain: Chain, cell: ChainCell, language: Language, sources: LedgerSources = new Map()): CsvValue[] {
  const l = ledgerLabelsFor(language);
  const report = ledger.reports[cell.report];
  return [
    chain.id,
    chain.first.year,
    chain.first.text,
    report.year,
    report.title ?? report.sha256.slice(0, 12),
    cell.plan ? l.plans[cell.plan] : '',
    cell.review ? reviewLabel(cell.review, language) : '',
    cell.override ? l.byHand : '',
    cell.override?.note ?? '',
    cell.commitment?.text ?? '',
    cell.evidence?.text ?? '',
    cell.targetChange ? `${cell.targetChange.from} → ${cell.targetChange.to}` : '',
    l.states[chain.now],
    chain.promised,
    ...sourceCells(sources.get(report.sha256) ?? NO_SOURCE),
  ];
}
