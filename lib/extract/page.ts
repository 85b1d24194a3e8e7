/**
 * HTML page → the block model (PageInput). Readability finds the article container
 * (page/main.ts); the blocks, heading lines, bold run-in leads and metadata are read from
 * the original DOM (page/walk.ts, page/meta.ts); page chrome lines (发布时间, breadcrumbs,
 * share boxes) go to PageInput.chrome by the same rules the plain-text reader uses.
 * Uses standard DOM only, so linkedom documents (CLI) and DOMParser documents (browser)
 * read the same. Never touches the document it is handed.
 */
import { normalizeLine } from '../text/normalize';
import { fallbackMain, fallbackWithTables, readabilityMain, type MainArea } from './page/main';
import { cleanTitle, rawTitleOf, readMetaTags } from './page/meta';
import { walkBlocks, type Classify, type RawBlock } from './page/walk';
import { isBoilerplate, pageRoot, tagOf } from './page/dom';
import { proseAndTableLength, withTableCaptions } from './page/table';
import { chromeRuleOf } from './rules/chrome';
import type { Block, PageInput } from './types';

/** Less article text than this (characters) and the fallback container is tried too. */
const MIN_CONTENT = 100;
/** A page with this many times more table-row text than other text skips Readability. */
const TABLE_PAGE_SHARE = 2;
/** A heading Readability dropped is rescued when it is this short and inside the container. */
const MAX_RESCUED_HEADING = 80;

/** Reads a parsed HTML document into ordered blocks, title, meta tags and chrome lines. */
export function htmlToPage(doc: Document, url?: string): PageInput {
  const metaTags = readMetaTags(doc);
  const root = pageRoot(doc);
  if (!root) return { blocks: [], title: pickTitle(doc, metaTags, []), metaTags, chrome: [], url };
  const read = readArticle(doc, root);
  const title = pickTitle(doc, metaTags, read.raw);
  return { blocks: read.blocks, title, metaTags, chrome: read.chrome, url };
}

/**
 * The element the article was read from (null: the whole page), as htmlToPage decides it:
 * the snapshot keeps this container's HTML. Decided once per document.
 */
export function articleContainer(doc: Document): Element | null {
  const root = pageRoot(doc);
  return root ? readArticle(doc, root).container : null;
}

/** What was read from each document: the decision costs a Readability pass, made once. */
const readOf = new WeakMap<Document, AreaRead>();

function readArticle(doc: Document, root: Node): AreaRead {
  let read = readOf.get(doc);
  if (!read) readOf.set(doc, (read = chooseArea(doc, root)));
  return read;
}

/**
 * Readability's article, unless the fallback reads better. Readability scores table cells
 * like paragraphs: a report of bare <br>-cut text before a 45-row appendix table comes back
 * as the table alone, and beside a 5,000-row one it keeps only the long paragraphs (its
 * sibling test wants ". "). A page that is mostly table skips it (it is also its slowest case).
 */
function chooseArea(doc: Document, root: Node): AreaRead {
  // Most pages have no table row at all: one cheap query spares them the counting walk.
  const page = (root as ParentNode).querySelector?.('tr') ? proseAndTableLength(root) : { prose: 1, table: 0 };
  if (page.table > TABLE_PAGE_SHARE * page.prose) return readArea(root, fallbackWithTables(doc));
  const read = readArea(root, readabilityMain(doc) ?? fallbackMain(doc));
  if (read.via !== 'readability' || (read.contentLength >= MIN_CONTENT && read.tableLength <= read.contentLength)) return read;
  const fallback = readArea(root, fallbackMain(doc));
  const mostlyTable = read.tableLength > read.contentLength;
  return fallback.contentLength > read.contentLength || (mostlyTable && fallback.contentLength === read.contentLength) ? fallback : read;
}

interface AreaRead {
  raw: RawBlock[];
  blocks: Block[];
  chrome: string[];
  /** Characters of article prose (table rows not counted). */
  contentLength: number;
  /** Characters of article table rows. */
  tableLength: number;
  via: MainArea['via'];
  container: Element | null;
}

/** Walks the whole page once; keeps article blocks, rescued headings and chrome lines. */
function readArea(root: Node, main: MainArea): AreaRead {
  // Without a container element the whole page is the article.
  const raw = walkBlocks(root, classifier(main), main.container ? 'outside' : 'content');
  let lastContent = -1;
  raw.forEach((b, i) => { if (b.zone === 'content') lastContent = i; });
  const blocks: Block[] = [];
  const chrome: string[] = [];
  let contentLength = 0;
  let tableLength = 0;
  raw.forEach((b, i) => {
    const line = normalizeLine(b.text);
    if (!line) return;
    if (chromeRuleOf(line)) { chrome.push(line); return; }
    // Headings Readability dropped are rescued only up to the article's end: past it they
    // are sidebar and related-article boxes.
    const rescued = b.zone !== 'outside' && b.kind === 'heading' && i < lastContent && line.length <= MAX_RESCUED_HEADING;
    if (b.zone !== 'content' && !rescued) return;
    const { zone: _zone, ...block } = b;
    blocks.push(block);
    if (b.zone !== 'content') return;
    if (b.kind === 'row') tableLength += line.length;
    else contentLength += line.length;
  });
  return { raw, blocks: withTableCaptions(blocks), chrome, contentLength, tableLength, via: main.via, container: main.container };
}

/** Zones: Readability's survivors are content; the rest of the container is 'other'. */
function classifier(main: MainArea): Classify {
  const { container, survivors, path } = main;
  return (el, parent) => {
    if (survivors ? survivors.has(el) : el === container) return 'content';
    // Inside kept content, what Readability removed stays out; in fallback mode only
    // obvious furniture (nav, footer, share boxes) does.
    if (parent === 'content') return survivors || isBoilerplate(el, tagOf(el)) ? 'other' : 'content';
    if (el === container || path.has(el)) return 'path';
    return parent === 'path' || parent === 'other' ? 'other' : 'outside';
  };
}

/**
 * The article title: the ArticleTitle meta tag, else an h1 in the article container (or one
 * before it that the <title> repeats), else the cleaned <title>, else og:title.
 */
function pickTitle(doc: Document, metaTags: Record<string, string>, raw: RawBlock[]): string | null {
  const rawTitle = rawTitleOf(doc);
  const h1s = raw.filter((b) => b.level === 1 && b.text.length <= MAX_RESCUED_HEADING && b.text !== metaTags.sitename);
  const inside = h1s.find((b) => b.zone !== 'outside');
  const near = h1s.find((b) => b.zone === 'outside' && !!rawTitle && rawTitle.includes(b.text));
  return metaTags.articletitle || inside?.text || near?.text || cleanTitle(rawTitle, metaTags) || metaTags['og:title'] || null;
}
