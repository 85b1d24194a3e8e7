/**
 * HTML page → the block model (PageInput). Readability finds the article container
 * (page/main.ts); the blocks, heading lines, bold run-in leads and metadata are read from
 * the original DOM (page/walk.ts, page/meta.ts); page chrome lines (发布时间, breadcrumbs,
 * share boxes) go to PageInput.chrome by the same rules the plain-text reader uses.
 * Uses standard DOM only, so linkedom documents (CLI) and DOMParser documents (browser)
 * read the same. Never touches the document it is handed.
 */
import { normalizeLine } from '../text/normalize';
import { fallbackMain, readabilityMain, type MainArea } from './page/main';
import { cleanTitle, rawTitleOf, readMetaTags } from './page/meta';
import { walkBlocks, type Classify, type RawBlock } from './page/walk';
import { isBoilerplate, pageRoot, tagOf } from './page/dom';
import { chromeRuleOf } from './rules/chrome';
import type { Block, PageInput } from './types';

/** Less article text than this (characters) and the fallback container is tried too. */
const MIN_CONTENT = 100;
/** A heading Readability dropped is rescued when it is this short and inside the container. */
const MAX_RESCUED_HEADING = 80;

/** Reads a parsed HTML document into ordered blocks, title, meta tags and chrome lines. */
export function htmlToPage(doc: Document, url?: string): PageInput {
  const metaTags = readMetaTags(doc);
  const root = pageRoot(doc);
  if (!root) return { blocks: [], title: pickTitle(doc, metaTags, []), metaTags, chrome: [], url };
  let read = readArea(root, readabilityMain(doc) ?? fallbackMain(doc));
  if (read.via === 'readability' && read.contentLength < MIN_CONTENT) {
    const fallback = readArea(root, fallbackMain(doc));
    if (fallback.contentLength > read.contentLength) read = fallback;
  }
  const title = pickTitle(doc, metaTags, read.raw);
  return { blocks: read.blocks, title, metaTags, chrome: read.chrome, url };
}

interface AreaRead {
  raw: RawBlock[];
  blocks: Block[];
  chrome: string[];
  contentLength: number;
  via: MainArea['via'];
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
    if (b.zone === 'content') contentLength += line.length;
  });
  return { raw, blocks, chrome, contentLength, via: main.via };
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
