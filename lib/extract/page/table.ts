/**
 * Tables: a data-table row becomes one block ("行政复议案件 | 41件 | 37件") so a figure stays
 * on the line that names it; layout tables (a cell holding the whole article) are walked
 * like any other container.
 */
import { cellText, tagOf } from './dom';

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
