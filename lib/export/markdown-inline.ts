/**
 * The one escaping function of every Markdown writer (report, notes, diff, ledger, the
 * library's exports): a report's or a reader's text shown as written, never as markup.
 */

/**
 * ASCII punctuation that CommonMark or GFM read inline: emphasis, code, links and images,
 * raw HTML and entities, autolinks, tables, strikethrough. The backslash first of all: a
 * report's `\<img onerror=…\>` must not turn our escape into a literal backslash before live
 * HTML (issue 16). Backslash-escaping any ASCII punctuation is always allowed.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~&]/g;
/**
 * What opens a list where the text starts (every writer puts it after a marker on the same
 * line, as in '1. ' or '> ', where a list can still start): '- ' or '3. ' or '3) '.
 */
const BLOCK_START = /^(?:-|\d{1,9}[.)])(?=\s|$)/;

/**
 * Text of a report or a note as Markdown that shows it as written: one line, every
 * character Markdown gives a meaning escaped, nothing that could start a block. The one
 * escaping function of every Markdown writer (report, diff, the library's exports).
 */
export function inline(text: string): string {
  // Lines trimmed one by one, not /\s*\n\s*/, which rescans a long run of spaces from each of them.
  const flat = text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ').replace(MARKDOWN_SPECIAL, '\\$&')
    // GFM links bare addresses, taking our escapes after them into the link: keep them text.
    .replace(/:\/\//g, '\\://').replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
  return flat.replace(BLOCK_START, (lead) => (lead.length === 1 ? `\\${lead}` : `${lead.slice(0, -1)}\\${lead.slice(-1)}`));
}
