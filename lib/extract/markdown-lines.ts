/**
 * Reports kept as Markdown (a parliament's Hansard exported to .md, a speech in a GitHub
 * repository, a README-style plan): their marks are layout, not words. Read as plain text,
 * "# Budget Speech" was titled with its '#', a Hansard speaker line ("**Mr Speaker**") became
 * a heading and every turn began with ': '.
 *
 * A text counts as Markdown only by several of its own marks (ATX headings, bold-only lines,
 * thematic breaks, Hansard turns): plain text passes through untouched.
 */

export interface MarkdownLine {
  /** The line without its marks ('' for a blank or a thematic break). */
  text: string;
  /** 1–6 for an ATX heading ("## Priorities"). */
  heading?: number;
  /** A speaker line or a short field label above the text: page chrome, kept for metadata. */
  chrome?: boolean;
}

const ATX_HEADING = /^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/;
const THEMATIC_BREAK = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const BOLD_ONLY = /^\*\*([^*]{1,160})\*\*$/;
/** "**Time:** 3.30 pm", "**Date:** 16 February 2024": a labelled field. */
const BOLD_LABEL = /^\*\*([A-Z][\w ]{0,30}:)\*\*\s*(.{0,80})$/;
/** A Hansard turn goes on after its speaker line: ": Mr Speaker, Sir, I beg to move…". */
const TURN_TEXT = /^:\s+/;
const LIST_ITEM = /^[-*+]\s+(?=\S)/;
const BLOCK_QUOTE = /^>\s?/;
/** Inline marks, each matched within a line and without nesting: **b**, __b__, *i*, [text](url). */
const INLINE_MARKS = /\*\*([^*\n]+)\*\*|__([^_\n]+)__|(?<![\w*])\*([^*\s][^*\n]*)\*(?![\w*])|\[([^\]\n]+)\]\([^)\s]+\)/g;
/** This many Markdown marks make a text Markdown. */
const MIN_MARKS = 2;
/** Marks are looked for in this many lines. */
const SAMPLE_LINES = 400;

/** True when the text's own marks say it is Markdown. */
export function looksLikeMarkdown(lines: string[]): boolean {
  let marks = 0;
  for (const line of lines.slice(0, SAMPLE_LINES)) {
    if (ATX_HEADING.test(line) || BOLD_ONLY.test(line) || BOLD_LABEL.test(line) || THEMATIC_BREAK.test(line) || TURN_TEXT.test(line)) marks++;
    if (marks >= MIN_MARKS) return true;
  }
  return false;
}

/** The lines of a Markdown text, read: marks taken off, headings and speaker lines said so. */
export function readMarkdownLines(lines: string[]): MarkdownLine[] {
  return lines.map((line, i) => readLine(line.trim(), nextText(lines, i)));
}

function readLine(line: string, next: string): MarkdownLine {
  if (THEMATIC_BREAK.test(line)) return { text: '' };
  const heading = ATX_HEADING.exec(line);
  if (heading) return { text: stripInline(heading[2]), heading: heading[1].length };
  const bold = BOLD_ONLY.exec(line);
  // A bold line whose turn follows (": …") names who speaks: not a heading, not the speech.
  if (bold && TURN_TEXT.test(next)) return { text: bold[1].trim(), chrome: true };
  const label = BOLD_LABEL.exec(line);
  if (label) return { text: `${label[1]} ${label[2]}`.trim(), chrome: true };
  const body = line.replace(TURN_TEXT, '').replace(BLOCK_QUOTE, '').replace(LIST_ITEM, '• ');
  return { text: stripInline(body) };
}

function stripInline(s: string): string {
  return s.replace(INLINE_MARKS, (_m, b1, b2, i1, link) => b1 ?? b2 ?? i1 ?? link ?? '');
}

/** The next non-blank line after `i`, trimmed (a turn's text may follow its speaker after a blank). */
function nextText(lines: string[], i: number): string {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) if (lines[j].trim()) return lines[j].trim();
  return '';
}
