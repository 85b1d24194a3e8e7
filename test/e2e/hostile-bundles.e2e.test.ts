/**
 * Hostile bundles in Chromium (issue 16): a real report is saved in one profile and exported
 * as a bundle in Node; altered copies (heading cycle, forged sha256, unsanitized HTML, a date
 * that does not exist) are each refused in a fresh profile's library with their sentence and
 * nothing written. After the refused forgery, saving the real page stores it (not "already
 * stored"). A snapshot row holding hostile HTML (as an import before these checks could have
 * left it) opens in the reader's page view without any connection to the hostile host: a TCP
 * server on 127.0.0.2 counts every connection the browser opens to it, preconnects included,
 * and Chromium's own net log (--log-net-log) shows no connect attempt and no host looked up.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../lib/export/bundle';
import type { BundleSnapshot } from '../../lib/export/types';
import { foreignRequests, launch, openExtensionPage, tabIdOf, type Browser } from './harness';
import { openPanel } from './helpers';
import { dumpLibrary } from './library-helpers';
import { reportHtml, zhReportText } from './pages';
import { startServer, type TestServer } from './server';
import { prependStoredHtml, storedSnapshots } from './stored';

const requests: string[] = [];
const dirs: string[] = [];
let server: TestServer;
/** The "attacker": another loopback address, which only hostile markup names. */
let hostile: Server;
const hostileSockets: Socket[] = [];
let hostileBase = '';
let real: BundleSnapshot;

const fresh = (name: string) => { const d = mkdtempSync(join(tmpdir(), `pl-${name}-`)); dirs.push(d); return d; };

beforeAll(async () => {
  server = await startServer();
  server.routes.set('/report.html', { body: reportHtml(zhReportText()) });
  hostile = createServer((socket) => { hostileSockets.push(socket); socket.destroy(); });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.2', resolve));
  hostileBase = `http://127.0.0.2:${(hostile.address() as { port: number }).port}`;
  real = await savedSnapshot();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => hostile?.close(resolve));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The report page saved from the side panel of a profile of its own, read back as stored. */
async function savedSnapshot(): Promise<BundleSnapshot> {
  const b = await launch(fresh('source'), requests);
  try {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/report.html`);
    const panel = await openPanel(b, await tabIdOf(b, page.url()), 'en');
    await panel.click('[data-action="save"]');
    await panel.waitForSelector('[data-saved="created"]', { timeout: 30_000 });
    const [{ id, ...stored }] = await storedSnapshots(panel);
    return stored as BundleSnapshot;
  } finally {
    await b.context.close();
  }
}

/** A bundle of the real snapshot after `edit`, written to a file. */
function bundleFile(dir: string, name: string, edit: (s: any) => void): string {
  const snapshot = structuredClone(real);
  edit(snapshot);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, exportBundle({ snapshots: [snapshot] }, { now: new Date('2026-12-07T08:00:00Z'), appVersion: '0.1.0' }));
  return path;
}

/** The text with its first Chinese character changed: same length, so every offset still fits. */
function forged(text: string): string {
  const i = text.search(/[\u4e00-\u9fff]/);
  return `${text.slice(0, i)}${text[i] === '假' ? '真' : '假'}${text.slice(i + 1)}`;
}

const HOSTILE: [string, (s: any) => void, RegExp][] = [
  ['a heading cycle', (s) => { s.extraction.headings[0].parentId = s.extraction.headings[1].id; s.extraction.headings[1].parentId = s.extraction.headings[0].id; },
    /headings\[\d\]\.parentId should be the id of another heading of this report, never leading back to itself/],
  ['a forged text under the real sha256', (s) => { s.text = s.extraction.text = forged(s.text); },
    /bundle\.snapshots\[0\]\.sha256 is not the sha256 of its text/],
  ['unsanitized HTML (a preconnect and an iframe)', (s) => { s.html = `<link rel="preconnect" href="${hostileBase}"><iframe src="${hostileBase}/f"></iframe>${s.html}`; },
    /bundle\.snapshots\[0\]\.html holds markup a saved snapshot never has \(tag:link\)/],
  ['a date that does not exist', (s) => { s.savedAt = '2024-02-30T08:00:00.000Z'; },
    /bundle\.snapshots\[0\]\.savedAt should be an ISO 8601 date-time that exists/],
];

describe('hostile bundles in the library', () => {
  let b: Browser;
  let lib: Page;
  let dir: string;
  beforeAll(async () => {
    dir = fresh('target');
    b = await launch(dir, requests);
    lib = await openExtensionPage(b, 'library.html?lang=en', { width: 1200, height: 900 });
    await lib.waitForSelector('[data-empty="library"]');
  }, 60_000);
  afterAll(async () => { await b?.context.close(); });

  it('saved the real report first (the bundles are made from it)', () => {
    expect(real.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(real.extraction.headings.length).toBeGreaterThan(1);
  });

  it.each(HOSTILE)('refuses %s with its sentence and writes nothing', async (name, edit, sentence) => {
    await lib.setInputFiles('[data-action="import-file"]', bundleFile(dir, name.replace(/\W+/g, '-'), edit));
    // The error line of the previous file may still be showing: wait for this file's sentence.
    await lib.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-import-error]')?.textContent ?? ''), sentence.source);
    const error = await lib.textContent('[data-import-error]');
    expect(error).toMatch(/^Cannot import this file: .+; nothing was imported\. 无法导入此文件：.+，未导入任何内容。$/);
    const db = await dumpLibrary(lib);
    expect([db.snapshots.length, db.annotations.length, db.cards]).toEqual([0, 0, 0]);
  });

  it('after the refused forgery, saving the real page stores it (not "already stored")', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/report.html`);
    const panel = await openPanel(b, await tabIdOf(b, page.url()), 'en');
    await panel.click('[data-action="save"]');
    await panel.waitForSelector('[data-saved="created"]', { timeout: 30_000 });
    const db = await dumpLibrary(lib);
    expect(db.snapshots.map((s) => [s.sha256, s.text])).toEqual([[real.sha256, real.text]]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('the reader shows a stored page with hostile markup without a connection to its host', async () => {
    // As a row imported before import checked HTML could hold it: written straight into IndexedDB.
    const markup = `<link rel="preconnect" href="${hostileBase}"><link rel="dns-prefetch" href="${hostileBase}">`
      + `<iframe src="${hostileBase}/frame"></iframe><img src="${hostileBase}/pixel.gif"><a id="self" href="${hostileBase}/go" target="_self">go</a>`;
    const id = await prependStoredHtml(lib, markup);
    const before = hostileSockets.length;
    await lib.goto(`chrome-extension://${b.extId}/library.html?lang=en#/snapshot/${id}?mode=page`);
    const frame = await (await lib.waitForSelector('iframe.saved-page')).contentFrame();
    await frame!.waitForSelector('body');
    expect(await frame!.$$eval('link, iframe, img[src^="http"], a[target]', (els) => els.length)).toBe(0);
    await lib.waitForTimeout(2_000);
    expect(hostileSockets.length - before).toBe(0);
  });

  it('no request left 127.0.0.1 and nothing reached the hostile host during the run', () => {
    expect(hostileSockets).toHaveLength(0);
    expect(foreignRequests(requests)).toEqual([]);
  });
});

/** Network activity in Chromium's own net log: every TCP connect attempt and every host looked up. */
function netActivity(path: string): { connects: string[]; lookups: string[] } {
  const log = JSON.parse(readFileSync(path, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: Record<string, unknown> }[] };
  const type = log.constants.logEventTypes;
  const connects = log.events.filter((e) => e.type === type.TCP_CONNECT_ATTEMPT && e.params?.address).map((e) => String(e.params!.address));
  const lookups = log.events.filter((e) => e.type === type.HOST_RESOLVER_MANAGER_REQUEST && e.params?.host).map((e) => String(e.params!.host));
  return { connects, lookups };
}

/** Hosts the browser itself calls (update checks), whatever page is open: not the reader's doing. */
const BROWSER_SERVICES = /^https?:\/\/[\w.-]+\.(?:googleapis|google|gstatic)\.com(?::\d+)?$/;

describe('the reader, watched by the browser\'s own net log', () => {
  it('opens no connection and looks up no host while showing a stored page with hostile markup', async () => {
    const dir = fresh('netlog');
    const netLog = join(dir, 'net-log.json');
    const b = await launch(join(dir, 'profile'), requests, [`--log-net-log=${netLog}`]);
    try {
      const lib = await openExtensionPage(b, 'library.html?lang=en', { width: 1200, height: 900 });
      await lib.waitForSelector('[data-empty="library"]');
      await lib.setInputFiles('[data-action="import-file"]', bundleFile(dir, 'real', () => {}));
      await lib.click('[data-action="import-confirm"]');
      await lib.waitForSelector('[data-imported]');
      const markup = `<link rel="preconnect" href="${hostileBase}"><link rel="dns-prefetch" href="//attacker.example">`
        + `<iframe src="${hostileBase}/frame"></iframe><img src="http://attacker.example/pixel.gif">`;
      const id = await prependStoredHtml(lib, markup);
      await lib.goto(`chrome-extension://${b.extId}/library.html?lang=en#/snapshot/${id}?mode=page`);
      await (await (await lib.waitForSelector('iframe.saved-page')).contentFrame())!.waitForSelector('body');
      await lib.waitForTimeout(2_000);
    } finally {
      await b.context.close();
    }
    const { connects, lookups } = netActivity(netLog);
    console.log(`net log: ${connects.length} connect attempts, lookups: ${JSON.stringify(lookups)}`);
    expect(connects).toEqual([]);
    expect(lookups.filter((h) => !BROWSER_SERVICES.test(h))).toEqual([]);
  }, 90_000);
});
