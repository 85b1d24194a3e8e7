/**
 * HTML input in Node: deciding that the input is HTML, and parsing it with linkedom (the
 * same DOM shape the extension gets from the browser's DOMParser).
 */
import { createRequire } from 'node:module';
import { BadInputError } from './errors';

type ParseHtml = typeof import('linkedom').parseHTML;
let linkedomParse: ParseHtml | undefined;

/**
 * linkedom, loaded on the first HTML input: a .txt report never pays for it (loading it is a
 * good part of a CLI call's start-up). Required, not imported, so parsing stays synchronous.
 */
function parseHTML(html: string): ReturnType<ParseHtml> {
  linkedomParse ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: ParseHtml }).parseHTML;
  return linkedomParse(html);
}

/**
 * Deeper element nesting is refused. linkedom's parse time grows much faster than linearly
 * with depth (measured: 30k levels 0.25 s, 60k levels 2.4 s, 150k levels 14 s), and no real
 * page nests more than a few hundred levels, even with unclosed <font> tags.
 */
export const MAX_HTML_DEPTH = 10_000;

/** Elements that never take a closing tag, or whose closing tag parsers imply: not nesting. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup',
  'html', 'head', 'body', 'rb', 'rt', 'rp',
]);
/**
 * A start or end tag. The attributes may not run past the next '<': with `[^>]*`, each of a
 * run of unclosed tags (`<a href=x <a href=x …`) scanned on to the end of the text (quadratic).
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g;

/**
 * An upper estimate of element nesting depth from the tags alone, without building a DOM
 * (one regex pass, linear): every open tag that needs a close counts until it is closed. A
 * close tag closes the innermost open element of its name and all inside it, as a parser
 * does; one whose element is not open is ignored, as a parser ignores it (`<div></b>` ×
 * 320,000 was estimated 1 deep and took 239 s to parse instead of being refused).
 */
export function estimateNestingDepth(html: string): number {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (NON_NESTING.has(name) || m[3] === '/') continue;
    if (!m[1]) {
      open.push(name);
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      if (open.length > max) max = open.length;
      continue;
    }
    if (!openCount.get(name)) continue;
    // Each element is pushed once and popped once: linear over the whole text.
    for (let top = open.pop(); top !== undefined; top = open.pop()) {
      openCount.set(top, openCount.get(top)! - 1);
      if (top === name) break;
    }
  }
  return max;
}

/** Parses HTML text into a Document. Throws BadInputError for pathologically nested pages. */
export function parseHtmlDocument(html: string, label: string): Document {
  const depth = estimateNestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new BadInputError(
      `${label}: HTML nests about ${depth} elements deep (over ${MAX_HTML_DEPTH}); it is broken markup: save the page's text as .txt and pass that`,
    );
  }
  return parseHTML(html).document as unknown as Document;
}
