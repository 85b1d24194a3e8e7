/** The Bloom filter of a text's character triples (lib/search/triple-filter.ts), read before the text by a phrase search. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryPieces } from '../../lib/search/terms';
import { mayHaveAll, queryTriples, tripleFilter } from '../../lib/search/triple-filter';
import { NEWER_TEXT, OLDER_TEXT } from '../export/fixtures';

const may = (text: string, query: string) => mayHaveAll(tripleFilter(text), queryTriples(queryPieces(query)));

describe('triples filter', () => {
  it('never rules out a text that has the phrase, folded as the search folds it', () => {
    const chars = fc.constantFrom(...'法治政府建设推进行着力年度，。 GDPＧ⼀一二三々カタ한국'.split(''));
    fc.assert(fc.property(fc.array(chars, { minLength: 1, maxLength: 60 }), fc.nat(), fc.integer({ min: 3, max: 8 }), (cs, at, len) => {
      const text = cs.join('');
      const from = at % text.length;
      const query = text.slice(from, from + len);
      expect(may(text, query)).toBe(true);
    }), { numRuns: 500 });
    // A compatibility form in the text (⼀, the Kangxi radical) folds to the ideograph the reader types.
    expect(may('全⼀二三年', '一二三')).toBe(true);
  });

  it('rules out nearly every phrase whose triples the text lacks, at about a byte a triple', () => {
    const text = OLDER_TEXT + NEWER_TEXT;
    const filter = tripleFilter(text)!;
    const have = new Set<string>();
    for (const run of text.match(/\p{sc=Han}+/gu) ?? []) for (let i = 0; i + 3 <= run.length; i++) have.add(run.slice(i, i + 3));
    expect(filter.length).toBeLessThanOrEqual(Math.ceil(have.size / 8) * 8 + 8);
    // Every triple of the text's characters in another order that the text does not have.
    const chars = [...new Set(text.match(/\p{sc=Han}/gu))];
    let absent = 0;
    let allowed = 0;
    for (let i = 0; i < chars.length && absent < 3000; i++) {
      for (let j = 0; j < 40 && absent < 3000; j++) {
        const t = chars[i] + chars[(i * 7 + j) % chars.length] + chars[(i + j * 13) % chars.length];
        if (have.has(t)) continue;
        absent++;
        if (mayHaveAll(filter, queryTriples([t]))) allowed++;
      }
    }
    expect(absent).toBe(3000);
    expect(allowed / absent).toBeLessThan(0.08);
    // 着力推进行政: every pair of it below, not its triple 着力推.
    expect(may('全力推进，着力改进行政执法。', '着力推进行政')).toBe(false);
    expect(may('着力推进法治建设，推进行政执法。', '着力推进行政')).toBe(true);
  });

  it('has no say where it cannot: texts beyond the BMP, queries without triples', () => {
    expect(tripleFilter('𠀀法治政府')).toBeNull();
    expect(may('𠀀法治政府', '着力推进行政')).toBe(true);
    expect(queryTriples(queryPieces('法治 GDP'))).toEqual([]);
    expect(queryTriples(queryPieces('𠀀法治'))).toEqual([]);
    expect(mayHaveAll(tripleFilter('没有'), [])).toBe(true);
  });
});
