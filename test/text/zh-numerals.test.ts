import { describe, expect, it } from 'vitest';
import { multiplierValue, parseArabic, parseZhNumeral, scale } from '../../lib/text/zh-numerals';

describe('parseZhNumeral', () => {
  it.each([
    ['一', 1], ['两', 2], ['二', 2], ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23],
    ['九十九', 99], ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['三百二十一', 321],
    ['一千零一', 1001], ['两千', 2000], ['两万', 20000], ['十万', 100000], ['三千五百万', 35000000],
    ['一亿', 1e8], ['一亿五千万', 150000000], ['一万亿', 1e12], ['十二万亿', 1.2e13],
    ['二〇二〇', 2020], ['一九四九', 1949], ['壹佰贰拾', 120], ['零', 0],
  ])('%s → %d', (s, v) => {
    expect(parseZhNumeral(s)).toBe(v);
  });

  it.each([
    ['十四五'],   // a plan's name: two digits in a row with no unit between
    ['七五'],     // 七五普法: digit by digit without a zero is not a number
    ['十百'],     // units must fall
    ['三个'],     // not a numeral character
    [''],
  ])('%s is not a numeral', (s) => {
    expect(parseZhNumeral(s)).toBeNull();
  });
});

describe('multiplierValue', () => {
  it.each([
    ['', 1], ['万', 1e4], ['亿', 1e8], ['万亿', 1e12], ['千万', 1e7], ['百万', 1e6], ['千亿', 1e11], ['百', 100],
  ])('%s → %d', (s, v) => {
    expect(multiplierValue(s)).toBe(v);
  });

  it('rejects 十 and non-multipliers', () => {
    expect(multiplierValue('十')).toBeNull();
    expect(multiplierValue('个')).toBeNull();
  });
});

describe('parseArabic and scale', () => {
  it('reads thousands separators and decimals', () => {
    expect(parseArabic('1,200')).toBe(1200);
    expect(parseArabic('10.57')).toBe(10.57);
  });

  it('scales without binary noise', () => {
    expect(scale(10.57, 1e4)).toBe(105700);
    expect(scale(1.3, 1e12)).toBe(1300000000000);
    expect(scale(126, 1e12)).toBe(1.26e14);
    expect(scale(12.44, 1e6)).toBe(12440000);
    expect(scale(1.39, 1e12)).toBe(1390000000000);
  });
});
