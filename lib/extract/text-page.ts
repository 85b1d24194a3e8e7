/**
 * Plain text → the page block model: one block a line, page chrome moved aside, the title
 * line recognised. HTML pages get the same shape from page.ts.
 */
import { normalizedLines } from '../text/normalize';
import { chromeRuleOf } from './rules/chrome';
import { ZH_ISSUER_AT_START } from './rules/meta';
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
  joinSplitTitle(lines);
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
 * "某市某区人民政府" over "关于2024年法治政府建设报告": headers often set the issuer on its own
 * line above the 关于… title. Joined, they make the one title line (in place, early lines only).
 */
function joinSplitTitle(lines: string[]): void {
  for (let i = 0; i + 1 < Math.min(lines.length, 6); i++) {
    const issuer = ZH_ISSUER_AT_START.exec(lines[i]);
    const next = lines[i + 1];
    if (issuer?.[0] === lines[i] && next.startsWith('关于') && isTitleShaped(next) && TITLE_WORDS.test(next)) {
      lines.splice(i, 2, lines[i] + next);
      return;
    }
  }
}

function isTitleShaped(line: string): boolean {
  // A line ending in a clause mark is a sentence or a salutation ("Fellow Deputies,", "各位代表："), never a title.
  return line.length <= MAX_TITLE_LENGTH && !/[。;；:：,，]$/.test(line) && !LEADING_MARKER.test(line);
}
