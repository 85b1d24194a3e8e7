/** The in-process pipeline the CLI, demo and golden tests share: bytes → extraction. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../lib/cli/errors';
import { estimateNestingDepth } from '../../lib/cli/html';
import { isHtmlInput } from '../../lib/text/input-file';
import { decodeInput, detectFromBytes, extractFromBytes, sha256Hex } from '../../lib/cli/pipeline';

const bytesOf = (path: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(path, import.meta.url))));
const INPUTS = [
  '../../samples/qinghe-2023.zh.txt',
  '../../samples/maple-valley-2023.en.txt',
  '../fixtures/county-page-html/input.html',
];
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('pipeline', () => {
  it.each(INPUTS)('detect agrees with extract on %s', (path) => {
    const bytes = bytesOf(path);
    const file = path.split('/').pop();
    expect(detectFromBytes(bytes, { file })).toEqual(extractFromBytes(bytes, { file }).extraction.detection);
  });

  it('records the sha256 of the bytes, the file and the url', () => {
    const bytes = bytesOf(INPUTS[0]);
    const { source } = extractFromBytes(bytes, { file: 'a.txt', url: 'https://x.gov.cn/a' }).extraction;
    expect(source).toMatchObject({ file: 'a.txt', url: 'https://x.gov.cn/a', sha256: sha256Hex(bytes) });
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads HTML by extension, else by content; .txt stays text', () => {
    expect(isHtmlInput('page.HTM', 'plain words')).toBe(true);
    expect(isHtmlInput('notes.txt', '<html><body><p>x</p></body></html>')).toBe(false);
    expect(isHtmlInput('notes.TEXT', '<html><body><p>x</p></body></html>')).toBe(false);
    expect(isHtmlInput(undefined, '<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(decodeInput(bytesOf(INPUTS[2]), { file: 'input.html' }).isHtml).toBe(true);
  });

  it.each([
    ['whitespace only', utf8(' \n\u3000\n\t')],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['an HTML page without text', utf8('<html><head><script>render()</script></head><body><div id="app"></div></body></html>')],
  ])('refuses %s as bad input', (_name, bytes) => {
    expect(() => extractFromBytes(bytes, { label: 'x' })).toThrow(BadInputError);
  });

  it('estimates nesting from tags, ignoring void and implied-end elements', () => {
    expect(estimateNestingDepth('<div><p>a<p>b<br><img src=x><div>c</div></div>')).toBe(2);
    expect(estimateNestingDepth('<font>'.repeat(50))).toBe(50);
    expect(estimateNestingDepth('<li>a<li>b<li>c')).toBe(0);
  });

  it('is not fooled by stray close tags (issue 16: <div></b> was estimated 1 deep)', () => {
    expect(estimateNestingDepth('<div></b>'.repeat(20_000))).toBe(20_000);
    expect(estimateNestingDepth('<div><span><b>x</div>'.repeat(3))).toBe(3);
    expect(estimateNestingDepth('<div><div></span></div></div>')).toBe(2);
    expect(() => extractFromBytes(utf8('<div></b>'.repeat(20_000)), { file: 'page.html' })).toThrow(/nests about 20000 elements deep/);
  });

  it('estimates in linear time on unclosed tags (issue 16: the tag regex scanned to the end from each one)', () => {
    const started = performance.now();
    expect(estimateNestingDepth('<a href=x '.repeat(30_000))).toBe(0);
    expect(estimateNestingDepth(`${'<div title="a '.repeat(30_000)}>`)).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
