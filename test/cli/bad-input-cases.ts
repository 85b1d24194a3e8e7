/**
 * The inputs of the end-to-end bad-input suite (bad-input-table.test.ts), built in memory:
 * empty and binary files, broken and unusual encodings, 10 MB pages, frames, self-rewriting
 * and never-finished pages, deeply nested markup. Each case says what the CLI must do.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)));

/** A real Chinese county report (UTF-8, 2.9k characters) and the GBK gov page fixture. */
export const REPORT = read('../../samples/qinghe-2023.zh.txt');
const REPORT_TEXT = REPORT.toString('utf8');
const GBK_PAGE = read('../fixtures/gbk-page/input.html');
export const GBK_PAGE_UTF8 = read('../fixtures/gbk-page/source.html');
const GBK_TEXT = read('fixtures/report.gbk.txt');
export const GBK_TEXT_UTF8 = read('fixtures/report.utf8.txt');

/** The report as a gov-style HTML page (UTF-8, with a meta charset). */
const REPORT_HTML = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>清河县2023年法治政府建设年度报告</title></head>'
  + `<body><div class="article">${REPORT_TEXT.split('\n').map((l) => `<p>${l}</p>`).join('\n')}</div></body></html>`;

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => utf16le(s).swap16();
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
/** `unit` repeated to at least `mb` megabytes. */
const repeatTo = (unit: Buffer, mb: number) => Buffer.concat(Array.from({ length: Math.ceil((mb * 1024 * 1024) / unit.length) }, () => unit));

export type Expect =
  | { code: 0; stderr?: RegExp; sameTextAs?: Buffer; minHeadings?: number; absent?: string[] }
  | { code: 2; message: RegExp };

export interface BadInputCase { name: string; file: string; bytes: () => Buffer; expect: Expect; big?: boolean }

/** Every case; names are what the table in the test file lists. */
export const CASES: BadInputCase[] = [
  { name: 'empty file', file: 'empty.txt', bytes: () => Buffer.alloc(0), expect: { code: 2, message: /is empty/ } },
  { name: 'whitespace only', file: 'blank.txt', bytes: () => Buffer.from(' \n\u3000\n\t\r\n'), expect: { code: 2, message: /only whitespace/ } },
  { name: 'PNG image', file: 'scan.png', bytes: () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), expect: { code: 2, message: /PNG image/ } },
  { name: 'PDF', file: 'report.pdf', bytes: () => Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n', 'latin1'), expect: { code: 2, message: /PDF file: convert it to text/ } },
  { name: 'ZIP (.docx)', file: 'report.docx', bytes: () => Buffer.concat([Buffer.from('504b0304140006000800', 'hex'), Buffer.from('[Content_Types].xml')]), expect: { code: 2, message: /ZIP archive/ } },
  { name: 'PDF saved as .txt', file: 'report.txt', bytes: () => Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1'), expect: { code: 2, message: /PDF file/ } },
  { name: 'binary without a signature', file: 'blob.bin', bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), expect: { code: 2, message: /binary \(a NUL byte/ } },
  { name: 'truncated UTF-8 (cut mid-character)', file: 'cut.txt', bytes: () => REPORT.subarray(0, REPORT.length - 2), expect: { code: 0, stderr: /ends in the middle of a character/, minHeadings: 30 } },
  { name: 'invalid bytes inside UTF-8', file: 'bad.txt', bytes: () => Buffer.concat([REPORT.subarray(0, 300), Buffer.from([0xff, 0xfe, 0xc0]), REPORT.subarray(300)]), expect: { code: 0, stderr: /3 invalid byte sequence\(s\) replaced/, minHeadings: 30 } },
  { name: 'GBK text, no meta', file: 'report.gbk.txt', bytes: () => GBK_TEXT, expect: { code: 0, stderr: /read as gb18030/, sameTextAs: GBK_TEXT_UTF8 } },
  { name: 'GBK HTML, meta tag removed', file: 'page.html', bytes: () => Buffer.from(GBK_PAGE.toString('latin1').replace(/<meta http-equiv="Content-Type"[^>]*>\s*/i, ''), 'latin1'), expect: { code: 0, stderr: /read as gb18030/, sameTextAs: GBK_PAGE_UTF8 } },
  { name: 'GB18030 four-byte characters', file: 'gb.txt', bytes: () => Buffer.from('c8abc4eab0ecc0edb0b8bcfe313230bcfea1a395328236a2e3a1a4', 'hex'), expect: { code: 0, stderr: /read as gb18030/, sameTextAs: Buffer.from('全年办理案件120件。𠀀€·') } },
  { name: 'UTF-16LE with BOM (.txt)', file: 'u16le.txt', bytes: () => withBom([0xff, 0xfe], utf16le(REPORT_TEXT)), expect: { code: 0, stderr: /read as utf-16le/, sameTextAs: REPORT } },
  { name: 'UTF-16BE with BOM (.html)', file: 'u16be.html', bytes: () => withBom([0xfe, 0xff], utf16be(REPORT_HTML)), expect: { code: 0, stderr: /read as utf-16be/, minHeadings: 30 } },
  { name: 'UTF-16LE without BOM, Chinese', file: 'u16.txt', bytes: () => utf16le(REPORT_TEXT), expect: { code: 0, stderr: /read as utf-16le/, sameTextAs: REPORT } },
  { name: 'UTF-8 with BOM', file: 'bom.txt', bytes: () => withBom([0xef, 0xbb, 0xbf], REPORT), expect: { code: 0, sameTextAs: REPORT } },
  { name: '10 MB HTML page', file: 'big.html', big: true, bytes: () => Buffer.concat([Buffer.from('<html><body><div class="article">'), repeatTo(Buffer.from(REPORT_TEXT.split('\n').map((l) => `<p>${l}</p>`).join('\n')), 10), Buffer.from('</div></body></html>')]), expect: { code: 0, minHeadings: 40_000 } },
  { name: '10 MB text', file: 'big.txt', big: true, bytes: () => repeatTo(REPORT, 10), expect: { code: 0, minHeadings: 40_000 } },
  { name: 'frameset page', file: 'frames.html', bytes: () => Buffer.from('<html><head><title>某县人民政府</title></head><frameset cols="20%,80%"><frame src="https://www.example.gov.cn/nav.html"><frame src="report.html"></frameset></html>'), expect: { code: 2, message: /content is in frames \(https:\/\/www\.example\.gov\.cn\/nav\.html, report\.html\)/ } },
  { name: 'report with iframes around it', file: 'iframes.html', bytes: () => Buffer.from(`<html><body><iframe src="https://www.example.gov.cn/ad.html"></iframe><div class="article">${REPORT_TEXT.split('\n').slice(0, 30).map((l) => `<p>${l}</p>`).join('')}</div><iframe srcdoc="<p>一、注入标题</p>"></iframe></body></html>`), expect: { code: 0, minHeadings: 20, absent: ['注入标题'] } },
  { name: 'page that rewrites itself (script)', file: 'rewrite.html', bytes: () => Buffer.from('<html><body><div id="app"><p>一、工作开展情况</p><p>全年办理案件120件。</p></div><script>document.body.innerHTML="<p>二、被脚本改写</p>";document.write("<p>写入</p>")</script></body></html>'), expect: { code: 0, minHeadings: 1, absent: ['被脚本改写', '写入'] } },
  { name: 'page built by JavaScript (empty body)', file: 'spa.html', bytes: () => Buffer.from('<html><head><title>某县政务公开</title><script src="https://cdn.example.com/app.js"></script></head><body><div id="root"></div></body></html>'), expect: { code: 2, message: /no readable text in this page \(it may be built by JavaScript\)/ } },
  { name: 'page that never finished loading (cut mid-tag)', file: 'cut.html', bytes: () => Buffer.from(`${REPORT_HTML.slice(0, Math.floor(REPORT_HTML.length / 2))}<p class="te`), expect: { code: 0, minHeadings: 15 } },
  { name: 'broken HTML nested 5,000 deep', file: 'deep.html', bytes: () => Buffer.from(`<html><body>${'<div><font><b>'.repeat(1700)}<p>一、主要举措和成效</p><p>全年办理案件120件。</p>${'</i></span>'.repeat(500)}</body></html>`), expect: { code: 0, minHeadings: 1 } },
  { name: 'HTML nested 20,000 deep', file: 'deeper.html', bytes: () => Buffer.from(`<html><body>${'<div>'.repeat(20_000)}文本</body></html>`), expect: { code: 2, message: /nests about 20000 elements deep/ } },
  { name: 'Latin-1 text', file: 'latin1.txt', bytes: () => Buffer.from('Caf\xe9 report: the council will build 3 schools by 2025.\n', 'latin1'), expect: { code: 0, stderr: /read as Windows-1252/ } },
];
