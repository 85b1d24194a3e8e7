import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldAligned, indexTerms, matches, MAX_INDEX_TERMS, queryTerms, snippet } from '../../lib/search/index';
import { ENGLISH_TEXT, NEWER_TEXT, OLDER_TEXT } from '../export/fixtures';

describe('queryTerms', () => {
  // [query, terms]
  const CASES: [string, string[]][] = [
    ['法治政府', ['法治', '治政', '政府']],
    ['县', ['县']],
    ['法治 政府', ['法治', '政府']],
    ['“法治政府”建设！', ['法治', '治政', '政府', '建设']],
    ['Council', ['council']],
    ['Service Centres', ['service', 'centres']],
    ['ＧＤＰ增长５．２％', ['gdp', '增长', '5.2']],
    ['12,000 applications', ['12000', 'applications']],
    ['2023年GDP', ['2023', '年', 'gdp']],
    ["council's plan", ['council', 's', 'plan']],
    ['行政复议+调解', ['行政', '政复', '复议', '调解']],
    ['', []],
    ['   ', []],
    ['，。！？、', []],
    ['政府 政府', ['政府']],
  ];
  it.each(CASES)('%j → %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe('indexTerms', () => {
  it('has every single character and bigram of Chinese runs, words and numbers, once each', () => {
    expect(indexTerms('法治政府，法治')).toEqual(['法', '治', '政', '府', '法治', '治政', '政府']);
    expect(indexTerms('We will open 3 new Service Centres; we will.')).toEqual(['we', 'will', 'open', '3', 'new', 'service', 'centres']);
    expect(indexTerms('')).toEqual([]);
  });

  it('does not make bigrams across punctuation or line breaks', () => {
    const terms = indexTerms('依法行政。政府\n府院');
    expect(terms).toContain('行政');
    expect(terms).not.toContain('政政');
    expect(terms).not.toContain('府府');
  });

  it('indexes the extras (title, notes, tags) first, so the bound never drops them', () => {
    const junk = Array.from({ length: MAX_INDEX_TERMS + 5000 }, (_, i) => `w${i}`).join(' ');
    const terms = indexTerms(junk, ['跟踪这条承诺']);
    expect(terms).toHaveLength(MAX_INDEX_TERMS);
    expect(terms.slice(0, 3)).toEqual(['跟', '踪', '这']);
    expect(matches(terms, '这条承诺')).toBe(true);
  });

  it('cuts very long words so index keys stay small', () => {
    expect(indexTerms('a'.repeat(500))).toEqual(['a'.repeat(32)]);
    expect(matches(indexTerms('a'.repeat(500)), 'a'.repeat(40))).toBe(true);
  });

  it('handles characters beyond the BMP as whole characters', () => {
    expect(indexTerms('𠀀𠀁')).toEqual(['𠀀', '𠀁', '𠀀𠀁']);
  });

  const gwr = '/work/shared/corpus/gwr/2025.zh.txt';
  it.runIf(existsSync(gwr))('indexes a national work report quickly and within the bound', () => {
    const text = readFileSync(gwr, 'utf8');
    const t0 = performance.now();
    const terms = indexTerms(text);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(terms.length).toBeLessThan(MAX_INDEX_TERMS);
    expect(matches(terms, '全面深化改革')).toBe(true);
    expect(snippet(text, '全面深化改革')?.hit).toBe('全面深化改革');
  });
});

describe('matches', () => {
  const older = indexTerms(OLDER_TEXT, ['跟踪平台建设']);
  const newer = indexTerms(NEWER_TEXT);
  const english = indexTerms(ENGLISH_TEXT);

  it('finds Chinese phrases written without spaces', () => {
    expect(matches(older, '行政执法监督平台')).toBe(true);
    expect(matches(newer, '上线运行')).toBe(true);
    expect(matches(older, '上线运行')).toBe(false);
    expect(matches(older, '复议中心')).toBe(true);
  });

  it('finds a one-character query', () => {
    expect(matches(older, '县')).toBe(true);
    expect(matches(older, '省')).toBe(false);
  });

  it('needs every term (AND), in any order', () => {
    expect(matches(older, '监督平台 办结率')).toBe(true);
    expect(matches(older, '监督平台 上线')).toBe(false);
    expect(matches(older, '办结率 监督平台')).toBe(true);
  });

  it('finds English words case-insensitively and numbers however they are grouped', () => {
    expect(matches(english, 'SERVICE centres')).toBe(true);
    expect(matches(english, '12000')).toBe(true);
    expect(matches(english, '12,000 applications')).toBe(true);
    expect(matches(english, '5.2')).toBe(true);
    expect(matches(english, 'hospital')).toBe(false);
  });

  it('finds mixed Chinese and Latin, and full-width forms', () => {
    const terms = indexTerms('全年ＧＤＰ增长5.2%，CPI上涨0.2%');
    expect(matches(terms, 'GDP增长')).toBe(true);
    expect(matches(terms, 'cpi 上涨')).toBe(true);
    expect(matches(terms, 'ＣＰＩ')).toBe(true);
  });

  it('finds notes and titles passed as extras', () => {
    expect(matches(older, '跟踪')).toBe(true);
  });

  it('matches everything for an empty or punctuation-only query', () => {
    expect(matches(older, '')).toBe(true);
    expect(matches([], '  ，。 ')).toBe(true);
    expect(matches([], '县')).toBe(false);
  });

  it('accepts a Set as well as an array', () => {
    expect(matches(new Set(older), '监督平台')).toBe(true);
  });
});

describe('snippet', () => {
  it('shows the hit with context from its paragraph, cut with … only where the paragraph goes on', () => {
    const s = snippet(OLDER_TEXT, '监督平台', 4);
    expect(s).toEqual({ before: '…行政执法', hit: '监督平台', after: '。', start: OLDER_TEXT.indexOf('监督平台'), end: OLDER_TEXT.indexOf('监督平台') + 4 });
    expect(OLDER_TEXT.slice(s!.start, s!.end)).toBe('监督平台');
  });

  it('keeps a short paragraph whole, without ellipses', () => {
    expect(snippet(OLDER_TEXT, '专业素质')).toEqual({ before: '行政执法人员', hit: '专业素质', after: '有待提高。', start: OLDER_TEXT.indexOf('专业素质'), end: OLDER_TEXT.indexOf('专业素质') + 4 });
  });

  it('finds English case-insensitively and returns the text as written', () => {
    const s = snippet(ENGLISH_TEXT, 'service CENTRES', 10);
    expect(s?.hit).toBe('service centres');
    expect(s?.before).toBe('… 3 new '); // not '…pen 3 new ': Latin words are not cut
    expect(s?.after).toBe(' by June …');
  });

  it('matches full-width text with a half-width query, keeping offsets into the original', () => {
    const text = '全年ＧＤＰ增长5.2%';
    const s = snippet(text, 'gdp增长');
    expect(s).toMatchObject({ before: '全年', hit: 'ＧＤＰ增长', after: '5.2%', start: 2, end: 7 });
  });

  it('falls back to the earliest piece when the whole query does not occur', () => {
    const s = snippet(OLDER_TEXT, '办结率 监督平台');
    expect(s?.hit).toBe('监督平台'); // it comes first in the text
    expect(snippet(OLDER_TEXT, '法治 工作安排')?.hit).toBe('法治');
  });

  it('returns null when nothing occurs, and for an empty query', () => {
    expect(snippet(OLDER_TEXT, '上线运行')).toBeNull();
    expect(snippet(OLDER_TEXT, '')).toBeNull();
    expect(snippet(OLDER_TEXT, '  ')).toBeNull();
    expect(snippet('', '县')).toBeNull();
  });

  it('never cuts a surrogate pair in half', () => {
    const text = `${'𠀀'.repeat(10)}目标${'𠀀'.repeat(10)}`;
    const s = snippet(text, '目标', 3)!;
    expect(`${s.before}${s.hit}${s.after}`.isWellFormed()).toBe(true);
  });

  it('folds like the index does', () => {
    expect(fold('ＡＢＣ１２,３４５')).toBe('abc12345');
  });

  it('folds aligned exactly as folding each character alone would (the fast path skips only ASCII and CJK ideographs)', () => {
    const byChar = (t: string) => Array.from(t, (ch) => { const f = ch.normalize('NFKC').toLowerCase(); return f.length === ch.length ? f : ch; }).join('');
    const alphabet = fc.constantFrom(...'AbZ9 法治，。（）ＡＢ１２ﬁİ①㎡〇々ｶﾞ\u{20000}é\n'.split(/(?:)/u));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
      const t = chars.join('');
      expect(foldAligned(t)).toBe(byChar(t));
      expect(foldAligned(t).length).toBe(t.length);
    }));
  });
});
