/**
 * Finds heading candidates line by line: marker headings (一、 (一) 1. 一是 I. …), DOM
 * headings and bold leads handed over by the page reader, and run-in 一是/二是 inside a line.
 * Depth and role are decided afterwards (headings.ts), from the order of marker families.
 */
import { ZH_HEADING_RULES, ZH_PLANS_OPENER } from './rules/zh';
import { EN_HEADING_RULES, EN_STATUS_LINE, EN_TITLE_CASE_LINE } from './rules/en';
import type { HeadingRule } from './rules/types';
import { parseRunInNumber, titleEnd } from './heading-title';
import { SENTENCE_END } from './line-shape';
import type { DocContext, Line } from './types';

export interface HeadingCandidate {
  rule: string;
  family: string;
  markerStart: number;
  markerEnd: number;
  titleStart: number;
  titleEnd: number;
  /** True for headings that are only part of a line (一是… inside a paragraph, bold leads). */
  runIn: boolean;
  /** Role forced by the words before the marker ("下步一是" opens plans). */
  openerRole?: 'plans';
  /** Outline level when the document says it (an English contents page): depth follows it (outline-en.ts). */
  rank?: number;
}

/**
 * An English list item, not a heading: "(a) tackle immediate challenges…;" goes on in lower
 * case, or ends as a clause of the sentence that introduced the list (";", ",", "and").
 */
const EN_LIST_ITEM_LINE = /^[a-z]|[;,]$|\b(?:and|or)$/;

/** 一是/二是 opening a sentence inside a line, also after "下步" ("…工作：下步一是…"). */
const INLINE_SHI = /(?<=[。；;:：])\s*(?:下一步|下步)?\s*([一二三四五六七八九十]{1,3}是)(?![的否为])/g;

/** All heading candidates of the document, in text order. */
export function findHeadingCandidates(ctx: DocContext): HeadingCandidate[] {
  const rules = ctx.language === 'zh' ? ZH_HEADING_RULES : EN_HEADING_RULES;
  const out: HeadingCandidate[] = [];
  // Lines above the title (the issuing body, a date) are a letterhead, not headings.
  const titleLine = ctx.lines.findIndex((l) => l.kind === 'title');
  for (const [index, line] of ctx.lines.entries()) {
    if (line.kind === 'title' || index < titleLine) continue;
    const lineText = ctx.text.slice(line.start, line.end);
    const marked = isPageChunkMarker(ctx, index, lineText, out[out.length - 1]) ? null : markerCandidate(ctx, line, lineText, rules);
    if (marked) out.push(marked);
    else {
      const plain = plainLineCandidate(ctx, line, lineText);
      if (plain) out.push(plain);
    }
    if (ctx.language === 'zh') out.push(...inlineRunIns(ctx.text, line, out[out.length - 1]));
  }
  return out;
}

/** A document-sharing site's chunk number ("2、"), set where its page broke the text. */
const CHUNK_MARKER = /^\d{1,3}、/;
/** The broken-off line before a chunk marker is running text, at least this long. */
const MIN_BROKEN_PARAGRAPH = 40;

/**
 * A wenku-style page marker, not a heading: "2、" opens a line that goes on with the sentence
 * the line before broke off mid-way (no sentence end, no colon), and that line is running text
 * (long, after any heading it opens with). A list's "1、" follows a colon, a sentence's end or a heading.
 */
function isPageChunkMarker(ctx: DocContext, index: number, lineText: string, lastHead: HeadingCandidate | undefined): boolean {
  if (ctx.language !== 'zh' || index === 0 || !CHUNK_MARKER.test(lineText)) return false;
  const before = ctx.lines[index - 1];
  // A heading on that line ("1、公开重大项目信息。区发展改革局要…") is not the running text; what follows it is.
  const from = lastHead && lastHead.markerStart >= before.start ? lastHead.titleEnd : before.start;
  const previous = ctx.text.slice(from, before.end).trimEnd();
  return before.kind === 'paragraph' && previous.length >= MIN_BROKEN_PARAGRAPH && !SENTENCE_END.test(previous);
}

function markerCandidate(ctx: DocContext, line: Line, lineText: string, rules: HeadingRule[]): HeadingCandidate | null {
  let offset = 0;
  let openerRole: 'plans' | undefined;
  const opener = ctx.language === 'zh' ? ZH_PLANS_OPENER.exec(lineText) : null;
  if (opener) {
    offset = opener[0].length;
    openerRole = 'plans';
  }
  const rest = lineText.slice(offset);
  for (const rule of rules) {
    const m = rule.pattern.exec(rest);
    if (!m || (rule.id === 'en-roman' && m[1] === '.')) continue;
    if (ctx.language === 'en' && EN_LIST_ITEM_LINE.test(rest.slice(m[0].length)) && rule.id.startsWith('en-paren')) return null;
    const markerStart = line.start + offset;
    const markerEnd = markerStart + m[1].length;
    const titleStart = skipSpaces(ctx.text, markerEnd, line.end);
    const end = titleEnd(ctx.text, titleStart, line.end, ctx.language, rule.position === 'run-in');
    if (end <= titleStart) return null;
    return { rule: rule.id, family: rule.family, markerStart, markerEnd, titleStart, titleEnd: end, runIn: rule.position === 'run-in', openerRole };
  }
  return null;
}

/** DOM headings, bold leads, and (English) Title Case lines: headings without a marker. */
function plainLineCandidate(ctx: DocContext, line: Line, lineText: string): HeadingCandidate | null {
  const base = { markerStart: line.start, markerEnd: line.start, titleStart: line.start };
  if (line.kind === 'heading') {
    return { ...base, rule: 'dom-heading', family: `h${line.level ?? 6}`, titleEnd: line.end, runIn: false };
  }
  if (line.leadLength > 0) {
    const end = titleEnd(ctx.text, line.start, line.start + line.leadLength, ctx.language, false);
    // A bold lead of punctuation alone ("<b>。</b>") names nothing: no empty-titled heading.
    if (end > line.start) return { ...base, rule: 'dom-bold-lead', family: 'lead', titleEnd: end, runIn: true };
  }
  if (ctx.language === 'en' && EN_TITLE_CASE_LINE.test(lineText) && !EN_STATUS_LINE.test(lineText)) {
    return { ...base, rule: 'en-title-case-line', family: 'title-case', titleEnd: line.end, runIn: false };
  }
  return null;
}

/** 二是、三是… that continue a run inside the same line ("…:一是A;二是B;三是C。"). */
function inlineRunIns(text: string, line: Line, lineHead: HeadingCandidate | undefined): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  const lineText = text.slice(line.start, line.end);
  const headOnLine = lineHead && lineHead.markerStart >= line.start ? lineHead : undefined;
  let last = headOnLine?.family === '一是' ? parseRunInNumber(text.slice(headOnLine.markerStart, headOnLine.markerEnd)) : 0;
  INLINE_SHI.lastIndex = 0;
  for (let m = INLINE_SHI.exec(lineText); m; m = INLINE_SHI.exec(lineText)) {
    const value = parseRunInNumber(m[1]);
    const markerStart = line.start + m.index + m[0].length - m[1].length;
    // Inside the line head's own title (a whole-line DOM heading) it is that title's text.
    if (headOnLine && markerStart < headOnLine.titleEnd) continue;
    if (value !== last + 1 && value !== 1) continue;
    last = value;
    const markerEnd = markerStart + m[1].length;
    const end = titleEnd(text, markerEnd, line.end, 'zh', true);
    if (end > markerEnd) out.push({ rule: 'zh-shi-inline', family: '一是', markerStart, markerEnd, titleStart: markerEnd, titleEnd: end, runIn: true });
  }
  return out;
}

/** Skips the spaces and colons between a marker and its title ("第二部分：2024年…"). */
function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === ':' || text[i] === '：')) i++;
  return i;
}
