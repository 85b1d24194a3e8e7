/**
 * Data safety in Chromium (issue 6): two tabs saving at once lose neither save (side panels,
 * which write from their own page, and popups, which go through the background and the one
 * offscreen document), and a database written by a newer version of the extension is
 * refused with a clear message in the library, the side panel and the popup, and left as
 * it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../lib/store/schema';
import { foreignRequests, launch, openExtensionPage, tabIdOf, type Browser } from './harness';
import { openPanel, readDb } from './helpers';
import { popupSave, storeCounts } from './panel-probe';
import { enReportHtml, reportHtml, zhReportText } from './pages';
import { startServer, type TestServer } from './server';

const requests: string[] = [];
const dirs: string[] = [];
let server: TestServer;

const NEXT_NATIVE = (LATEST_SCHEMA_VERSION + 1) * 10;
const NEWER_DB = 'The database was written by a newer version of Promise Ledger: update the extension (nothing was changed).';

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/a.html', { body: reportHtml(zhReportText()) });
  server.routes.set('/b.html', { body: reportHtml(zhReportText(), '旁听庭审') });
  server.routes.set('/c.html', { body: reportHtml(zhReportText(), '一网通办') });
  server.routes.set('/d.html', { body: enReportHtml() });
});

afterAll(async () => {
  await server?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function freshBrowser(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-safety-'));
  dirs.push(dir);
  return launch(dir, requests);
}

async function openTab(b: Browser, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(`${server.base}${path}`);
  return { page, tabId: await tabIdOf(b, page.url()) };
}

describe('two tabs saving at once', () => {
  let b: Browser;
  beforeAll(async () => { b = await freshBrowser(); }, 60_000);
  afterAll(async () => { await b?.context.close(); });

  it('two side panels press Save in the same moment: both snapshots stored, each with its card', async () => {
    const [a, c] = [await openTab(b, '/a.html'), await openTab(b, '/b.html')];
    const panels = [await openPanel(b, a.tabId, 'en'), await openPanel(b, c.tabId, 'en')];
    await Promise.all(panels.map((p) => p.click('[data-action="save"]')));
    for (const p of panels) await p.waitForSelector('[data-saved="created"]', { timeout: 30_000 });
    const { snapshots } = await readDb(panels[0]);
    expect(snapshots.map((s) => s.url).sort()).toEqual([a.page.url(), c.page.url()].sort());
    expect(await storeCounts(panels[1])).toMatchObject({ snapshots: 2, cards: 2 });
    for (const p of [...panels, a.page, c.page]) await p.close();
  }, 90_000);

  it('two popups press Save in the same moment (background → one offscreen document): both stored', async () => {
    const [c, d] = [await openTab(b, '/c.html'), await openTab(b, '/d.html')];
    const results = await Promise.all([popupSave(b, c.tabId, 60_000), popupSave(b, d.tabId, 60_000)]);
    for (const r of results) expect(r).toEqual({ state: 'report', save: expect.stringMatching(/^success: Snapshot saved/) });
    const probe = await openExtensionPage(b, 'popup.html?lang=en');
    const { snapshots } = await readDb(probe);
    expect(snapshots.map((s) => s.url).sort()).toEqual([`${server.base}/a.html`, `${server.base}/b.html`, c.page.url(), d.page.url()].sort());
    expect(await storeCounts(probe)).toMatchObject({ snapshots: 4, cards: 4 });
    for (const p of [probe, c.page, d.page]) await p.close();
  }, 120_000);
});

describe('a database from a newer version of the extension', () => {
  let b: Browser;
  /** What the database holds, read in the service worker without Dexie. */
  const rawState = () => b.sw.evaluate(() => new Promise<{ version: number; stores: string[]; future: unknown[] }>((resolve, reject) => {
    const open = indexedDB.open('promise-ledger');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('future').objectStore('future').getAll();
      get.onsuccess = () => { db.close(); resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), future: get.result }); };
      get.onerror = () => reject(get.error);
    };
  }));

  beforeAll(async () => {
    b = await freshBrowser();
    // As the next schema version would write it (Dexie's native version ×10), created in the
    // extension's origin by its service worker, which never opens the database itself.
    await b.sw.evaluate((native) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('promise-ledger', native);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
        db.createObjectStore('annotations', { keyPath: 'id', autoIncrement: true });
        db.createObjectStore('future', { keyPath: 'k' }).add({ k: 1, shape: 'next' });
      };
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    }), NEXT_NATIVE);
  }, 60_000);
  afterAll(async () => { await b?.context.close(); });

  it('the library says to update the extension', async () => {
    const library = await openExtensionPage(b, 'library.html?lang=en', { width: 1100, height: 800 });
    await expect.poll(() => library.textContent('body'), { timeout: 15_000 }).toContain(NEWER_DB);
    await library.close();
  });

  it('the side panel reads the page but its Save says the same; the popup\'s Save too', async () => {
    const { page, tabId } = await openTab(b, '/a.html');
    const panel = await openExtensionPage(b, `sidepanel.html?tab=${tabId}&lang=en`);
    await panel.waitForSelector('main[data-state="ready"]', { timeout: 20_000 });
    await panel.click('[data-action="save"]');
    await expect.poll(() => panel.textContent('body'), { timeout: 15_000 }).toContain(NEWER_DB);
    await panel.close();
    expect(await popupSave(b, tabId)).toEqual({ state: 'report', save: `error: ${NEWER_DB}` });
    await page.close();
  }, 60_000);

  it('the database is exactly as the newer version left it', async () => {
    expect(await rawState()).toEqual({ version: NEXT_NATIVE, stores: ['annotations', 'future', 'snapshots'], future: [{ k: 1, shape: 'next' }] });
  });
});

it('no request left 127.0.0.1', () => {
  expect(foreignRequests(requests)).toEqual([]);
});
