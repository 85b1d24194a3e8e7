/**
 * Bugs the property suite found, each pinned by its shrunk counterexample (seed 20261122)
 * as a plain unit test, so the fix stays even if the generators change.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/html';
import { extractDocument, extractPage, extractText } from '../../lib/extract/index';
import { decodeBytes } from '../../lib/text/decode';
import { checkExtraction } from './invariants';

const OPTS = { sha256: 'regression' };

describe('property-suite regressions', () => {
  it('a 一是 line is one heading, not also a run-in lead sentence (headings.ts)', () => {
    const x = extractText('二是工作开展情况。0.0010000余件以上十四五近100000月左右行政执法。', OPTS);
    expect(x.headings.map((h) => [h.marker, h.title, h.rule])).toEqual([['二是', '工作开展情况', 'zh-shi']]);
    checkExtraction(x);
  });

  it('a qualifier at a line end does not join a figure on the next line (numbers/scan.ts)', () => {
    const x = extractText('at least \n2. Work in 2024\n', OPTS);
    expect(x.numbers.every((n) => !n.raw.includes('\n'))).toBe(true);
    expect(x.numbers.map((n) => [n.raw, n.approx])).toEqual([['2024', null]]);
    checkExtraction(x);
    const en = extractText('We hired at least\n200 staff.', OPTS);
    expect(en.numbers.map((n) => [n.raw, n.approx])).toEqual([['200', null]]);
  });

  it('一是 inside a whole-line DOM heading is part of its title, not a nested heading (heading-candidates.ts)', () => {
    const x = extractPage({ blocks: [{ text: '1.1 工作开展情况。。一是工作开展情况。。', kind: 'heading' }], title: null, metaTags: {}, chrome: [] }, OPTS);
    expect(x.headings).toHaveLength(1);
    expect(x.headings[0].rule).toBe('dom-heading');
    checkExtraction(x);
  });

  it('a bold lead of punctuation alone is no heading with an empty title (heading-candidates.ts)', () => {
    const html = '<html><body><div><p>某县人民政府2023年法治政府建设年度报告</p><p><b>。</b>正文继续。</p></div></body></html>';
    const x = extractDocument(parseHtmlDocument(html, 'regression'), OPTS);
    expect(x.headings.filter((h) => !h.title)).toEqual([]);
    checkExtraction(x);
  });

  it('a 3M-character report extracts in seconds (index.ts outsideSpans, units.ts marker map; both were quadratic)', { timeout: 120_000 }, () => {
    // Found by the 10 MB CLI case: 50 s for 8 MB of report text, 3 s after the fix. The bound
    // is loose (busy CI machines are slow) but far below the quadratic time.
    const unit = readFileSync(fileURLToPath(new URL('../../samples/qinghe-2023.zh.txt', import.meta.url)), 'utf8');
    const text = unit.repeat(Math.ceil(3_000_000 / unit.length));
    const started = performance.now();
    const x = extractText(text, OPTS);
    const ms = performance.now() - started;
    console.log(`${text.length} characters, ${x.headings.length} headings, ${x.numbers.length} figures: ${Math.round(ms)} ms`);
    expect(x.numbers.length).toBeGreaterThan(80_000);
    expect(ms).toBeLessThan(30_000);
  });

  it('short Chinese UTF-16 without a BOM that uses ① is still read as UTF-16 (text/decode.ts)', () => {
    // Seed 99, PROPERTY_SCALE=5: ① (U+2460) was not counted as text, so 1 of 11 code units
    // fell below the 95 % bar and the bytes were refused as binary.
    const text = '①工作开展情况。0。';
    expect(decodeBytes(new Uint8Array(Buffer.from(text, 'utf16le')))).toMatchObject({ text, encoding: 'utf-16le' });
  });

  it('ASCII text with a stray NUL byte stays binary, not UTF-16 mojibake (text/decode.ts)', () => {
    // Found while widening the UTF-16 check: "report" read as UTF-16LE is 数浥牯 (CJK).
    const bytes = new Uint8Array(Buffer.from('annual report\u0000 on the work of the government\n'));
    expect(() => decodeBytes(bytes)).toThrow(/NUL byte/);
  });
});
