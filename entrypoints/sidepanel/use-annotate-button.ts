/**
 * The in-page "Annotate" button (lib/page-agent/annotate-button.ts) for the tab the panel
 * reads: turned on in the page tools with the panel's label, and its presses, which the page
 * tools send here, handed to `onQuote` (the panel opens its note form on that passage).
 */
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Quote } from '../../lib/anchor/quote-match';
import { parseAnnotateSelection } from '../../lib/messages';
import { ensureTools, self, sendToTab } from '../shared/ext';

export function useAnnotateButton(tabId: number | null, ready: boolean, label: string, onQuote: (quote: Quote) => void): void {
  const latest = useRef(onQuote);
  latest.current = onQuote;
  useEffect(() => {
    if (tabId === null || !ready) return;
    void ensureTools(tabId).then(() => sendToTab(tabId, { type: 'pl/annotate-button', label })).catch(() => undefined);
    const onMessage = (raw: unknown, sender: Parameters<typeof parseAnnotateSelection>[1]) => {
      const req = parseAnnotateSelection(raw, sender, self(), tabId);
      if (req) latest.current(req.quote);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, ready, label]);
}
