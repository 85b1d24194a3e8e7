/**
 * Pages in awkward encodings and formats, in Chromium (issue 6, bad input end to end): the
 * browser decodes the page, the side panel reads what it shows, and the popup's Save stores
 * a whole snapshot or refuses with a clear message; never anything half-way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launch, openExtensionPage, tabIdOf, type Browser } from './harness';
import { panelOutcome, panelOutcomeAfterClick, popupSave, storeCounts, type Counts, type PanelOutcome } from './panel-probe';
import { gbkBytes, reportHtml, zhReportText } from './pages';
import { startServer, type TestServer } from './server';

const userDir = mkdtempSync(join(tmpdir(), 'pl-enc-'));
const requests: string[] = [];
let server: TestServer;
let b: Browser;
let counter: Page;

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
/** UTF-8 bytes of `s` cut inside its last multi-byte character (a download that stopped). */
function truncatedUtf8(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  let end = bytes.length - 1;
  while (end > 0 && (bytes[end] & 0xc0) !== 0x80) end--; // the last continuation byte
  return bytes.subarray(0, end);
}
/**
 * A 繁體 page as a big5 gateway serves it: big5 bytes, charset in the header only. Built from
 * the project's big5 fixture (a line a paragraph; a big5 trail byte is never a newline).
 */
function big5Page(): Buffer {
  const text = readFileSync(fileURLToPath(new URL('../fixtures/big5-page/input.big5.txt', import.meta.url)));
  const lines: Buffer[] = [];
  for (let from = 0, at = text.indexOf(0x0a); from < text.length; from = at + 1, at = text.indexOf(0x0a, from)) {
    const line = text.subarray(from, at < 0 ? text.length : at);
    if (line.length) lines.push(line);
    if (at < 0) break;
  }
  const tag = (s: string) => Buffer.from(s, 'latin1');
  return Buffer.concat([tag('<!doctype html><html><head><title>'), lines[0], tag('</title></head><body><div id="zoom">'),
    ...lines.flatMap((l) => [tag('<p>'), l, tag('</p>')]), tag('</div></body></html>')]);
}

/** HTML as careless CMSs write it: no closing </p>, stray end tags, unclosed inline tags. */
const malformed = (html: string) => html.replace(/<\/p>/g, '').replace(/<div id="zoom">/, '<div id="zoom"></table></span><b><font color=red>');

/** Route, bytes and content type (no charset: the browser has to work it out). */
const PAGES: Record<string, { body: Buffer | string; type: string }> = {
  '/gbk-no-meta.html': { body: Buffer.from(gbkBytes().toString('latin1').replace(/<meta http-equiv="Content-Type"[^>]*>\s*/i, ''), 'latin1'), type: 'text/html' },
  '/utf16-bom.html': { body: utf16le(reportHtml(zhReportText()).replace('<meta charset="utf-8">', '')), type: 'text/html' },
  '/truncated.html': { body: truncatedUtf8(reportHtml(zhReportText()).replace(/<\/div><\/div>[\s\S]*$/, '')), type: 'text/html; charset=utf-8' },
  '/malformed.html': { body: malformed(reportHtml(zhReportText())), type: 'text/html; charset=utf-8' },
  '/report.txt': { body: zhReportText(), type: 'text/plain; charset=utf-8' },
  '/big5.html': { body: big5Page(), type: 'text/html; charset=big5' },
  '/binary.html': { body: Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256)), type: 'text/html' },
  '/report.pdf': { body: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'), type: 'application/pdf' },
};

beforeAll(async () => {
  server = await startServer();
  for (const [path, route] of Object.entries(PAGES)) server.routes.set(path, route);
  b = await launch(userDir, requests);
  counter = await openExtensionPage(b, 'library.html?lang=en');
}, 60_000);

afterAll(async () => {
  await b?.context.close();
  await server?.close();
  rmSync(userDir, { recursive: true, force: true });
});

interface Observed { panel: PanelOutcome; then?: PanelOutcome; popup: { state: string; save: string }; stored: number }

/** Opens `path`, reads it with the side panel (pressing its notice's button once), saves with the popup. */
async function observe(path: string): Promise<Observed> {
  const before: Counts = await storeCounts(counter);
  const page = await b.context.newPage();
  await page.goto(`${server.base}${path}`).catch(() => undefined); // a download aborts navigation
  const tabId = await tabIdOf(b, `${server.base}${path}`);
  const panel = await openExtensionPage(b, `sidepanel.html?tab=${tabId}&lang=en`);
  const first = await panelOutcome(panel);
  let then: PanelOutcome | undefined;
  if (first.state !== 'ready' && (await panel.$('.notice button'))) {
    then = await panelOutcomeAfterClick(panel);
  }
  await panel.close();
  const popup = await popupSave(b, tabId);
  const after = await storeCounts(counter);
  await page.close();
  // Nothing half-way: every snapshot stored comes with its library card.
  expect(after.snapshots - before.snapshots).toBe(after.cards - before.cards);
  const o = { panel: { state: first.state, text: first.text.slice(0, 300) }, then: then && { state: then.state, text: then.text.slice(0, 300) }, popup, stored: after.snapshots - before.snapshots };
  console.log(`e2e encoding: ${path}: ${JSON.stringify(o)}`);
  return o;
}

const SAVED = /^success: (Snapshot saved|This version is already saved)/;
const BINARY = 'This page is binary data, not text (a file served as a web page): there is nothing to read.';

describe('pages in awkward encodings and formats', () => {
  it('GBK without any charset (no header, no meta): the browser guesses GBK; the panel reads the report', async () => {
    const o = await observe('/gbk-no-meta.html');
    expect(o.panel.state).toBe('ready');
    expect(o.panel.text).toContain('云溪县人民政府2023年度法治政府建设工作报告');
    expect(o.popup.save).toMatch(SAVED);
  });

  it('a 繁體 page in big5 (charset in the header): read as the report, quoted in traditional characters', async () => {
    const o = await observe('/big5.html');
    const read = o.then ?? o.panel;
    expect(read.state).toBe('ready');
    expect(read.text).toContain('青溪縣人民政府2023年度法治政府建設情況報告');
    expect(read.text).toContain('Issuer青溪縣人民政府Typeannual reportYear reviewed2023Year planned2024');
    expect(o.popup.save).toMatch(SAVED);
  });

  it('UTF-16LE with a BOM (no charset): read as the report', async () => {
    const o = await observe('/utf16-bom.html');
    expect(o.panel.state).toBe('ready');
    expect(o.popup.save).toMatch(SAVED);
  });

  it('UTF-8 cut mid-character (and mid-document): read up to the cut', async () => {
    const o = await observe('/truncated.html');
    expect(o.panel.state).toBe('ready');
    expect(o.popup.save).toMatch(SAVED);
  });

  it('malformed HTML (no </p>, stray end tags, unclosed inline tags): read as the report', async () => {
    const o = await observe('/malformed.html');
    expect(o.panel.state).toBe('ready');
    // The unclosed <b><font> makes the whole article bold: it must not turn lines into headings.
    expect(o.panel.text).toContain('Year reviewed2024');
    expect(o.popup.save).toMatch(SAVED);
  });

  it('a plain-text report (text/plain): detected and read as the CLI reads a .txt, first line as the title', async () => {
    const o = await observe('/report.txt');
    expect(o.panel.state).toBe('ready');
    expect(o.panel.text.startsWith(zhReportText().split('\n')[0].trim())).toBe(true);
    expect(o.popup).toEqual({ state: 'report', save: expect.stringMatching(SAVED) });
  });

  it('binary bytes served as HTML: "not a report"; read anyway, "binary data, not text"; Save refuses; nothing stored', async () => {
    const o = await observe('/binary.html');
    expect(o.panel.state).toBe('not-report');
    expect(o.then).toEqual({ state: 'empty', text: BINARY });
    expect(o.popup).toEqual({ state: 'not-report', save: `error: ${BINARY}` });
    expect(o.stored).toBe(0);
  });

  it('a PDF (the browser\'s viewer): "This is a PDF file…" with what to do; Save disabled; nothing stored', async () => {
    const o = await observe('/report.pdf');
    expect(o.panel).toEqual({ state: 'pdf', text: expect.stringMatching(/^This is a PDF file.*promise-ledger extract/) });
    expect(o.popup.save).toBe('disabled');
    expect(o.stored).toBe(0);
  });

  it('no request left 127.0.0.1', () => {
    expect(foreignRequests(requests)).toEqual([]);
  });
});
