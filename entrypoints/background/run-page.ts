/**
 * Saves or analyzes a tab from the background (popup, shortcut, context menu). A service
 * worker has no DOMParser, so on Chrome the parse, extraction, sanitizing and the database
 * write run in an offscreen document (same extension origin, same IndexedDB). Firefox's
 * background is a page with a DOM, so it runs the pipeline itself; the branch is decided
 * at build time, so Chrome's service worker never contains the extractor.
 */
import { browser } from 'wxt/browser';
import { unwrap, type PagePayload, type PageSummary, type Reply, type SaveOutcome } from '../../lib/messages';
import { sendToTab } from '../shared/ext';

const OFFSCREEN_URL = '/offscreen.html';
let creating: Promise<void> | null = null;

/** Runs `op` on the page in tab `tabId`. */
export async function runOnTab(op: 'save' | 'analyze', tabId: number): Promise<SaveOutcome | PageSummary> {
  const page = await sendToTab(tabId, { type: 'pl/get-page' });
  if (import.meta.env.FIREFOX) {
    const { runPipeline } = await import('../offscreen/run');
    return runPipeline(op, page);
  }
  await ensureOffscreen();
  return unwrap(await browser.runtime.sendMessage({ type: 'pl/offscreen-run', op, page }) as Reply<SaveOutcome | PageSummary>);
}

async function ensureOffscreen(): Promise<void> {
  const existing = await browser.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] });
  if (existing?.length) return;
  // Two saves at once must not create two documents (the second create throws).
  creating ??= browser.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['DOM_PARSER' as never],
    justification: 'Parse the page HTML to extract the report and save a sanitized snapshot.',
  }).finally(() => { creating = null; });
  await creating;
}

/** Types only: keeps the payload shape visible where it is built. */
export type { PagePayload };
