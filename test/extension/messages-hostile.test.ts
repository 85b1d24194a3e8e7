// @vitest-environment happy-dom
// happy-dom: importing the content script's WXT wrapper under jsdom loads esbuild, which
// refuses jsdom's TextEncoder. The control page holds nothing to sanitize, so DOMPurify's
// happy-dom gap (sanitize-happy-dom.test.ts) plays no part; fake-indexeddb/auto gives the
// real openLedgerDb() a database.
/**
 * A web page cannot write into the database (issue 6). A page reaches the extension only
 * through what the content script listens to, and through forged messages if it could
 * send any: this drives the real listeners (content script, background, offscreen
 * document) under the WXT fake browser with everything a page or a stranger could try —
 * window.postMessage and DOM events, senders that are not this extension's pages (web
 * pages, the content script in a hostile page or a frame, other extensions, look-alike
 * origins) and malformed shapes — and checks that nothing answers, no tab is read and the
 * database stays empty; the same save from the extension itself is stored (the control).
 * In Chromium, chrome.runtime.sendMessage from a page is impossible without
 * externally_connectable (test/e2e/security.e2e.test.ts checks the page sees no API).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countSnapshots, openLedgerDb } from '../../lib/store/index';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const ownId = () => fakeBrowser.runtime.id;
const origin = () => fakeBrowser.runtime.getURL('/');
const REPORT_HTML = `<!doctype html><html><head><title>某县2024年法治政府建设年度报告</title></head><body><div id="zoom">
<h1>某县2024年法治政府建设年度报告</h1><p>一、主要成效</p><p>全年办理行政复议案件71件，纠错率13.2%。</p>
<p>二、下一步工作打算</p><p>一是年底前完成全县规范性文件清理。</p></div></body></html>`;
const page = { html: REPORT_HTML, url: 'https://www.example.gov.cn/r.html', title: '某县' };

/** Everything that is not one of this extension's own pages. */
function strangers(): [string, Sender][] {
  const own = origin();
  return [
    ['web page', { url: 'https://evil.example/', tab: { id: 5 } as never, frameId: 0 }],
    ['our content script in a hostile page', { id: ownId(), url: 'https://evil.example/', tab: { id: 5 } as never, frameId: 0 }],
    ['our content script in a frame', { id: ownId(), url: 'https://evil.example/f.html', tab: { id: 5 } as never, frameId: 3 }],
    ['another extension', { id: 'evil-extension', url: 'chrome-extension://evil-extension/page.html' }],
    ['another extension naming our pages', { id: 'evil-extension', url: `${own}popup.html` }],
    ['look-alike origin', { id: ownId(), url: `${own.replace(/\/$/, '')}.evil.example/popup.html` }],
    ['our origin in the query', { id: ownId(), url: `https://evil.example/?u=${own}popup.html` }],
    ['no URL', { id: ownId() }],
  ];
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

afterEach(async () => {
  const db = openLedgerDb();
  await db.delete();
});

describe('the content script (the only code in a page\'s reach)', () => {
  it('listens to no window message or DOM event, and answers only this extension\'s pages', async () => {
    const onWindow = vi.spyOn(window, 'addEventListener');
    const onDocument = vi.spyOn(document, 'addEventListener');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const { default: content } = await import('../../entrypoints/content');
    await content.main(undefined as never);
    expect([...onWindow.mock.calls, ...onDocument.mock.calls].map((c) => c[0])).toEqual([]);
    // What a page's own script can do to it: post messages and dispatch events.
    window.postMessage({ type: 'pl/save-tab', tabId: 5 }, '*');
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'pl/offscreen-run', op: 'save', page } }));
    document.dispatchEvent(new CustomEvent('pl/save-tab', { detail: { tabId: 5 } }));
    await new Promise((r) => setTimeout(r, 20));
    expect(sent.mock.calls.map((c) => (c[0] as { type: string }).type).filter((t) => t !== 'pl/detected')).toEqual([]);
    for (const [who, sender] of strangers()) {
      const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'pl/get-page' }, sender);
      expect([who, replies.filter((r: unknown) => r !== undefined)]).toEqual([who, []]);
    }
    const own = await fakeBrowser.runtime.onMessage.trigger({ type: 'pl/get-page' }, { id: ownId(), url: `${origin()}sidepanel.html` });
    expect(own).toEqual([expect.objectContaining({ ok: true })]);
  });
});

/** The background with the browser APIs the fake lacks stubbed; returns the spies that would act. */
async function startBackground() {
  for (const fn of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) vi.spyOn(fakeBrowser.action, fn).mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1 as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
  const readTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  const { default: background } = await import('../../entrypoints/background/index');
  background.main();
  return { readTab, badge: fakeBrowser.action.setBadgeText };
}

describe('the background', () => {
  it('reads no tab and sets no badge for strangers or malformed requests', async () => {
    const { readTab, badge } = await startBackground();
    const detection = { isReport: true, score: 0.9, signals: ['title:工作报告'] };
    const requests: unknown[] = [
      { type: 'pl/save-tab', tabId: 5 }, { type: 'pl/analyze-tab', tabId: 5 }, { type: 'pl/offscreen-run', op: 'save', page },
    ];
    for (const [who, sender] of strangers()) {
      for (const msg of requests) {
        const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender);
        expect([who, msg, replies.filter((r: unknown) => r !== undefined)]).toEqual([who, msg, []]);
      }
    }
    // Shapes that must not pass even from the extension's own page or content script.
    const panel = { id: ownId(), url: `${origin()}sidepanel.html` };
    const content = strangers()[1][1];
    const malformed: [unknown, Sender][] = [
      [JSON.parse('{"type":"pl/save-tab","__proto__":{"tabId":5}}'), panel],
      ...[NaN, Infinity, -0.5, 1.5, '5', [5], { valueOf: 5 }, null].map((tabId): [unknown, Sender] => [{ type: 'pl/save-tab', tabId }, panel]),
      [{ type: 'pl/detected', detection: { ...detection, signals: Array(101).fill('x') } }, content],
      [{ type: 'pl/detected', detection: { ...detection, score: NaN } }, content],
      [{ type: 'pl/detected', detection: { ...detection, signals: ['x'.repeat(201)] } }, content],
      [{ type: 'PL/SAVE-TAB', tabId: 5 }, panel],
    ];
    for (const [msg, sender] of malformed) {
      const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender);
      expect([msg, replies.filter((r: unknown) => r !== undefined)]).toEqual([msg, []]);
    }
    expect(readTab).not.toHaveBeenCalled();
    expect(badge).not.toHaveBeenCalled();
  });
});

describe('the offscreen document (the one writer for background saves)', () => {
  it('stores nothing for strangers; the same request from the extension itself is stored (control)', async () => {
    await import('../../entrypoints/offscreen/main');
    const msg = { type: 'pl/offscreen-run', op: 'save', page };
    for (const [who, sender] of strangers()) {
      const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender);
      expect([who, replies.filter((r: unknown) => r !== undefined)]).toEqual([who, []]);
    }
    const db = openLedgerDb();
    expect(await countSnapshots(db)).toBe(0);
    const worker = { id: ownId(), url: `${origin()}background.js` };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(msg, worker);
    expect(reply).toMatchObject({ ok: true, value: { created: true } });
    expect(await countSnapshots(db)).toBe(1);
    db.close();
  });
});
