/**
 * Suggests which saved reports to compare: same issuer and type, where the newer one reviews
 * the year the older one planned (newer.coversYear = older.planYear, or consecutive years).
 */
import { issuerKey } from '../extract/issuer-key';
import type { Extraction } from '../extract/types';

export interface ReportPair { older: number; newer: number; reason: string }

type Meta = Pick<Extraction, 'meta'>;


/** Index pairs (into `reports`) of older → newer reports worth comparing, oldest first. */
export function pairReports(reports: Meta[]): ReportPair[] {
  const out: ReportPair[] = [];
  reports.forEach((a, i) => {
    reports.forEach((b, j) => {
      if (i === j || !a.meta.issuer || issuerKey(a.meta.issuer) !== issuerKey(b.meta.issuer) || a.meta.docType !== b.meta.docType) return;
      const planned = a.meta.planYear ?? (a.meta.coversYear !== null ? a.meta.coversYear + 1 : null);
      if (planned !== null && b.meta.coversYear === planned) {
        out.push({ older: i, newer: j, reason: `${a.meta.issuer}: ${b.meta.coversYear} reviews the plans for ${planned}` });
      }
    });
  });
  return out.sort((x, y) => (reports[x.older].meta.coversYear ?? 0) - (reports[y.older].meta.coversYear ?? 0) || x.older - y.older);
}
