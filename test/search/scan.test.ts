/**
 * The one-pass term scanner (lib/search/scan.ts) against the TOKEN regex it replaces when
 * indexing: the same terms in the same order, or stored indexes and new queries would disagree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, indexTerms, indexTermsByRegex, MAX_INDEX_TERMS, MAX_WORD_LENGTH, queryPieces } from '../../lib/search/terms';
import { IntSet } from '../../lib/search/int-table';
import { ENGLISH_TEXT, NEWER_TEXT, OLDER_TEXT } from '../export/fixtures';

const byRegex = (text: string, extras: string[] = []) => indexTermsByRegex([...extras, text].map(fold));

/** Pieces that meet at token edges: CJK of several scripts, numbers with points, marks, symbols, full width. */
const PIECES = [
  '法治', '政府', '县', '〇', '々', '⺀', 'カタ', 'ひら', '한국', 'GDP', 'gdp', 'Ａｂ', '１２', '3.5', '12,000', '1.2.3', '.', '..5',
  'e\u0301', '\u0301', 'ﬁ', 'Ⅻ', '٣٤', 'ß', 'İ', 'x'.repeat(40), '—', '%', ' ', '\n', '，', '・', '_', '²', 'a1b', '7a',
];

describe('scanTerms', () => {
  it('gives the regex tokenizer\'s terms, in order, for strings made of awkward pieces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), (a, b) => {
      const text = a.join('');
      const extras = [b.join('')];
      expect(indexTerms(text, extras)).toEqual(byRegex(text, extras));
    }), { numRuns: 500 });
  });

  it('gives the same terms for arbitrary BMP strings (no surrogates: the scanner\'s domain)', () => {
    const unit = fc.integer({ min: 1, max: 0xffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
      expect(indexTerms(text)).toEqual(byRegex(text));
    }), { numRuns: 500 });
  });

  it('gives the same terms for whole reports, Chinese and English', () => {
    for (const text of [OLDER_TEXT, NEWER_TEXT, ENGLISH_TEXT]) {
      const terms = indexTerms(text, ['青禾县人民政府 2024']);
      expect(terms.length).toBeGreaterThan(50);
      expect(terms).toEqual(byRegex(text, ['青禾县人民政府 2024']));
    }
  });

  it('leaves text with characters beyond the BMP to the regex tokenizer', () => {
    expect(indexTerms('𠀀法 GDP')).toEqual(['𠀀', '法', '𠀀法', 'gdp']);
  });

  it('stops at MAX_INDEX_TERMS, keeping the first ones', () => {
    const text = Array.from({ length: MAX_INDEX_TERMS + 10 }, (_, i) => `w${i}`).join(' ');
    const terms = indexTerms(text);
    expect(terms.length).toBe(MAX_INDEX_TERMS);
    expect(terms).toEqual(byRegex(text));
  });

  it('IntSet says whether a key is new, past several growths', () => {
    const s = new IntSet();
    const keys = Array.from({ length: 50_000 }, (_, i) => (i * 2654435761) | 1);
    expect(keys.every((k) => s.add(k))).toBe(true);
    expect(keys.some((k) => s.add(k))).toBe(false);
    expect(s.add(-7)).toBe(true);
  });
});

describe('TOKEN without the v flag (Firefox before 116)', () => {
  // The tokenizer as it was written with the v flag's set difference, as the reference.
  const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
  const WITH_V = new RegExp(`([${CJK}]+)|(\\d+(?:\\.\\d+)*)|([[\\p{L}\\p{M}\\p{N}]--[${CJK}]]+)`, 'gv');
  const piecesWithV = (q: string) => [...new Set([...fold(q).matchAll(WITH_V)].map((m) => m[1] ?? (m[2] ?? m[3]).slice(0, MAX_WORD_LENGTH)))];

  it('cuts every string, astral characters included, into the same tokens', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...PIECES, '𠀀', '𝐀'), { maxLength: 12 }), (a, b) => {
      const text = a + b.join('');
      expect(queryPieces(text)).toEqual(piecesWithV(text));
    }), { numRuns: 1000 });
  });
});
