/**
 * fast-check generators for the property suite: hostile text (full Unicode, controls, lone
 * surrogates, mixed scripts), report-like Chinese and English built from real fragments (so
 * the heading, number, commitment and problem stages actually fire), and random HTML.
 * HTML generators are in html-arbitraries.ts; properties in test/property/*.test.ts, the
 * shared checks in invariants.ts.
 */
import fc from 'fast-check';

/**
 * The seed every property runs with (printed in each test name), so CI is reproducible and
 * a failure replays exactly. PROPERTY_SEED=<n> explores other seeds locally.
 */
export const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);

/** Lone surrogates and other code units that break naive string code. */
const LONE_SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** C0/C1 controls, line and paragraph separators, BOM, zero-width and bidi controls. */
const CONTROL = fc.constantFrom(
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\u000b', '\f', '\r', '\r\n', '\u001b', '\u001f', '\u007f',
  '\u0085', '\u00a0', '\u00ad', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\u202e', '\u2066', '\ufffd', '\u3000',
);
/** Pieces of other scripts, combining marks, emoji (astral, ZWJ sequences) and full-width forms. */
const MIXED_SCRIPT = fc.constantFrom(
  'Москва', 'مرحبا', 'שלום', 'नमस्ते', '한국어', 'ひらがな', 'カタカナ', 'ไทย', 'Ελλάδα', 'e\u0301', 'a\u0308\u0323',
  '😀', '👩‍👩‍👧', '🇨🇳', '𠀀𠀁', '𝟙𝟚𝟛', '１２３％', 'ＡＢＣ', '①②③', 'Ⅳ', '〇', '㈠', '½', '²', '٣٤٥', '߀',
);

/** One character of anything: any code point (astral or BMP), a control, or a lone surrogate. */
export const hostileChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  // Most of the full range is astral and unassigned: weight the BMP (CJK, punctuation) too.
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: CONTROL },
  { weight: 1, arbitrary: LONE_SURROGATE },
);

/** Random Unicode over the whole range, with controls and lone surrogates mixed in. */
export function randomUnicode(maxLength = 200): fc.Arbitrary<string> {
  return fc.array(hostileChar, { maxLength, size: 'max' }).map((parts) => parts.join(''));
}

const ZH_MARKER = fc.constantFrom(
  '一、', '二、', '十一、', '（一）', '(二)', '（十）', '一是', '二是', '三是', '1.', '2、', '12.', '(1)', '（3）',
  '①', '第一部分', '第二，', 'I.', 'II. ', '1.1 ', '',
);
const ZH_TITLE = fc.constantFrom(
  '工作开展情况', '主要举措和成效', '存在的问题和不足', '下一步工作打算', '2024年工作安排', '政府工作任务',
  '依法全面履行政府职能', '履行推进法治建设第一责任人职责情况', '加强组织领导', '主要目标', '工作回顾',
);
const ZH_QUALIFIER = fc.constantFrom('', '约', '超过', '不少于', '不低于', '不超过', '不足', '近', '逾', '力争');
const ZH_NUMBER = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)),
  fc.constantFrom('3000', '36.05', '1.39', '126', '6.5%－7', '5-6', '二十三', '两', '一千多', '百余', '2024', '〔2017〕35', '1,234,567', '0.5', '１２'),
);
const ZH_UNIT = fc.constantFrom('', '%', '万元', '亿元', '万亿元', '人次', '件', '个', '项', '万人', '亿斤', '个工作日', '年', '月', '日', '号', '个百分点', '公里', '多人次', '余件');
const ZH_AFTER = fc.constantFrom('', '左右', '以上', '以内', '多', '余');
const ZH_WORDS = fc.constantFrom(
  '全年', '城镇新增就业', '国内生产总值增长', '居民消费价格涨幅', '办理行政复议案件', '我县', '我们将', '下一步，', '力争',
  '年底前', '到2025年', '确保', '推进', '完善', '建立健全', '存在问题', '短板', '不足', '法治政府建设', '行政执法',
  '十四五', '一网通办', '三项制度', '七五普法', '第14343号提案', '2023年12月31日', '5月1日前', '同比增长', '由', '提高到',
);
const ZH_PUNCT = fc.constantFrom('。', '；', '：', '，', '、', '“', '”', '《', '》', '（', '）', '……', '——', '\n', ' ', '.', ';');

/** A figure as a report writes it: qualifier, number, unit, trailing qualifier. */
export const zhFigure = fc.tuple(ZH_QUALIFIER, ZH_NUMBER, ZH_UNIT, ZH_AFTER).map((p) => p.join(''));

/** A sentence of report-like Chinese: words, figures and punctuation in random order. */
const ZH_SENTENCE = fc.array(fc.oneof({ weight: 3, arbitrary: ZH_WORDS }, { weight: 2, arbitrary: zhFigure }, { weight: 2, arbitrary: ZH_PUNCT }), { maxLength: 12 })
  .map((parts) => `${parts.join('')}。`);

/** One line: a marked heading, a heading followed by run-in text, or a paragraph. */
const ZH_LINE = fc.oneof(
  fc.tuple(ZH_MARKER, ZH_TITLE).map(([m, t]) => `${m}${t}`),
  fc.tuple(ZH_MARKER, ZH_TITLE, ZH_SENTENCE).map(([m, t, s]) => `${m}${t}。${s}`),
  fc.array(ZH_SENTENCE, { minLength: 1, maxLength: 4 }).map((s) => s.join('')),
);

/** Report-like Chinese text: lines of headings and sentences, sometimes a title first. */
export function zhReport(maxLines = 20): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('', '某县人民政府2023年法治政府建设年度报告\n', '2024年政府工作报告\n'), fc.array(ZH_LINE, { maxLength: maxLines, size: 'medium' }))
    .map(([title, lines]) => title + lines.join('\n'));
}

const EN_FRAGMENT = fc.constantFrom(
  'I. Review of 2023', '1. Priorities for 2024', 'Challenges and shortcomings', 'We will', 'we plan to', 'by 2025',
  'by June 30, 2024', 'more than', 'at least', 'around', '12.44 million', '5 percent', '$300', '4.5 billion yuan',
  'twenty-one', 'GDP grew by', 'unemployment', 'Dr. Smith said.', 'The State Council', 'built', 'build', '10-15%', '.', ',', ';', '\n',
  '\n2. Work in 2024\n', '\nA. ', 'We will create 12 million urban jobs by 2025.', 'Next year we will build 300 kilometres of roads.',
  'The unemployment rate was 5.2 percent.', 'However, problems remain in local debt.', 'We aim to cut energy use per unit of GDP by around 2.5%.',
);

/** Report-like English: fragments in random order (numbers, qualifiers, headings, cues). */
export function enReport(maxParts = 40): fc.Arbitrary<string> {
  return fc.array(fc.oneof(EN_FRAGMENT, fc.integer({ min: 0, max: 99_999 }).map(String)), { maxLength: maxParts, size: 'medium' }).map((p) => p.join(' '));
}

/** Report fragments interleaved with hostile characters and foreign scripts. */
export function mixedText(maxParts = 40): fc.Arbitrary<string> {
  return fc.array(fc.oneof(
    { weight: 3, arbitrary: zhReport(3) },
    { weight: 2, arbitrary: enReport(5) },
    { weight: 2, arbitrary: MIXED_SCRIPT },
    { weight: 2, arbitrary: hostileChar },
    { weight: 1, arbitrary: CONTROL },
  ), { maxLength: maxParts }).map((p) => p.join(''));
}

/** One line of about `length` characters, of a report-like or a hostile kind. */
export function hugeLine(length: number): fc.Arbitrary<string> {
  return fc.tuple(fc.oneof(zhReport(4), mixedText(10), randomUnicode(50)), fc.constantFrom('', '\n'))
    .map(([chunk, sep]) => {
      const unit = (chunk.replace(/[\r\n\u2028\u2029\u0085]/g, '') || '文') + sep;
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });
}

/**
 * A report as a PDF's text layer gives it: every line broken at one width (10–60 code
 * points), page footers ("— 3 —", a bare number) every few lines, sometimes a blank line
 * after each paragraph or after every line (pdfminer's double spacing).
 */
export function hardWrapped(report: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(report, fc.integer({ min: 10, max: 60 }), fc.integer({ min: 3, max: 40 }), fc.constantFrom('— n —', 'n', ''), fc.constantFrom('', 'paragraph', 'line'))
    .map(([text, width, perPage, footer, blanks]) => {
      const out: string[] = [];
      let written = 0;
      for (const paragraph of text.split('\n')) {
        const chars = [...paragraph];
        for (let i = 0; i < Math.max(chars.length, 1); i += width) {
          out.push(chars.slice(i, i + width).join(''));
          if (blanks === 'line') out.push('');
          if (footer && ++written % perPage === 0) out.push(footer.replace('n', String(written / perPage)));
        }
        if (blanks === 'paragraph') out.push('');
      }
      return out.join('\n');
    });
}
