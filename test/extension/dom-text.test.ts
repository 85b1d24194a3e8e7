// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetsOf, rangeFor, readDomText } from '../../lib/anchor/dom-text';
import { findQuote } from '../../lib/anchor/quote-match';
import { normalizeLine } from '../../lib/text/normalize';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('readDomText', () => {
  it('builds the normalized text with line breaks at blocks, skipping scripts, styles and hidden parts', () => {
    const doc = page(`<div class="nav">首页</div><h1>某县 2024 年 工作报告</h1><script>var x = "不是正文";</script>
      <style>p{}</style><p>一、<b>主要</b>成效：完成　审批<span hidden>隐藏</span>１２００件。</p><p>二是<br>推进</p>`);
    const dom = readDomText(doc.body);
    expect(dom.text).toBe('首页\n某县 2024 年工作报告\n一、主要成效：完成审批1200件。\n二是\n推进');
  });

  it('maps a span of the text back to a DOM range with the same text', () => {
    const doc = page('<p>全年受理<strong>行政复议</strong>案件７１件，  审结68件。</p><p>下一段</p>');
    const dom = readDomText(doc.body);
    const m = findQuote(dom.text, { exact: '行政复议案件71件，审结68件' })!;
    const range = rangeFor(dom, m.start, m.end, doc)!;
    expect(normalizeLine(range.toString())).toBe('行政复议案件71件，审结68件');
    expect(range.startContainer.nodeValue).toBe('行政复议');
  });

  it('maps a selection (text and element boundaries) back to offsets', () => {
    const doc = page('<p id="a">甲乙丙</p><p id="b">丁戊</p>');
    const dom = readDomText(doc.body);
    const r = doc.createRange();
    r.setStart(doc.getElementById('a')!.firstChild!, 1);
    r.setEnd(doc.getElementById('b')!, 1);
    expect(offsetsOf(dom, r, doc)).toEqual({ start: 1, end: dom.text.length });
    expect(dom.text.slice(1)).toBe('乙丙\n丁戊');
    const inner = doc.createRange();
    inner.setStart(doc.getElementById('b')!.firstChild!, 0);
    inner.setEnd(doc.getElementById('b')!.firstChild!, 1);
    expect(dom.text.slice(...Object.values(offsetsOf(dom, inner, doc)!) as [number, number])).toBe('丁');
  });

  it('round-trips every span of a mixed page through rangeFor and offsetsOf', () => {
    const doc = page('<div><p>Plan：<em>reduce</em>  waiting time to 45 days.</p><ul><li>一是完成 清理；</li><li>二是建成中心</li></ul></div>');
    const dom = readDomText(doc.body);
    for (let s = 0; s < dom.text.length; s++) {
      for (let e = s + 1; e <= dom.text.length; e++) {
        const slice = dom.text.slice(s, e);
        if (slice.startsWith('\n') || slice.endsWith('\n') || slice.startsWith(' ') || slice.endsWith(' ')) continue;
        const range = rangeFor(dom, s, e, doc)!;
        expect([s, e, offsetsOf(dom, range, doc)]).toEqual([s, e, { start: s, end: e }]);
      }
    }
  });

  it('does not change the document', () => {
    const doc = page('<p>一、总体　情况</p>');
    const before = doc.body.innerHTML;
    const dom = readDomText(doc.body);
    rangeFor(dom, 0, 4, doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});
