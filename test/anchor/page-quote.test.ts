// @vitest-environment happy-dom
/**
 * Exported quotes in the page's own text (lib/anchor/page-quote): a note made on the
 * normalized text (half-width brackets, collapsed spaces) is exported with the characters
 * the page has, context from the page, and offsets in body.textContent, which is what
 * Hypothesis and other W3C clients search.
 */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { pageSelectors, withPageSelectors } from '../../lib/anchor/page-quote';
import { normalizeText } from '../../lib/text/normalize';

/** A CMS-like page: navigation and a script before the article, full-width brackets and spaces in it. */
const PAGE = `<div class="nav">首页　政务公开</div><script>var pv = "统计（脚本）";</script>
<div id="zoom"><p>　　一、推进乡镇（街道）综合执法改革，组建执法队伍１２支。</p>
<p>二是完善行政复议  体制，全年办理案件（含调解）86件。</p>
<p>三是推进乡镇（街道）法治建设示范创建。</p></div>`;

function noteOn(phrase: string, nth = 0) {
  const text = normalizeText(document.body.querySelector('#zoom')!.textContent!);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`not in the normalized text: ${phrase}`);
  return describeRange(text, at, at + phrase.length);
}

describe('pageSelectors', () => {
  it('quotes the page as it is: full-width brackets and digits, with textContent offsets', () => {
    document.body.innerHTML = PAGE;
    const sel = noteOn('推进乡镇(街道)综合执法改革，组建执法队伍12支');
    const raw = pageSelectors(document.body, sel)!;
    const content = document.body.textContent!;
    expect(raw.quote.exact).toBe('推进乡镇（街道）综合执法改革，组建执法队伍１２支');
    expect(content.slice(raw.position.start, raw.position.end)).toBe(raw.quote.exact);
    expect(content.includes(raw.quote.prefix + raw.quote.exact + raw.quote.suffix)).toBe(true);
    expect(raw.quote.prefix.endsWith('　　一、')).toBe(true);
  });

  it('keeps the spaces the page has inside a quote, and picks the occurrence the context names', () => {
    document.body.innerHTML = PAGE;
    const raw = pageSelectors(document.body, noteOn('完善行政复议体制'))!;
    expect(raw.quote.exact).toBe('完善行政复议  体制');
    const second = pageSelectors(document.body, noteOn('推进乡镇(街道)', 1))!;
    expect(second.quote.suffix.startsWith('法治建设')).toBe(true);
    expect(document.body.textContent!.slice(second.position.start, second.position.end)).toBe('推进乡镇（街道）');
  });

  it('is null when the page no longer has the quote; withPageSelectors then keeps the note as it was', () => {
    document.body.innerHTML = '<p>另一份报告的正文。</p>';
    const sel = describeRange('推进乡镇(街道)综合执法改革', 0, 8);
    expect(pageSelectors(document.body, sel)).toBeNull();
    const notes = [{ id: 1, selectors: sel }];
    expect(withPageSelectors(notes, () => document.body)).toEqual(notes);
    expect(withPageSelectors(notes, () => null)).toEqual(notes);
  });
});
