/**
 * Pathological inputs for the time-complexity suite (issue 16): runs of one character,
 * markers, punctuation, digits, separators, tags, unclosed and stray tags, long lines and
 * many short lines, in Chinese and English. Each generator makes an input of about `size`
 * characters; the suite times it at n and 8n and fails when the time grows more than 12×.
 * Every input issue 16 reports is here, named after its finding.
 */

/** How an input is fed to the program: the code path whose time is measured. */
export type Path =
  | 'stdin' // extract -: decoded, looked at ("is this HTML?"), then read as text or HTML
  | 'html' // extract page.html: parsed with linkedom (after the nesting guard), then read
  | 'markdown' // extract --format md
  | 'bundle' // a library bundle holding the input as a snapshot's text, parsed for import
  | 'download-name' // an export's file name with the input as the issuer
  | 'diff'; // the input as the plans of one year's report and the review of the next, diffed (extraction not timed)

export interface Generator {
  id: string;
  lang: 'zh' | 'en' | 'html';
  path: Path;
  /** What the input is and, for a reported finding, where it came from. */
  why: string;
  make: (size: number) => string;
}

/** `unit` repeated to at least `size` characters. */
const times = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length));

/** Lines made by `line(i)` for i = 1, 2, … until `size` characters. */
const lines = (line: (i: number) => string) => (size: number) => {
  const out: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const next = `${line(i)}\n`;
    out.push(next);
    length += next.length;
  }
  return out.join('');
};

/** A title line so the text is read as a report, then the body. */
const report = (title: string, body: (size: number) => string) => (size: number) => `${title}\n${body(size)}`;

const ZH: Generator[] = [
  { id: 'zh-yi-run', lang: 'zh', path: 'stdin', why: 'issue 16 medium 3: 一×128,000 took 25.8 s (fraction rule)', make: times('一') },
  { id: 'zh-er-shi-san', lang: 'zh', path: 'stdin', why: 'issue 16 medium 3: 二十三×32,000 took 46 s', make: times('二十三') },
  { id: 'zh-unpunctuated-lines', lang: 'zh', path: 'stdin', why: 'issue 16 medium 4: 一、工作 lines, the splitter searched the whole text for 。', make: times('一、工作\n') },
  // Page numbers past 10,000 are no page sequence: the lines stay text, at n as at 8n.
  { id: 'zh-page-number-lines', lang: 'zh', path: 'stdin', why: 'issue 16 medium 4: — n — page-number lines took 104 s at 1.3 MB', make: lines((i) => `— ${10_000 + i} —`) },
  { id: 'zh-page-marks', lang: 'zh', path: 'stdin', why: 'page numbers in sequence, every one a page mark', make: lines((i) => `— ${(i % 400) + 1} —`) },
  { id: 'zh-digit-commas', lang: 'zh', path: 'stdin', why: 'issue 16 low: 111,×32,000 took 5.8 s (thousands groups)', make: report('某县2023年工作报告', times('111,')) },
  { id: 'zh-one-character', lang: 'zh', path: 'stdin', why: 'a run of one common character', make: times('的') },
  { id: 'zh-full-stops', lang: 'zh', path: 'stdin', why: 'a run of sentence ends', make: report('某县2023年工作报告', times('。')) },
  { id: 'zh-commas', lang: 'zh', path: 'stdin', why: 'a run of commas: one endless clause', make: report('某县2023年工作报告', times('推进，')) },
  { id: 'zh-paren-markers', lang: 'zh', path: 'stdin', why: 'heading markers back to back on one line', make: times('（一）') },
  { id: 'zh-shi-markers', lang: 'zh', path: 'stdin', why: 'run-in markers 一是 二是 back to back', make: times('一是二是') },
  { id: 'zh-numeral-soup', lang: 'zh', path: 'stdin', why: 'every Chinese numeral and magnitude in a row', make: times('一二三四五六七八九十百千万亿两') },
  { id: 'zh-amounts', lang: 'zh', path: 'stdin', why: 'figures with magnitudes and units, no separator', make: times('1.5万亿元3000多人次') },
  { id: 'zh-ranges', lang: 'zh', path: 'stdin', why: 'percentage ranges back to back', make: times('6.5%－7%左右') },
  { id: 'zh-dates', lang: 'zh', path: 'stdin', why: 'dates back to back', make: times('2024年1月1日') },
  { id: 'zh-year-spans', lang: 'zh', path: 'stdin', why: 'year spans in brackets', make: times('（2021—2025年）') },
  { id: 'zh-long-line', lang: 'zh', path: 'stdin', why: 'one line of words, no punctuation', make: report('某县2023年法治政府建设年度报告', times('推进法治政府建设加强行政执法监督')) },
  { id: 'zh-short-lines', lang: 'zh', path: 'stdin', why: 'many one-character lines', make: times('一\n') },
  { id: 'zh-unclosed-brackets', lang: 'zh', path: 'stdin', why: 'opening brackets and quotes never closed', make: times('（《“【') },
  { id: 'zh-commitment-cues', lang: 'zh', path: 'stdin', why: 'future and firmness cues with no verb object', make: report('2024年工作要点', times('将力争确保年底前')) },
  { id: 'zh-problem-cues', lang: 'zh', path: 'stdin', why: 'shortcoming cues back to back', make: report('存在的问题', times('存在问题不足短板差距')) },
  { id: 'zh-doc-ids', lang: 'zh', path: 'stdin', why: 'document numbers back to back', make: times('〔2017〕35号') },
];

const EN: Generator[] = [
  { id: 'en-digit-commas', lang: 'en', path: 'stdin', why: 'issue 16 low: 111,×32,000 took 5.8 s (number rules)', make: times('111,') },
  { id: 'en-one-letter', lang: 'en', path: 'stdin', why: 'a run of one letter', make: times('a') },
  { id: 'en-long-line', lang: 'en', path: 'stdin', why: 'one line of words, no sentence end', make: report('Annual Report 2023', times('improve public services ')) },
  { id: 'en-periods', lang: 'en', path: 'stdin', why: 'a run of full stops', make: report('Annual Report 2023', times('.')) },
  { id: 'en-short-lines', lang: 'en', path: 'stdin', why: 'many one-letter lines', make: times('a\n') },
  { id: 'en-numbered', lang: 'en', path: 'stdin', why: 'list markers back to back', make: times('1. ') },
  { id: 'en-roman', lang: 'en', path: 'stdin', why: 'Roman heading markers back to back', make: times('IV. ') },
  { id: 'en-money', lang: 'en', path: 'stdin', why: 'amounts with scale words', make: times('$1.5 million ') },
  { id: 'en-number-words', lang: 'en', path: 'stdin', why: 'numbers in words', make: times('twenty-one ') },
  { id: 'en-will', lang: 'en', path: 'stdin', why: 'commitment cues without an object', make: report('Priorities for 2024', times('We will ')) },
  { id: 'en-dotted-numbers', lang: 'en', path: 'stdin', why: 'dotted section numbers', make: times('1.1.1.1 ') },
  { id: 'en-spaces', lang: 'en', path: 'stdin', why: 'a word and a long run of spaces, repeated', make: times(`a${' '.repeat(63)}`) },
  { id: 'en-markdown-hostile', lang: 'en', path: 'markdown', why: 'issue 16 medium 8: escaped tags and links in the text, written as Markdown', make: report('Annual Report 2023', times('We will fix \\<img src=x onerror=alert(1)\\> and \\[x\\](javascript:alert(1)) by 2025. ')) },
];

const HTML: Generator[] = [
  { id: 'html-empty-comments', lang: 'html', path: 'stdin', why: 'issue 16 high 1: <!---->×32+x on stdin ran past 120 s', make: (size) => `${times('<!---->')(size)}x` },
  { id: 'html-stray-close', lang: 'html', path: 'html', why: 'issue 16 medium 5: <div></b> fooled the nesting guard', make: times('<div></b>') },
  { id: 'html-unclosed-tags', lang: 'html', path: 'html', why: 'issue 16 medium 5: the guard\'s regex was quadratic on unclosed tags', make: times('<a href=x ') },
  { id: 'html-deep-nesting', lang: 'html', path: 'html', why: 'nesting past the guard\'s limit is refused', make: times('<div>') },
  { id: 'html-paragraphs', lang: 'html', path: 'html', why: 'many short paragraphs', make: report('<title>报告</title>', times('<p>一、工作</p>')) },
  { id: 'html-table-cells', lang: 'html', path: 'html', why: 'one table with many cells', make: (size) => `<table><tr>${times('<td>1</td>')(size)}</tr></table>` },
  { id: 'html-headings', lang: 'html', path: 'html', why: 'many headings', make: times('<h2>一、工作</h2>') },
  { id: 'html-entities', lang: 'html', path: 'html', why: 'a run of character references', make: (size) => `<p>${times('&amp;&#20320;')(size)}</p>` },
  { id: 'html-long-attribute', lang: 'html', path: 'html', why: 'one attribute value as long as the page', make: (size) => `<p title="${'a'.repeat(size)}">正文</p>` },
  { id: 'html-inline-runs', lang: 'html', path: 'html', why: 'bold leads back to back', make: times('<b>一、</b>') },
  { id: 'html-unclosed-comment', lang: 'html', path: 'stdin', why: 'a comment never closed', make: (size) => `<!--${'x'.repeat(size)}` },
];

/** Words for the diff's inputs: each line names a few of them, so every word is in a few per cent of the lines (under any share that prunes a word as everywhere). */
const ZH_WORDS = [...'水电路桥网站园区校医院房田林草河湖山海港铁车船厂矿仓库井塘渠堤坝'];
const EN_WORDS = ['water', 'bridge', 'school', 'clinic', 'harbour', 'railway', 'library', 'forest', 'river', 'market', 'station', 'depot', 'tunnel', 'canal', 'garden', 'museum', 'stadium', 'airport', 'hostel', 'factory'];
const pick = (words: string[], i: number, step: number) => words[(i * step) % words.length];
const DIFF_LINES: Generator[] = [
  {
    id: 'zh-diff-huge-plans', lang: 'zh', path: 'diff', why: 'a plans section of thousands of commitments with shared words and figures (BM25 ranking and actual matching must not be quadratic)',
    make: lines((i) => `要加快${pick(ZH_WORDS, i, 1)}${pick(ZH_WORDS, i, 7)}${pick(ZH_WORDS, i, 11)}工程建设，年内新建${pick(ZH_WORDS, i, 13)}${pick(ZH_WORDS, i, 17)}设施${i}处。`),
  },
  {
    id: 'en-diff-huge-plans', lang: 'en', path: 'diff', why: 'an English plans section of thousands of commitments with shared words and figures',
    make: lines((i) => `We will upgrade the ${pick(EN_WORDS, i, 1)} ${pick(EN_WORDS, i, 7)} network and build ${i} new ${pick(EN_WORDS, i, 11)} ${pick(EN_WORDS, i, 13)} sites.`),
  },
];

const OTHER: Generator[] = [
  { id: 'bundle-heading-chain', lang: 'zh', path: 'bundle', why: 'issue 16 high 2: a snapshot whose headings chain one under the other', make: times('一、工作\n') },
  { id: 'download-long-issuer', lang: 'zh', path: 'download-name', why: 'issue 16 low: a 10,000-character issuer froze each export 2.3 s', make: times('某县人民政府') },
];

export const GENERATORS: Generator[] = [...ZH, ...EN, ...HTML, ...OTHER, ...DIFF_LINES];
