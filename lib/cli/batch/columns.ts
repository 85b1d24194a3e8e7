/**
 * The batch's CSV columns: the library's exports (lib/export) with the file path added last,
 * so a row can be traced to its report; ledger.csv adds the diff's target checks and the file
 * each commitment was checked against; chains.csv is the ledger across years (lib/export
 * ledger-csv.ts) with the issuer in front.
 */
import type { DiffItem } from '../../diff/types';
import { commitmentsHeader, csvLine, numbersHeader, type CsvValue } from '../../export/csv';
import { problemsHeader } from '../../export/csv-problems';
import { diffLabelsFor } from '../../export/diff-labels';
import { ledgerCsvHeader } from '../../export/ledger-csv';
import type { Language } from '../../extract/types';

const EXTRA: Record<Language, { file: string; newerFile: string; outcomes: string; noActual: string; issuer: string }> = {
  zh: { file: '文件', newerFile: '对照报告文件', outcomes: '目标核对', noActual: '—', issuer: '发布机关' },
  en: { file: 'File', newerFile: 'Checked against', outcomes: 'Target outcomes', noActual: '—', issuer: 'Issuer' },
};

export const OUTPUT_FILES = {
  extractions: 'extractions.jsonl',
  commitments: 'commitments.csv',
  figures: 'figures.csv',
  problems: 'problems.csv',
  errors: 'errors.jsonl',
  ledgerCsv: 'ledger.csv',
  ledgerJsonl: 'ledger.jsonl',
  chainsCsv: 'chains.csv',
} as const;

/** Header rows of the three per-report CSVs, of ledger.csv and of chains.csv (the issuer first: one file holds every issuer's ledger). */
export function batchHeaders(language: Language): Record<'commitments' | 'figures' | 'problems' | 'ledger' | 'chains', string[]> {
  const x = EXTRA[language];
  return {
    commitments: [...commitmentsHeader(language), x.file],
    figures: [...numbersHeader(language), x.file],
    problems: [...problemsHeader(language), x.file],
    ledger: [...commitmentsHeader(language), x.outcomes, x.file, x.newerFile],
    chains: [x.issuer, ...ledgerCsvHeader(language), x.file],
  };
}

/** CSV lines of rows with cells appended to each. */
export function rowsWith(rows: CsvValue[][], ...extra: CsvValue[]): string {
  return rows.map((row) => csvLine([...row, ...extra])).join('');
}

/** A diff item's target checks, one a line: '目标 6%左右 → 6.2%：达标'. */
export function targetOutcomes(item: DiffItem | undefined, language: Language): string {
  const dl = diffLabelsFor(language);
  const colon = language === 'zh' ? '：' : ': ';
  return (item?.targets ?? []).map((t) => {
    const what = t.indicator ? `${t.indicator} ` : '';
    return `${what}${t.target.raw} → ${t.actual?.raw ?? EXTRA[language].noActual}${colon}${dl.outcomes[t.outcome]}`;
  }).join('\n');
}
