import { describe, expect, it } from 'vitest';
import {
  errorCode, fromContentScript, fromExtensionPage, isWebUrl, parseAnnotateSelection, parseBackgroundRequest, parseContentRequest,
  parseContentScriptRequest, parseOffscreenRequest, toReply, unwrap, type SenderLike,
} from '../../lib/messages';
import { StoreError } from '../../lib/store/errors';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const panel: SenderLike = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const worker: SenderLike = { id: 'ext-id', url: 'chrome-extension://ext-id/background.js' };
const content: SenderLike = { id: 'ext-id', url: 'https://www.example.gov.cn/r.html', tab: { id: 7 }, frameId: 0 };
const contentInFrame: SenderLike = { ...content, frameId: 3 };
const otherExtension: SenderLike = { id: 'evil', url: 'chrome-extension://evil/page.html' };
const webPage: SenderLike = { url: 'https://evil.example/', tab: { id: 9 }, frameId: 0 };
const detection = { isReport: true, score: 0.9, signals: ['title:工作报告'] };

describe('senders', () => {
  it('tells extension pages from content scripts and strangers', () => {
    expect([panel, worker, content, otherExtension, webPage].map((s) => fromExtensionPage(s, self))).toEqual([true, true, false, false, false]);
    expect([panel, content, contentInFrame, otherExtension, webPage].map((s) => fromContentScript(s, self))).toEqual([false, true, false, false, false]);
  });
});

describe('background requests', () => {
  it('accepts a badge request only from the content script', () => {
    const msg = { type: 'pl/detected', detection };
    expect(parseBackgroundRequest(msg, content, self)).toEqual(msg);
    expect(parseBackgroundRequest(msg, panel, self)).toBeNull();
    expect(parseBackgroundRequest(msg, contentInFrame, self)).toBeNull();
    expect(parseBackgroundRequest(msg, webPage, self)).toBeNull();
  });

  it('accepts saves only from extension pages: a page or content script cannot write the database', () => {
    const msg = { type: 'pl/save-tab', tabId: 7 };
    expect(parseBackgroundRequest(msg, panel, self)).toEqual(msg);
    expect(parseBackgroundRequest(msg, content, self)).toBeNull();
    expect(parseBackgroundRequest(msg, otherExtension, self)).toBeNull();
    expect(parseBackgroundRequest({ type: 'pl/analyze-tab', tabId: 7 }, content, self)).toBeNull();
  });

  it('rejects bad shapes', () => {
    const bad: unknown[] = [
      null, 'pl/save-tab', [], {}, { type: 'pl/unknown' },
      { type: 'pl/save-tab' }, { type: 'pl/save-tab', tabId: -1 }, { type: 'pl/save-tab', tabId: 1.5 }, { type: 'pl/save-tab', tabId: '7' },
      { type: 'pl/detected' }, { type: 'pl/detected', detection: { ...detection, score: 2 } },
      { type: 'pl/detected', detection: { ...detection, signals: 'x' } }, { type: 'pl/detected', detection: { ...detection, isReport: 'yes' } },
    ];
    for (const msg of bad) {
      expect([msg, parseBackgroundRequest(msg, panel, self) ?? parseBackgroundRequest(msg, content, self)]).toEqual([msg, null]);
    }
  });
});

describe('content requests', () => {
  it('accepts well-formed requests', () => {
    const item = { id: 'c1', kind: 'commitment', quote: { exact: '年底前完成', prefix: 'a', suffix: 'b' } };
    expect(parseContentRequest({ type: 'pl/highlight', items: [item], replace: ['commitment'] })).toEqual({ type: 'pl/highlight', items: [item], replace: ['commitment'] });
    expect(parseContentRequest({ type: 'pl/reveal', id: 'c1' })).toEqual({ type: 'pl/reveal', id: 'c1', quote: undefined });
    expect(parseContentRequest({ type: 'pl/set-visible', kind: 'number', visible: false })).toMatchObject({ kind: 'number', visible: false });
    expect(parseContentScriptRequest({ type: 'pl/get-page' })).toEqual({ type: 'pl/get-page' });
  });

  it('rejects bad shapes', () => {
    const bad: unknown[] = [
      { type: 'pl/highlight', items: [{ id: 'c1', kind: 'script', quote: { exact: 'x' } }], replace: [] },
      { type: 'pl/highlight', items: [{ id: 'c1', kind: 'number', quote: { exact: '' } }], replace: [] },
      { type: 'pl/highlight', items: 'all', replace: [] },
      { type: 'pl/highlight', items: [], replace: ['everything'] },
      { type: 'pl/reveal' }, { type: 'pl/reveal', id: 5 }, { type: 'pl/reveal', quote: { exact: 'x', prefix: 'p'.repeat(500) } },
      { type: 'pl/set-visible', kind: 'number' }, { type: 'pl/get-detections' }, 42,
    ];
    for (const msg of bad) expect([msg, parseContentRequest(msg)]).toEqual([msg, null]);
    expect(parseContentScriptRequest({ type: 'pl/highlight' })).toBeNull();
    expect(parseContentScriptRequest(null)).toBeNull();
  });
});

describe('offscreen requests', () => {
  const page = { html: '<p>x</p>', url: 'https://a.gov.cn/', title: 't' };
  it('accepts only the extension itself, with a page payload', () => {
    expect(parseOffscreenRequest({ type: 'pl/offscreen-run', op: 'save', page }, worker, self)).toEqual({ type: 'pl/offscreen-run', op: 'save', page });
    expect(parseOffscreenRequest({ type: 'pl/offscreen-run', op: 'save', page }, content, self)).toBeNull();
    expect(parseOffscreenRequest({ type: 'pl/offscreen-run', op: 'drop', page }, worker, self)).toBeNull();
    expect(parseOffscreenRequest({ type: 'pl/offscreen-run', op: 'save', page: { ...page, html: 1 } }, worker, self)).toBeNull();
  });
});

describe('frame URLs (DetectionInfo.frame, opened in a new tab by the panel and the popup)', () => {
  it('are http(s) URLs only', () => {
    expect(['http://127.0.0.1:8080/frame-report.html', 'https://www.example.gov.cn/r.html?id=1', 'HTTPS://X.ORG/'].every(isWebUrl)).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'chrome-extension://ext-id/library.html', 'file:///etc/passwd',
      'about:blank', '/relative.html', 'https:// x', `https://x.org/${'a'.repeat(9000)}`, 42, null, undefined]) expect(isWebUrl(bad)).toBe(false);
  });
});

describe('replies', () => {
  it('wrap values and errors; store errors become codes', async () => {
    expect(await toReply(() => 5)).toEqual({ ok: true, value: 5 });
    expect(await toReply(() => { throw new Error('boom'); })).toEqual({ ok: false, error: 'boom' });
    expect(await toReply(async () => { throw new StoreError('quota', 'full'); })).toEqual({ ok: false, error: 'store-quota' });
    expect(errorCode(new StoreError('unknown', 'Storage error: x'))).toBe('Storage error: x');
    expect(unwrap({ ok: true, value: 1 })).toBe(1);
    expect(() => unwrap({ ok: false, error: 'no-selection' })).toThrow('no-selection');
    expect(() => unwrap(undefined)).toThrow('no-receiver');
  });
});

describe('the in-page Annotate button', () => {
  const quote = { exact: '旁听庭审6场', prefix: '组织', suffix: '，参加' };
  it('the panel takes a press only from the page tools in the top frame of the tab it reads', () => {
    const req = { type: 'pl/annotate-selection', quote };
    expect(parseAnnotateSelection(req, content, self, 7)).toEqual(req);
    expect(parseAnnotateSelection(req, content, self, 8)).toBeNull();
    for (const s of [contentInFrame, panel, otherExtension, webPage]) expect(parseAnnotateSelection(req, s, self, 7)).toBeNull();
  });

  it('refuses a press without a usable quote, and keeps only the quote', () => {
    for (const q of [undefined, {}, { exact: '' }, { exact: 1 }, { exact: 'a', prefix: 'x'.repeat(201) }]) {
      expect(parseAnnotateSelection({ type: 'pl/annotate-selection', quote: q }, content, self, 7)).toBeNull();
    }
    expect(parseAnnotateSelection({ type: 'pl/annotate-selection', quote: { exact: 'a', extra: 1 }, more: 2 }, content, self, 7))
      .toEqual({ type: 'pl/annotate-selection', quote: { exact: 'a' } });
  });

  it('the page tools take the button with a short label only', () => {
    expect(parseContentRequest({ type: 'pl/annotate-button', label: '批注' })).toEqual({ type: 'pl/annotate-button', label: '批注' });
    expect(parseContentRequest({ type: 'pl/annotate-button', label: 'x'.repeat(101) })).toBeNull();
    expect(parseContentRequest({ type: 'pl/annotate-button' })).toBeNull();
  });
});
