/**
 * The exports each view offers, apart from their builders (lib/library/exports.ts) so that a
 * page can list its export buttons without loading the builders before they are used.
 */
export type SelectionExportKind = 'bundle' | 'commitments' | 'numbers' | 'annotations' | 'citations' | 'report';
export const SELECTION_EXPORTS: readonly SelectionExportKind[] = ['bundle', 'commitments', 'numbers', 'annotations', 'citations', 'report'];

export type CompareExportKind = 'diff' | 'diff-html' | 'commitments' | 'bundle';
export const COMPARE_EXPORTS: readonly CompareExportKind[] = ['diff', 'diff-html', 'commitments', 'bundle'];

export type PageExportKind = 'report' | 'commitments' | 'numbers' | 'annotations' | 'citations';
export const PAGE_EXPORTS: readonly PageExportKind[] = ['report', 'commitments', 'numbers', 'annotations', 'citations'];

export type LedgerExportKind = 'ledger-csv' | 'ledger-md' | 'ledger-html';
export const LEDGER_EXPORTS: readonly LedgerExportKind[] = ['ledger-csv', 'ledger-md', 'ledger-html'];
