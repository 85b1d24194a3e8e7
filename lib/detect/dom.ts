/**
 * DetectInput from a live or parsed Document, for the content script: the raw <title>, gov
 * CMS meta tags and the first DETECT_TEXT_LIMIT characters of text, preferably from a known
 * article container. Stops walking as soon as it has enough text, so its cost does not grow
 * with the page. Standard DOM only; no Readability.
 */
import { readMetaTags, rawTitleOf } from '../extract/page/meta';
import { BLOCK_TAGS, SKIP_TAGS, isBoilerplate, isContainerNode, isHidden, pageRoot, tagOf } from '../extract/page/dom';
import { DETECT_TEXT_LIMIT, type DetectInput } from './index';

/** Article containers of common gov CMS templates and semantic markup. */
export const CONTENT_SELECTORS: { selector: string; example: string }[] = [
  { selector: '#zoom', example: '<div id="zoom"> (TRS/政府网站 templates)' },
  { selector: '.TRS_Editor', example: '<div class="TRS_Editor">' },
  { selector: '#UCAP-CONTENT', example: '<div id="UCAP-CONTENT"> (开普云 CMS)' },
  { selector: '.pages_content', example: '<div class="pages_content"> (gov.cn)' },
  { selector: '.article-content', example: '<div class="article-content">' },
  { selector: 'article', example: '<article>' },
  { selector: 'main', example: '<main>' },
  { selector: '[role="main"]', example: '<div role="main">' },
];

/** A plain-text file's first line longer than this is text, not its title. */
const MAX_TEXT_TITLE = 80;
/** A container with less text than this is a false hit (an empty template slot). */
const MIN_SAMPLE = 200;

/** Reads what detect() needs from a document, cheaply. */
export function detectInputFromDocument(doc: Document, url?: string): DetectInput {
  if (doc.contentType === 'text/plain') return plainTextInput(doc, url);
  // One query for all selectors (one pass over the page); the first match in document order wins.
  const container = doc.querySelector(CONTENT_SELECTORS.map((s) => s.selector).join(', '));
  let text = container ? sampleText(container, DETECT_TEXT_LIMIT) : '';
  const root = pageRoot(doc);
  if (text.length < MIN_SAMPLE && root) text = sampleText(root, DETECT_TEXT_LIMIT);
  return { url, title: rawTitleOf(doc), metaTags: readMetaTags(doc), text };
}

/**
 * A plain-text file the browser shows (inside one <pre>): its lines as they are, and its
 * first line as the title, as the CLI reads a .txt report (there is no <title>).
 */
function plainTextInput(doc: Document, url?: string): DetectInput {
  const text = (doc.body?.textContent ?? '').slice(0, DETECT_TEXT_LIMIT);
  const first = text.trim().split('\n', 1)[0].trim();
  return { url, title: first.length <= MAX_TEXT_TITLE ? first : null, metaTags: {}, text };
}

/**
 * Text of a subtree in document order, one line per block, navigation and footers skipped,
 * cut at `limit` characters. Iterative, so deep markup cannot overflow the stack.
 */
export function sampleText(root: Node, limit: number): string {
  let out = '';
  const stack: (Node | null)[] = [root]; // null: the end of a block, a line end
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    if (node === null) {
      out += '\n';
      continue;
    }
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      continue;
    }
    if (isContainerNode(node)) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag) || isHidden(el) || (el !== root && isBoilerplate(el, tag))) continue;
    // Markers like 一、 are read at line starts, so block boundaries become line ends.
    if (tag === 'br') out += '\n';
    if (BLOCK_TAGS.has(tag)) {
      out += '\n';
      stack.push(null);
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.replace(/ *\n[ \n]*/g, '\n').trim().slice(0, limit);
}
