/**
 * Issue 16: number rules whose repeats were unbounded rescanned a long run from each of its
 * characters. Each input here took seconds before the repeats were bounded (一×128,000: 26 s
 * in the side panel; 二十三×32,000: 46 s; 111,×32,000: 5.8 s) and must now take well under one.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../lib/extract/numbers';
import { raws } from './find';

describe('number rules in linear time', () => {
  it.each([
    ['a run of 一 (the fraction rule)', '一'.repeat(64_000), 'zh'],
    ['二十三 repeated', '二十三'.repeat(20_000), 'zh'],
    ['every numeral in a row', '一二三四五六七八九十百千万亿两'.repeat(4_000), 'zh'],
    ['thousands groups that never end', `某县：${'111,'.repeat(16_000)}`, 'zh'],
    ['a run of + between digits', `${'1+'.repeat(30_000)}1`, 'zh'],
    ['thousands groups in English', '111,'.repeat(16_000), 'en'],
  ] as const)('%s', (_name, text, language) => {
    const started = performance.now();
    findNumbers(text, language);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still reads the figures a report writes', () => {
    expect(raws('三分之一的县，1,200,000元，二十三个，百分之三点五，1+4')).toEqual(['三分之一', '1,200,000元', '二十三个', '百分之三点五', '1+4']);
    expect(raws('It cost $1,234,567,890 in 2023.', 'en')).toEqual(['$1,234,567,890', '2023']);
  });
});
