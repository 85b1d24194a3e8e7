/**
 * Launches Debian's Chromium with the built extension (STACK.md's verified setup) and
 * records every request the browser context sees, service worker included.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fileURLToPath } from 'node:url';

/** The extension API inside the service worker (evaluated there, typed here). */
declare const chrome: typeof import('wxt/browser').browser;

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export interface Browser {
  context: BrowserContext;
  sw: Worker;
  extId: string;
  /** Every request URL seen so far (pages, extension pages, service worker). */
  requests: string[];
}

/** `args`: more Chromium switches (e.g. `--log-net-log=FILE`, to see every connection it opens). */
export async function launch(userDataDir: string, requests: string[] = [], args: string[] = []): Promise<Browser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--disable-quic', ...args],
  });
  context.on('request', (r) => { requests.push(r.url()); });
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  return { context, sw, extId: new URL(sw.url()).host, requests };
}

/** The tab id of the (only) tab showing `url`, read through the extension's service worker. */
export async function tabIdOf(b: Browser, url: string): Promise<number> {
  return b.sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

/** The action badge text of a tab. */
export async function badgeOf(b: Browser, tabId: number): Promise<string> {
  return b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens an extension page (sidepanel.html, popup.html) as a tab. */
export async function openExtensionPage(b: Browser, path: string, size = { width: 420, height: 900 }): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${b.extId}/${path}`);
  return page;
}

/**
 * URLs that are not local: anything but 127.0.0.1, the extension, data:, about:, blob:, and
 * chrome:// (the browser's own resources, e.g. its PDF viewer's scripts and fonts).
 */
export function foreignRequests(urls: string[]): string[] {
  return urls.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:\/\/|chrome:\/\/|data:|about:|blob:)/.test(u));
}
