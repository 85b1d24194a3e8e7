/**
 * Markdown rendering of an Extraction, for people: metadata, outline, figures by kind and in
 * a table, commitments with deadline/targets/strength, problems. Labels follow the report's
 * language. Pure and deterministic (no locale-dependent formatting, no clock).
 */
import type { Extraction, Heading, NumberMention } from '../extract/types';
import { labelsFor, type ReportLabels } from './labels';
import { inline } from './markdown-inline';
import { notesSection, type MarkdownNote } from './markdown-notes';
import { extractionSource, sourceFields, type ReportSource } from './source';

export { inline } from './markdown-inline';

export interface MarkdownOptions {
  /** Where and when the report was read (a snapshot's); default: the address or file the extraction names, no day. */
  source?: ReportSource;
  /** The reader's notes on the report (its annotations: only notes are listed, page notes first). */
  notes?: MarkdownNote[];
  /** The reader's offset from UTC in minutes, for the days notes were written; default UTC. */
  utcOffsetMinutes?: number;
}

/** Renders the extraction as a Markdown document (ends with a newline). */
export function renderMarkdown(ex: Extraction, opts: MarkdownOptions = {}): string {
  const l = labelsFor(ex.language);
  const sections = [
    `# ${inline(ex.source.title ?? l.untitled)}`,
    metaList(ex, l, opts.source ?? extractionSource(ex)),
    outline(ex.headings, l),
    numbersSection(ex, l),
    commitmentsSection(ex, l),
    problemsSection(ex, l),
    notesSection(opts.notes ?? [], ex.language, opts.utcOffsetMinutes),
  ].filter((s): s is string => s !== null);
  return `${sections.join('\n\n')}\n`;
}

function metaList(ex: Extraction, l: ReportLabels, source: ReportSource): string {
  const { meta, detection } = ex;
  const rows: [string, string | null][] = [
    [l.issuer, meta.issuer],
    [l.docType, l.docTypes[meta.docType]],
    [l.coversYear, meta.coversYear === null ? null : String(meta.coversYear)],
    [l.planYear, meta.planYear === null ? null : String(meta.planYear)],
    [l.publishedAt, meta.publishedAt],
    // Only when the report prints one: most do not, and saying "none" on each adds nothing.
    ...(meta.docNumber ? [[l.docNumber, meta.docNumber] as [string, string]] : []),
    [l.detection, `${detection.isReport ? l.yes : l.no} (${detection.score.toFixed(2)})`],
    ...sourceFields(source, ex.language),
  ];
  const lines = rows.map(([k, v]) => `- **${k}**: ${v === null ? l.none : inline(v)}`);
  return [...lines, `- **sha256**: \`${ex.source.sha256}\``].join('\n');
}

function outline(headings: Heading[], l: ReportLabels): string {
  if (headings.length === 0) return `## ${l.outline}\n\n${l.none}`;
  const depthOf = new Map(headings.map((h) => [h.id, h.depth]));
  const minDepth = Math.min(...depthOf.values());
  const lines = headings.map((h) => {
    const indent = '  '.repeat(h.depth - minDepth);
    const role = h.role === 'other' ? '' : ` _(${l.roles[h.role]})_`;
    return `${indent}- ${inline(`${h.marker}${h.title}`)}${role}`;
  });
  return `## ${l.outline}\n\n${lines.join('\n')}`;
}

function numbersSection(ex: Extraction, l: ReportLabels): string {
  const head = `## ${l.numbers} (${ex.numbers.length})`;
  if (ex.numbers.length === 0) return `${head}\n\n${l.none}`;
  const counts = countBy(ex.numbers, (n) => n.kind);
  const countLine = [...counts].map(([kind, n]) => `${l.kinds[kind]} ${n}`).join(' · ');
  const titleOf = headingTitles(ex.headings);
  const rows = ex.numbers.map((n) => [
    n.raw, formatValue(n), n.unit ?? '', l.kinds[n.kind], n.approx ? l.approx[n.approx] : '', n.indicator ?? '',
    n.headingId ? titleOf.get(n.headingId) ?? '' : '',
  ]);
  return `${head}\n\n${countLine}\n\n${table(l.numberColumns, rows)}`;
}

function commitmentsSection(ex: Extraction, l: ReportLabels): string {
  const head = `## ${l.commitments} (${ex.commitments.length})`;
  if (ex.commitments.length === 0) return `${head}\n\n${l.none}`;
  const byId = new Map(ex.numbers.map((n) => [n.id, n]));
  const items = ex.commitments.map((c, i) => {
    const targets = c.targets.map((id) => byId.get(id)).filter((n): n is NumberMention => !!n).map((n) => n.raw);
    const details = [
      `${l.deadline}${l.colon}${c.deadline ?? l.none}`,
      `${l.targets}${l.colon}${targets.length ? targets.join(l.listSeparator) : l.none}`,
      `${l.strength}${l.colon}${l.strengths[c.strength]}`,
    ];
    return `${i + 1}. ${inline(c.text)}\n   - ${details.map(inline).join(' · ')}`;
  });
  return `${head}\n\n${items.join('\n')}`;
}

function problemsSection(ex: Extraction, l: ReportLabels): string {
  const head = `## ${l.problems} (${ex.problems.length})`;
  if (ex.problems.length === 0) return `${head}\n\n${l.none}`;
  return `${head}\n\n${ex.problems.map((p, i) => `${i + 1}. ${inline(p.text)}`).join('\n')}`;
}

/** Counts in first-seen order, so the line reads in the order figures appear. */
export function countBy<T, K>(items: T[], key: (item: T) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

function headingTitles(headings: Heading[]): Map<string, string> {
  return new Map(headings.map((h) => [h.id, `${h.marker}${h.title}`]));
}

/** Kinds whose values are labels, not amounts: never grouped ('2024', not '2,024'). */
const UNGROUPED_KINDS = new Set<NumberMention['kind']>(['year', 'date', 'doc-id']);

/** '6.5–7' for ranges, amounts grouped by thousands ('1,260,000'); empty when unknown. */
export function formatValue(n: Pick<NumberMention, 'value' | 'upper' | 'approx' | 'kind'>): string {
  if (n.value === null) return '';
  const format = UNGROUPED_KINDS.has(n.kind) ? String : groupDigits;
  const value = format(n.value);
  return n.approx === 'range' && n.upper != null ? `${value}–${format(n.upper)}` : value;
}

function groupDigits(value: number): string {
  const [int, frac] = String(value).split('.');
  if (/e/i.test(int)) return String(value); // beyond 1e21: leave JavaScript's notation alone
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export function table(columns: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(inline).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}
