/**
 * CSV of commitments and of figures, for spreadsheets, in the file format of csv-format.ts
 * (BOM, CRLF, RFC 4180 quoting, formula guard). Headers and labels are in the report's
 * language, like the Markdown export.
 *
 * Every row is self-contained: the commitment's report (issuer, year reviewed, section), its
 * status and evidence, the year it is planned for and its target checks (commitment-checks.ts),
 * then where the report was read and on which day, and the same of the report checked against.
 *
 * Example: `commitmentsCsv([{extraction, diff, source, newerSource}])` →
 * `\uFEFF发布机关,年度,章节,承诺内容,期限,目标,状态,佐证,备注,计划年度,核对目标,实际,核对结果,来源网址,访问日期,对照报告来源网址,对照报告访问日期\r\n`
 * `灌南县,2022,三、2023年工作安排,…办结率不低于95%,,不低于95%,已兑现,…办结率达到96%,,2023,不低于95%,96%,达标,http://…/2022.html,2024-03-01,http://…/2023.html,2024-03-02\r\n`
 */
import type { Diff, DiffItem } from '../diff/types';
import { topHeading } from '../extract/heading-tree';
import type { Extraction, Heading, Language, NumberMention } from '../extract/types';
import type { AnnotationRecord } from '../store/schema';
import { checkCells, checkHeader } from './commitment-checks';
import { diffLabelsFor } from './diff-labels';
import { labelsFor } from './labels';
import { extractionSource, sourceCells, sourceHeader, type ReportSource } from './source';
import { toCsv, type CsvValue } from './csv-format';
import type { Override } from './types';

export { BOM, csvCell, csvLine, toCsv, type CsvValue } from './csv-format';

/** Header words the shared labels do not have. */
export const CSV_LABELS: Record<Language, { year: string; text: string; status: string; note: string; byHand: string; newerSource: [string, string] }> = {
  zh: { year: '年度', text: '承诺内容', status: '状态', note: '备注', byHand: '（人工判定）', newerSource: ['对照报告来源网址', '对照报告访问日期'] },
  en: { year: 'Year', text: 'Commitment', status: 'Status', note: 'Note', byHand: ' (set by hand)', newerSource: ['Checked against: source URL', 'Checked against: accessed'] },
};

/** A note as the commitments CSV reads it (a stored annotation fits). */
export type NoteLike = Pick<AnnotationRecord, 'note' | 'commitmentId' | 'selectors'>;

/**
 * A report and where it was read: every row of every CSV carries the source's address (or
 * file) and day, so a row cut out of the file still says where it comes from.
 */
export interface SourcedReport {
  extraction: Extraction;
  /** Default: what the extraction names itself (`extractionSource`: address or file, no day). */
  source?: ReportSource;
}

/** The source of a report as its rows cite it. */
export const sourceOfReport = (r: SourcedReport): ReportSource => r.source ?? extractionSource(r.extraction);

export interface CommitmentsCsvInput extends SourcedReport {
  /** Its diff against the next report (`diff.older` is this extraction); other diffs are ignored. */
  diff?: Diff | null;
  /** Statuses set by hand for this diff; they replace the computed status. */
  overrides?: Override[];
  /** Notes on this report: a note counts for a commitment it names or whose sentence holds its quote. */
  annotations?: NoteLike[];
  /** The report the diff checked it against (its address and day go in the last two columns). */
  newerSource?: ReportSource;
}

/** The report's year: the year it reviews, else the year it plans (a work plan reviews none). */
export const yearOf = (ex: Extraction) => ex.meta.coversYear ?? ex.meta.planYear;

/** Title of the top-level section a heading sits in, as the diff names sections. */
export function sectionTitle(headingId: string | null, headings: Map<string, Heading>): string | null {
  const h = topHeading(headingId, headings);
  return h ? `${h.marker}${h.title}` : null;
}

/** One row per commitment of each report, in document order. */
export function commitmentsCsv(reports: CommitmentsCsvInput[], language: Language = reports[0]?.extraction.language ?? 'zh'): string {
  return toCsv(commitmentsHeader(language), reports.flatMap((r) => commitmentRows(r, language)));
}

/** The commitments CSV's header row (also the batch's, which writes its rows as it goes). */
export function commitmentsHeader(language: Language): string[] {
  const l = labelsFor(language);
  const dl = diffLabelsFor(language);
  const c = CSV_LABELS[language];
  return [
    l.issuer, c.year, dl.section, c.text, l.deadline, l.targets, c.status, dl.evidence, c.note,
    ...checkHeader(language), ...sourceHeader(language), ...c.newerSource,
  ];
}

/** The commitments CSV's rows for one report. */
export function commitmentRows(report: CommitmentsCsvInput, language: Language): CsvValue[][] {
  const { extraction: ex, diff, overrides = [], annotations = [] } = report;
  const l = labelsFor(language);
  const dl = diffLabelsFor(language);
  const headings = new Map(ex.headings.map((h) => [h.id, h]));
  const figures = new Map(ex.numbers.map((n) => [n.id, n]));
  const ours = !!diff && diff.older.sha256 === ex.source.sha256;
  const items = new Map<string, DiffItem>(ours ? diff.items.map((i) => [i.commitmentId, i]) : []);
  const source = sourceCells(sourceOfReport(report));
  const checkedAgainst = ours && report.newerSource ? sourceCells(report.newerSource) : ['', ''];
  return ex.commitments.map((cm) => {
    const item = items.get(cm.id);
    const override = latestOverride(overrides, cm.id);
    const status = override
      ? `${dl.statuses[override.status]}${CSV_LABELS[language].byHand}`
      : item ? dl.statuses[item.status] : '';
    const targets = cm.targets.map((id) => figures.get(id)?.raw).filter((raw): raw is string => !!raw);
    const notes = [override?.note ?? '', ...annotations.filter((a) => noteBelongs(a, cm)).map((a) => a.note)].filter((n) => n.trim());
    return [
      ex.meta.issuer, yearOf(ex), item?.section ?? sectionTitle(cm.headingId, headings), cm.text, cm.deadline,
      targets.join(l.listSeparator), status, item?.evidence.map((e) => e.text).join('\n'), notes.join('\n'),
      ...checkCells(ex, cm, item, headings, language), ...source, ...checkedAgainst,
    ];
  });
}

/** The override set last for a commitment (a reader may change their mind). */
function latestOverride(overrides: Override[], commitmentId: string): Override | undefined {
  return overrides.filter((o) => o.commitmentId === commitmentId).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

function noteBelongs(a: NoteLike, cm: { id: string; text: string }): boolean {
  if (a.commitmentId !== null) return a.commitmentId === cm.id;
  // A page note is on the report as a whole, not on one commitment.
  const exact = a.selectors?.quote.exact.trim() ?? '';
  return exact !== '' && (cm.text.includes(exact) || exact.includes(cm.text));
}

/** One row per figure of each report, in document order; values unformatted so sheets can sum them. */
export function numbersCsv(reports: SourcedReport[], language: Language = reports[0]?.extraction.language ?? 'zh'): string {
  return toCsv(numbersHeader(language), reports.flatMap((r) => numberRows(r, language)));
}

/** The figures CSV's header row. */
export function numbersHeader(language: Language): string[] {
  const l = labelsFor(language);
  const [raw, value, unit, kind, approx, indicator] = l.numberColumns;
  return [l.issuer, CSV_LABELS[language].year, diffLabelsFor(language).section, raw, value, unit, kind, approx, indicator, ...sourceHeader(language)];
}

/** The figures CSV's rows for one report. */
export function numberRows(report: SourcedReport, language: Language): CsvValue[][] {
  const l = labelsFor(language);
  const ex = report.extraction;
  const headings = new Map(ex.headings.map((h) => [h.id, h]));
  const source = sourceCells(sourceOfReport(report));
  return ex.numbers.map((n: NumberMention) => [
    ex.meta.issuer, yearOf(ex), sectionTitle(n.headingId, headings), n.raw, n.value, n.unit ?? '',
    l.kinds[n.kind], n.approx ? l.approx[n.approx] : '', n.indicator, ...source,
  ]);
}
