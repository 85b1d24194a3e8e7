/**
 * Walks a DOM subtree in document order and cuts it into blocks at block boundaries and
 * <br>. Iterative (an explicit stack), so 10k-deep broken markup cannot overflow the call
 * stack. Each block remembers the zone it came from so the caller can keep article text,
 * rescue dropped headings and collect chrome lines from the rest of the page.
 */
import type { Block } from '../types';
import { BLOCK_TAGS, SKIP_TAGS, collapse, headingLevel, isBold, isContainerNode, isHidden, tagOf } from './dom';
import { isTableRow, rowText, type DataTables } from './table';

/**
 * content: the article; path: an ancestor of article parts inside the main container;
 * other: inside the container but dropped by Readability; outside: the rest of the page.
 */
export type Zone = 'content' | 'path' | 'other' | 'outside';
/** Decides an element's zone from its parent's. */
export type Classify = (el: Element, parentZone: Zone) => Zone;
/** A block plus the zone it came from. */
export interface RawBlock extends Block { zone: Zone }

interface Run { text: string; bold: boolean; link: boolean; zone: Zone }
type Frame =
  | { node: Node; zone: Zone }
  | { exit: true; block: boolean; bold: boolean; pre: boolean; link: boolean };

/** A fully bold paragraph longer than this is emphasis, not a heading. */
const MAX_BOLD_HEADING = 60;
/** A bold lead longer than this is emphasis, not a run-in heading. */
const MAX_LEAD = 60;
/** A line that is all link text and at most this long is navigation, even inside the article. */
const MAX_LINK_LINE = 40;
/**
 * When at least this share of the article's lines is all bold, bold is the page's body
 * style (a CMS left a <b> unclosed, or the editor bolded everything): it marks no heading.
 */
const UNIFORM_BOLD_SHARE = 0.7;
/** ...counted only over at least this many article lines. */
const UNIFORM_BOLD_MIN_LINES = 8;
/** Punctuation that ends a run-in lead ("加强制度建设。", "Overview:"). */
const LEAD_END = /[。：:；;！!？?．]$/;

/** Cuts the subtree under `root` into blocks, in document order. */
export function walkBlocks(root: Node, classify: Classify, parentZone: Zone = 'outside'): RawBlock[] {
  const out: RawBlock[] = [];
  const allBold: boolean[] = []; // per block of `out`: every character of it is bold
  const contexts: string[] = []; // tags of the open block elements, innermost last
  let runs: Run[] = [];
  let bold = 0;
  let pre = 0;
  let link = 0;
  const flush = () => {
    const made = runs.length ? makeBlock(runs, contexts[contexts.length - 1]) : null;
    if (made) { out.push(made.block); allBold.push(made.allBold); }
    runs = [];
  };
  const tables: DataTables = new Map();
  const stack: Frame[] = [{ node: root, zone: parentZone }];
  while (stack.length) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      if (frame.block) { flush(); contexts.pop(); }
      if (frame.bold) bold--;
      if (frame.pre) pre--;
      if (frame.link) link--;
      continue;
    }
    const { node, zone: parent } = frame;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const value = node.nodeValue ?? '';
      // Inside <pre> line ends are real; elsewhere they are just spaces.
      const pieces = pre > 0 ? value.split('\n') : [value];
      pieces.forEach((text, i) => {
        if (i > 0) flush();
        runs.push({ text, bold: bold > 0, link: link > 0, zone: parent });
      });
      continue;
    }
    if (isContainerNode(node)) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, zone: parent });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'br') { flush(); continue; }
    const zone = classify(el, parent);
    if (tag === 'tr' && isTableRow(el, tables)) {
      flush();
      const text = rowText(el);
      if (text) { out.push({ text, kind: 'row', zone }); allBold.push(false); }
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    const boldHere = isBold(el, tag);
    const preHere = tag === 'pre';
    const linkHere = tag === 'a';
    if (block) { flush(); contexts.push(tag); }
    if (boldHere) bold++;
    if (preHere) pre++;
    if (linkHere) link++;
    stack.push({ exit: true, block, bold: boldHere, pre: preHere, link: linkHere });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, zone });
  }
  flush();
  return boldIsBodyStyle(out, allBold) ? out.map(withoutBoldStructure) : out;
}

/** One block from the runs of text collected since the last boundary. */
function makeBlock(runs: Run[], contextTag: string | undefined): { block: RawBlock; allBold: boolean } | null {
  const text = collapse(runs.map((r) => r.text).join('')).trim();
  if (!text) return null;
  const zone = zoneOf(runs, text);
  const level = headingLevel(contextTag);
  const lead = boldLead(runs, text);
  const allBold = lead === text;
  if (level) return { block: { text, kind: 'heading', level, zone }, allBold };
  if (allBold) return { block: text.length <= MAX_BOLD_HEADING ? { text, kind: 'heading', zone } : { text, kind: 'paragraph', zone }, allBold };
  return { block: lead ? { text, kind: 'paragraph', lead, zone } : { text, kind: 'paragraph', zone }, allBold };
}

/** True when nearly every article line (outside h1–h6) is all bold: see UNIFORM_BOLD_SHARE. */
function boldIsBodyStyle(blocks: RawBlock[], allBold: boolean[]): boolean {
  let lines = 0;
  let bold = 0;
  blocks.forEach((b, i) => {
    if (b.zone !== 'content' || b.level || b.kind === 'row') return;
    lines++;
    if (allBold[i]) bold++;
  });
  return lines >= UNIFORM_BOLD_MIN_LINES && bold >= lines * UNIFORM_BOLD_SHARE;
}

/** The block as if nothing were bold: h1–h6 stay headings, bold lines and leads become text. */
function withoutBoldStructure(b: RawBlock): RawBlock {
  if (b.level || b.kind === 'row') return b;
  return { text: b.text, kind: 'paragraph', zone: b.zone };
}

/** A line counts as article text when any of it is, unless it is a short line of links. */
function zoneOf(runs: Run[], text: string): Zone {
  const inked = runs.filter((r) => r.text.trim());
  const zone = inked.some((r) => r.zone === 'content') ? 'content' : (inked[0]?.zone ?? runs[0].zone);
  const navLine = text.length <= MAX_LINK_LINE && inked.every((r) => r.link);
  return zone === 'content' && navLine ? 'other' : zone;
}

/**
 * The bold run at the start of a line: the whole text when all of it is bold, a run-in
 * lead when the bold part ends a clause ("<b>加强制度建设</b>。建立…" → "加强制度建设。"),
 * else '' (bold words inside a sentence are emphasis, not structure).
 */
function boldLead(runs: Run[], text: string): string {
  let raw = '';
  for (const r of runs) {
    if (!r.bold && r.text.trim()) break;
    raw += r.text;
  }
  const lead = collapse(raw).trim();
  if (!lead) return '';
  if (lead.length >= text.length) return text;
  if (lead.length > MAX_LEAD) return '';
  if (LEAD_END.test(lead)) return lead;
  const next = text.slice(lead.length).trimStart()[0] ?? '';
  // The clause end often falls just outside the <b>: take it into the lead.
  return /[。：:；;！!？?]/.test(next) && text.slice(lead.length, lead.length + 1) === next ? lead + next : '';
}
