/**
 * The page's text as the extractor sees it, with a way back to the DOM. Walks the text
 * nodes under a root in document order (skipping what the page reader skips: scripts,
 * styles, form controls, hidden-by-attribute elements), builds the normalized text with a
 * line break at every block boundary and <br>, and maps offsets in that text to DOM Ranges
 * and DOM Ranges (a selection) back to offsets. Standard DOM only: runs in the content
 * script and under happy-dom in tests. Never changes the document.
 */
import { BLOCK_TAGS, SKIP_TAGS, isContainerNode, isHidden, tagOf } from '../extract/page/dom';
import { TextMapBuilder, type MappedText } from './text-map';

/** Normalized page text plus the text nodes it came from. */
export interface DomText extends MappedText {
  nodes: Text[];
  /** Index of each text node in `nodes` (for selection boundaries inside a text node). */
  indexOf: Map<Node, number>;
}

type Frame = Node | { exit: Element; pre: boolean };

/** Reads the normalized text under `root` (usually document.body). Iterative: deep pages are fine. */
export function readDomText(root: Node): DomText {
  const builder = new TextMapBuilder();
  const nodes: Text[] = [];
  const indexOf = new Map<Node, number>();
  const stack: Frame[] = [root];
  let pre = 0;
  while (stack.length) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      if (frame.pre) pre--;
      if (BLOCK_TAGS.has(tagOf(frame.exit))) builder.lineBreak();
      continue;
    }
    const node = frame;
    if (node.nodeType === 3 || node.nodeType === 4) {
      indexOf.set(node, nodes.length);
      nodes.push(node as Text);
      addText(builder, (node as Text).data, nodes.length - 1, pre > 0);
      continue;
    }
    if (isContainerNode(node)) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'br') { builder.lineBreak(); continue; }
    if (BLOCK_TAGS.has(tag)) builder.lineBreak();
    const isPre = tag === 'pre' || tag === 'textarea';
    if (isPre) pre++;
    stack.push({ exit: el, pre: isPre });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { ...builder.finish(), nodes, indexOf };
}

/** Inside <pre> a line end is a real line break; elsewhere it is a space. */
function addText(builder: TextMapBuilder, data: string, index: number, pre: boolean): void {
  if (!pre || !data.includes('\n')) return builder.add(data, index);
  // Keep offsets right: feed each line with its own start offset within the node.
  let at = 0;
  for (const line of data.split('\n')) {
    if (at > 0) builder.lineBreak();
    builder.add(line, index, at);
    at += line.length + 1;
  }
}

/** A DOM Range for text[start, end), or null when the span has no mapped characters. */
export function rangeFor(dom: DomText, start: number, end: number, doc: Document): Range | null {
  let s = Math.max(0, start);
  let e = Math.min(dom.text.length, end) - 1;
  while (s <= e && dom.piece[s] < 0) s++;
  while (e >= s && dom.piece[e] < 0) e--;
  if (s > e) return null;
  const range = doc.createRange();
  range.setStart(dom.nodes[dom.piece[s]], dom.offset[s]);
  range.setEnd(dom.nodes[dom.piece[e]], dom.offset[e] + 1);
  return range;
}

/** Offsets in the normalized text covered by a DOM range (a selection), or null when none. */
export function offsetsOf(dom: DomText, range: Range, doc: Document): { start: number; end: number } | null {
  const start = firstAtOrAfter(dom, range.startContainer, range.startOffset, doc);
  const end = lastBefore(dom, range.endContainer, range.endOffset, doc);
  if (start < 0 || end < 0 || end < start) return null;
  return { start, end: end + 1 };
}

/** First output index whose source position is at or after the boundary point. */
function firstAtOrAfter(dom: DomText, container: Node, offset: number, doc: Document): number {
  const k = dom.indexOf.get(container);
  const node = k !== undefined ? k : firstNodeAfter(dom, container, offset, doc);
  for (let i = 0; i < dom.text.length; i++) {
    const p = dom.piece[i];
    if (p > node || (p === node && (k === undefined || dom.offset[i] >= offset))) return i;
  }
  return -1;
}

/** Last output index whose source position is before the boundary point. */
function lastBefore(dom: DomText, container: Node, offset: number, doc: Document): number {
  const k = dom.indexOf.get(container);
  const node = k !== undefined ? k : firstNodeAfter(dom, container, offset, doc);
  for (let i = dom.text.length - 1; i >= 0; i--) {
    const p = dom.piece[i];
    if (p < 0) continue;
    if (p < node || (p === node && k !== undefined && dom.offset[i] < offset)) return i;
  }
  return -1;
}

/** Index of the first listed text node that starts at or after an element boundary point. */
function firstNodeAfter(dom: DomText, container: Node, offset: number, doc: Document): number {
  const point = doc.createRange();
  point.setStart(container, offset);
  point.collapse(true);
  let lo = 0;
  let hi = dom.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint: -1 when the node's start is before the collapsed point.
    if (point.comparePoint(dom.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
