/**
 * The popup's state: is the active tab a report (the content script's detection), its
 * counts (the background extracts it: offscreen document on Chrome), and the two actions.
 * The side panel is opened inside the click handler, with the window id read beforehand,
 * because both browsers only open it in direct response to a user action.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError, type Translate } from '../../components/i18n';
import type { PopupState } from '../../components/PopupView';
import { errorCode } from '../../lib/messages';
import { isPdfView } from '../../lib/page-agent/panel-model';
import { isSupportedUrl, sendToBackground, sendToTab, targetTab } from '../shared/ext';

type Message = { kind: 'success' | 'error'; text: string } | null;

export function usePopup(t: Translate) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [tab, setTab] = useState<{ id: number; windowId?: number } | null>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    (async () => {
      const target = await targetTab();
      if (!target || !isSupportedUrl(target.url)) return setState({ status: 'unsupported' });
      const full = await browser.tabs.get(target.id);
      setTab({ id: target.id, windowId: full.windowId });
      const info = await sendToTab(target.id, { type: 'pl/get-detection' }).catch(() => null);
      if (!info && isPdfView(null, target.url)) return setState({ status: 'page', isReport: false, score: 0, summary: null, pdf: true });
      if (!info) return setState({ status: 'no-agent' });
      const base = { status: 'page' as const, isReport: info.detection.isReport, score: info.detection.score, summary: null, frame: info.frame, pdf: isPdfView(info.contentType, target.url) };
      setState(base);
      if (!info.detection.isReport) return;
      const summary = await sendToBackground({ type: 'pl/analyze-tab', tabId: target.id }).catch((e) => ({ error: errorCode(e) }));
      setState('error' in summary ? { ...base, error: describeError(t, summary.error) } : { ...base, summary });
    })().catch(() => setState({ status: 'no-agent' }));
  }, [t]);
  const openPanel = useCallback(() => {
    const sidebar = (browser as unknown as { sidebarAction?: { open: () => Promise<void> } }).sidebarAction;
    const opened = sidebar ? sidebar.open() : browser.sidePanel.open({ windowId: tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT });
    void opened.then(() => window.close(), () => setMessage({ kind: 'error', text: t('openPanelFailed') }));
  }, [tab, t]);
  const save = useCallback(() => {
    if (!tab) return;
    setSaving(true);
    sendToBackground({ type: 'pl/save-tab', tabId: tab.id })
      .then((r) => setMessage({ kind: 'success', text: t(r.created ? 'saved' : 'alreadySaved') }))
      .catch((e) => setMessage({ kind: 'error', text: describeError(t, errorCode(e)) }))
      .finally(() => setSaving(false));
  }, [tab, t]);
  return { state, saving, message, openPanel, save };
}
