/** A report saved from a big5 gateway (繁體 page): declared or not, it is read as big5, not as GB18030. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../lib/text/decode';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/big5-page/${name}`, import.meta.url)));
const SOURCE = fixture('source.utf8.txt').toString('utf8');
const BIG5 = fixture('input.big5.txt');

describe('decodeBytes on big5 bytes', () => {
  it('sniffs big5 without a declaration (its GB18030 reading is valid but full of rare characters)', () => {
    const out = decodeBytes(BIG5);
    expect(out.encoding).toBe('big5');
    expect(out.text).toBe(SOURCE);
  });

  it('honours a declared big5 charset', () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="big5"></head><body><pre>'), BIG5, Buffer.from('</pre></body></html>')]);
    const out = decodeBytes(html);
    expect(out.encoding).toBe('big5');
    expect(out.text).toContain('青溪縣人民政府2023年度法治政府建設情況報告');
  });

  it('still reads GBK bytes as GB18030', () => {
    const gbk = readFileSync(fileURLToPath(new URL('../fixtures/gbk-page/input.html', import.meta.url)));
    const undeclared = Buffer.from(gbk.toString('latin1').replace(/charset=gb2312/, 'x=y'), 'latin1');
    expect(decodeBytes(undeclared).encoding).toBe('gb18030');
  });
});
