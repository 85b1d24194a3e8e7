/**
 * Finds the article in the original DOM. Readability runs on a clone whose elements carry
 * their index in the original, so what it keeps maps back to original elements: we read
 * headings, bold and layout from those, not from Readability's rewritten copy (it demotes
 * h1, drops some headings and strips inline bold styles). When Readability fails or finds
 * too little, the largest text container stands in.
 */
import { Readability } from '@mozilla/readability';
import { SKIP_TAGS, isContainerNode, pageRoot, tagOf } from './dom';
import { isTableRow, proseAndTableLength, type DataTables } from './table';

/** Where the article is: its container and the original elements Readability kept. */
export interface MainArea {
  /** null: the whole page is the article (a bare fragment with no container element). */
  container: Element | null;
  /** Original elements that survived in Readability's article (null in fallback mode). */
  survivors: Set<Element> | null;
  /** Ancestors of survivors up to the container (kept structure, dropped text). */
  path: Set<Element>;
  via: 'readability' | 'fallback';
}

const INDEX_ATTR = 'data-pl-i';
/** Readability's minimum article length; Chinese says a lot in few characters. */
const CHAR_THRESHOLD = 200;
/** Below this many characters Readability's pick is checked against the fallback. */
const SHORT_ARTICLE = 500;
/** Deeper element trees skip Readability (see readabilityMain). */
const MAX_READABILITY_DEPTH = 200;

/** The main area by Readability, or null when it fails (the caller then uses fallbackMain). */
export function readabilityMain(doc: Document): MainArea | null {
  try {
    // Readability needs a real <html> document; fragments go to the fallback.
    if (!doc.documentElement || tagOf(doc.documentElement) !== 'html') return null;
    const clone = doc.cloneNode(true) as Document;
    if (!clone.documentElement) return null;
    const { originals, depth } = indexClone(doc.documentElement, clone.documentElement);
    // Readability's cost grows with depth squared (and it recurses): 2,000 levels take
    // seconds, 5,000 overflow the stack. Real article markup is a few dozen levels deep.
    if (depth > MAX_READABILITY_DEPTH) return null;
    const article = new Readability<Element>(clone, {
      serializer: (el) => el as Element,
      charThreshold: CHAR_THRESHOLD,
    }).parse();
    const root = article?.content;
    if (!root) return null;
    const kept = Array.from(root.querySelectorAll(`[${INDEX_ATTR}]`));
    const survivors = new Set(kept.map((el) => originals[Number(el.getAttribute(INDEX_ATTR))]).filter(Boolean));
    if (!survivors.size) return null;
    const tops = [...survivors].filter((el) => !el.parentElement || !survivors.has(el.parentElement));
    const container = commonAncestor(tops);
    const path = new Set<Element>();
    for (const el of tops) {
      if (el === container) continue;
      for (let p = el.parentElement; p && !path.has(p); p = p.parentElement) {
        path.add(p);
        if (p === container) break;
      }
    }
    const textLength = (article?.textContent ?? '').trim().length;
    const fallback = textLength < SHORT_ARTICLE ? fallbackMain(doc).container : null;
    if (fallback && textOf(fallback) > 2 * textLength) return null;
    return { container, survivors, path, via: 'readability' };
  } catch {
    // Readability recurses; 10k-deep markup overflows the stack. The fallback is iterative.
    return null;
  }
}

/** Pairs original and clone elements in document order; tags the clone with indexes. */
function indexClone(original: Element, clone: Element): { originals: Element[]; depth: number } {
  const originals: Element[] = [];
  let depth = 0;
  const stack: [Element, Element, number][] = [[original, clone, 1]];
  while (stack.length) {
    const [o, c, d] = stack.pop()!;
    c.setAttribute(INDEX_ATTR, String(originals.length));
    originals.push(o);
    if (d > depth) depth = d;
    const oc = o.children;
    const cc = c.children;
    for (let i = Math.min(oc.length, cc.length) - 1; i >= 0; i--) stack.push([oc[i], cc[i], d + 1]);
  }
  return { originals, depth };
}

/** The deepest element containing all given elements. */
function commonAncestor(els: Element[]): Element {
  let chain: Element[] = [];
  for (let p: Element | null = els[0]; p; p = p.parentElement) chain.unshift(p);
  for (const el of els.slice(1)) {
    const mine = new Set<Element>();
    for (let p: Element | null = el; p; p = p.parentElement) mine.add(p);
    let i = 0;
    while (i < chain.length && mine.has(chain[i])) i++;
    chain = chain.slice(0, Math.max(1, i));
  }
  return chain[chain.length - 1];
}

/**
 * The element holding the most non-link text directly (its own text nodes and those of its
 * inline children count fully, a child container's half), found in one iterative pass. The
 * text of a data table's row (or its title and group rows) credits its cell only: a long
 * appendix table is not an article.
 */
export function fallbackMain(doc: Document): MainArea {
  const root = pageRoot(doc);
  const body = root && root.nodeType === 1 ? (root as Element) : null;
  const score = new Map<Element, number>();
  const rows = new Map<Element, boolean>();
  const tables: DataTables = new Map();
  const stack: { node: Node; inLink: boolean }[] = root ? [{ node: root, inLink: false }] : [];
  while (stack.length) {
    const { node, inLink } = stack.pop()!;
    if (node.nodeType === 3) {
      const length = (node.nodeValue ?? '').trim().length;
      if (length && !inLink) credit(node.parentElement, length, score, (tr) => {
        let known = rows.get(tr);
        if (known === undefined) rows.set(tr, (known = isTableRow(tr, tables)));
        return known;
      });
      continue;
    }
    if (node.nodeType !== 1 && !isContainerNode(node)) continue;
    const tag = isContainerNode(node) ? '' : tagOf(node as Element);
    if (SKIP_TAGS.has(tag)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, inLink: inLink || tag === 'a' });
  }
  let best: Element | null = body;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) { best = el; bestScore = s; }
  return { container: best, survivors: null, path: new Set(), via: 'fallback' };
}

/** Tags that hold an article; inline and paragraph-level tags pass their text up. */
const CONTAINER_TAGS = new Set(['div', 'td', 'article', 'section', 'main', 'body', 'blockquote', 'center', 'form', 'li']);
/** How far up a text node's length is credited (bounded so deep nesting stays linear). */
const MAX_CLIMB = 12;

function credit(from: Element | null, length: number, score: Map<Element, number>, isTableRow: (tr: Element) => boolean): void {
  let weight = 1;
  let el = from;
  for (let i = 0; el && i < MAX_CLIMB && weight >= 0.5; i++, el = el.parentElement) {
    const tag = tagOf(el);
    if (tag === 'tr' && isTableRow(el)) return;
    if (!CONTAINER_TAGS.has(tag)) continue;
    score.set(el, (score.get(el) ?? 0) + length * weight);
    weight /= 2;
  }
}

function textOf(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

/** How many levels above the fallback's container a table is looked for. */
const MAX_WIDEN = 6;
/** Other text (characters, beyond the container's own) an ancestor may add and still be the article. */
const WIDEN_SLACK = 200;

/**
 * The fallback's container, widened to the nearest ancestor that adds tables but hardly any
 * other text: an appendix table set in a wrapper beside the text's own (`<section>` of an
 * editor, `<div class="fj">`) belongs to the article. For pages that are mostly table.
 */
export function fallbackWithTables(doc: Document): MainArea {
  const main = fallbackMain(doc);
  let best = main.container;
  if (!best) return main;
  const own = proseAndTableLength(best);
  let table = own.table;
  let el = best.parentElement;
  for (let i = 0; el && i < MAX_WIDEN && tagOf(el) !== 'body'; i++, el = el.parentElement) {
    const here = proseAndTableLength(el);
    if (here.prose > own.prose + WIDEN_SLACK) break;
    if (here.table > table) { best = el; table = here.table; }
  }
  return { ...main, container: best };
}
