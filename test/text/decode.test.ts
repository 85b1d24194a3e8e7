import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes, looksLikeHtml } from '../../lib/text/decode';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/gbk-page/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** UTF-16 bytes of a string, little- or big-endian, with an optional BOM. */
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + s;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[i * 2 + (le ? 0 : 1)] = c & 0xff;
    out[i * 2 + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

function decodeError(bytes: Uint8Array): DecodeError {
  try {
    decodeBytes(bytes);
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

const SAMPLE = '一、主要举措和成效\n全年新增就业3200人，同比增长5.2%。';

describe('decodeBytes', () => {
  it('reads the GBK fixture (declared gb2312) exactly as its UTF-8 source', () => {
    const source = fixture('source.html').toString('utf8');
    const gbk = fixture('input.html');
    expect(gbk.equals(Buffer.from(source, 'utf8'))).toBe(false);
    const out = decodeBytes(gbk);
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(source);
    expect(out.warnings).toEqual([]);
  });

  it('sniffs GBK without any declaration', () => {
    const gbk = fixture('input.html');
    const undeclared = Buffer.from(gbk.toString('latin1').replace(/charset=gb2312/, 'x=y'), 'latin1');
    expect(decodeBytes(undeclared).encoding).toBe('gb18030');
    expect(decodeBytes(undeclared).text).toContain('云溪县人民政府2023年度法治政府建设工作报告');
  });

  it('prefers valid UTF-8 over a stale gb2312 declaration', () => {
    const out = decodeBytes(fixture('source.html'));
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toContain('扫一扫打开当前页');
  });

  it('uses the Content-Type hint', () => {
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]); // 'café ok' in Latin-1
    expect(decodeBytes(bytes, { contentType: 'text/plain; charset=ISO-8859-1' }).text).toBe('café ok');
  });

  it('reads undeclared Latin-1 as Windows-1252, not as GB18030 mojibake', () => {
    const text = 'The café served naïve résumé writers. Annual Report 2023.';
    const out = decodeBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)));
    expect(out).toEqual({ text, encoding: 'windows-1252', warnings: [expect.stringMatching(/Windows-1252/)] });
  });

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), 'utf-8'],
    ['UTF-16LE with BOM', utf16(SAMPLE, true, true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(SAMPLE, false, true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(`Report on the Work of the Government ${SAMPLE}`, true, false), 'utf-16le'],
    ['plain UTF-8', utf8(SAMPLE), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    const out = decodeBytes(bytes);
    expect(out.encoding).toBe(encoding);
    expect(out.text.endsWith(SAMPLE)).toBe(true);
    expect(out.text.startsWith('\ufeff')).toBe(false);
  });

  it('keeps truncated UTF-8 as UTF-8, drops the broken last character and says so', () => {
    const bytes = utf8(SAMPLE + '下一步');
    const out = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toBe(SAMPLE + '下一');
    expect(out.warnings[0]).toMatch(/truncated/);
  });

  it('keeps UTF-8 with one damaged byte as UTF-8 (not as GB18030 mojibake)', () => {
    const bytes = utf8(SAMPLE.repeat(20));
    bytes[40] = 0xff;
    const out = decodeBytes(bytes);
    expect(out.encoding).toBe('utf-8');
    expect(out.warnings[0]).toMatch(/replaced/);
  });

  it.each([
    ['empty', new Uint8Array(0), 'empty', /empty/],
    ['whitespace only', utf8(' \n\t\n'), 'empty', /whitespace/],
    ['PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary', /PNG/],
    ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary', /pdftotext/],
    ['NUL bytes', new Uint8Array([0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48]), 'binary', /NUL/],
    ['control bytes', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary', /control/],
    ['random high bytes', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80 + (i % 50)))), 'undecodable', /UTF-8/],
  ])('rejects %s with a clear message', (_name, bytes, code, message) => {
    const err = decodeError(bytes);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/:/); // what was wrong: what to do
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['\ufeff  <html lang="zh-CN">', true],
    ['<!-- saved page -->\n<meta charset="utf-8"><title>报告</title>', true],
    ['<div class="main"><p>一、工作开展情况</p></div>', true],
    ['政府工作报告\n一、2023年工作回顾\n过去一年……', false],
    ['Use <b>bold</b> in markdown? 1 < 2 and 3 > 2.', false],
    ['', false],
    ['<?xml version="1.0"?>\n<!-- a --><!-- b -->\n<html>', true],
    ['<!---->'.repeat(40) + '<body>', true],
    ['<!-- never closed <html>', false],
    ['<?xml version="1.0" <html>', false],
    ['<!-- a --> 一、工作 <html>', false],
  ])('%j → %s', (text, expected) => expect(looksLikeHtml(text)).toBe(expected));

  it('is linear on a run of empty comments (issue 16: the comment regex backtracked exponentially)', () => {
    // Before the fix, 26 comments took 1.5 s and each two more took ×4–5 (32: over 120 s).
    for (const count of [26, 32, 600]) {
      const started = performance.now();
      expect(looksLikeHtml(`${'<!---->'.repeat(count)}x`)).toBe(false);
      expect(performance.now() - started).toBeLessThan(250);
    }
  });
});
