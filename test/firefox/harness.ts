/**
 * Debian's firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core, with the
 * Firefox build installed as a temporary add-on. BiDi will not navigate a tab to a
 * moz-extension:// page, so the first extension page is opened from the browser's own
 * window (Firefox's `-remote-allow-system-access`, `moz:scope: chrome`); from there on,
 * extension pages are driven by evaluating script in them (the `browser` API is theirs).
 * The add-on's moz-extension UUID is fixed by a preference, so its URLs are known.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
const ADDON_ID = 'promise-ledger@promise-ledger.app';
const UUID = '0e5c7a51-2f4b-4c7e-9d61-3a8b2c4d6e10';
export const EXT_ORIGIN = `moz-extension://${UUID}`;

export interface Firefox {
  browser: Browser;
  /** Opens an extension page (path under the add-on) in a new tab; returns its BiDi context id. */
  openExtensionPage(path: string): Promise<string>;
  /** Evaluates an expression in a context (awaiting a promise) and returns its JSON-able value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
}

/** Why the smoke test cannot run here, or null when it can. */
export function missing(): string | null {
  if (!existsSync(FIREFOX)) return `${FIREFOX} is missing: apt-get install -y firefox-esr`;
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`)) return `${FIREFOX_BUILD} is missing: npm run build:firefox`;
  return null;
}

export async function launchFirefox(): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  const id = await browser.installExtension(FIREFOX_BUILD);
  if (id !== ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${ADDON_ID}`);
  // puppeteer's BiDi browser keeps its connection off the public type; raw BiDi commands go through it.
  const conn = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const r = await conn.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' }) as any;
    if (r.result.type !== 'success') throw new Error(`evaluate in ${context}: ${JSON.stringify(r.result.exceptionDetails?.text ?? r.result)}`);
    return r.result.result.value as T;
  };
  const openExtensionPage = async (path: string): Promise<string> => {
    const url = `${EXT_ORIGIN}/${path}`;
    const chrome = ((await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as any).result.contexts[0].context;
    await evaluate(chrome, `(() => { gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); return true; })()`);
    for (let i = 0; i < 100; i++) {
      const contexts = ((await conn.send('browsingContext.getTree', {})) as any).result.contexts as { context: string; url: string }[];
      const found = contexts.find((c) => c.url === url);
      if (found) return found.context;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab came up for ${url}`);
  };
  return { browser, openExtensionPage, evaluate };
}
