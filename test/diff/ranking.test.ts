/**
 * The diff's ranking machinery, on its own: terms as index keys, the BM25 index (vocabulary,
 * pruning of terms found everywhere, bounded top-k), coverage scores, and the inverted index
 * that finds a target's candidate actuals without reading every figure.
 */
import { describe, expect, it } from 'vitest';
import type { MeasuredFigure } from '../../lib/diff/actuals';
import { MAX_FIGURES_PER_WORD, candidatesFor, indexActuals } from '../../lib/diff/actual-index';
import { bestActual, measureIdf, measureSimilarity } from '../../lib/diff/actual-match';
import { buildBm25 } from '../../lib/diff/bm25';
import { matchScores, queryOf } from '../../lib/diff/query';
import { termKey, termKeysOf, termsOf } from '../../lib/diff/terms';
import { unitKey } from '../../lib/diff/targets';

describe('term keys', () => {
  it.each([
    ['zh', '全年新增城镇就业1256万人，CPI上涨0.2%，“一网通办”覆盖率达到95%。'],
    ['zh', '单字：水。'],
    ['en', 'We will upgrade 12 bridges and the water network in 2025.'],
  ] as const)('%s: the keys of a text are its terms as keys, in order', (language, text) => {
    expect(termKeysOf(text, language)).toEqual(termsOf(text, language).map(termKey));
  });

  it('keys a pair of Chinese characters as a small integer, anything else as itself', () => {
    expect(typeof termKey('就业')).toBe('number');
    expect(termKey('就业')).not.toBe(termKey('业就'));
    expect(termKey('水')).toBe('水');
    expect(termKey('ab')).toBe('ab');
  });
});

/** `n` distinct two-character words made of CJK characters from U+4E00 on. */
const words = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + (i % 150), 0x4e00 + 150 + Math.floor(i / 150)));

describe('BM25 index', () => {
  it('gives every distinct term one id (the vocabulary grows past its first table), and -1 to a term no document has', () => {
    const vocab = words(5000);
    const docs = Array.from({ length: 50 }, (_, d) => vocab.slice(d * 100, d * 100 + 100));
    const bm25 = buildBm25(docs.map((d) => d.map(termKey)));
    const ids = vocab.map((w) => bm25.idOf(w));
    expect(new Set(ids).size).toBe(5000);
    expect(Math.min(...ids)).toBe(0);
    expect(Math.max(...ids)).toBe(4999);
    expect(bm25.idOf('没有')).toBe(-1);
    expect([...bm25.docTerms[3]]).toEqual(docs[3].map((w) => bm25.idOf(w)));
  });

  it('ranks the documents that share the rarer terms first, keeps at most k, and breaks ties by position', () => {
    const docs = [['供水', '管网'], ['供水', '改造'], ['管网', '改造', '供水'], ['学校'], ['供水', '管网']].map((d) => d.map(termKey));
    const bm25 = buildBm25(docs);
    const q = Int32Array.from(['管网', '改造'], (t) => bm25.idOf(t));
    // 改造 is in fewer documents than 管网: it weighs more.
    expect(bm25.topK(q, 2)).toEqual([2, 1]);
    expect(bm25.topK(q, 10)).toEqual([2, 1, 0, 4]);
  });

  it('does not look up a term found in more than 200 of thousands of sentences (ranking stays linear on huge reports)', () => {
    const docs = Array.from({ length: 3000 }, (_, d) => [d < 250 ? '常见' : '其他', `句${String.fromCharCode(0x4e00 + d)}`]);
    const bm25 = buildBm25(docs.map((d) => d.map(termKey)));
    // 250 sentences are under 10 % of 3000, but over 200: not looked up. In 50 of 2800 it is.
    expect(bm25.topK(Int32Array.of(bm25.idOf('常见')), 5)).toEqual([]);
    const few = buildBm25(docs.slice(200, 3000).map((d) => d.map(termKey)));
    expect(few.topK(Int32Array.of(few.idOf('常见')), 3)).toEqual([0, 1, 2]);
  });
});

describe('coverage scores', () => {
  it('scores each sentence by the weighted share of the commitment it has, whole or clause by clause', () => {
    const sentences = ['新建社区养老服务站34个', '社区养老服务站覆盖率达到100%', '开展护理员培训'];
    const bm25 = buildBm25(sentences.map((s) => termKeysOf(s, 'zh')));
    const q = queryOf(bm25, '新建社区养老服务站30个，开展护理员技能培训', 'zh');
    const ids = sentences.map((s) => Int32Array.from(new Set(termsOf(s, 'zh')), (t) => bm25.idOf(t)));
    const [a, b, c] = matchScores(q, ids, new Int32Array(bm25.size));
    expect(a).toBeGreaterThan(b);
    expect(c).toBeGreaterThan(0);
    expect(matchScores(q, [Int32Array.of()], new Int32Array(bm25.size))).toEqual([0]);
  });
});

/** A measured figure with the given measure words, kind and unit (enough for matching). */
function figure(id: string, terms: string[], unit: string | null, sentence: string[] = terms, phrase = terms.join('')): MeasuredFigure {
  return {
    number: { id, raw: id, value: 1, unit, kind: 'count', approx: null, indicator: null, headingId: null, start: 0, end: 1, rule: 'test' },
    measure: { phrase, label: phrase, unit, restated: false, change: false },
    terms: new Set(terms), kind: 'level', sentenceTerms: new Set(sentence),
  };
}

describe('candidate actuals from the inverted index', () => {
  const actuals = [
    figure('a0', ['养老', '服务'], '个'), figure('a1', ['供水', '管网'], '公里'), figure('a2', ['养老', '服务', '站点'], '个'),
    figure('a3', ['学校', '改造'], '所'), figure('a4', ['服务'], '个'), figure('a5', ['下乡'], '亿元', ['下乡'], '“家电下乡”补贴'),
  ];
  const targets = [figure('t0', ['养老', '服务', '站点'], '个'), figure('t1', ['供水'], '公里'), figure('t2', [], '所', ['学校', '改造', '建设']), figure('t3', ['补贴'], '亿元', ['补贴'], '“家电下乡”补贴资金')];
  const idf = measureIdf([...actuals, ...targets]);
  const index = indexActuals(actuals, unitKey);

  it('finds the same best actual as reading every figure', () => {
    for (const t of targets) {
      const quoted = (p: string) => [...p.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      const sameName = (a: MeasuredFigure) => quoted(a.measure.phrase).some((n) => quoted(t.measure.phrase).includes(n));
      const scan = actuals.filter((a) => unitKey(a.measure.unit) === unitKey(t.measure.unit))
        .map((a) => ({ a, s: measureSimilarity(t, a, idf) }))
        .filter(({ a, s }) => s.score > 0.5 && (s.cover >= 0.45 || sameName(a)))
        .sort((x, y) => y.s.score - x.s.score)[0]?.a ?? null;
      expect(bestActual(t, index, idf, unitKey)?.number.id ?? null, t.number.id).toBe(scan?.number.id ?? null);
    }
    expect(bestActual(targets[0], index, idf, unitKey)?.number.id).toBe('a2');
    expect(bestActual(targets[1], index, idf, unitKey)?.number.id).toBe('a1');
  });

  it('reads only figures with the unit that share the target\'s words, its sentence\'s when it names nothing, or a quoted name', () => {
    expect(candidatesFor(targets[0], index, idf, '个', 0.45)).toEqual([0, 2]);
    expect(candidatesFor(targets[2], index, idf, '所', 0.45)).toEqual([3]);
    expect(candidatesFor(targets[3], index, idf, '亿元', 0.45)).toEqual([5]);
  });

  it('does not find candidates through a word in more than MAX_FIGURES_PER_WORD figures', () => {
    const many = Array.from({ length: MAX_FIGURES_PER_WORD + 1 }, (_, i) => figure(`m${i}`, ['常见', `词${String.fromCharCode(0x4e00 + i)}`], '个'));
    const big = indexActuals(many, unitKey);
    const t = figure('t', ['常见'], '个');
    expect(candidatesFor(t, big, measureIdf([...many, t]), '个', 0.45)).toEqual([]);
  });
});
