// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectInputFromDocument } from '../../lib/detect/dom';
import { FRAME_PAGE_MAX_TEXT, reportFrameUrl } from '../../lib/detect/frames';
import { detectionOf } from '../../lib/page-agent/agent';

const BASE = 'https://www.example.gov.cn/zwgk/';
/** A page as served from BASE (a <base> gives relative sources their page URL). */
const page = (head: string, rest: string) => new DOMParser().parseFromString(
  `<!DOCTYPE html><html><head><base href="${BASE}"><title>政务公开</title>${head}</head>${rest}</html>`, 'text/html');
const frameOf = (doc: Document) => reportFrameUrl(doc, detectInputFromDocument(doc, BASE).text);
const longText = '全年办理行政复议案件71件，纠错率13.2%。'.repeat(12);

/** Each case: the page, and the frame URL the panel offers to open (null: not a frame page). */
const CASES: [string, Document, string | null][] = [
  ['a frameset: the larger frame, relative src resolved', page('', '<frameset cols="20%,80%"><frame src="nav.html"><frame src="report.html"></frameset>'), `${BASE}report.html`],
  ['a frameset whose rest (*) is the larger part', page('', '<frameset rows="120,*"><frame src="/top.html"><frame src="/main.html"></frameset>'), 'https://www.example.gov.cn/main.html'],
  ['a frameset grid: rows × cols', page('', '<frameset rows="50%,50%" cols="300,*"><frame src="a.html"><frame src="b.html"><frame src="c.html"><frame src="d.html"></frameset>'), `${BASE}b.html`],
  ['two lines above an iframe', page('', '<body><h1>政务公开</h1><p>以下为报告全文。</p><iframe src="/r/2024.html" width="800" height="600"></iframe></body>'), 'https://www.example.gov.cn/r/2024.html'],
  ['the largest of several iframes, hidden and 0-size ones skipped', page('', '<body><p>报告</p><iframe src="ad.html" width="300" height="250"></iframe><iframe src="big-hidden.html" width="2000" height="2000" style="display:none"></iframe><iframe src="pixel.html" width="0" height="0"></iframe><iframe src="report.html" width="100%" height="900"></iframe></body>'), `${BASE}report.html`],
  ['an iframe on another site (its URL as is)', page('', '<body><iframe src="http://other.example.org/report?id=3"></iframe></body>'), 'http://other.example.org/report?id=3'],
  ['a page with its own text and an iframe: not a frame page', page('', `<body><div id="zoom"><p>${longText}</p></div><iframe src="video.html"></iframe></body>`), null],
  ['a javascript:, data: or about: iframe: nothing to open', page('', '<body><iframe src="javascript:alert(1)"></iframe><iframe src="data:text/html,x"></iframe><iframe src="about:blank"></iframe></body>'), null],
  ['an iframe without src (srcdoc): nothing to open', page('', '<body><iframe srcdoc="<p>报告</p>"></iframe></body>'), null],
  ['a page with little text and no frame', page('', '<body><p>页面已失效，请刷新。</p></body>'), null],
];

describe('the report is inside a frame', () => {
  for (const [name, doc, url] of CASES) it(name, () => expect(frameOf(doc)).toBe(url));

  it('counts the page\'s own text against FRAME_PAGE_MAX_TEXT', () => {
    expect(longText.length).toBeGreaterThan(FRAME_PAGE_MAX_TEXT);
    expect(reportFrameUrl(CASES[3][1], 'x'.repeat(FRAME_PAGE_MAX_TEXT - 1))).not.toBeNull();
    expect(reportFrameUrl(CASES[3][1], 'x'.repeat(FRAME_PAGE_MAX_TEXT))).toBeNull();
  });

  it('comes with the content script\'s detection', () => {
    const doc = CASES[0][1];
    const info = detectionOf(doc, { location: { href: BASE } } as Window)();
    expect(info).toMatchObject({ frame: `${BASE}report.html`, detection: { isReport: false } });
  });
});
