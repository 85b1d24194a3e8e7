/**
 * Hostile and broken pages for the security and bad-input e2e runs (issue 6). Every XSS
 * payload, wherever it runs, sets `window.__pwned` and requests `<base>/pwned?v=<payload>`,
 * so a run is visible both as a global and as a request the recorder sees. The pages are
 * report-like (the 青禾县 sample text), so the extension detects and extracts them and the
 * payloads sit inside the main content that the snapshot keeps.
 */
import { zhReportText } from './pages';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => escape(s).replace(/"/g, '&quot;');

/** The path every payload requests when it runs or loads. */
export const PWNED_PATH = '/pwned';

/** JavaScript that marks a run of payload `v`: no spaces or double quotes, so it fits anywhere. */
export function beacon(base: string, v: string): string {
  return `window.__pwned='${v}';fetch('${base}${PWNED_PATH}?v=${v}&at='+encodeURIComponent(location.href),{mode:'no-cors'})`;
}

/** `tail`: placed after the report's last paragraph (see the comment on those payloads). */
export interface Payload { id: string; html: string; tail?: boolean }

/** The XSS payloads, each a fragment of body HTML; `base` is the test server's origin. */
export function xssPayloads(base: string): Payload[] {
  const b = (v: string) => beacon(base, v);
  const url = (v: string) => `${base}${PWNED_PATH}?v=${v}`;
  const dataHtml = (v: string) => `data:text/html,${encodeURIComponent(`<script>${b(v)}</script>`)}`;
  return [
    { id: 'script', html: `<script>${b('script')}</script>` },
    { id: 'img-onerror', html: `<img src="/missing.png" onerror="${b('img-onerror')}" alt="图">` },
    { id: 'svg-onload', html: `<svg onload="${b('svg-onload')}" width="1" height="1"><circle r="1"></circle></svg>` },
    { id: 'body-onload', html: `<body onload="${b('body-onload')}">` },
    { id: 'details-ontoggle', html: `<details open ontoggle="${b('details-ontoggle')}"><summary>详情</summary>内容</details>` },
    { id: 'js-link', html: `<a href="javascript:${b('js-link')}">点击查看原文</a> <a href=" JaVa&#x09;ScRiPt:${b('js-link-obfuscated')}">附件</a>` },
    { id: 'js-form', html: `<form action="javascript:${b('js-form')}"><input name="q"><button formaction="javascript:${b('js-formaction')}">提交</button></form>` },
    { id: 'iframe-srcdoc', html: `<iframe srcdoc="${attr(`<script>${b('iframe-srcdoc')}</script>`)}"></iframe>` },
    { id: 'iframe-data', html: `<iframe src="${attr(dataHtml('iframe-data'))}"></iframe>` },
    { id: 'svg-script', html: `<svg><script>${b('svg-script')}</script></svg>` },
    { id: 'svg-animate', html: `<svg><a><animate attributeName="href" values="javascript:${b('svg-animate-href')}"></animate><text x="5" y="15">图示</text></a><animate attributeName="x" dur="1s" onbegin="${b('svg-animate-onbegin')}"></animate><image href="${url('svg-image')}"></image></svg>` },
    { id: 'math-href', html: `<math href="javascript:${b('math-href')}"><mtext>公式</mtext><mi xlink:href="javascript:${b('math-xlink')}">x</mi></math>` },
    { id: 'meta-refresh', html: `<meta http-equiv="refresh" content="3600;url=${url('meta-refresh')}">` },
    { id: 'base', html: '<base href="http://evil.invalid/">' },
    { id: 'link-css', html: '<link rel="stylesheet" href="http://evil.invalid/x.css">' },
    { id: 'css-attr', html: `<p style="color:#333;background:url(${url('css-attr')})">样式背景</p>` },
    { id: 'css-style', html: `<style>.x{background-image:url(${url('css-style')})}@import url(${url('css-import')});</style><p class="x">样式表</p>` },
    { id: 'object-embed', html: `<object data="${url('object')}"></object><embed src="${url('embed')}">` },
    { id: 'data-urls', html: `<a href="${attr(dataHtml('data-link'))}">数据链接</a><object data="${attr(dataHtml('data-object'))}"></object>` },
    { id: 'template', html: `<template><script>${b('template')}</script><img src=x onerror="${b('template-img')}"></template>` },
    { id: 'remote-img', html: `<img src="http://example.invalid/x.png" alt="外链图片"><img src="${url('img-src')}" srcset="${url('img-srcset')} 2x" alt="本地图片">` },
    { id: 'media', html: `<video poster="${url('video-poster')}" src="${url('video-src')}"></video><table background="${url('table-background')}"><tr><td>表格</td></tr></table>` },
    // After the text: each swallows the markup after it, in the live page or when the serialized
    // page is parsed again (a live <noscript> is raw text, DOMParser's is markup: the snapshot
    // then loses what follows, which the test would report as missing report text).
    { id: 'math-mutation', tail: true, html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${b('math-mutation')}">` },
    { id: 'svg-style-mutation', tail: true, html: `<svg></p><style><a id="</style><img src=1 onerror=&quot;${b('svg-style-mutation')}&quot;>">` },
    { id: 'noscript-mutation', tail: true, html: `<noscript><p title="</noscript><img src=x onerror=&quot;${b('noscript-mutation')}&quot;>"></p></noscript>` },
  ];
}

/**
 * The 青禾县 report with every payload between its paragraphs (inside the article, where
 * Readability and the snapshot keep content), plus the page's own script, which marks a
 * different global (`__hostilePageScript`), so the test can tell the page's own run apart.
 */
export function xssReportHtml(base: string, text = zhReportText()): string {
  const [title, info, ...body] = text.split('\n').filter((l) => l.trim());
  const inline = xssPayloads(base).filter((p) => !p.tail);
  const paragraphs = body.map((line, i) => `<p>${escape(line)}</p>${inline[i] ? `\n${inline[i].html}` : ''}`);
  const leftOver = [...inline.slice(body.length), ...xssPayloads(base).filter((p) => p.tail)].map((p) => p.html);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${escape(title)}_政务公开_青禾县人民政府</title>
<meta name="ArticleTitle" content="${attr(title)}">
<meta name="PubDate" content="2025-01-20 09:30">
<meta name="ContentSource" content="青禾县司法局">
<script>window.__hostilePageScript = 1;</script>
</head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 法治政府建设</div>
<div class="article">
<h1>${escape(title)}</h1>
<div class="info">${escape(info)}</div>
<div id="zoom">
${paragraphs.join('\n')}
${leftOver.join('\n')}
</div></div>
<div class="footer">主办：青禾县人民政府办公室</div>
</body></html>`;
}

/**
 * A report page whose own script tries every way a page has to reach the extension (by its
 * id): chrome.runtime.sendMessage / connect (no externally_connectable, so the page has no
 * such API), window.postMessage and DOM events (the content script listens to neither),
 * fetching and framing the extension's pages (not web-accessible). Outcomes land in
 * `window.__attempts` for the test to read.
 */
export function messengerPageHtml(extId: string, text = zhReportText()): string {
  const [title, , ...body] = text.split('\n').filter((l) => l.trim());
  const ext = `chrome-extension://${extId}`;
  const script = `
const attempts = window.__attempts = {};
const rt = window.chrome && window.chrome.runtime;
attempts.runtime = typeof rt;
for (const [name, call] of [
  ['sendMessage', () => rt.sendMessage('${extId}', { type: 'pl/save-tab', tabId: 1 })],
  ['connect', () => rt.connect('${extId}').postMessage({ type: 'pl/offscreen-run', op: 'save', page: { html: document.documentElement.outerHTML, url: location.href, title: 'x' } })],
]) { try { call(); attempts[name] = 'called'; } catch (e) { attempts[name] = 'threw: ' + e.message; } }
window.postMessage({ type: 'pl/save-tab', tabId: 1 }, '*');
window.postMessage({ type: 'pl/offscreen-run', op: 'save', page: { html: '<p>x</p>', url: location.href, title: 'x' } }, '*');
document.dispatchEvent(new CustomEvent('pl/save-tab', { detail: { tabId: 1 } }));
fetch('${ext}/manifest.json').then(() => { attempts.fetch = 'fetched'; }, (e) => { attempts.fetch = 'failed: ' + e.message; });
for (const path of ['library.html', 'sidepanel.html']) {
  const f = document.createElement('iframe'); f.src = '${ext}/' + path; f.name = path; document.body.append(f);
}`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<div id="zoom"><h1>${escape(title)}</h1>
${body.map((l) => `<p>${escape(l)}</p>`).join('\n')}
</div><script>${script}</script></body></html>`;
}

/** A report page with nothing hostile in it: no script, handler, base or remote load. */
export function plainReportHtml(text: string): string {
  const [title, info, ...body] = text.split('\n').filter((l) => l.trim());
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<div id="zoom"><h1>${escape(title)}</h1><div class="info">${escape(info)}</div>
${body.map((l) => `<p>${escape(l)}</p>`).join('\n')}
</div></body></html>`;
}

/** Pages for the extension's bad-input run (test/e2e/bad-pages.e2e.test.ts). */
export const badPages = {
  empty: () => '',
  imageOnly: () => '<!DOCTYPE html><html><head><meta charset="utf-8"><title>图片</title></head><body><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==" alt=""></body></html>',
  /** About `bytes` of UTF-8: the report's paragraphs repeated, one title and heading tree. */
  huge: (bytes: number, text = zhReportText()) => {
    const [title, info, ...body] = text.split('\n').filter((l) => l.trim());
    const block = body.map((l) => `<p>${escape(l)}</p>`).join('\n');
    const copies = Math.ceil(bytes / Buffer.byteLength(block));
    return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><div id="zoom"><h1>${escape(title)}</h1><div>${escape(info)}</div>
${Array.from({ length: copies }, () => block).join('\n')}</div></body></html>`;
  },
  /** A frameset: the report is only inside a frame; the top document has no text. */
  frameset: (title = '青禾县2024年度法治政府建设工作报告') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>
<frameset cols="20%,80%"><frame src="/frame-nav.html"><frame src="/frame-report.html"></frameset></html>`,
  /** Some text in the top document and the report in an iframe. */
  iframe: () => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务公开</title></head><body><h1>政务公开</h1>
<p>以下为报告全文。</p><iframe src="/frame-report.html" width="800" height="600"></iframe></body></html>`,
  /** The report, replaced by a notice shortly after load (as when a session expires). */
  rewritesAway: (text = zhReportText()) => plainReportHtml(text).replace('</body>',
    '<script>addEventListener("load", () => setTimeout(() => { document.title = "页面已失效"; document.body.innerHTML = "<p>页面已失效，请刷新。</p>"; }, 300));</script></body>'),
  /** An empty shell whose script writes the report in after load (a JS-built page). */
  buildsLate: (text = zhReportText()) => {
    const html = plainReportHtml(text);
    const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>加载中</title></head><body><p>加载中……</p>
<script>const BODY = ${JSON.stringify(body).replace(/</g, '\\u003c')};
addEventListener("load", () => setTimeout(() => { document.title = ${JSON.stringify(text.split('\n')[0])}; document.body.innerHTML = BODY; }, 1500));</script></body></html>`;
  },
  /** A report whose text changes every 50 ms, forever (a ticker). */
  keepsChanging: (text = zhReportText()) => plainReportHtml(text).replace('</body>',
    '<p id="ticker">0</p><script>let n = 0; setInterval(() => { document.getElementById("ticker").textContent = "更新次数" + (++n); }, 50);</script></body>'),
};
