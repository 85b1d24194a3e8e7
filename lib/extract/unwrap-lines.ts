/**
 * Hard-wrapped text → one line a paragraph. Text from a PDF (pdftotext, a copy from a viewer)
 * or a mail client breaks every paragraph at the page width; the extractor reads a line as a
 * paragraph, so a wrapped report gave a commitment for each line fragment and no headings.
 *
 * Wrapping is recognised by its shape, never assumed: many lines are about as wide as the
 * widest common line and stop in mid-sentence. Text whose lines are paragraphs (a web page,
 * the usual .txt) has no such cluster and passes through unchanged.
 */
import { isMostlyChinese } from '../text/normalize';
import { displayWidth, SENTENCE_END, startsBlock, type SourceLine } from './line-shape';
import { BARE_PAGE_NUMBER, pageMarkLines } from './page-marks';
import { ZH_HEADING_RULES } from './rules/zh';

/** Wrapped lines are this wide (display columns, a Chinese character counts 2): a page or a mail, not a list of short items. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 240;
/** A line this share of the wrap width or wider is "full": the paragraph may go on below it. */
const FULL_SHARE = 0.7;
/** At least this share of the lines must be full and stop mid-sentence for the text to count as wrapped. */
const MIN_JOINABLE_SHARE = 0.3;
/** …and those lines must crowd the right margin, as wrapping makes them (a list of short items does not). */
const MIN_MEDIAN_SHARE = 0.85;
const MIN_LINES = 8;
/** A Chinese paragraph's first line is indented two characters (four columns). */
const CHINESE_INDENT = 4;
/** Share of the width a mid-sentence line's next word must fit in for the line to end there. */
const PROPORTIONAL_SLACK = 0.85;
/** Chinese is set in even-width characters; only its digits and Latin letters vary: two characters of room. */
const CHINESE_SLACK = 4;

/** The end of a document's title ("…的答复", "…工作要点", "…Annual Report"): among the opening lines it ends its block. */
const TITLE_END = /(报告|答复|要点|方案|计划|通知|意见|规划|总结|建议|纲要|Report|Plan|Address|Review)\s*[)）]?$/;
/** A sentence ending inside a line: no title holds one. */
const SENTENCE_INSIDE = /[。！？]|[.!?]\s/;
/**
 * Chinese top-level headings (一、 第一部分) stand on a line of their own. One that fills its
 * line exactly ("二、党政主要负责人履行推进法治建设第一责任人职责情况") ends there when a full
 * line follows (a paragraph's first line); a heading too long for its line goes on into the
 * short tail below it ("情况").
 */
const ZH_TOP_HEADING = ZH_HEADING_RULES.filter((r) => r.id === 'zh-part' || r.id === 'zh-num-dun').map((r) => r.pattern);

/** How the text was wrapped: the page width in columns, and whether it is set as Chinese. */
interface Layout { width: number; chinese: boolean }

export interface UnwrapResult {
  /** The text's lines, a paragraph each, blank lines dropped. */
  lines: string[];
  /** Page marks taken out of the wrapped text: bare page numbers and running heads (kept as page chrome, never lost). */
  pageMarks: string[];
}

/** The line last read, as wrapped (before joining), and whether it opened its paragraph. */
interface Previous extends SourceLine { opensParagraph: boolean }

/**
 * Joins the lines of hard-wrapped paragraphs. `lines` are normalized lines with '' for each
 * blank line of the source: a blank line ends a paragraph, unless it is a page break. Text
 * that is not wrapped keeps its lines.
 */
export function unwrapLines(source: (string | SourceLine)[]): UnwrapResult {
  const lines = source.map((l) => (typeof l === 'string' ? { text: l } : l));
  const texts = lines.map((l) => l.text);
  const layout = wrapLayout(lines);
  if (!layout) return { lines: texts.filter(Boolean), pageMarks: [] };
  const blanksEndParagraphs = !doubleSpaced(texts);
  const paragraphIndent = indentOfParagraphStarts(lines);
  const marks = pageMarkLines(texts);
  const pageMarks: string[] = [];
  const out: string[] = [];
  let previous: Previous | null = null; // null after a blank line that ends a paragraph
  let inOpening = true; // no sentence has ended yet: the title and letterhead lines
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (marks[i]) {
      pageMarks.push(line.text);
      while (texts[i + 1] === '') i++; // the blank lines of a page footer are no paragraph break
      continue;
    }
    if (!line.text) {
      // Only a paragraph still open can end here (a run of blank lines is looked at once).
      if (blanksEndParagraphs && previous !== null && !pageBreakAt(texts, marks, i, previous.text, layout)) previous = null;
      continue;
    }
    const opensIndented = paragraphIndent !== null && (line.indent ?? 0) >= paragraphIndent;
    const endsTitle: boolean = previous !== null && inOpening && TITLE_END.test(previous.text) && !SENTENCE_INSIDE.test(previous.text);
    const joined: boolean = previous !== null && !opensIndented && !endsTitle && goesOn(previous, line.text, layout)
      && !standsAlone(previous.text, line.text, texts[nextTextAt(texts, marks, i)] ?? '', layout);
    if (SENTENCE_END.test(line.text)) inOpening = false;
    if (joined) out[out.length - 1] = joinWrapped(out[out.length - 1], line.text, layout);
    else out.push(line.text);
    previous = { ...line, opensParagraph: !joined };
  }
  return { lines: out, pageMarks };
}

/**
 * The indent that opens a paragraph, when the source kept indents and they say something:
 * the few lines set in deeper than the usual margin (each paragraph's first line among its
 * continuation lines). Null when no line or most lines are set in.
 */
function indentOfParagraphStarts(lines: SourceLine[]): number | null {
  const indents = lines.filter((l) => l.text).map((l) => l.indent ?? 0);
  // A loop, not Math.min(...indents): a spread of 150k values overflows the stack.
  const margin = indents.reduce((least, n) => Math.min(least, n), Infinity);
  const deeper = indents.filter((n) => n >= margin + 2);
  if (deeper.length === 0 || deeper.length * 2 > indents.length) return null;
  return margin + 2;
}

/**
 * True when blank lines stand between most lines: a PDF tool wrote its text double-spaced
 * (pdfminer does for loosely set Chinese), so a blank line says nothing about paragraphs.
 */
function doubleSpaced(lines: string[]): boolean {
  let pairs = 0;
  let apart = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    let j = i - 1;
    while (j >= 0 && !lines[j]) j--;
    if (j < 0) continue;
    pairs++;
    if (j < i - 1) apart++;
  }
  return apart > pairs / 2;
}

/**
 * A blank line at index i that is a page break, not a paragraph end: a page mark follows,
 * or the line above it is full and stops mid-sentence (the page ended, not the paragraph)
 * and is no heading (a heading stands apart on its own).
 */
function pageBreakAt(lines: string[], marks: boolean[], i: number, previous: string, layout: Layout): boolean {
  if (marks[nextLineAt(lines, i)]) return true;
  return isFull(previous, layout) && !SENTENCE_END.test(previous) && !startsBlock(previous);
}

/** The next line of text after index i, past blank lines and page marks (lines.length at the end). */
function nextTextAt(lines: string[], marks: boolean[], i: number): number {
  while (++i < lines.length) if (lines[i] && !marks[i]) return i;
  return lines.length;
}

/** A wrapped heading's first line ends on a word that needs the next ("…Assessment and", "…Duty on"). */
const EN_NEEDS_MORE = /(?:\b(?:and|or|of|the|for|to|in|on|with|a|an|by|from)|[,&(–—-])$/i;

/**
 * An English heading line between paragraphs: short, no sentence end, opening with a capital,
 * and the next line opens a block of its own (a numbered paragraph). A paragraph's last line
 * ends its sentence, so such a line is no paragraph's tail, nor the head of the next one:
 * "…and sunflower." / "Vegetable production & Supply Chains" / "14. Large scale clusters…".
 */
function standsAlone(previous: string, line: string, following: string, layout: Layout): boolean {
  // Cheapest tests first: most wrapped lines go on in lower case.
  if (layout.chinese || !/^[A-Z‘“"']/.test(line) || SENTENCE_END.test(line) || isFull(line, layout)) return false;
  return startsBlock(following) && !EN_NEEDS_MORE.test(previous);
}

/** The index of the next non-blank line after index i (lines.length at the end). */
function nextLineAt(lines: string[], i: number): number {
  while (++i < lines.length) if (lines[i]) return i;
  return lines.length;
}

/** The layout when the lines look hard-wrapped, else null. */
function wrapLayout(lines: SourceLine[]): Layout | null {
  const text = lines.filter((l) => l.text && !BARE_PAGE_NUMBER.test(l.text));
  if (text.length < MIN_LINES) return null;
  const chinese = isMostlyChinese(text.slice(0, 200).map((l) => l.text).join(''));
  const widths = text.map((l) => displayWidth(l.text, chinese)).sort((a, b) => a - b);
  const layout = { width: pageWidth(widths, chinese), chinese };
  if (layout.width < MIN_WRAP_WIDTH || layout.width > MAX_WRAP_WIDTH) return null;
  // Lines that show the wrapping: full ones stopping mid-sentence, and justified ones (full by their spacing).
  const joinable: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const { text: line, justified } = text[i];
    if (startsBlock(text[i + 1].text)) continue;
    if (justified) joinable.push(layout.width);
    else if (isFull(line, layout) && !SENTENCE_END.test(line)) joinable.push(displayWidth(line, chinese));
  }
  if (joinable.length < text.length * MIN_JOINABLE_SHARE) return null;
  joinable.sort((a, b) => a - b);
  return joinable[joinable.length >> 1] >= layout.width * MIN_MEDIAN_SHARE ? layout : null;
}

/**
 * The page width from the sorted line widths. Not the widest line: a few lines overflow (a
 * long URL, a table row), so the 95th percentile. Chinese lines are justified to one width,
 * which is then the commonest width of the long lines (quotes and digits set narrower than
 * counted make a few lines look wider than the page).
 */
function pageWidth(sorted: number[], chinese: boolean): number {
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  if (!chinese) return p95;
  const counts = new Map<number, number>();
  for (const w of sorted) if (w >= p95 * FULL_SHARE) counts.set(w, (counts.get(w) ?? 0) + 1);
  let mode = p95;
  for (const [w, n] of counts) if (n > (counts.get(mode) ?? 0) || (n === counts.get(mode) && w > mode)) mode = w;
  return mode;
}

/**
 * True when `next` continues the paragraph of the line before it: that line is full, and the
 * next line's first word would not have fitted after it (had it fitted, the writer or the
 * wrapping tool ended the line on purpose: a paragraph end, a title). A line stopping
 * mid-sentence gets room for a PDF's proportional letters, which make character counts a
 * rough measure; a justified line is full whatever its count.
 */
function goesOn(previous: Previous, next: string, layout: Layout): boolean {
  const line = previous.text;
  if (startsBlock(next)) return false;
  if (layout.chinese && ZH_TOP_HEADING.some((p) => p.test(line)) && isFull(next, layout)) return false;
  if (previous.justified) return true;
  if (!isFull(line, layout)) return false;
  let room = strictFit(line, layout) ? layout.width : layout.chinese ? layout.width - CHINESE_SLACK : layout.width * PROPORTIONAL_SLACK;
  // Chinese paragraphs open indented two characters, which a PDF's text layer drops.
  if (previous.opensParagraph && layout.chinese) room -= CHINESE_INDENT;
  const gap = layout.chinese ? 0 : 1;
  return displayWidth(line, layout.chinese) + gap + displayWidth(firstWord(next, layout), layout.chinese) > room;
}

/**
 * Lines measured without slack: one ending a sentence (a paragraph end is as likely as a
 * wrap), and a Chinese heading (set in even-width characters; a long one ends near the margin).
 */
function strictFit(line: string, layout: Layout): boolean {
  return SENTENCE_END.test(line) || (layout.chinese && startsBlock(line));
}

function isFull(line: string, layout: Layout): boolean {
  return displayWidth(line, layout.chinese) >= layout.width * FULL_SHARE;
}

/** A line's first character with the closing marks Chinese type keeps on the same line as it. */
const CHINESE_UNBREAKABLE_START = /^.[。，、；：？！）」』”’.,;:?!)]*/u;

/** The first word of a line: up to the first space, or the first character in Chinese text. */
function firstWord(line: string, layout: Layout): string {
  // A character never parts from the closing mark after it ("险。"): Chinese type breaks the line before both.
  if (layout.chinese) return CHINESE_UNBREAKABLE_START.exec(line)?.[0] ?? line[0];
  const space = line.indexOf(' ');
  return space < 0 ? line : line.slice(0, space);
}

/** Chinese lines join as they are ("10.4" + "%"); English words with a space, none after a hyphen ("Hong Kong-" + "Macao"). */
function joinWrapped(left: string, right: string, layout: Layout): string {
  if (layout.chinese) return left + right;
  if (/[A-Za-z]-$/.test(left)) return left + right;
  return `${left} ${right}`;
}
