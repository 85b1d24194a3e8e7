/**
 * Small wrappers over the browser APIs the extension pages share: who we are (for sender
 * checks), typed messages to a tab's scripts and to the background, and the page tools
 * injection. Everything returns the `value` of a `{ok,value}` reply or throws its error code.
 */
import { browser } from 'wxt/browser';
import {
  isWebUrl, unwrap, type BackgroundRequest, type ContentRequest, type Reply, type ReplyValues, type Self,
} from '../../lib/messages';

/** This extension, for lib/messages' sender checks. */
export function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/** Sends a request to the scripts of a tab; throws 'no-receiver' when none answers. */
export async function sendToTab<T extends ContentRequest>(tabId: number, req: T): Promise<ReplyValues[T['type']]> {
  let reply: Reply<ReplyValues[T['type']]> | undefined;
  try {
    reply = await browser.tabs.sendMessage(tabId, req);
  } catch {
    throw new Error('no-receiver');
  }
  return unwrap(reply);
}

/** Sends a request to the background. */
export async function sendToBackground<T extends BackgroundRequest>(req: T): Promise<ReplyValues[T['type']]> {
  return unwrap(await browser.runtime.sendMessage(req) as Reply<ReplyValues[T['type']]>);
}

/**
 * Makes sure the page tools script (highlights, selection) is in the tab: asks it, and
 * injects it when nobody answers. Needs the host permission for the tab's page.
 */
export async function ensureTools(tabId: number): Promise<void> {
  try {
    if (await sendToTab(tabId, { type: 'pl/tools-ping' })) return;
  } catch {
    // not injected yet
  }
  await browser.scripting.executeScript({ target: { tabId }, files: ['/page-tools.js'] });
}

/** A tab a page works on; `loading` while the tab's status is 'loading'. */
export interface TargetTab { id: number; url?: string; pinned: boolean; loading: boolean }

/** The tab a page works on: `?tab=<id>` when given (tests, pinned panels), else the active tab. */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  const pinned = !!param && /^\d+$/.test(param);
  const tab = pinned
    ? await browser.tabs.get(Number(param)).catch(() => null)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url, pinned, loading: tab.status === 'loading' } : null;
}

/** True for pages a content script can run in (http/https); false for chrome://, about:, the web store… */
export function isSupportedUrl(url: string | undefined): boolean {
  return url === undefined || /^https?:\/\//i.test(url);
}

/** Opens a frame page's frame on its own, in a new tab; only http(s) URLs are opened. */
export async function openFrame(url: string): Promise<void> {
  if (isWebUrl(url)) await browser.tabs.create({ url });
}
