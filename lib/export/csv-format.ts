/**
 * The CSV file format every CSV export writes: RFC 4180 quoting, CRLF line ends, a UTF-8 byte
 * order mark (without it Excel and WPS read UTF-8 as the local ANSI code page, GBK on Chinese
 * Windows, and the Chinese turns to mojibake), and a guard against cells that would run as
 * formulas.
 */

export const BOM = '\uFEFF';
export type CsvValue = string | number | null | undefined;

/**
 * Cells a spreadsheet would run as a formula: = + - @ first, also after spaces, tabs, CR or
 * invisible format characters (zero-width space, BOM), which some versions skip before
 * looking. A report or a note quoting "=HYPERLINK(…)" must not become a live formula on the
 * reader's machine (CSV injection), so such cells get a leading apostrophe, which Excel and
 * WPS read as "text follows". Plain numbers like -3.5 cannot be formulas and stay.
 */
const FORMULA_START = /^[\s\p{Cf}]*[=+\-@]/u;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
/**
 * Quoted when a separator could split the cell: the comma, and the semicolon and tab that
 * spreadsheets in other locales (German, French, Russian Excel) split on. Inside quotes the
 * part after a ';' cannot start a cell of its own, let alone a formula.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** One field: formula-guarded, then quoted when it holds a separator, quote, CR or LF (RFC 4180). */
export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: cells joined by commas, ending in CRLF. */
export function csvLine(cells: CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole file: BOM, header row, rows, each line ending in CRLF. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join('');
}
