// @vitest-environment jsdom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { errorCode } from '../../lib/messages';
import { analyzePage, saveAnalysis, sha256Hex, snapshotInput, summarize } from '../../lib/page-agent/pipeline';
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

  it('refuses an empty page', async () => {
    const a = await analyzePage({ html: '<html><body></body></html>', url: URL_, title: '' }, parse);
    await expect(saveAnalysis(a, { db: freshDb(), win: window })).rejects.toThrow('empty-page');
  });
});
