/**
 * The ledger view's exports: the CSV of the rows the view shows (its filter and order: what a
 * reader sees is what the spreadsheet gets), the whole ledger as Markdown or HTML. Pure.
 */
import type { Chain, Ledger } from '../chains/types';
import { exportFileName } from '../export/download-name';
import { ledgerCsv } from '../export/ledger-csv';
import { renderLedgerHtml } from '../export/ledger-html';
import { renderLedgerMarkdown } from '../export/ledger-markdown';
import { sourceOf } from '../export/source';
import type { Language } from '../extract/types';
import type { SnapshotRecord } from '../store/schema';
import type { LedgerExportKind } from './export-kinds';
import type { ExportFile } from './exports';

/** The snapshots the ledger was built from and the reader's offset from UTC, for where and when each was read. */
export interface LedgerExportSources { snapshots: Pick<SnapshotRecord, 'sha256' | 'url' | 'savedAt'>[]; utcOffsetMinutes: number }

export function ledgerExport(kind: LedgerExportKind, ledger: Ledger, rows: Chain[], ui: Language, from: LedgerExportSources): ExportFile {
  const language = ledger.reports[0]?.language ?? ui;
  // The ledger keys its reports by the snapshot's sha256 (lib/library/ledger.ts asLedgerReport).
  const sources = new Map(from.snapshots.map((s) => [s.sha256, sourceOf(s, from.utcOffsetMinutes)]));
  const years = ledger.reports.map((r) => r.year).filter((y): y is number => y !== null);
  const year = years.length ? `${years[0]}-${years[years.length - 1]}` : null;
  const name = (ext: string) => exportFileName({ language: ui, kind: 'ledger', ext, issuer: ledger.issuer, year });
  switch (kind) {
    case 'ledger-csv': return { name: name('csv'), ext: 'csv', content: ledgerCsv(ledger, language, rows, sources) };
    case 'ledger-md': return { name: name('md'), ext: 'md', content: renderLedgerMarkdown(ledger, language, sources) };
    case 'ledger-html': return { name: name('html'), ext: 'html', content: renderLedgerHtml(ledger, language, sources) };
  }
}
