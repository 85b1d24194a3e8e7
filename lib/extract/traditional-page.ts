/**
 * The page readers (text and HTML) read words too: the title line, page chrome (發佈時間,
 * 來源), CMS meta tags. A page in traditional script is read in its simplified fold, and
 * the blocks, title, tags and chrome lines it gives are then restored to the page's own
 * characters (lib/extract/traditional.ts does the same for the extraction).
 */
import { foldTraditional, isTraditional } from '../text/fold';
import { normalizedLines } from '../text/normalize';
import { htmlToPage } from './page';
import { textToPage } from './text-page';
import { Unfolder } from './traditional';
import type { PageInput } from './types';

/** Characters of an HTML page's text sampled to tell its script (the whole text costs a walk). */
const HTML_SAMPLE = 6000;

/** Reads a plain-text report into blocks, through its fold when it is in traditional script. */
export function readTextPage(text: string, url?: string): PageInput {
  if (!isTraditional(text)) return textToPage(text, url);
  const folded = foldTraditional(text);
  return unfoldPage(textToPage(folded, url), new Unfolder([linesPair(text, folded)]));
}

/** Reads a parsed HTML page into blocks, through a folded copy when it is in traditional script. */
export function readHtmlPage(doc: Document, url?: string): PageInput {
  const root = doc.documentElement;
  if (!root || !isTraditional(`${doc.title}\n${textSample(root, HTML_SAMPLE)}`)) return htmlToPage(doc, url);
  const copy = doc.cloneNode(true) as Document;
  const pairs: { original: string; folded: string }[] = [];
  foldNodes(copy.documentElement, pairs);
  // The page's full text first: the blocks are found in it.
  const original = pairs.map((p) => p.original).join('\n');
  const unfolder = new Unfolder([linesPair(original, foldTraditional(original))]);
  return unfoldPage(htmlToPage(copy, url), unfolder);
}

/**
 * A text and its fold, both normalized line by line as the readers normalize their blocks
 * (spaces, full-width forms): the blocks are then found in them as they are. Normalization
 * treats a character and its fold alike (both CJK), so the two stay aligned.
 */
function linesPair(original: string, folded: string): { original: string; folded: string } {
  const [a, b] = [normalizedLines(original).join('\n'), normalizedLines(folded).join('\n')];
  return a.length === b.length ? { original: a, folded: b } : { original, folded };
}

/** The start of an element's text (script and style left out), at least `limit` characters when there are. */
function textSample(node: Node, limit: number): string {
  let out = '';
  // An explicit stack, not recursion: pages nest 10,000 elements deep.
  const stack: Node[] = [node];
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n === node || (n.nodeType === 1 && !/^(script|style)$/i.test((n as Element).tagName))) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out;
}

/** Folds every text node and meta tag content under `root` in place (a copy's), noting each original in reading order. */
function foldNodes(root: Node | null, pairs: { original: string; folded: string }[]): void {
  const stack: Node[] = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const original = n.nodeValue ?? '';
      const folded = foldTraditional(original);
      if (folded !== original) n.nodeValue = folded;
      pairs.push({ original, folded });
      continue;
    }
    const content = n.nodeType === 1 && (n as Element).tagName.toLowerCase() === 'meta' ? (n as Element).getAttribute('content') : null;
    if (content) {
      (n as Element).setAttribute('content', foldTraditional(content));
      pairs.push({ original: content, folded: foldTraditional(content) });
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/** A page read from a fold, given back the original's characters. */
function unfoldPage(page: PageInput, unfolder: Unfolder): PageInput {
  let cursor = 0;
  return {
    ...page,
    blocks: page.blocks.map((b) => {
      const [text, end] = unfolder.restoreFrom(b.text, cursor);
      cursor = end;
      return { ...b, text, ...(b.lead ? { lead: unfolder.restore(b.lead, cursor) } : {}) };
    }),
    title: page.title === null ? null : unfolder.restore(page.title),
    metaTags: Object.fromEntries(Object.entries(page.metaTags).map(([k, v]) => [k, unfolder.restore(v)])),
    chrome: page.chrome.map((line) => unfolder.restore(line)),
  };
}
