import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';
import { normalizeLine, normalizeText } from '../../lib/text/normalize';

const sentences = (text: string, lang: 'zh' | 'en') =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('normalizeLine', () => {
  it.each([
    ['ＡＢＣ１２３％', 'ABC123%'],
    ['（一）加强领导', '(一)加强领导'],
    ['李\u3000强', '李强'],
    ['呼中区 “法治政府”建设', '呼中区“法治政府”建设'],
    ['a\u00a0\u00a0b', 'a b'],
    ['增长５．２％，较上年', '增长5.2%，较上年'],
    ['\ufeff零宽\u200b字符', '零宽字符'],
    ['We  will   grow', 'We will grow'],
  ])('%j → %j', (input, expected) => expect(normalizeLine(input)).toBe(expected));

  it('turns CRLF and CR into line ends and drops blank lines', () => {
    expect(normalizeText('一\r\n\r\n二\r三\n')).toBe('一\n二\n三');
  });
});

describe('splitSentences (Chinese)', () => {
  it.each([
    ['加强建设。完善机制！推进改革？', ['加强建设', '完善机制', '推进改革']],
    ['他说：“我们要完成。”然后走了。', ['他说：“我们要完成。”', '然后走了']],
    ['《关于加强。的意见》已印发。', ['《关于加强。的意见》已印发']],
    ['第一行\n第二行。第三句', ['第一行', '第二行', '第三句']],
    ['未闭合的“引号。后面的句子。', ['未闭合的“引号', '后面的句子']],
    ['。。。', []],
  ])('%j', (input, expected) => expect(sentences(input, 'zh')).toEqual(expected));
});

describe('splitSentences (English)', () => {
  it.each([
    ['We will cut costs. We will grow.', ['We will cut costs.', 'We will grow.']],
    ['Dr. Smith spoke. The U.S. economy grew.', ['Dr. Smith spoke.', 'The U.S. economy grew.']],
    ['GDP grew 5.2 percent. CPI rose 0.2 percent.', ['GDP grew 5.2 percent.', 'CPI rose 0.2 percent.']],
    ['It ended in Jan. 2024 with gains.', ['It ended in Jan. 2024 with gains.']],
    ['"We did it." Then we left.', ['"We did it."', 'Then we left.']],
  ])('%j', (input, expected) => expect(sentences(input, 'en')).toEqual(expected));
});

describe('splitSentences stays within each line (issue 16 medium 4)', () => {
  it.each([
    ['zh', '一、工作\n'],
    ['zh', '— 12 —\n'],
    ['en', 'a\n'],
    ['en', 'Work plan\n'],
  ] as const)('%s: 40,000 lines of %j without a sentence end in linear time', (language, line) => {
    // Before: each line searched on to the next terminator anywhere in the text (quadratic).
    const text = line.repeat(40_000);
    const started = performance.now();
    const spans = splitSentences(text, language);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(spans).toHaveLength(40_000);
    expect(spans[1]).toEqual({ start: line.length, end: line.length + line.trimEnd().length });
  });

  it('still splits inside a line and keeps quotes whole', () => {
    const text = '甲。乙“丙。”丁\n戊！';
    expect(splitSentences(text, 'zh').map((s) => text.slice(s.start, s.end))).toEqual(['甲', '乙“丙。”', '丁', '戊']);
  });
});
