/**
 * A GBK-encoded gov page with `<meta charset="gbk">` gives the same extraction as its UTF-8
 * source (only sha256 differs: it is of the input bytes).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFromBytes } from '../../lib/cli/pipeline';

const read = (f: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/gbk-page/${f}`, import.meta.url))));

describe('GBK HTML', () => {
  it('extracts like the UTF-8 twin', () => {
    const gbk = extractFromBytes(read('input.html'), { file: 'page.html' });
    const utf8 = extractFromBytes(read('source.html'), { file: 'page.html' });
    expect(gbk.input.encoding).toBe('gb18030');
    expect(utf8.input.encoding).toBe('utf-8');
    const strip = (e: typeof gbk.extraction) => ({ ...e, source: { ...e.source, sha256: '' } });
    expect(strip(gbk.extraction)).toEqual(strip(utf8.extraction));
    expect(gbk.extraction.headings.length).toBeGreaterThan(3);
    expect(gbk.extraction.commitments.length).toBeGreaterThan(0);
  });
});
