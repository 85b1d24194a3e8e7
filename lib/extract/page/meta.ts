/**
 * Page metadata read from the original DOM: gov CMS meta tags (the 政府网站 template writes
 * ArticleTitle, PubDate, ContentSource, SiteName, ColumnName…) and the <title> without
 * its "_栏目_站点" / " - 站点" suffixes. No dependencies: detection imports it too.
 */

/** Which meta tag names are kept, with an example tag. */
export interface MetaRule { id: string; pattern: RegExp; example: string }

/** Which <meta name|property> tags are kept (others, like viewport, are noise). */
export const META_RULES: MetaRule[] = [
  {
    id: 'gov-cms',
    pattern: /^(site(?:name|domain|idcode)|column(?:name|description|keywords|type)|articletitle|pubdate|publishdate|contentsource|source|author|keywords|description|image|url|firstpublishedtime|lastmodifiedtime|catalog|subject|contentid|others)$/i,
    example: '<meta name="ArticleTitle" content="灌南县人民政府2020年度法治政府建设工作报告">',
  },
  { id: 'open-graph', pattern: /^og:/i, example: '<meta property="og:title" content="Annual Performance Report">' },
  { id: 'article', pattern: /^article:/i, example: '<meta property="article:published_time" content="2024-03-05">' },
  { id: 'dublin-core', pattern: /^(dc|dcterms)[.:]/i, example: '<meta name="DC.date.issued" content="2024-03-05">' },
  { id: 'publisher', pattern: /^(publisher|date|citation_title|citation_publication_date)$/i, example: '<meta name="publisher" content="State Council">' },
];

/** Kept meta tags by lower-cased name; the first occurrence of a name wins. */
export function readMetaTags(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  // Meta tags belong in <head>; searching only there keeps this cheap on long pages.
  // linkedom's `head` getter throws without a root element and rewrites bare fragments.
  const head = doc.documentElement?.localName?.toLowerCase() === 'html' ? doc.head : null;
  const scope: ParentNode = head && head.querySelector('meta') ? head : doc;
  for (const el of Array.from(scope.querySelectorAll('meta'))) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').trim().toLowerCase();
    const content = (el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (!name || !content || name in out) continue;
    if (META_RULES.some((r) => r.pattern.test(name))) out[name] = content;
  }
  return out;
}

/** The raw <title> text, whitespace collapsed, or null. */
export function rawTitleOf(doc: Document): string | null {
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  return title || null;
}

/** Separators CMS templates put between article, column and site names. */
const TITLE_SEPARATORS = /\s*_+\s*|\s+[-–—|·]\s+|\s*\|\s*|\s*--+\s*/;
/** A trailing "-站点" without spaces, when the tail names a site (not "2016-2020"). */
const SITE_TAIL = /-[^-\d]*(政府|门户|网站|网|局|委员会|委|厅|办公室|中心|Gov|GOV)$/;

/**
 * The article part of a <title>: "标题_栏目_某某县人民政府" → "标题",
 * "Annual Report - Agency" → "Annual Report". Site and column names from meta tags are
 * never taken as the title.
 */
export function cleanTitle(raw: string | null, metaTags: Record<string, string> = {}): string | null {
  if (!raw) return null;
  const names = new Set([metaTags.sitename, metaTags.columnname, metaTags['og:site_name']].filter(Boolean));
  const parts = raw.split(TITLE_SEPARATORS).map((p) => p.trim()).filter((p) => p && !names.has(p));
  const first = parts[0] ?? raw.trim();
  return first.replace(SITE_TAIL, '').trim() || first;
}
