/**
 * What the always-present content script does, as plain functions of the page's document
 * and window: detection (timed, kept until the page rebuilds itself) and serializing the page. Kept to detection's own
 * imports: it ships in every web page (≤ 15 kB; the bench prints its size). Highlights and
 * selection live in tools.ts, injected only into the tab the side panel reads.
 */
import { detect } from '../detect/index';
import { detectInputFromDocument } from '../detect/dom';
import { reportFrameUrl } from '../detect/frames';
import type { DetectionInfo, PagePayload } from '../messages';

/**
 * Detection of the page, with the frame that holds its content on a frame page: run once
 * and kept, or again when asked for `fresh` (the page rebuilt itself). `clock` is injectable
 * for tests.
 */
export function detectionOf(doc: Document, win: Window, clock: () => number = () => performance.now()): (fresh?: boolean) => DetectionInfo {
  let info: DetectionInfo | null = null;
  return (fresh = false) => {
    if (info && !fresh) return info;
    const t0 = clock();
    const input = detectInputFromDocument(doc, win.location.href);
    const detection = detect(input);
    info = { detection, url: win.location.href, title: doc.title, ms: clock() - t0, frame: reportFrameUrl(doc, input.text), contentType: doc.contentType };
    return info;
  };
}

/**
 * The whole page as HTML for the extension page that runs the extractor, without its
 * <noscript> elements. In the live page (scripting on) a noscript's content is raw text and
 * is serialized as is; DOMParser (scripting off) parses it back as markup, so a crafted
 * noscript swallows or injects what follows. The page is cloned only when it has one.
 */
export function serializePage(doc: Document, win: Window): PagePayload {
  let root = doc.documentElement;
  if (root?.querySelector('noscript')) {
    root = root.cloneNode(true) as HTMLElement;
    for (const el of Array.from(root.querySelectorAll('noscript'))) el.remove();
  }
  return { html: root?.outerHTML ?? '', url: win.location.href, title: doc.title, contentType: doc.contentType };
}
