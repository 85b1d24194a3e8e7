/**
 * Random HTML for the property suite: nested elements with
 * attributes, entities, scripts and styles, frames, and deliberately broken markup, plus
 * 10k-deep nesting (run a handful of times: each parse takes a few hundred ms).
 */
import fc from 'fast-check';
import { mixedText, randomUnicode, zhReport } from './arbitraries';

const TAG = fc.constantFrom(
  'div', 'p', 'span', 'b', 'strong', 'i', 'font', 'h1', 'h2', 'h3', 'h4', 'h6', 'table', 'tr', 'td', 'ul', 'li',
  'article', 'section', 'main', 'nav', 'header', 'footer', 'aside', 'a', 'br', 'img', 'iframe', 'frameset', 'frame',
  'noscript', 'template', 'svg', 'math', 'pre', 'blockquote', 'form', 'select', 'option', 'textarea', 'title', 'center',
);
const ATTR = fc.constantFrom(
  ' class="content"', ' id="zoom"', ' class="TRS_Editor"', ' style="display:none"', ' hidden', ' onclick="alert(1)"',
  ' src="https://example.com/x.png"', ' href="javascript:alert(1)"', ' title="一、标题"', ' data-x=\'"<>\'', " a=b", ' lang="zh"',
  ' class="breadcrumb"', ' role="navigation"', ' dir="rtl"', ' class=', ' =x', ' "', '',
);
const ENTITY = fc.constantFrom('&amp;', '&lt;', '&gt;', '&nbsp;', '&#12290;', '&#x3002;', '&#0;', '&#xD800;', '&#x110000;', '&bogus;', '&', '&#', '&copy', '&ensp;');
/** Markup that a parser has to recover from. */
const BROKEN = fc.constantFrom(
  '<div', '</p', '<', '>', '</>', '<!--', '-->', '<!-- 一、注释 -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?xml version="1.0"?>',
  '</div></div></div>', '<p <p>', '<a href="x>', '<script>', '</script>', '<style>', '</table>', '<td>', '<li>', '<br/>', '<img/>',
  '<script>document.write("<p>一、假标题</p>")</script>', '<style>p{content:"一、"}</style>', '<meta charset="gbk">',
  '<meta name="ArticleTitle" content="2023年法治政府建设年度报告">', '<title>报告_栏目_站点</title>', '<noscript>一、无脚本</noscript>',
  '<iframe src="https://example.com/frame.html"></iframe>', '<frameset><frame src="a.html"></frameset>',
);
/** Text content: mostly report-like (so the stages fire), sometimes hostile. */
const TEXT = fc.oneof(
  { weight: 4, arbitrary: zhReport(3) },
  { weight: 2, arbitrary: mixedText(6) },
  { weight: 1, arbitrary: randomUnicode(20) },
  { weight: 1, arbitrary: ENTITY },
);

/** A random HTML fragment: elements (open, maybe closed), text and broken pieces, nested. */
const htmlTree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: TEXT },
    { weight: 1, arbitrary: BROKEN },
    {
      weight: 3,
      arbitrary: fc.tuple(TAG, fc.array(ATTR, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5, size: 'medium' }), fc.boolean())
        .map(([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
    },
  ),
}));

/** A page: sometimes a full document with head and meta tags, sometimes a bare fragment. */
export const htmlPage: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('', '<!DOCTYPE html>', '<html>', '<html><head><meta charset="utf-8"><title>2023年度报告_政务公开_某县人民政府</title><meta name="PubDate" content="2024-01-15"></head>'),
  fc.array(htmlTree.node, { maxLength: 8, size: 'medium' }),
  fc.constantFrom('', '</body></html>', '</html'),
).map(([head, body, tail]) => `${head}<body>${body.join('')}${tail}`);

/** HTML nesting `depth` elements deep (unclosed, or closed), with report text inside. */
export function deepHtml(depth: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('div', 'span', 'font', 'b', 'section', 'blockquote'), fc.boolean(), zhReport(3))
    .map(([tag, closed, text]) => `<html><body>${`<${tag}>`.repeat(depth)}${text}${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`);
}

/** How a report line is marked up on a gov CMS page. */
const LINE_WRAP = fc.constantFrom('<p>%</p>', '<p style="text-indent:2em">%</p>', '<h2>%</h2>', '<h3>%</h3>', '<p><strong>%</strong></p>', '<p><b>%</b>正文继续。</p>', '<div>%</div>', '%<br>', '<li>%</li>', '<td>%</td>', '<font face="仿宋">%</font>');

/**
 * A government page whose article is a report-like text (so headings, figures and
 * commitments are found), with chrome around it and broken or hostile markup inserted.
 */
export const reportPage: fc.Arbitrary<string> = fc.tuple(
  zhReport(30),
  fc.array(fc.tuple(LINE_WRAP, fc.option(fc.oneof(BROKEN, ENTITY, htmlTree.node), { freq: 4 })), { minLength: 30, maxLength: 30 }),
).map(([report, wraps]) => {
  const body = report.split('\n').map((line, i) => {
    const [wrap, noise] = wraps[i % wraps.length];
    return wrap.replace('%', line.replace(/[<&]/g, ' ')) + (noise ?? '');
  }).join('\n');
  return `<html><head><title>报告_政务公开_某县人民政府</title></head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>`
    + `<div class="TRS_Editor">${body}</div><div class="footer">主办：某县人民政府办公室 联系电话：0000-1234567</div></body></html>`;
});
