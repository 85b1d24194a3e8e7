/**
 * Smoke test of the Firefox build (issue 15: "Firefox is promised but never run"): Debian's
 * firefox-esr, headless, with .output/firefox-mv2 installed; a county report served from
 * 127.0.0.1 gets the badge, and the sidebar page reads it with the same outline, figures,
 * commitments and problems the extractor gives for the same HTML. The sidebar page is
 * opened as a tab with ?tab=<id>, as the Chromium runs open the side panel (a real sidebar
 * can only be opened by a user gesture).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected } from '../e2e/helpers';
import { startServer, type TestServer } from '../e2e/server';
import { launchFirefox, missing, type Firefox } from './harness';

const HTML = readFileSync(new URL('../fixtures/county-page-html/input.html', import.meta.url), 'utf8');
const PATH = '/baishi/2023.html';
let server: TestServer;
let ff: Firefox;

beforeAll(async () => {
  const why = missing();
  if (why) throw new Error(`firefox smoke test: ${why}`);
  server = await startServer();
  server.routes.set(PATH, { body: HTML });
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.browser.close();
  await server?.close();
});

interface SidebarRead { state: string; title: string; counts: Record<string, number>; detection: string; commitments: string[] }

describe('the Firefox build in firefox-esr', () => {
  it('badges a report page and reads it in the sidebar page, as the extractor does', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.base}${PATH}`);
    const lib = await ff.openExtensionPage('library.html?lang=zh_CN');
    const url = `${server.base}${PATH}`;
    const tabId = await ff.evaluate<number>(lib, `browser.tabs.query({}).then((ts) => ts.find((t) => t.url === ${JSON.stringify(url)}).id)`);
    await expect.poll(() => ff.evaluate<string>(lib, `browser.browserAction.getBadgeText({ tabId: ${tabId} })`), { timeout: 20_000 }).not.toBe('');
    const t0 = Date.now();
    await ff.evaluate(lib, `(location.href = 'sidepanel.html?tab=${tabId}&lang=zh_CN', true)`);
    let read: SidebarRead | null = null;
    for (let i = 0; i < 120 && read?.state !== 'ready'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      read = await ff.evaluate<string>(lib, `JSON.stringify({
        state: document.querySelector('main')?.getAttribute('data-state') ?? '',
        title: document.querySelector('h1')?.textContent ?? '',
        counts: Object.fromEntries([...document.querySelectorAll('[data-tab]')].map((t) => [t.getAttribute('data-tab'), Number(t.getAttribute('data-count'))])),
        detection: document.querySelector('.detection summary')?.textContent ?? '',
        commitments: [...document.querySelectorAll('.commitments [data-item-id] > .item-link')].map((e) => e.textContent),
      })`).then((s) => JSON.parse(s) as SidebarRead).catch(() => null);
    }
    console.log(`firefox smoke: ${JSON.stringify({ ...read, commitments: read?.commitments.length })}, ready ${Date.now() - t0} ms`);
    const x = expected(HTML, url);
    expect(read?.state).toBe('ready');
    expect(read!.title).toBe(x.source.title);
    expect(read!.counts).toMatchObject({ outline: x.headings.length, numbers: x.numbers.length, commitments: x.commitments.length, problems: x.problems.length });
    expect(read!.commitments).toEqual(x.commitments.map((c) => c.text));
    expect(read!.detection).toMatch(/^识别为报告/);
  });
});
