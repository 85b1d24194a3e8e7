/**
 * Sanitizes a page's main content before it is stored in a snapshot: DOMPurify with the
 * HTML profile (no SVG or MathML), no scripts, event handlers, frames, objects, forms,
 * styles sheets or <base>; no remote loads (image/media sources and srcset other than
 * data: images are dropped, CSS url()/image-set()/expression() declarations removed from
 * style attributes); `javascript:` and other non-web links removed. Structure (headings,
 * paragraphs, lists, tables, links) is kept. Runs in an extension page or under happy-dom;
 * the window is passed in so tests control it.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { FORBIDDEN_TAGS, UNSAFE_CSS, findUnsafe } from './verify';

const FORBID_TAGS = [...FORBIDDEN_TAGS];
const FORBID_ATTR = ['srcset', 'ping', 'background', 'poster', 'formaction', 'action', 'lowsrc', 'dynsrc', 'longdesc', 'xlink:href', 'usemap'];
/** Attributes that make the browser load something. */
const LOADING_ATTRS = ['src', 'data', 'codebase', 'cite', 'archive', 'profile', 'manifest', 'icon'];
const SAFE_IMAGE = /^data:image\/(png|gif|jpe?g|webp|bmp);/i;
const WEB_LINK = /^(https?:|mailto:|#)/i;

/**
 * Sanitized HTML for `html`; `baseUrl` turns relative links into absolute ones. Throws
 * 'sanitize-failed' when an independent check (verify.ts) still finds something unsafe.
 */
export function sanitizeHtml(html: string, win: WindowLike, baseUrl?: string): string {
  const out = purify(html, win, baseUrl);
  if (findUnsafe(out, win)) throw new Error('sanitize-failed');
  return out;
}

function purify(html: string, win: WindowLike, baseUrl?: string): string {
  const purify = createDOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    for (const name of LOADING_ATTRS) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      if (name === 'src' && el.localName === 'img' && SAFE_IMAGE.test(value.trim())) continue;
      // Keep where an image came from as inert data, so the snapshot can say what was there.
      if (name === 'src') el.setAttribute('data-pl-src', value.slice(0, 2048));
      el.removeAttribute(name);
    }
    cleanStyle(el);
    cleanHref(el, baseUrl);
  });
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}

/** Drops style declarations that could load or run something; keeps the rest. */
function cleanStyle(el: Element): void {
  const style = el.getAttribute('style');
  if (style === null) return;
  const kept = style.split(';').filter((decl) => decl.trim() && !UNSAFE_CSS.test(decl));
  if (kept.length) el.setAttribute('style', kept.join(';'));
  else el.removeAttribute('style');
}

/** Links stay only as web links (absolute when a base is known); anything else is removed. */
function cleanHref(el: Element, baseUrl?: string): void {
  const href = el.getAttribute('href');
  if (href === null) return;
  if (el.localName !== 'a' && el.localName !== 'area') return el.removeAttribute('href');
  let abs = href.trim();
  try {
    if (baseUrl && !abs.startsWith('#')) abs = new URL(abs, baseUrl).href;
  } catch {
    abs = '';
  }
  if (WEB_LINK.test(abs)) el.setAttribute('href', abs);
  else el.removeAttribute('href');
}
