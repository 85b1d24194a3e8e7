/**
 * Tables: a data-table row becomes one row block ("行政复议案件 | 41件 | 37件") so a figure
 * stays on the line that names it, and the extractor keeps rows out of the prose (a 5,000-row
 * 重点项目表 is neither outline nor commitments). A one-cell row of a data table (its title,
 * a group row "一、产业项目") is a row too. Layout tables (a cell holding the whole article)
 * are walked like any other container.
 */
import type { Block } from '../types';
import { SKIP_TAGS, cellText, tagOf } from './dom';

/** A cell longer than this holds prose, so its table is layout, not data. */
const MAX_CELL_LENGTH = 200;

/** The cells of a row: td/th children (tbody-less rows included). */
function cellsOf(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => {
    const t = tagOf(c);
    return t === 'td' || t === 'th';
  });
}

/** True when the row reads as data: at least two cells, all short, no nested table. */
export function isDataRow(tr: Element): boolean {
  const cells = cellsOf(tr);
  if (cells.length < 2) return false;
  return cells.every((c) => !c.querySelector('table') && cellText(c).length <= MAX_CELL_LENGTH);
}

/** The row's non-empty cells joined by ' | '. */
export function rowText(tr: Element): string {
  return cellsOf(tr).map(cellText).filter(Boolean).join(' | ');
}

/** Memo of tables known to hold (or not) a data row, for one walk. */
export type DataTables = Map<Element, boolean>;

/**
 * True when the row is a table row for the reader: a data row, or a short one-cell row
 * (title, unit line, group row) of a table that has data rows.
 */
export function isTableRow(tr: Element, tables: DataTables): boolean {
  if (isDataRow(tr)) return true;
  const cells = cellsOf(tr);
  if (cells.length !== 1 || cells[0].querySelector('table') || cellText(cells[0]).length > MAX_CELL_LENGTH) return false;
  const table = tableOf(tr);
  if (!table) return false;
  let known = tables.get(table);
  if (known === undefined) {
    known = rowsOf(table).some(isDataRow);
    tables.set(table, known);
  }
  return known;
}

function tableOf(tr: Element): Element | null {
  for (let p = tr.parentElement, i = 0; p && i < 2; p = p.parentElement, i++) if (tagOf(p) === 'table') return p;
  return null;
}

/** The table's own rows (directly or in its thead/tbody/tfoot), not those of nested tables. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const t = tagOf(child);
    if (t === 'tr') rows.push(child);
    else if (t === 'tbody' || t === 'thead' || t === 'tfoot') for (const tr of Array.from(child.children)) if (tagOf(tr) === 'tr') rows.push(tr);
  }
  return rows;
}

const MAX_CAPTION_LENGTH = 40;
/** A line with a sentence end or an outline marker is prose or a heading, never a caption. */
const NOT_CAPTION = /[。；;！!？?]|^\s*(?:[（(]?[一二三四五六七八九十百\d]{1,3}\s*[)）、.．]|第[一二三四五六七八九十\d]+[章节部分]|[一二三四五六七八九十]是)/;
/** An attachment label ("附件", "附件2：", "附表"), which may stand above a table's title. */
const ATTACHMENT_LABEL = /^附[件表]\s*\d{0,2}\s*[:：]?/;

/**
 * Marks the short unmarked line right above a table (its title), and an attachment label
 * above that, as table material: they name the table, they are not the report's outline.
 * Returns a new array; the blocks are not changed.
 */
export function withTableCaptions<B extends Block>(blocks: B[]): B[] {
  const out = blocks.slice();
  const isCaption = (b: B | undefined) => !!b && b.kind !== 'row' && b.text.trim().length <= MAX_CAPTION_LENGTH && !NOT_CAPTION.test(b.text.trim());
  const asRow = (b: B): B => ({ ...b, kind: 'row', lead: undefined, level: undefined });
  for (let i = 1; i < out.length; i++) {
    if (out[i].kind !== 'row' || out[i - 1].kind === 'row' || !isCaption(out[i - 1])) continue;
    out[i - 1] = asRow(out[i - 1]);
    const label = out[i - 2];
    if (label && isCaption(label) && ATTACHMENT_LABEL.test(label.text.trim())) out[i - 2] = asRow(label);
  }
  return out;
}

/**
 * Characters of text in table rows (isTableRow) and outside them under `root`, in one
 * iterative walk (each row's text is read once).
 */
export function proseAndTableLength(root: Node): { prose: number; table: number } {
  let prose = 0;
  let table = 0;
  const tables: DataTables = new Map();
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) { prose += (node.nodeValue ?? '').trim().length; continue; }
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = tagOf(el);
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'tr' && isTableRow(el, tables)) { table += cellText(el).length; continue; }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { prose, table };
}
