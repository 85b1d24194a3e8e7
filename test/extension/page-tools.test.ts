// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { detectionOf, serializePage } from '../../lib/page-agent/agent';
import { captureSelection, createPageTools } from '../../lib/page-agent/tools';
import { normalizeLine } from '../../lib/text/normalize';

/** A stand-in for the CSS Custom Highlight API (happy-dom has none). */
class FakeHighlight extends Set<Range> { priority = 0; constructor(...r: Range[]) { super(r); } }
const registry = new Map<string, FakeHighlight>();

const PAGE = `<div class="nav">首页 政务公开</div><div id="zoom"><h1>某县2024年法治政府建设年度报告</h1>
<p>一、主要成效</p><p>全年受理<b>行政复议</b>案件71件，纠错率13.2%。</p>
<p>二、下一步工作打算</p><p>一是年底前完成　规范性文件清理。二是力争培训500人次。</p></div>`;

beforeEach(() => {
  document.head.innerHTML = '<title>某县2024年法治政府建设年度报告_某县人民政府</title><meta name="ArticleTitle" content="某县2024年法治政府建设年度报告">';
  document.body.innerHTML = PAGE;
  registry.clear();
  Object.assign(window, { Highlight: FakeHighlight });
  (window as unknown as { CSS: unknown }).CSS = { highlights: registry };
  (Element.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = () => {};
});

const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => normalizeLine(r.toString()));

describe('content script agent', () => {
  it('detects the page once and serializes it', () => {
    let t = 0;
    const info = detectionOf(document, window, () => (t += 0.25))();
    expect(info.detection.isReport).toBe(true);
    expect(info.ms).toBe(0.25);
    expect(serializePage(document, window).html).toContain('行政复议');
  });

  it('serializes the page without its <noscript> elements, leaving the live page as it is', () => {
    // As in a live page with scripting on: the noscript's content is one raw text node.
    const noscript = document.createElement('noscript');
    noscript.append('<p title="</noscript><img src=x onerror=alert(1)>"></p>');
    document.getElementById('zoom')!.append(noscript, Object.assign(document.createElement('p'), { textContent: '三、下一步工作打算' }));
    const html = serializePage(document, window).html;
    expect(html).not.toMatch(/noscript|onerror/i);
    const again = new DOMParser().parseFromString(html, 'text/html');
    expect(again.querySelector('img')).toBeNull();
    expect(again.getElementById('zoom')!.lastElementChild!.textContent).toBe('三、下一步工作打算');
    expect(document.querySelectorAll('noscript')).toHaveLength(1);
  });
});

describe('page tools', () => {
  it('draws highlights per kind without changing the page, toggles and reveals them', () => {
    const handle = createPageTools(document, window);
    const before = document.body.innerHTML;
    const report = handle({ type: 'pl/highlight', replace: ['commitment'], items: [
      { id: 'c1', kind: 'commitment', quote: { exact: '年底前完成规范性文件清理' } },
      { id: 'c2', kind: 'commitment', quote: { exact: '力争培训500人次' } },
      { id: 'c3', kind: 'commitment', quote: { exact: '不在页面上的句子' } },
      { id: 'n1', kind: 'number', quote: { exact: '71件' } },
    ] });
    expect(report).toEqual({ supported: true, found: ['c1', 'c2', 'n1'], missing: ['c3'] });
    expect(texts('pl-commitment')).toEqual(['年底前完成规范性文件清理', '力争培训500人次']);
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('promise-ledger-highlight-style')?.textContent).toContain('::highlight(pl-commitment)');
    handle({ type: 'pl/set-visible', kind: 'commitment', visible: false });
    expect(registry.has('pl-commitment')).toBe(false);
    expect(texts('pl-number')).toEqual(['71件']);
    expect(handle({ type: 'pl/reveal', id: 'c2' })).toBe(true);
    expect(texts('pl-flash')).toEqual(['力争培训500人次']);
    expect(handle({ type: 'pl/reveal', quote: { exact: '行政复议案件71件' } })).toBe(true);
    expect(texts('pl-flash')).toEqual(['行政复议案件71件']);
    expect(handle({ type: 'pl/reveal', id: 'nope' })).toBe(false);
    handle({ type: 'pl/clear' });
    expect(registry.size).toBe(0);
  });

  it('draws a long list sent in chunks: later chunks add to the kind and carry on in document order', () => {
    // The same paragraph three times (a repeated block, as in a very long report).
    document.body.innerHTML = '<p>一是年底前完成清理。</p>'.repeat(3);
    const handle = createPageTools(document, window);
    const item = (id: string) => ({ id, kind: 'commitment' as const, quote: { exact: '年底前完成清理' } });
    handle({ type: 'pl/highlight', replace: ['commitment'], items: [item('c1'), item('c2')] });
    expect(handle({ type: 'pl/highlight', replace: [], items: [item('c3')] })).toMatchObject({ found: ['c3'] });
    const ranges = [...registry.get('pl-commitment')!];
    expect(ranges).toHaveLength(3);
    // Each item landed on its own copy: the third chunk's item after the second's.
    expect(ranges.map((r) => [...document.querySelectorAll('p')].indexOf(r.startContainer.parentElement as HTMLParagraphElement))).toEqual([0, 1, 2]);
    // A new drawing (replace) starts over: the kind's old ranges go, matching starts at the top.
    handle({ type: 'pl/highlight', replace: ['commitment'], items: [item('c9')] });
    expect([...registry.get('pl-commitment')!].map((r) => r.startContainer.parentElement)).toEqual([document.querySelector('p')]);
  });

  it('reads the page text again after the page changed', () => {
    const handle = createPageTools(document, window);
    handle({ type: 'pl/highlight', replace: ['commitment'], items: [] });
    return new Promise<void>((resolve) => {
      document.querySelector('#zoom')!.insertAdjacentHTML('beforeend', '<p>新增的一段话。</p>');
      setTimeout(() => {
        expect(handle({ type: 'pl/highlight', replace: [], items: [{ id: 'c1', kind: 'commitment', quote: { exact: '新增的一段话' } }] })).toMatchObject({ found: ['c1'] });
        resolve();
      }, 0);
    });
  });

  it('reports unsupported when the browser lacks the Custom Highlight API', () => {
    (window as unknown as { CSS: unknown }).CSS = {};
    const report = createPageTools(document, window)({ type: 'pl/highlight', replace: [], items: [{ id: 'c1', kind: 'commitment', quote: { exact: '一、主要成效' } }] });
    expect(report).toMatchObject({ supported: false, found: ['c1'] });
  });

  it('captures the selection as a quote in the normalized page text', () => {
    const p = document.querySelectorAll('p')[3];
    const range = document.createRange();
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.firstChild!, 15);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const q = captureSelection(document, window)!;
    expect(q.exact).toBe('年底前完成规范性文件清理');
    expect(q.prefix!.endsWith('二、下一步工作打算\n一是')).toBe(true);
    expect(q.suffix!.startsWith('。二是')).toBe(true);
    getSelection()!.removeAllRanges();
    expect(captureSelection(document, window)).toBeNull();
  });
});
