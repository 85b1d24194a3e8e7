/**
 * CSV of the problems a report admits (存在问题/不足), one row each, with the same file
 * conventions and leading columns as the commitments and figures CSVs (lib/export/csv.ts):
 * issuer, year, section, then the problem's sentence.
 *
 * Example: `problemsCsv([x])` → `\uFEFF发布机关,年度,章节,问题内容\r\n青禾县人民政府,2024,二、存在的不足,基层执法人员力量仍然不足。\r\n`
 */
import type { Extraction, Language } from '../extract/types';
import { CSV_LABELS, sectionTitle, toCsv, yearOf, type CsvValue } from './csv';
import { diffLabelsFor } from './diff-labels';
import { labelsFor } from './labels';

const PROBLEM_TEXT: Record<Language, string> = { zh: '问题内容', en: 'Problem' };

/** One row per problem of each report, in document order. */
export function problemsCsv(extractions: Extraction[], language: Language = extractions[0]?.language ?? 'zh'): string {
  return toCsv(problemsHeader(language), extractions.flatMap((ex) => problemRows(ex)));
}

/** The problems CSV's header row. */
export function problemsHeader(language: Language): string[] {
  return [labelsFor(language).issuer, CSV_LABELS[language].year, diffLabelsFor(language).section, PROBLEM_TEXT[language]];
}

/** The problems CSV's rows for one report. */
export function problemRows(ex: Extraction): CsvValue[][] {
  const headings = new Map(ex.headings.map((h) => [h.id, h]));
  return ex.problems.map((p) => [ex.meta.issuer, yearOf(ex), sectionTitle(p.headingId, headings), p.text]);
}
