/**
 * "The report is inside a frame": on a frameset page, or a page with little text of its own
 * and an iframe, the report is in a document the content script (top frame only) does not
 * read. This finds the frame most likely to hold it, the largest, so the side panel and the
 * popup can offer to open it on its own. Attributes only, no layout: it runs with detection
 * in every page.
 */
import { isHidden } from '../extract/page/dom';
import { isWebUrl } from '../messages';

/** A page with less text of its own than this (characters) and an iframe is a frame page. */
export const FRAME_PAGE_MAX_TEXT = 200;

/** The view size assumed for percentages and '*' (no layout here): 1000 px each way. */
const VIEW = 1000;

/** A length attribute in px of the assumed view ('80%' → 800, '800' and '800px' → 800), or `fallback`. */
function lengthPx(value: string | null, fallback: number): number {
  const m = /^(\d+(?:\.\d+)?)\s*(%?)/.exec((value ?? '').trim());
  return m ? Number(m[1]) * (m[2] ? VIEW / 100 : 1) : fallback;
}

/** A frameset's cols or rows in px: '*' parts ('2*' counts twice) share what the others leave. */
function trackSizes(spec: string | null): number[] {
  const parts = (spec ?? '*').split(',').map((p) => p.trim());
  const stars = parts.map((p) => (p.endsWith('*') ? Number(p.slice(0, -1)) || 1 : 0));
  const fixed = parts.map((p, i) => (stars[i] ? 0 : lengthPx(p, 0)));
  const rest = Math.max(0, VIEW - fixed.reduce((a, b) => a + b, 0));
  const starTotal = stars.reduce((a, b) => a + b, 0);
  return parts.map((_, i) => (stars[i] ? (rest * stars[i]) / starTotal : fixed[i]));
}

/** The share of the view a <frame> gets: its cell in its parent frameset's grid. */
function frameArea(frame: Element): number {
  const set = frame.parentElement;
  if (!set) return 0;
  const cols = trackSizes(set.getAttribute('cols'));
  const rows = trackSizes(set.getAttribute('rows'));
  const i = Array.from(set.children).filter((c) => /^frame(set)?$/i.test(c.localName)).indexOf(frame);
  return (cols[i % cols.length] ?? 0) * (rows[Math.floor(i / cols.length)] ?? 0);
}

/** An iframe's declared size (300 × 150 by default, as browsers draw it). */
function iframeArea(el: Element): number {
  return lengthPx(el.getAttribute('width'), 300) * lengthPx(el.getAttribute('height'), 150);
}

/** An element's src resolved against the page, when it is an http(s) URL. */
function srcOf(el: Element, doc: Document): string | null {
  try {
    const url = new URL(el.getAttribute('src') ?? '', doc.baseURI).href;
    return isWebUrl(url) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The URL of the frame that holds the page's content, or null: on a frameset page the
 * largest frame; on a page with less than FRAME_PAGE_MAX_TEXT characters of `ownText` the
 * largest visible iframe. Only http(s) sources count.
 */
export function reportFrameUrl(doc: Document, ownText: string): string | null {
  const frameset = doc.querySelector('frameset');
  if (!frameset && ownText.replace(/\s/g, '').length >= FRAME_PAGE_MAX_TEXT) return null;
  const [selector, area] = frameset ? ['frame[src]', frameArea] as const : ['iframe[src]', iframeArea] as const;
  let best: { url: string; area: number } | null = null;
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const url = isHidden(el) ? null : srcOf(el, doc);
    const size = url ? area(el) : 0;
    if (url && size > 0 && (!best || size > best.area)) best = { url, area: size };
  }
  return best?.url ?? null;
}
