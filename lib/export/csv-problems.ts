/**
 * CSV of the problems a report admits (存在问题/不足), one row each, with the same file
 * conventions and leading columns as the commitments and figures CSVs (lib/export/csv.ts):
 * issuer, year, section, the problem's sentence, then where the report was read and when.
 *
 * Example: `problemsCsv([x])` → `\uFEFF发布机关,年度,章节,问题内容,来源网址,访问日期\r\n青禾县人民政府,2024,二、存在的不足,基层执法人员力量仍然不足。,http://…/2024.html,2025-03-02\r\n`
 */
import type { Language } from '../extract/types';
import { CSV_LABELS, sectionTitle, sourceOfReport, toCsv, yearOf, type CsvValue, type SourcedReport } from './csv';
import { diffLabelsFor } from './diff-labels';
import { labelsFor } from './labels';
import { sourceCells, sourceHeader } from './source';

const PROBLEM_TEXT: Record<Language, string> = { zh: '问题内容', en: 'Problem' };

/** One row per problem of each report, in document order. */
export function problemsCsv(reports: SourcedReport[], language: Language = reports[0]?.extraction.language ?? 'zh'): string {
  return toCsv(problemsHeader(language), reports.flatMap((r) => problemRows(r)));
}

/** The problems CSV's header row. */
export function problemsHeader(language: Language): string[] {
  return [labelsFor(language).issuer, CSV_LABELS[language].year, diffLabelsFor(language).section, PROBLEM_TEXT[language], ...sourceHeader(language)];
}

/** The problems CSV's rows for one report. */
export function problemRows(report: SourcedReport): CsvValue[][] {
  const ex = report.extraction;
  const headings = new Map(ex.headings.map((h) => [h.id, h]));
  const source = sourceCells(sourceOfReport(report));
  return ex.problems.map((p) => [ex.meta.issuer, yearOf(ex), sectionTitle(p.headingId, headings), p.text, ...source]);
}
