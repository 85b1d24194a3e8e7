import { describe, expect, it } from 'vitest';
import { mapNormalize } from '../../lib/anchor/text-map';
import { normalizeText } from '../../lib/text/normalize';

/** Deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters that exercise every rule: CJK, full-width forms (kept and converted), spaces
// of all kinds, invisible and control characters, line ends. No \f: in a DOM it is HTML
// whitespace (a space), while normalizeLine drops it as a control character.
const ALPHABET = ['中', '文', '报', '告', 'a', 'B', '1', '２', '０', '％', '（', '）', '，', '：', '。', '“', '”', ' ', '  ', '\t', '\u00a0', '\u3000',
  '\u200b', '\ufeff', '\u00ad', '\u0007', '\n', '\r\n', '-', '.', '—', '…', '！', '？', 'Ａ'];

describe('mapNormalize (the content script\'s normalizer with a source map)', () => {
  it('gives exactly normalizeText\'s output on 3,000 random strings', () => {
    const next = rng(20240601);
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(next() * 40);
      let s = '';
      for (let j = 0; j < len; j++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect([s, mapNormalize(s).text]).toEqual([s, normalizeText(s)]);
    }
  });

  it('maps every output character back to the source character it came from', () => {
    const raw = ' 一、总体　情况 \u200b：完成（２０２４）年任务%  ';
    const m = mapNormalize(raw);
    expect(m.text).toBe('一、总体情况：完成(2024)年任务%');
    for (let i = 0; i < m.text.length; i++) {
      const src = raw[m.offset[i]];
      // Same character, or its full-width form.
      expect([m.text[i], src === m.text[i] || src.charCodeAt(0) - 0xfee0 === m.text.charCodeAt(i)]).toEqual([m.text[i], true]);
    }
  });

  it('marks line breaks as synthetic (piece -1)', () => {
    const m = mapNormalize('甲\n\n乙');
    expect(m.text).toBe('甲\n乙');
    expect(Array.from(m.piece)).toEqual([0, -1, 0]);
  });
});
