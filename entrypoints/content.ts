/**
 * Content script, in every http(s) page, so it stays tiny (no Readability, compromise,
 * Dexie or Preact; the bench prints its size). After document_idle it runs detection once; on
 * a report page it tells the background (badge). When the page rebuilds itself soon after
 * load (built by script, or its report taken away) it detects again, a bounded few times
 * (lib/page-agent/rebuild-watch.ts), and the badge follows. Otherwise it only answers this
 * extension's own pages (checked in lib/messages.ts) with the detection and the page HTML.
 * It never changes the page.
 */
import { browser } from 'wxt/browser';
import { detectionOf, serializePage } from '../lib/page-agent/agent';
import { watchRebuilds } from '../lib/page-agent/rebuild-watch';
import { fromExtensionPage, parseContentScriptRequest, type Reply } from '../lib/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const detection = detectionOf(document, window);
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    browser.runtime.onMessage.addListener((raw, sender) => {
      const req = parseContentScriptRequest(raw);
      // Not ours, not from our pages, or for the page tools: stay silent.
      if (!req || !fromExtensionPage(sender, self)) return undefined;
      const value = req.type === 'pl/get-page' ? serializePage(document, window) : detection();
      return Promise.resolve<Reply<typeof value>>({ ok: true, value });
    });
    // The first run costs a few ms (regex compilation, a cold DOM walk): do it when the page
    // is idle so it never delays input. A request from the panel runs it at once instead.
    // After a rebuild (`fresh`) the verdict is sent either way: a page no longer a report loses its badge.
    const badge = (fresh = false) => {
      const { detection: result } = detection(fresh);
      if (result.isReport || fresh) browser.runtime.sendMessage({ type: 'pl/detected', detection: result }).catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => badge(), { timeout: 2000 });
    else setTimeout(badge, 0);
    watchRebuilds(document, window, () => badge(true));
  },
});
