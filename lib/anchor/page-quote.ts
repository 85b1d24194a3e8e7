/**
 * Selectors in the page's own text, for exports other tools re-anchor (Hypothesis, any W3C
 * Web Annotation client). Promise Ledger's selectors count characters of the normalized text
 * (full-width brackets made half-width, spaces collapsed: lib/text/normalize.ts); those
 * clients search `document.body.textContent` as the page has it. This finds the normalized
 * quote in the page (readDomText maps it back to text nodes), and describes the same span
 * in textContent: the exact characters, 32 of context either side, and textContent offsets.
 * Standard DOM only.
 */
import { CONTEXT_LENGTH, type Selectors } from './index';
import { readDomText, type DomText } from './dom-text';
import { findQuote } from './quote-match';

/** Offsets in root.textContent where each text node starts (textContent counts every text node, scripts' too). */
function textContentStarts(root: Node): { text: string; startOf: Map<Node, number> } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const startOf = new Map<Node, number>();
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    startOf.set(n, at);
    const data = (n as Text).data;
    parts.push(data);
    at += data.length;
  }
  return { text: parts.join(''), startOf };
}

/** The textContent offset of normalized character i (its first source character), or -1 for a line break. */
function rawOffset(dom: DomText, startOf: Map<Node, number>, i: number): number {
  const p = dom.piece[i];
  return p < 0 ? -1 : (startOf.get(dom.nodes[p]) ?? -1) + dom.offset[i];
}

/**
 * The annotation's selectors over `root`'s own text (usually document.body of the page it
 * was made on), or null when the quote is not in it.
 */
export function pageSelectors(root: Node, sel: Selectors, dom: DomText = readDomText(root)): Selectors | null {
  const hit = findQuote(dom.text, sel.quote, Math.max(0, sel.position.start - 2 * CONTEXT_LENGTH));
  if (!hit) return null;
  let s = hit.start;
  let e = hit.end - 1;
  while (s <= e && dom.piece[s] < 0) s++;
  while (e >= s && dom.piece[e] < 0) e--;
  if (s > e) return null;
  const { text, startOf } = textContentStarts(root);
  const start = rawOffset(dom, startOf, s);
  const end = rawOffset(dom, startOf, e) + 1;
  if (start < 0 || end <= start) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Each item with its selectors re-described in its page's own text (`rootOf` gives the page,
 * or null when it is not at hand); an item whose quote is not found keeps its selectors, and
 * one without selectors (a page note) stays as it is.
 */
export function withPageSelectors<T extends { selectors: Selectors | null }>(items: T[], rootOf: (item: T) => Node | null): T[] {
  const read = new Map<Node, DomText>();
  return items.map((item) => {
    const root = item.selectors ? rootOf(item) : null;
    if (!root || !item.selectors) return item;
    if (!read.has(root)) read.set(root, readDomText(root));
    const selectors = pageSelectors(root, item.selectors, read.get(root));
    return selectors ? { ...item, selectors } : item;
  });
}
