// @vitest-environment jsdom
/**
 * "Add report files" in lib: a file's bytes → the page the browser would show (decoded as the
 * CLI decodes them), and each file through the side panel's pipeline into the store, with one
 * outcome a file. Extractions equal the CLI's for the same bytes.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/html';
import { extractFromBytes } from '../../lib/cli/pipeline';
import type { Extraction } from '../../lib/extract/types';
import { addReportFiles, type AddProgress, type ReportFile } from '../../lib/library/add-report-files';
import { filePage, fileUrl, sizeRefusal } from '../../lib/library/report-file';
import { analyzePage } from '../../lib/page-agent/pipeline';
import { listSnapshots, openLedgerDb } from '../../lib/store/index';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new NodeURL(`../fixtures/report-files/${name}`, import.meta.url))));
const GBK_TXT = fixture('songlin-2024.gbk.txt');
const GBK_HTML = fixture('songlin-2023.gbk.html');
const TITLE_2024 = '松林县人民政府2024年度法治政府建设工作报告';
const TITLE_2023 = '松林县人民政府2023年度法治政府建设工作报告';
const utf8 = (s: string) => new TextEncoder().encode(s);
const PDF = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, ...utf8('word/document.xml')]);
const NOT_A_REPORT = utf8('周末去山里走了一圈。\n天气很好，溪水很清，路边开满了野花。\n晚上在镇上吃了一碗面，坐最后一班车回家。\n');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

let n = 0;
const freshDb = (factory = new IDBFactory()) => openLedgerDb(`files-${++n}`, { indexedDB: factory, IDBKeyRange });
const file = (name: string, bytes: Uint8Array, size = bytes.length): ReportFile => ({ name, size, arrayBuffer: async () => bytes.slice().buffer });
/** The extraction without `source` (its sha256 is of other bytes, and the CLI records the path). */
const body = ({ source, ...rest }: Extraction) => rest;

describe('filePage: a file as the page the browser would show', () => {
  it('a GBK .txt without any charset: a text/plain page in one <pre>, its file:/// URL', () => {
    const r = filePage('松林县2024年报告.txt', GBK_TXT);
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030', page: { contentType: 'text/plain', title: '松林县2024年报告.txt', url: 'file:///%E6%9D%BE%E6%9E%97%E5%8E%BF2024%E5%B9%B4%E6%8A%A5%E5%91%8A.txt' } });
    if (!r.ok) return;
    expect(parse(r.page.html).querySelector('pre')?.textContent).toBe(new TextDecoder('gbk').decode(GBK_TXT));
  });

  it('escapes markup in a text file and keeps a leading line break', () => {
    const r = filePage('a.text', utf8('\n<b>not bold</b> & more\n'));
    expect(r.ok && parse(r.page.html).body.textContent).toBe('\n<b>not bold</b> & more\n');
  });

  it('a UTF-16 text with a BOM', () => {
    const bytes = new Uint8Array(Buffer.from(`\ufeff${TITLE_2024}\n一、主要成效\n`, 'utf16le'));
    const r = filePage('report.txt', bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-16le', page: { contentType: 'text/plain' } });
    expect(r.ok && r.page.html).toContain(TITLE_2024);
  });

  it('an .html file with <meta charset=gbk>: its decoded text is the page HTML', () => {
    const r = filePage('songlin-2023.htm', GBK_HTML);
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030', page: { contentType: 'text/html', url: 'file:///songlin-2023.htm' } });
    expect(r.ok && r.page.html).toContain(`<h1>${TITLE_2023}</h1>`);
  });

  it.each([
    ['empty.txt', 'file-empty', new Uint8Array(0)],
    ['blank.txt', 'file-empty', utf8(' \n\t\n')],
    ['report.pdf.txt', 'file-pdf', PDF],
    ['scan.png', 'file-image', PNG],
    ['report.docx', 'file-office', ZIP],
    ['report.doc', 'file-office', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['data.txt', 'file-binary', new Uint8Array([...utf8('abc'), 0, 1, 2, 3, ...utf8('def')])],
    ['garbled.txt', 'file-undecodable', new Uint8Array(64).fill(0xff)],
  ])('%s is refused: %s', (name, code, bytes) => {
    expect(filePage(name, bytes)).toEqual({ ok: false, code });
  });

  it('a file over the CLI\'s 50 MB is refused by its size, with the limit and the size', () => {
    expect(sizeRefusal(73 * 1024 * 1024)).toEqual({ code: 'file-too-large', subs: ['50.0 MB', '73.0 MB'] });
    expect(sizeRefusal(50 * 1024 * 1024)).toBeNull();
  });
});

describe('the extraction of a file equals the CLI\'s for the same bytes', () => {
  it('a GBK .txt report: title from its first line, the same outline, figures and commitments', async () => {
    const name = 'songlin-2024.txt';
    const r = filePage(name, GBK_TXT);
    if (!r.ok) throw new Error(r.code);
    const { extraction } = await analyzePage(r.page, parse);
    const cli = extractFromBytes(GBK_TXT, { file: name, url: fileUrl(name) }).extraction;
    expect(extraction.source.title).toBe(TITLE_2024);
    expect(extraction.source.url).toBe('file:///songlin-2024.txt');
    expect(extraction.detection.isReport).toBe(true);
    expect(extraction.commitments.length).toBeGreaterThan(2);
    expect(body(extraction)).toEqual(body(cli));
  });

  it('a GBK .html report, parsed as the CLI parses it (and by the browser parser: same outline and commitments)', async () => {
    const name = 'songlin-2023.html';
    const r = filePage(name, GBK_HTML);
    if (!r.ok) throw new Error(r.code);
    const cli = extractFromBytes(GBK_HTML, { file: name, url: fileUrl(name) }).extraction;
    const same = await analyzePage(r.page, (html) => parseHtmlDocument(html, name));
    expect(body(same.extraction)).toEqual(body(cli));
    const browser = (await analyzePage(r.page, parse)).extraction;
    expect(browser.source.title).toBe(TITLE_2023);
    expect([browser.headings, browser.commitments, browser.problems]).toEqual([cli.headings, cli.commitments, cli.problems]);
  });
});

describe('addReportFiles: each file through the page pipeline, one outcome a file', () => {
  it('adds reports, finds a repeat, refuses bad files without stopping, and stores only what was added', async () => {
    const db = freshDb();
    const huge: ReportFile = { name: 'huge.txt', size: 60 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read a file over the limit')) };
    const files = [
      file('songlin-2024.txt', GBK_TXT), file('report.pdf', PDF), file('empty.txt', new Uint8Array(0)), huge,
      file('songlin-2023.html', GBK_HTML), file('copy of songlin-2024.txt', GBK_TXT), file('diary.txt', NOT_A_REPORT),
    ];
    const seen: AddProgress[] = [];
    let asked = 0;
    const outcomes = await addReportFiles(files, { db, win: window, parse, persist: async () => { asked++; return true; } }, (p) => seen.push(p));
    expect(outcomes.map((o) => [o.name, o.status, o.status === 'refused' ? o.code : o.title])).toEqual([
      ['songlin-2024.txt', 'added', TITLE_2024],
      ['report.pdf', 'refused', 'file-pdf'],
      ['empty.txt', 'refused', 'file-empty'],
      ['huge.txt', 'refused', 'file-too-large'],
      ['songlin-2023.html', 'added', TITLE_2023],
      ['copy of songlin-2024.txt', 'duplicate', TITLE_2024],
      ['diary.txt', 'added', 'diary.txt'], // no title line: the file name, as the browser's tab
    ]);
    expect(outcomes[0]).toMatchObject({ encoding: 'gb18030', isReport: true });
    expect(outcomes[3]).toMatchObject({ subs: ['50.0 MB', '60.0 MB'] });
    expect(outcomes[5]).toMatchObject({ id: outcomes[0].status === 'added' ? outcomes[0].id : -1 });
    expect(outcomes[6]).toMatchObject({ status: 'added', isReport: false, score: expect.any(Number) });
    expect(outcomes[6].status === 'added' && outcomes[6].score).toBeLessThan(0.5);
    expect(seen.map((p) => [p.at, p.total, p.name, p.outcomes.length])).toEqual([
      [1, 7, 'songlin-2024.txt', 0], [2, 7, 'report.pdf', 1], [3, 7, 'empty.txt', 2], [4, 7, 'huge.txt', 3],
      [5, 7, 'songlin-2023.html', 4], [6, 7, 'copy of songlin-2024.txt', 5], [7, 7, 'diary.txt', 6], [8, 7, '', 7],
    ]);
    expect(asked).toBe(4); // every file that reached the store
    const stored = await listSnapshots(db);
    expect(stored.map((s) => [s.url, s.title]).sort()).toEqual([
      ['file:///diary.txt', 'diary.txt'], ['file:///songlin-2023.html', TITLE_2023], ['file:///songlin-2024.txt', TITLE_2024],
    ]);
    expect(await db.cards.count()).toBe(3);
    expect(stored.find((s) => s.url.endsWith('.html'))?.html).not.toMatch(/首页|版权所有/);
  });

  it('a full disk refuses that file with the store\'s code, stores nothing, and the next file is added', async () => {
    const db = freshDb();
    let fail = true;
    db.snapshots.hook('creating', () => {
      if (fail) { fail = false; throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }); }
    });
    const outcomes = await addReportFiles([file('a.txt', GBK_TXT), file('b.html', GBK_HTML)], { db, win: window, parse });
    expect(outcomes.map((o) => [o.status, o.status === 'refused' ? o.code : o.title])).toEqual([['refused', 'store-quota'], ['added', TITLE_2023]]);
    expect((await db.snapshots.toArray()).map((s) => s.title)).toEqual([TITLE_2023]);
    expect(await db.cards.count()).toBe(1);
  });

  it('a database from a newer version refuses every file with newer-database and is left as it was', async () => {
    const factory = new IDBFactory();
    const name = `files-newer-${++n}`;
    await new Promise<void>((resolve, reject) => {
      const open = factory.open(name, 990);
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    });
    const db = openLedgerDb(name, { indexedDB: factory, IDBKeyRange });
    const outcomes = await addReportFiles([file('a.txt', GBK_TXT), file('b.html', GBK_HTML)], { db, win: window, parse });
    expect(outcomes.map((o) => o.status === 'refused' && o.code)).toEqual(['store-newer-database', 'store-newer-database']);
    const version = await new Promise<number>((resolve) => { const open = factory.open(name); open.onsuccess = () => { resolve(open.result.version); open.result.close(); }; });
    expect(version).toBe(990);
  });
});
