/**
 * Which tab the panel reads and what is in it: asks the tab's content script for the
 * detection, then (for reports, or when the reader asks) for the page HTML, which is parsed
 * and extracted here, in the panel: heavy code never enters web pages. Follows the active
 * tab (or the `?tab=` one) as it changes or reloads.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DetectionInfo } from '../../lib/messages';
import { agentRetryDelay, isPdfView } from '../../lib/page-agent/panel-model';
import { analyzePage, unreadableReason, type Analysis, type Unreadable } from '../../lib/page-agent/pipeline';
import { isSupportedUrl, sendToTab, targetTab } from '../shared/ext';
import { parseHtml } from '../shared/page-pipeline';

export type PageState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'unsupported'; url?: string }
  /** `loading`: the tab is still loading (the panel asks again by itself for a while). */
  | { status: 'no-agent'; tabId: number; loading: boolean }
  | { status: 'not-report'; tabId: number; info: DetectionInfo }
  /** A frame page: the report is in a frame (info.frame) the content script does not read. */
  | { status: 'in-frame'; tabId: number; info: DetectionInfo; frame: string }
  | { status: 'reading'; tabId: number }
  /** The browser shows a PDF file (its own viewer): nothing the extension can read. */
  | { status: 'pdf'; tabId: number }
  | { status: 'empty'; tabId: number; info: DetectionInfo; reason: Unreadable }
  | { status: 'ready'; tabId: number; info: DetectionInfo; analysis: Analysis }
  | { status: 'error'; error: string };


/** Reads the target tab; `force` reads a page that detection did not call a report. */
async function readTab(force: boolean, report: (s: PageState) => void): Promise<PageState> {
  const tab = await targetTab();
  if (!tab) return { status: 'no-tab' };
  if (!isSupportedUrl(tab.url)) return { status: 'unsupported', url: tab.url };
  let info: DetectionInfo;
  try {
    info = await sendToTab(tab.id, { type: 'pl/get-detection' });
  } catch {
    if (isPdfView(null, tab.url)) return { status: 'pdf', tabId: tab.id };
    return { status: 'no-agent', tabId: tab.id, loading: tab.loading };
  }
  if (isPdfView(info.contentType, tab.url)) return { status: 'pdf', tabId: tab.id };
  if (info.frame && !force) return { status: 'in-frame', tabId: tab.id, info, frame: info.frame };
  if (!info.detection.isReport && !force) return { status: 'not-report', tabId: tab.id, info };
  report({ status: 'reading', tabId: tab.id });
  const page = await sendToTab(tab.id, { type: 'pl/get-page' });
  const analysis = await analyzePage(page, parseHtml);
  const reason = unreadableReason(analysis);
  if (reason) return { status: 'empty', tabId: tab.id, info, reason };
  return { status: 'ready', tabId: tab.id, info, analysis };
}

/**
 * The page state and a way to read again (optionally forcing a non-report page). A tab that
 * is still loading and has no content script yet is asked again by itself, with a backoff
 * (agentRetryDelay); any other read cancels that.
 */
export function usePage(): { state: PageState; load: (force?: boolean) => void } {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const seq = useRef(0);
  const tabId = useRef<number | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const load = useCallback(function read(force = false, attempt = 0) {
    clearTimeout(retry.current);
    const mine = ++seq.current;
    const report = (s: PageState) => { if (mine === seq.current) setState(s); };
    readTab(force, report)
      .then((s) => {
        tabId.current = 'tabId' in s ? s.tabId : null;
        report(s);
        const wait = s.status === 'no-agent' && mine === seq.current ? agentRetryDelay(attempt, s.loading) : null;
        if (wait !== null) retry.current = setTimeout(() => read(force, attempt + 1), wait);
      })
      .catch((err: Error) => report({ status: 'error', error: err?.message ?? String(err) }));
  }, []);
  useEffect(() => {
    load();
    const pinned = new URLSearchParams(location.search).has('tab');
    const onActivated = () => { if (!pinned) load(); };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (change.status === 'complete' && (id === tabId.current || (!pinned && tabId.current === null))) load();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      clearTimeout(retry.current);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [load]);
  return { state, load };
}
