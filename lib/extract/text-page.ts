/**
 * Plain text → the page block model: one block a line, page chrome moved aside, the title
 * line recognised. HTML pages get the same shape from page.ts.
 */
import { normalizedLines } from '../text/normalize';
import { chromeRuleOf } from './rules/chrome';
import type { Block, PageInput } from './types';

/** Words that make a short opening line a report title. */
const TITLE_WORDS = /报告|要点|安排|答复|规划|计划|方案|总结|意见|通知|办法|纲要|Report|Plan|Review|Statement/i;
const MAX_TITLE_LENGTH = 80;
/** A line opening with a section marker is a heading, never the document title. */
const LEADING_MARKER = /^([一二三四五六七八九十]+[、.]|[(（]|([IVX]+|\d{1,2})\.\s)/;

/** Reads a plain-text report into blocks. */
export function textToPage(text: string, url?: string): PageInput {
  const chrome: string[] = [];
  const lines: string[] = [];
  for (const line of normalizedLines(text)) {
    if (chromeRuleOf(line)) chrome.push(line);
    else lines.push(line);
  }
  const title = findTitle(lines);
  const blocks: Block[] = [];
  let seenTitle = false;
  for (const line of lines) {
    // Scraped pages often repeat the title (page header and article header): keep the first.
    if (line === title && seenTitle) continue;
    if (line === title) seenTitle = true;
    blocks.push({ text: line, kind: 'paragraph' });
  }
  return { blocks, title, metaTags: {}, chrome, url };
}

/** The title line: an early short line with report vocabulary, else a short first line. */
export function findTitle(lines: string[]): string | null {
  const early = lines.slice(0, 6).filter(isTitleShaped);
  return early.find((l) => TITLE_WORDS.test(l)) ?? (lines[0] && isTitleShaped(lines[0]) ? lines[0] : null);
}

function isTitleShaped(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && !/[。;；:：]$/.test(line) && !LEADING_MARKER.test(line);
}
