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
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c && out.length < limit; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !/^(script|style)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  walk(node);
  return out;
}

/** Folds every text node and meta tag content under `node` in place (a copy's), noting each original. */
function foldNodes(node: Node | null, pairs: { original: string; folded: string }[]): void {
  if (!node) return;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const original = c.nodeValue ?? '';
      const folded = foldTraditional(original);
      if (folded !== original) c.nodeValue = folded;
      pairs.push({ original, folded });
    } else if (c.nodeType === 1) {
      const el = c as Element;
      const content = el.tagName.toLowerCase() === 'meta' ? el.getAttribute('content') : null;
      if (content) {
        el.setAttribute('content', foldTraditional(content));
        pairs.push({ original: content, folded: foldTraditional(content) });
      }
      foldNodes(c, pairs);
    }
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
