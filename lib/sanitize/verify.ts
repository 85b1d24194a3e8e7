/**
 * A second, independent check of sanitized HTML before it is stored: parses it again and
 * looks for anything that could run or load. DOMPurify depends on the DOM it is given
 * (under some DOM implementations it silently leaves elements unsanitized), so the
 * snapshot is refused rather than stored when this finds anything.
 */
import type { WindowLike } from 'dompurify';

export const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'noscript', 'template', 'audio', 'video',
  'source', 'track', 'portal', 'svg', 'math', 'canvas', 'dialog',
]);
export const UNSAFE_CSS = /url\s*\(|image-set\s*\(|image\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding/i;
const LOADS = new Set(['src', 'srcset', 'data', 'poster', 'background', 'action', 'formaction', 'codebase', 'xlink:href', 'lowsrc', 'dynsrc']);
const SAFE_IMAGE = /^data:image\/(png|gif|jpe?g|webp|bmp);/i;
const WEB_LINK = /^(https?:|mailto:|#)/i;

/** The first unsafe thing in `html` ("tag:script", "attr:onerror", …), or null when clean. */
export function findUnsafe(html: string, win: WindowLike): string | null {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  const doc = new Parser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) return `tag:${tag}`;
    for (const { name, value } of Array.from(el.attributes)) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) return `attr:${n}`;
      // A target other than the frame's own <base target> could navigate the reader's frame to the web.
      if (n === 'target' || n === 'formtarget' || n === 'ping') return `attr:${n}`;
      if (n === 'style' && UNSAFE_CSS.test(value)) return 'css:url';
      if (n === 'href' && !WEB_LINK.test(value.trim())) return `href:${value.slice(0, 30)}`;
      if (LOADS.has(n) && !(n === 'src' && tag === 'img' && SAFE_IMAGE.test(value.trim()))) return `attr:${n}`;
    }
  }
  return null;
}
