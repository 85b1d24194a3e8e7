/**
 * `--pairs`: which of the batch's reports to diff, paired as the library pairs them — the same
 * issuer (its canonical key, lib/extract/issuer-key.ts) and type, the newer reviewing the year
 * the older planned (lib/diff/pair.ts). pairReports compares every two reports it is given,
 * so it is given one issuer's reports at a time: linear in the batch, not quadratic.
 */
import { pairReports } from '../../diff/pair';
import { issuerKey } from '../../extract/issuer-key';
import type { Meta } from '../../extract/types';
import type { LineRef } from './tasks';

/** A report written to extractions.jsonl: what pairing reads, and where its line is. */
export interface Extracted { meta: Meta; ref: LineRef }

/** The reports by issuer key, in key order (reports without an issuer are left out). */
function byIssuerKey(reports: Extracted[]): [string, Extracted[]][] {
  const byIssuer = new Map<string, Extracted[]>();
  for (const r of reports) {
    const key = issuerKey(r.meta.issuer);
    if (!key) continue;
    const group = byIssuer.get(key);
    if (group) group.push(r);
    else byIssuer.set(key, [r]);
  }
  return [...byIssuer].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The ledgers to follow across years: one per issuer and kind of report with two reports or
 * more, in issuer key order (then the kind's name); the ledger orders the reports by year.
 */
export function ledgersToFollow(reports: Extracted[]): { issuer: string; reports: LineRef[] }[] {
  return byIssuerKey(reports).flatMap(([key, group]) => {
    const kinds = [...new Set(group.map((r) => r.meta.docType))].sort();
    return kinds.map((kind) => ({ issuer: key, reports: group.filter((r) => r.meta.docType === kind).map((r) => r.ref) })).filter((g) => g.reports.length >= 2);
  });
}

/** Pairs to diff, grouped by issuer key (in key order), oldest first within an issuer as pairReports orders them. */
export function pairsToDiff(reports: Extracted[]): { older: LineRef; newer: LineRef }[] {
  const byIssuer = new Map(byIssuerKey(reports));
  const keys = [...byIssuer.keys()];
  return keys.flatMap((key) => {
    const group = byIssuer.get(key)!;
    return pairReports(group).map((p) => ({ older: group[p.older].ref, newer: group[p.newer].ref }));
  });
}
