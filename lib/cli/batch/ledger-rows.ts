/**
 * ledger.csv rows of one diffed pair: the commitments CSV's columns for the older report with
 * the diff's statuses and evidence (lib/export commitmentRows), then the target checks, the
 * older file and the file it was checked against.
 */
import type { Diff } from '../../diff/types';
import { commitmentRows } from '../../export/csv';
import { extractionSource } from '../../export/source';
import type { Extraction, Language } from '../../extract/types';
import { rowsWith, targetOutcomes } from './columns';

export function ledgerRows(older: Extraction, newer: Extraction, diff: Diff, olderPath: string, newerPath: string, language: Language): string {
  const items = new Map(diff.items.map((i) => [i.commitmentId, i]));
  const rows = commitmentRows({ extraction: older, diff, newerSource: extractionSource(newer) }, language);
  return older.commitments.map((c, i) => rowsWith([rows[i]], targetOutcomes(items.get(c.id), language), olderPath, newerPath)).join('');
}
