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
