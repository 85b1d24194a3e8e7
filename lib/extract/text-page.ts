/**
 * Plain text → the page block model: one block a line, page chrome moved aside, the title
 * line recognised. HTML pages get the same shape from page.ts.
 */
import { normalizeLine, splitLines } from '../text/normalize';
import { chromeRuleOf } from './rules/chrome';
import { ZH_ISSUER_AT_START } from './rules/meta';
import type { Block, PageInput } from './types';
import { leadingIndent, looksJustified, type SourceLine } from './line-shape';
import { unwrapLines } from './unwrap-lines';
import { looksLikeMarkdown, readMarkdownLines, type MarkdownLine } from './markdown-lines';

/** Words that make a short opening line a report title. */
const TITLE_WORDS = /报告|要点|安排|答复|规划|计划|方案|总结|意见|通知|办法|纲要|Report|Plan|Review|Statement/i;
const MAX_TITLE_LENGTH = 80;
/** A line opening with a section marker is a heading, never the document title. */
const LEADING_MARKER = /^([一二三四五六七八九十]+[、.]|[(（]|([IVX]+|\d{1,2})\.\s)/;

/** Reads a plain-text report into blocks. */
export function textToPage(text: string, url?: string): PageInput {
  const chrome: string[] = [];
  const kept: SourceLine[] = []; // text '' for a blank line: wrapped text ends its paragraphs there
  const markdownHeadings = new Map<string, number>();
  let afterChrome = false;
  for (const { raw, heading, chrome: isChrome } of sourceLines(text)) {
    const line = normalizeLine(raw);
    if (heading && line) markdownHeadings.set(line, heading);
    if (line && (isChrome || chromeRuleOf(line))) {
      chrome.push(line);
      while (kept.length && !kept[kept.length - 1].text) kept.pop(); // a page footer's blank lines are no paragraph break
      afterChrome = true;
    } else if (line || !afterChrome) {
      kept.push({ text: line, justified: looksJustified(raw), indent: leadingIndent(raw) });
      afterChrome = false;
    }
  }
  // Text from a PDF is wrapped at the page width: its paragraphs are joined back first.
  const unwrappedText = unwrapLines(kept);
  const pageMarks = unwrappedText.pageMarks;
  for (const mark of pageMarks) chrome.push(mark); // not push(...marks): a huge text has too many to spread
  const wrappedLines = kept.filter((l) => l.text).length - pageMarks.length;
  const unwrapped = unwrappedText.lines.length < wrappedLines ? { lines: wrappedLines, paragraphs: unwrappedText.lines.length } : undefined;
  const lines = joinSplitBookTitles(unwrappedText.lines);
  joinSplitTitle(lines);
  const title = findTitle(lines);
  const blocks: Block[] = [];
  let seenTitle = false;
  for (const line of lines) {
    // Scraped pages often repeat the title (page header and article header): keep the first.
    if (line === title && seenTitle) continue;
    if (line === title) seenTitle = true;
    const level = markdownHeadings.get(line);
    blocks.push(level ? { text: line, kind: 'heading', level } : { text: line, kind: 'paragraph' });
  }
  return { blocks, title, metaTags: {}, chrome, url, ...(unwrapped ? { unwrapped } : {}) };
}

/** The longest name inside 《》 that a scrape may have put on a line of its own. */
const MAX_BOOK_TITLE = 80;

/**
 * A scrape that turned link markup into line breaks leaves "贯彻《" / "传染病防治法" / "》，制定…"
 * on three lines (wiki and CMS pages link every cited law). A line ending in an unclosed 《,
 * a short line without a sentence end, and a line opening with 》 are one line.
 */
function joinSplitBookTitles(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const last = out.length - 1;
    if (last >= 0 && out[last].endsWith('《') && i + 1 < lines.length && lines[i + 1].startsWith('》')
      && lines[i].length <= MAX_BOOK_TITLE && !/[。！？《》]/.test(lines[i])) {
      out[last] += lines[i] + lines[i + 1]; // one pass: splicing in place was quadratic on a huge text
      i++;
    } else out.push(lines[i]);
  }
  return out;
}

/** The raw lines, read as Markdown first when the text is Markdown (its marks are layout, not words). */
function sourceLines(text: string): (Omit<MarkdownLine, 'text'> & { raw: string })[] {
  const raw = splitLines(text);
  if (!looksLikeMarkdown(raw)) return raw.map((r) => ({ raw: r }));
  return readMarkdownLines(raw).map(({ text: r, ...rest }) => ({ raw: r, ...rest }));
}

/**
 * The title line: an early short line with report vocabulary, else a short first line.
 * A bare column label ("工作报告" over "2020年某区法治政府建设情况报告") names the page's
 * section, so a longer title line wins over it.
 */
export function findTitle(lines: string[]): string | null {
  const early = lines.slice(0, 6).filter(isTitleShaped);
  const worded = early.filter((l) => TITLE_WORDS.test(l));
  return worded.find((l) => l.length > MAX_LABEL_LENGTH) ?? worded[0] ?? (lines[0] && isTitleShaped(lines[0]) ? lines[0] : null);
}

/** A title line this short or shorter may be a column label ("政府工作报告" is also a title). */
const MAX_LABEL_LENGTH = 6;

/**
 * A title set on two lines, joined back into one (in place, early lines only):
 * - "某市某区人民政府" over "关于2024年法治政府建设报告": headers often set the issuer on its
 *   own line above the 关于… title;
 * - "青禾县人民政府2024年度法治政府建设工作" over "报告": a long title in a large font wraps,
 *   and a PDF's text layer leaves the document-type word alone on the next line.
 */
function joinSplitTitle(lines: string[]): void {
  for (let i = 0; i + 1 < Math.min(lines.length, 6); i++) {
    if (isIssuerOverTitle(lines[i], lines[i + 1]) || isTitleWithWrappedTail(lines[i], lines[i + 1])) {
      lines.splice(i, 2, lines[i] + lines[i + 1]);
      return;
    }
  }
}

function isIssuerOverTitle(line: string, next: string): boolean {
  if (ZH_ISSUER_AT_START.exec(line)?.[0] !== line || !isTitleShaped(next) || !TITLE_WORDS.test(next)) return false;
  // "青禾区人民政府" over "2020年青禾区…报告" is a site header over a title that names its issuer itself.
  return next.startsWith('关于') || !ZH_ISSUER_AT_START.test(next.replace(/^(19|20)\d\d年度?/, ''));
}

/** The longest tail of a wrapped Chinese title ("报告", "政府建设情况的报告", "2024年工作计划"). */
const MAX_TITLE_TAIL = 16;
const ZH_TITLE_TAIL = new RegExp(`^[\u4e00-\u9fff\\d]{1,${MAX_TITLE_TAIL}}$`);
/** A title ends with the name of its kind of document. */
const TITLE_END = /(报告|要点|安排|答复|规划|计划|方案|总结|意见|通知|办法|纲要)$/;
/** A wrapped first line fills most of a title line; a shorter one is a title of its own or a label. */
const MIN_WRAPPED_HEAD = 8;

/** A long title wrapped anywhere: the head stops short of its kind's name, the tail ends with it. */
function isTitleWithWrappedTail(line: string, next: string): boolean {
  if (!ZH_TITLE_TAIL.test(next) || !TITLE_END.test(next) || TITLE_END.test(line) || !/[\u4e00-\u9fff]$/.test(line)) return false;
  // A tail opening with a year goes on a head that ends in a conjunction ("…工作总结及" + "2024年工作计划").
  if (/^\d/.test(next) && !/[及和暨与]$/.test(line)) return false;
  return line.length >= MIN_WRAPPED_HEAD && isTitleShaped(line) && (line + next).length <= MAX_TITLE_LENGTH
    && !next.startsWith('关于') && !ZH_ISSUER_AT_START.test(next);
}

function isTitleShaped(line: string): boolean {
  // A line ending in a clause mark is a sentence or a salutation ("Fellow Deputies,", "各位代表："), never a title;
  // nor is a line of clauses ("现在，我代表国务院，向大会报告政府工作，…") or a date line under a title ("——2024年3月5日在…").
  return line.length <= MAX_TITLE_LENGTH && !/[。;；:：,，]$/.test(line) && !LEADING_MARKER.test(line)
    && !/^[-—–]/.test(line) && (line.match(/，/g)?.length ?? 0) < 2;
}
