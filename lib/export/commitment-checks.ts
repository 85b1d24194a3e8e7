/**
 * The commitments CSV's columns that say when a commitment is due and how it turned out: the
 * year it is planned for, and the diff's target checks (the target as checked, the actual
 * figure, the outcome), one line per check in the same order in each of the three cells.
 *
 * The plan year comes from the extractor's reading of the report, not from the headings' words
 * again: a commitment in a section whose role is plans (lib/extract/section-roles.ts) is for
 * the year the report plans (meta.planYear, else the year after the one reviewed: the ledger's
 * column year); one in a multi-year plan (十四五, 今后五年) or outside the plans is for no
 * single year, and the cell stays empty. A 2023 annual report's "四、2024年工作安排" → 2024,
 * while its 年度 column stays 2023, the year it reviews.
 */
import { columnYear } from '../chains/order';
import type { DiffItem } from '../diff/types';
import { defaultRoleFor } from '../extract/meta';
import type { Commitment, Extraction, Heading, Language } from '../extract/types';
import type { CsvValue } from './csv-format';
import { diffLabelsFor } from './diff-labels';
import { itemTargetRows } from './diff-view';
import { labelsFor } from './labels';

const CHECK_LABELS: Record<Language, [string, string, string]> = {
  zh: ['核对目标', '实际', '核对结果'],
  en: ['Target checked', 'Actual', 'Outcome'],
};

/** Headers: the year planned, then the target checked, the actual figure and the outcome. */
export function checkHeader(language: Language): string[] {
  return [labelsFor(language).planYear, ...CHECK_LABELS[language]];
}

/** The year a commitment is planned for, or null when its section plans no single year. */
export function planYearOf(ex: Extraction, c: Pick<Commitment, 'headingId'>, headings: ReadonlyMap<string, Heading>): number | null {
  const h = c.headingId ? headings.get(c.headingId) : undefined;
  const role = h ? h.role : defaultRoleFor(ex.meta.docType);
  if (role !== 'plans' || h?.horizon === 'multi-year') return null;
  return columnYear(ex);
}

/** The row's cells: plan year, then each check's target, actual and outcome (empty without a diff item). */
export function checkCells(ex: Extraction, c: Commitment, item: DiffItem | undefined, headings: ReadonlyMap<string, Heading>, language: Language): CsvValue[] {
  const rows = item ? itemTargetRows(item, diffLabelsFor(language)) : [];
  const lines = (pick: (r: (typeof rows)[number]) => string) => rows.map(pick).join('\n');
  return [planYearOf(ex, c, headings), lines((r) => r.target), lines((r) => r.actual), lines((r) => r.outcome)];
}
