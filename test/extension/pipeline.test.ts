// @vitest-environment jsdom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { errorCode } from '../../lib/messages';
import { analyzePage, isEmptyExtraction, saveAnalysis, sha256Hex, snapshotInput, summarize } from '../../lib/page-agent/pipeline';
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
      expect(isEmptyExtraction(a.extraction)).toBe(true);
      const db = freshDb();
      await expect(saveAnalysis(a, { db, win: window })).rejects.toThrow('empty-page');
      expect(await countSnapshots(db)).toBe(0);
    });
  }

  it('saves a short page that has a heading or twenty characters of text', async () => {
    const short = '<html><head><title>通知</title></head><body><p>本单位定于明年六月底前完成全部档案的数字化整理工作。</p></body></html>';
    const a = await analyzePage({ html: short, url: URL_, title: '' }, parse);
    expect(isEmptyExtraction(a.extraction)).toBe(false);
    expect(isEmptyExtraction((await analyzePage(page, parse)).extraction)).toBe(false);
    expect((await saveAnalysis(a, { db: freshDb(), win: window })).created).toBe(true);
  });
});
