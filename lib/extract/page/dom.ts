/**
 * Small DOM helpers for the page reader. Only standard DOM APIs that both linkedom (CLI)
 * and browsers' DOMParser documents support: nodeType, localName, attributes, children.
 */

/**
 * Tag-name sets, written as one space-separated string each: this file ships in the content
 * script of every web page (15 kB budget), where quoted array items cost three bytes apiece.
 */
const tagSet = (names: string) => new Set(names.split(' '));

/** Elements whose text is never page text. */
export const SKIP_TAGS = tagSet(
  'script style noscript template iframe object embed svg math canvas select option button input textarea head title meta link map audio video img picture source',
);

/** Elements that start a new line of text (a block boundary). */
export const BLOCK_TAGS = tagSet(
  'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul',
);

/** Containers whose class/id says they are site furniture, not the article. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'header']);
const BOILERPLATE_NAME = /(^|[-_\s])(nav|navbar|menu|footer|foot|header|breadcrumbs?|crumbs?|share|related|sidebar|copyright|comments?|toolbar|position|location|bdshare)([-_\s\d]|$)/i;

/**
 * The node a page is read from: <body> of a normal document, the document itself when the
 * parser left a bare fragment (linkedom does for input without <html>). `doc.body` is not
 * touched then: linkedom's getter would insert <head>/<body> into the fragment.
 */
export function pageRoot(doc: Document): Node | null {
  const html = doc.documentElement;
  if (!html) return doc.childNodes.length ? doc : null;
  return tagOf(html) === 'html' ? (doc.body ?? html) : doc;
}

/** True for nodes whose children are read but that are not elements (document, fragment). */
export function isContainerNode(node: Node): boolean {
  return node.nodeType === 9 || node.nodeType === 11;
}

/** Lower-case tag name (linkedom and browsers report upper case in tagName). */
export function tagOf(el: Element): string {
  return (el.localName || el.nodeName).toLowerCase();
}

/** Hidden by markup (we have no layout, so only attributes and inline style count). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Bold by tag or inline style (gov CMS editors write `<span style="font-weight: bold">`). */
export function isBold(el: Element, tag: string): boolean {
  if (tag === 'b' || tag === 'strong') return true;
  const style = el.getAttribute('style');
  return !!style && /font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style);
}

/** The h1–h6 level of a tag, or undefined. */
export function headingLevel(tag: string | undefined): number | undefined {
  return tag && /^h[1-6]$/.test(tag) ? Number(tag[1]) : undefined;
}

/** Site furniture by tag or class/id: navigation, footers, share and related boxes. */
export function isBoilerplate(el: Element, tag: string): boolean {
  if (BOILERPLATE_TAGS.has(tag)) return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return BOILERPLATE_NAME.test(name);
}

/** Collapses HTML whitespace (not NBSP or U+3000: normalization handles those). */
export function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/** Visible-ish text of a small subtree (table cells), collapsed. */
export function cellText(el: Element): string {
  return collapse(el.textContent ?? '').trim();
}
