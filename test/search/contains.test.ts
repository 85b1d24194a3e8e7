/** containsAll (lib/search/contains.ts): the folded comparison, skipping the fold only where it cannot matter. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsAll, foldsToCjk } from '../../lib/search/contains';
import { fold, queryPieces } from '../../lib/search/terms';

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

describe('containsAll', () => {
  it('foldsToCjk is true for every character that NFKC (with lower case) turns into something with CJK in it', () => {
    const missing: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      const f = fold(s);
      if (f !== s && CJK.test(f) && !foldsToCjk(s)) missing.push(c.toString(16));
    }
    expect(missing).toEqual([]);
  });

  it('answers as fold(text).includes does, for texts and phrases made of awkward pieces', () => {
    const PIECES = ['法治', '政府', '推进', '行政', '㈠', '⼀', '一', '豈', '!', 'ｶ', 'ﾞ', 'カ', 'ガ', '\u3099', 'か', 'ㄱ', '가', '\u1100', '\u1161', 'GDP', 'ｇｄｐ', '，', ' '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }), (t, q) => {
      const text = t.join('');
      const pieces = queryPieces(q.join(''));
      if (!pieces.length) return;
      const folded = fold(text);
      expect(containsAll(text, pieces)).toBe(pieces.every((p) => folded.includes(p)));
    }), { numRuns: 2000 });
  });

  it('finds a phrase written with compatibility characters', () => {
    expect(containsAll('第㈠条 ⼀年', ['一年'])).toBe(true);
    expect(containsAll('推进行政执法', ['推进行政'])).toBe(true);
    expect(containsAll('推进 行政', ['推进行政'])).toBe(false);
  });
});
