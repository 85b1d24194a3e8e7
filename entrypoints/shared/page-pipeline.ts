/**
 * What an extension page hands lib/page-agent/pipeline: the browser's own HTML parser, and
 * for a save this window (DOMPurify) and the request for persistent storage. One place for
 * the side panel, the offscreen document (Firefox: the background page) and the library.
 */
import type { SaveDeps } from '../../lib/page-agent/pipeline';
import type { LedgerDb } from '../../lib/store/index';

/** Parses page HTML where nothing in it runs or loads. */
export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The save's dependencies in an extension page. */
export function saveDeps(db: LedgerDb): SaveDeps {
  return { db, win: window, persist: () => navigator.storage?.persist?.() ?? Promise.resolve(false) };
}
