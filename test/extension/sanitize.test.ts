// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify reads node names through Node.prototype getters, which
// happy-dom defines elsewhere, so under happy-dom it would drop elements unsanitized.
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../lib/sanitize/index';
import { findUnsafe } from '../../lib/sanitize/verify';

const HOSTILE = `<div id="zoom">
<h2 onclick="steal()">一、主要成效</h2>
<p style="color: red; background: url(https://evil.example/bg.png)">完成<b>审批</b>1200件。</p>
<script>window.__x = 1</script><noscript><img src="https://evil.example/n.png"></noscript>
<img src="https://evil.example/pixel.png" srcset="https://evil.example/2x.png 2x" onerror="alert(1)" alt="图一">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="内嵌">
<a href="javascript:alert(1)">点我</a> <a href="/zwgk/list.html">栏目</a> <a href="https://www.gov.cn/">国务院</a>
<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/x.swf"></object><embed src="x.swf">
<svg><image href="https://evil.example/svg.png"></image><script>alert(1)</script></svg>
<math><mtext><img src="https://evil.example/m.png"></mtext></math>
<form action="https://evil.example/post"><input name="q"></form>
<link rel="stylesheet" href="https://evil.example/a.css"><style>@import url(https://evil.example/b.css);</style>
<video poster="https://evil.example/p.png" src="https://evil.example/v.mp4"></video>
<table><tr><td style="background-image: image-set('https://evil.example/i.png' 1x)">表格</td></tr></table>
</div>`;

describe('sanitizeHtml', () => {
  const out = sanitizeHtml(HOSTILE, window, 'https://www.example.gov.cn/zwgk/report.html');

  it('removes scripts, event handlers, frames, objects, forms, styles sheets and SVG/MathML', () => {
    expect(out).not.toMatch(/<script|onerror|onclick|<iframe|<object|<embed|<form|<input|<link|<style|<svg|<math|<video|<noscript/i);
  });

  it('removes javascript: links and makes relative links absolute', () => {
    expect(out).not.toContain('javascript:');
    expect(out).toContain('href="https://www.example.gov.cn/zwgk/list.html"');
    expect(out).toContain('href="https://www.gov.cn/"');
  });

  it('removes every remote load: image sources, srcset, CSS url() and image-set()', () => {
    expect(out).not.toMatch(/\ssrc="https?:/);
    expect(out).not.toMatch(/srcset=|url\(|image-set|poster=/);
    expect(out).toContain('data-pl-src="https://evil.example/pixel.png"');
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(out).toContain('style="color: red"');
  });

  it('keeps the structure and text', () => {
    expect(out).toContain('<h2>一、主要成效</h2>');
    expect(out).toContain('<b>审批</b>');
    expect(out).toContain('<td>表格</td>');
    expect(out).toContain('alt="图一"');
  });
});

describe('findUnsafe (the second check)', () => {
  it('finds what must never be stored', () => {
    expect(findUnsafe('<p onclick="x()">a</p>', window)).toBe('attr:onclick');
    expect(findUnsafe('<script>1</script>', window)).toBe('tag:script');
    expect(findUnsafe('<img src="https://a/b.png">', window)).toBe('attr:src');
    expect(findUnsafe('<p style="background:url(x)">a</p>', window)).toBe('css:url');
    expect(findUnsafe('<a href="javascript:1">a</a>', window)).toMatch(/^href:/);
    expect(findUnsafe('<p>a <a href="https://a/">b</a> <img src="data:image/png;base64,AA==" alt=""></p>', window)).toBeNull();
  });
});
