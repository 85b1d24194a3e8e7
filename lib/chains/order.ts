/**
 * The reports of a ledger in year order: by the year their promises are for (planYear, else
 * the year after the one reviewed), the order given where no year is known. Two reports for
 * one year cannot both be columns: the first given stays, the other is listed as skipped.
 */
import type { Extraction } from '../extract/types';
import type { LedgerReport } from './types';

export function columnYear(e: Extraction): number | null {
  return e.meta.planYear ?? (e.meta.coversYear !== null ? e.meta.coversYear + 1 : null);
}

export interface Ordered { order: number[]; reports: LedgerReport[]; skipped: { sha256: string; reason: string }[] }

export function orderReports(input: Extraction[]): Ordered {
  const seenYear = new Map<number, number>();
  const seenSha = new Set<string>();
  const skipped: Ordered['skipped'] = [];
  const kept: number[] = [];
  input.forEach((e, i) => {
    const year = columnYear(e);
    if (seenSha.has(e.source.sha256)) { skipped.push({ sha256: e.source.sha256, reason: 'the same report twice' }); return; }
    if (year !== null && seenYear.has(year)) {
      skipped.push({ sha256: e.source.sha256, reason: `a second report for ${year} (the ledger keeps one a year)` });
      return;
    }
    seenSha.add(e.source.sha256);
    if (year !== null) seenYear.set(year, i);
    kept.push(i);
  });
  // Reports without a year go last, in the order given.
  const order = [...kept].sort((a, b) => (columnYear(input[a]) ?? Infinity) - (columnYear(input[b]) ?? Infinity) || a - b);
  const reports = order.map((i): LedgerReport => {
    const e = input[i];
    return { sha256: e.source.sha256, title: e.source.title, coversYear: e.meta.coversYear, planYear: e.meta.planYear, year: columnYear(e), language: e.language };
  });
  return { order, reports, skipped };
}
