/**
 * Page tools, injected by the side panel (scripting.executeScript) into the tab it reads:
 * highlights with the CSS Custom Highlight API, scroll-and-flash, the selection as a quote,
 * and the "Annotate" button beside a selection, whose press goes to the side panel.
 * Listed nowhere in the manifest; a second injection into the same page does nothing.
 */
import { browser } from 'wxt/browser';
import { createPageTools } from '../lib/page-agent/tools';
import { CONTENT_SCRIPT_TYPES, fromExtensionPage, parseContentRequest, toReply } from '../lib/messages';

export default defineUnlistedScript(() => {
  const flag = globalThis as { __promiseLedgerTools?: boolean };
  if (flag.__promiseLedgerTools) return;
  flag.__promiseLedgerTools = true;
  const handle = createPageTools(document, window, (quote) => {
    // No panel listening (closed since): nothing to do.
    browser.runtime.sendMessage({ type: 'pl/annotate-selection', quote }).catch(() => undefined);
  });
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw, sender) => {
    const req = parseContentRequest(raw);
    if (!req || CONTENT_SCRIPT_TYPES.includes(req.type) || !fromExtensionPage(sender, self)) return undefined;
    return toReply(() => handle(req as Parameters<typeof handle>[0]));
  });
});
