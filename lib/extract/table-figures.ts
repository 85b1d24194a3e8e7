/**
 * Figures in table rows (DocContext.rows), read by their table: each is tagged `inTable`; a
 * bare figure takes its column's unit ("总投资（万元）" over "1200" is 1.2e7 元), its row's
 * ("地区生产总值（亿元）") or the table's ("单位：万元"); its indicator is the row's label and the column's name; a serial-number
 * column (序号) holds no figures. Rows are consecutive lines; a table is a run of them.
 */
import { findNumbers, type NumberFound } from './numbers';
import type { DocContext, Language, Line } from './types';

/** The cell separator the page reader writes between a row's cells. */
export const CELL_SEPARATOR = ' | ';

/** One rule per way a table names something about its cells, with an example. */
export const TABLE_RULES = {
  serialColumn: { pattern: /^(?:序号|编号|排序|序|No\.?|#|S\/N)$/i, examples: ['序号', 'No.'] },
  columnUnit: { pattern: /[（(]\s*(?:单位\s*[:：]\s*)?([^（()）\d\s]{1,6})\s*[)）]\s*$/, examples: ['总投资（万元）', 'Growth rate (%)'] },
  tableUnit: { pattern: /单位\s*[:：]\s*([^\s，,；;）)]{1,4})/, examples: ['（单位：万元）', '单位:亿元'] },
  numericCell: { pattern: /^[\d.,，%\s\-—–~]+$/, examples: ['1200', '2024-2026'] },
} as const;

interface Table { header: string[] | null; headerRow: Line | null; unit: string | null }

/** Reads the rows' figures by their tables; other figures pass through unchanged. */
export function readTableFigures(ctx: DocContext, figures: NumberFound[]): NumberFound[] {
  if (!ctx.rows.length) return figures;
  const tables = tablesOf(ctx);
  const out: NumberFound[] = [];
  let r = 0;
  let cells: RowCells | null = null; // of ctx.rows[r], read once however many figures it holds
  for (const n of figures) {
    while (r < ctx.rows.length && ctx.rows[r].end <= n.start) { r++; cells = null; }
    const row = ctx.rows[r];
    if (!row || row.start > n.start) { out.push(n); continue; }
    const table = tables.get(row)!;
    cells ??= rowCells(ctx.text.slice(row.start, row.end), table.header);
    const read = readCell(ctx, row, table, cells, n);
    if (read) out.push(read);
  }
  return out;
}

/** A row cut into cells: their trimmed texts, where each ends, and the cells that can name the row. */
interface RowCells { texts: string[]; ends: number[]; labels: number[] }

function rowCells(line: string, header: string[] | null): RowCells {
  const raw = line.split(CELL_SEPARATOR);
  const texts = raw.map((c) => c.trim());
  const ends: number[] = [];
  let at = 0;
  for (const c of raw) { at += c.length; ends.push(at); at += CELL_SEPARATOR.length; }
  // The row's name: its first text cell that is not a serial number (two kept: one may be the figure's own).
  const labels: number[] = [];
  for (let i = 0; i < texts.length && labels.length < 2; i++) {
    if (!texts[i] || TABLE_RULES.numericCell.pattern.test(texts[i])) continue;
    if (header?.[i] && TABLE_RULES.serialColumn.pattern.test(header[i].trim())) continue;
    labels.push(i);
  }
  return { texts, ends, labels };
}

/** Index of the cell holding offset `at` of the row (binary search over the cells' ends). */
function cellIndex(cells: RowCells, at: number): number {
  let lo = 0;
  let hi = cells.ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells.ends[mid] <= at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The figure as its row and column read it, or null for a serial number. */
function readCell(ctx: DocContext, row: Line, table: Table, cells: RowCells, n: NumberFound): NumberFound | null {
  const index = cellIndex(cells, n.start - row.start);
  const cell = cells.texts[index] ?? '';
  const column = table.header?.[index]?.trim() ?? null;
  if (column && TABLE_RULES.serialColumn.pattern.test(column)) return null;
  const wholeCell = cell === n.raw.trim();
  // A header's years ("2022年" over a column) name the column; they measure nothing.
  if (row === table.headerRow) return { ...n, indicator: null, inTable: true };
  if (!wholeCell) {
    // The indicator finder reads back over the separator: keep the cell's own words.
    const own = n.indicator?.split('|').pop()?.trim() || null;
    return { ...n, indicator: own, inTable: true };
  }
  const labelAt = cells.labels.find((i) => i !== index);
  const label = labelAt === undefined ? '' : cells.texts[labelAt];
  // A unit in brackets after a column's or a row's name: "总投资（万元）", "地区生产总值（亿元）".
  const unitOf = (name: string) => TABLE_RULES.columnUnit.pattern.exec(name)?.[1] ?? null;
  const bare = (name: string) => name.replace(TABLE_RULES.columnUnit.pattern, '').trim();
  const indicator = [bare(label), column ? bare(column) : ''].filter(Boolean).join(' ') || n.indicator;
  const unit = (column ? unitOf(column) : null) ?? unitOf(label) ?? table.unit;
  // A bare cell reads by its column: "1972" under 总投资（万元） is money, not a year.
  const scaled = unit && TABLE_RULES.numericCell.pattern.test(n.raw) ? withUnit(n, unit, ctx.language) : null;
  return { ...n, ...(scaled ?? {}), indicator, inTable: true };
}

/** The figure re-read with its column's unit written after it, when that reads as one figure. */
function withUnit(n: NumberFound, unit: string, language: Language): Partial<NumberFound> | null {
  const written = language === 'en' && /^[a-z]/i.test(unit) ? `${n.raw} ${unit}` : `${n.raw}${unit}`;
  const [again] = findNumbers(written, language);
  if (!again || again.start !== 0 || again.end !== written.length) return null;
  return { value: again.value, unit: again.unit, kind: again.kind, approx: again.approx };
}

/** Each row's table: runs of adjacent row lines, with their header row and unit line. */
function tablesOf(ctx: DocContext): Map<Line, Table> {
  const byRow = new Map<Line, Table>();
  let run: Line[] = [];
  const close = () => {
    const table = describe(ctx, run);
    for (const row of run) byRow.set(row, table);
    run = [];
  };
  for (const row of ctx.rows) {
    const last = run[run.length - 1];
    if (last && row.start !== last.end + 1) close();
    run.push(row);
  }
  close();
  return byRow;
}

/** The header is the first row of several cells with no numeric cell; the unit, a "单位：" line. */
function describe(ctx: DocContext, run: Line[]): Table {
  let header: string[] | null = null;
  let headerRow: Line | null = null;
  let unit: string | null = null;
  for (const row of run) {
    const cells = ctx.text.slice(row.start, row.end).split(CELL_SEPARATOR);
    if (cells.length === 1) unit ??= TABLE_RULES.tableUnit.pattern.exec(cells[0])?.[1] ?? null;
    else if (!header && !cells.some((c) => TABLE_RULES.numericCell.pattern.test(c.trim()))) [header, headerRow] = [cells, row];
    if (header && unit) break;
  }
  return { header, headerRow, unit };
}
