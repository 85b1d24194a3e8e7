/**
 * What the ledger view, its CSV and its reports show of a ledger: the filters a deputy asks
 * for, the order (oldest promise first), and the counts of each year's statuses for the chart.
 * Pure: the same ledger gives the same rows in the view and in every export.
 */
import type { Chain, Ledger, PlanState, ReviewState } from './types';

export type LedgerFilter = 'all' | 'promised-3-never-done' | 'target-lowered' | 'silent-after-promise';
export const LEDGER_FILTERS: readonly LedgerFilter[] = ['all', 'promised-3-never-done', 'target-lowered', 'silent-after-promise'];

/** Promised in at least this many reports, for the "promised again and again" filter. */
export const MANY_TIMES = 3;

const FILTERS: Record<LedgerFilter, (c: Chain) => boolean> = {
  all: () => true,
  'promised-3-never-done': (c) => c.promised >= MANY_TIMES && !c.cells.some((x) => x.review === 'done'),
  'target-lowered': (c) => c.cells.some((x) => x.plan === 'target-lowered'),
  'silent-after-promise': (c) => c.cells.some((x) => x.review === 'silent'),
};

export function matchesFilter(chain: Chain, filter: LedgerFilter): boolean {
  return FILTERS[filter](chain);
}

/** The ledger's rows for a filter, oldest promise first (document order within a year). */
export function ledgerRows(ledger: Ledger, filter: LedgerFilter = 'all'): Chain[] {
  return ledger.chains.filter(FILTERS[filter]);
}

/** Review and plan states of one report's column, for the chart above the table. */
export interface YearCounts { report: number; year: number | null; review: Record<ReviewState, number>; plan: Record<PlanState, number>; total: number }

export const REVIEW_ORDER: ReviewState[] = ['missed', 'silent', 'progress', 'done'];
export const PLAN_ORDER: PlanState[] = ['new', 'repeated', 'reworded', 'target-raised', 'target-lowered'];

export function countsByYear(ledger: Ledger, chains: Chain[] = ledger.chains): YearCounts[] {
  const rows: YearCounts[] = ledger.reports.map((r, report) => ({
    report, year: r.year, total: 0,
    review: { missed: 0, silent: 0, progress: 0, done: 0 },
    plan: { new: 0, repeated: 0, reworded: 0, 'target-raised': 0, 'target-lowered': 0 },
  }));
  for (const chain of chains) {
    for (const cell of chain.cells) {
      const row = rows[cell.report];
      row.total++;
      if (cell.review) row.review[cell.review]++;
      if (cell.plan) row.plan[cell.plan]++;
    }
  }
  return rows;
}

/** The cell of a chain for a report (undefined: the chain was not followed then). */
export function cellAt(chain: Chain, report: number) {
  return chain.cells.find((c) => c.report === report);
}
