// @vitest-environment jsdom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { errorCode } from '../../lib/messages';
import { analyzePage, saveAnalysis, sha256Hex, snapshotInput, summarize, unreadableReason } from '../../lib/page-agent/pipeline';
import { addAnnotation, annotationsForUrl, countSnapshots, openLedgerDb } from '../../lib/store/index';

let n = 0;
const freshDb = () => openLedgerDb(`pipeline-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL_ = 'http://127.0.0.1/report.html';
const HTML = `<!doctype html><html><head><title>某县2023年法治政府建设年度报告_某县人民政府</title></head><body>
<div class="nav">首页</div><div id="zoom"><h1>某县2023年法治政府建设年度报告</h1>
<p>一、主要成效</p><p>全年办理行政复议案件71件，纠错率13.2%。</p>
<p>二、存在的问题</p><p>一是执法人员力量不足。</p>
<p>三、下一步工作打算</p><p>一是年底前完成全县规范性文件清理。<img src="https://evil.example/x.png" onerror="alert(1)"></p>
<script>alert(1)</script></div></body></html>`;
const page = { html: HTML, url: URL_, title: '某县' };

describe('page pipeline (extension pages)', () => {
  it('extracts with the sha256 of the HTML bytes and summarizes for the popup', async () => {
    const a = await analyzePage(page, parse);
    expect(a.extraction.source.sha256).toBe(createHash('sha256').update(HTML, 'utf8').digest('hex'));
    expect(await sha256Hex('中文')).toBe(createHash('sha256').update('中文', 'utf8').digest('hex'));
    expect(summarize(a.extraction)).toMatchObject({ isReport: true, counts: { commitments: a.extraction.commitments.length } });
    expect(a.extraction.commitments.length).toBeGreaterThan(0);
  });

  it('builds the snapshot: sanitized main content, the text and the sha256 of the text', async () => {
    const input = await snapshotInput(await analyzePage(page, parse), window);
    expect(input.html).toContain('全年办理行政复议案件71件');
    expect(input.html).not.toMatch(/<script|onerror|\ssrc=|首页/);
    expect(input.sha256).toBe(createHash('sha256').update(input.text, 'utf8').digest('hex'));
  });

  it('saves once per text, asks for persistent storage, and links the page notes', async () => {
    const db = freshDb();
    const a = await analyzePage(page, parse);
    await addAnnotation(db, { url: URL_, selectors: describeRange(a.extraction.text, 0, 4), note: 'n' });
    let asked = 0;
    const deps = { db, win: window, persist: async () => { asked++; return true; } };
    const first = await saveAnalysis(a, deps);
    const again = await saveAnalysis(a, deps);
    expect([first.created, again.created, again.id === first.id, asked]).toEqual([true, false, true, 2]);
    expect((await annotationsForUrl(db, URL_))[0].snapshotSha).toBe(first.sha256);
  });

  it('a full disk gives the quota code and leaves the database as it was', async () => {
    const db = freshDb();
    const a = await analyzePage(page, parse);
    await addAnnotation(db, { url: URL_, selectors: describeRange(a.extraction.text, 0, 4), note: 'n' });
    db.snapshots.hook('creating', () => { throw new DOMException('full', 'QuotaExceededError'); });
    const err = await saveAnalysis(a, { db, win: window }).catch((e) => e);
    expect(errorCode(err)).toBe('store-quota');
    expect(await countSnapshots(db)).toBe(0);
    expect((await annotationsForUrl(db, URL_))[0].snapshotSha).toBeNull();
  });

  // The pages the side panel calls empty ("No text to read"): a save from the popup, the
  // shortcut or the menu refuses them too, and stores nothing.
  const EMPTY_PAGES: [string, string][] = [
    ['an empty body', '<html><body></body></html>'],
    ['an image only, with a title', '<html><head><title>图片</title></head><body><img src="x.png" alt=""></body></html>'],
    ['a frameset', '<html><head><title>青禾县2024年度法治政府建设工作报告</title></head><frameset cols="20%,80%"><frame src="/nav.html"><frame src="/report.html"></frameset></html>'],
    ['two lines above an iframe', '<html><head><title>政务公开</title></head><body><h1>政务公开</h1><p>以下为报告全文。</p><iframe src="/report.html"></iframe></body></html>'],
    ['what is left after a rewrite', '<html><head><title>页面已失效</title></head><body><p>页面已失效，请刷新。</p></body></html>'],
  ];
  for (const [name, html] of EMPTY_PAGES) {
    it(`refuses a page with nothing to read (${name}), as the panel does`, async () => {
      const a = await analyzePage({ html, url: URL_, title: '' }, parse);
      expect(unreadableReason(a)).toBe('empty-page');
      const db = freshDb();
      await expect(saveAnalysis(a, { db, win: window })).rejects.toThrow('empty-page');
      expect(await countSnapshots(db)).toBe(0);
    });
  }

  it('saves a short page that has a heading or twenty characters of text', async () => {
    const short = '<html><head><title>通知</title></head><body><p>本单位定于明年六月底前完成全部档案的数字化整理工作。</p></body></html>';
    const a = await analyzePage({ html: short, url: URL_, title: '' }, parse);
    expect(unreadableReason(a)).toBeNull();
    expect(unreadableReason(await analyzePage(page, parse))).toBeNull();
    expect((await saveAnalysis(a, { db: freshDb(), win: window })).created).toBe(true);
  });

  it('refuses binary data shown as a page (bytes a browser decoded as GB18030), with its own reason', async () => {
    // What Chromium showed for 64 kB of bytes served as text/html: CJK mixed with controls.
    const garbled = '谏抚枀tcRA0\u001f\u000e凼龚梿udSB1 \u000f芩憨槆veTC2!\u0010\ufffd钶袒獧坵fUD3"\u0011镛图珰墄gVE4#\u0012\u0001'.repeat(40);
    const a = await analyzePage({ html: `<html><body>${garbled}</body></html>`, url: URL_, title: '' }, parse);
    expect(a.extraction.text.length).toBeGreaterThan(1000);
    expect(unreadableReason(a)).toBe('binary-page');
    const db = freshDb();
    await expect(saveAnalysis(a, { db, win: window })).rejects.toThrow('binary-page');
    expect(await countSnapshots(db)).toBe(0);
  });

  it('reads a plain-text file the browser shows in a <pre> as the CLI reads a .txt: first line as the title', async () => {
    const text = '某县2023年法治政府建设年度报告\n一、主要成效\n全年办理行政复议案件71件，纠错率13.2%。\n二、下一步工作打算\n年底前完成全县规范性文件清理。';
    const html = `<html><head><meta name="color-scheme" content="light dark"></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${text}</pre></body></html>`;
    const a = await analyzePage({ html, url: 'http://127.0.0.1/r.txt', title: '', contentType: 'text/plain' }, parse);
    expect(a.extraction.source.title).toBe('某县2023年法治政府建设年度报告');
    expect(a.extraction.headings.map((h) => h.title)).toEqual(['主要成效', '下一步工作打算']);
    expect(a.extraction.meta.coversYear).toBe(2023);
    // The same page as HTML (no contentType) is one <pre> block: no title line, no headings split.
    const asHtml = await analyzePage({ html, url: 'http://127.0.0.1/r.txt', title: '' }, parse);
    expect(asHtml.extraction.source.title).not.toBe('某县2023年法治政府建设年度报告');
  });
});
