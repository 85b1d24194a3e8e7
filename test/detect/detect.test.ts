import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DETECT_TEXT_LIMIT, REPORT_THRESHOLD, RULES, detect } from '../../lib/detect';
import { detectInputFromDocument } from '../../lib/detect/dom';
import { assembleDocument } from '../../lib/extract/document';
import { htmlToPage } from '../../lib/extract/page';
import { textToPage } from '../../lib/extract/text-page';
import type { PageInput } from '../../lib/extract/types';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** Detection the way the extractor runs it: page reader → assembled text → detect. */
function detectFile(path: string, url?: string) {
  const source = readFileSync(path, 'utf8');
  const page: PageInput = path.endsWith('.html') ? htmlToPage(parse(source), url) : textToPage(source, url);
  const ctx = assembleDocument(page);
  return detect({ url: page.url, title: ctx.title, metaTags: page.metaTags, text: ctx.text });
}

const GOV = 'http://www.yunxi.gov.cn';
/** Our own samples: [file under test/fixtures, url, is it a report]. */
const SAMPLES: [string, string | undefined, boolean][] = [
  ['gbk-page/source.html', `${GOV}/zwgk/fzzfjs/202401/t20240118_1.html`, true],
  ['gbk-page/source.html', undefined, true],
  ['pages/report-en.html', 'https://www.ruralservices.example.gov/reports/fy2023-apr', true],
  ['pages/report-en.html', undefined, true],
  ['pages/plan-zh.txt', undefined, true],
  ['pages/reply-zh.txt', undefined, true],
  ['pages/gwr-zh.txt', undefined, true],
  ['pages/gwr-en.txt', undefined, true],
  ['pages/county-zh.txt', undefined, true],
  ['pages/news-zh.html', 'https://www.yunxidaily.example.com/travel/2023/1021.html', false],
  ['pages/news-en.html', 'https://www.riversidedaily.example.com/local/bike-lanes', false],
  ['pages/gov-news.html', `${GOV}/zwyw/202403/t20240312_1.html`, false],
  ['pages/gov-list.html', `${GOV}/zwgk/fzzfjs/`, false],
  ['pages/gov-notice.html', `${GOV}/tzgg/202402/t20240202_5.html`, false],
  ['pages/gov-en-press.html', 'https://www.publicworks.example.gov/newsroom/2024/04/rural-water', false],
  ['pages/shop.html', 'https://yunxitea.example.com/item/168', false],
  ['pages/blog-en.html', 'https://wanderingnotes.example.com/2023/06/coast', false],
  ['pages/blog-zh-summary.html', 'https://blog.example.com/xiaolin/2023-summary', false],
  ['pages/wiki-en.html', 'https://en.wikipedia.example.org/wiki/Yunxi_River', false],
];

describe('detect on our samples (page reader → detect)', () => {
  it.each(SAMPLES)('%s (%s) → report: %s', (file, url, expected) => {
    const d = detectFile(fixture(file), url);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(expected);
    expect(d.score).toBeGreaterThanOrEqual(0);
    expect(d.score).toBeLessThanOrEqual(1);
  });

  it('every sample file is in the table', () => {
    const listed = new Set(SAMPLES.map(([f]) => f));
    for (const f of readdirSync(fixture('pages'))) expect(listed.has(`pages/${f}`), f).toBe(true);
  });
});

describe('detect from a raw Document (content script path)', () => {
  it.each(SAMPLES.filter(([f]) => f.endsWith('.html')))('%s (%s) → report: %s', (file, url, expected) => {
    const d = detect(detectInputFromDocument(parse(readFileSync(fixture(file), 'utf8')), url));
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(expected);
  });

  it('samples the article container, with block boundaries as line ends', () => {
    const input = detectInputFromDocument(parse(readFileSync(fixture('gbk-page/source.html'), 'utf8')));
    expect(input.title).toBe('云溪县人民政府2023年度法治政府建设工作报告_法治政府建设_云溪县人民政府');
    expect(input.metaTags.pubdate).toBe('2024-01-18 09:30');
    expect(input.text.startsWith('市人民政府：\n')).toBe(true);
    expect(input.text).toMatch(/\n一、主要举措和成效\n/);
    expect(input.text.length).toBeLessThanOrEqual(DETECT_TEXT_LIMIT);
  });
});

describe('detect on a plain-text file the browser shows (text/plain, one <pre>)', () => {
  /** The document Chromium builds for a text/plain response. */
  function plainTextDocument(text: string): Document {
    const doc = parse(`<html><head></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></body></html>`);
    Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
    return doc;
  }

  it.each(['county-zh.txt', 'plan-zh.txt', 'reply-zh.txt', 'gwr-en.txt'])('%s: the verdict of the .txt path, with its first line as the title', (file) => {
    const text = readFileSync(fixture(`pages/${file}`), 'utf8');
    const input = detectInputFromDocument(plainTextDocument(text), `http://127.0.0.1/${file}`);
    expect(input.title).toBe(text.trim().split('\n')[0].trim());
    expect(input.text.split('\n').length).toBeGreaterThan(3);
    expect(detect(input).isReport).toBe(detectFile(fixture(`pages/${file}`)).isReport);
    expect(detect(input).isReport).toBe(true);
  });
});

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const corpusFiles = existsSync(CORPUS)
  ? [
    ...readdirSync(`${CORPUS}seeds`).map((d) => `${CORPUS}seeds/${d}/input.txt`),
    ...readdirSync(`${CORPUS}gwr`).filter((f) => f.endsWith('.txt')).map((f) => `${CORPUS}gwr/${f}`),
    ...(existsSync(`${CORPUS}gwr-history/cases`) ? readdirSync(`${CORPUS}gwr-history/cases`).map((d) => `${CORPUS}gwr-history/cases/${d}/input.txt`) : []),
  ].filter(existsSync)
  : [];

// The evaluation corpus lives beside the project (../shared/corpus), not in it: read, never copied.
describe.skipIf(!corpusFiles.length)('detect on the evaluation corpus (title + text only)', () => {
  it.each(corpusFiles.map((f) => [f.slice(CORPUS.length), f]))('%s is a report', (_name, file) => {
    const d = detectFile(file);
    expect(d.isReport, `score ${d.score}: ${d.signals.join(' ')}`).toBe(true);
  });
});

describe('detect signals and scoring', () => {
  const base = { title: null, metaTags: {}, text: '' };
  it.each([
    ['gov.cn host', { ...base, url: 'https://www.guannan.gov.cn/a.html' }, 'url:gov.cn'],
    ['.gov host', { ...base, url: 'https://www.energy.gov/reports' }, 'url:.gov'],
    ['.gov.xx host', { ...base, url: 'https://www.gov.uk/government/publications' }, 'url:.gov'],
    ['CMS meta tag', { ...base, metaTags: { articletitle: '某文' } }, 'meta:ArticleTitle'],
    ['title vocabulary', { ...base, title: '2024年政府工作报告' }, 'title:工作报告'],
    ['English title', { ...base, title: 'Report on the Work of the Government' }, 'title:工作报告'],
    ['marker headings', { ...base, text: '一、主要成效\n正文。\n二、存在问题\n正文。' }, 'structure:markers'],
    ['enumeration', { ...base, text: '一是加强领导；二是完善制度。' }, 'structure:enumeration'],
    ['roman headings', { ...base, text: 'I. Overview\nText.\nII. Results' }, 'structure:roman'],
    ['link list', { ...base, text: '工作动态 2024-01-01\n'.repeat(40) }, 'structure:no-prose'],
  ])('%s fires', (_name, input, signal) => expect(detect(input).signals).toContain(signal));

  it('a gov site alone, or a title alone, is not enough', () => {
    expect(detect({ ...base, url: 'https://www.yunxi.gov.cn/', metaTags: { articletitle: 'x', pubdate: 'y', contentsource: 'z', columnname: 'w' } }).isReport).toBe(false);
    expect(detect({ ...base, title: '2024年政府工作报告' }).isReport).toBe(false);
    expect(detect({ ...base, title: '2024年政府工作报告', text: '一、2023年工作回顾\n过去一年，全市经济稳中有进。\n二、2024年工作安排\n今年要扎实推进。' }).isReport).toBe(true);
  });

  it('reads at most DETECT_TEXT_LIMIT characters of text', () => {
    const filler = '这是一段与报告无关的文字。'.repeat(Math.ceil(DETECT_TEXT_LIMIT / 13));
    const late = `${filler}\n一、主要成效\n二、存在问题\n三、下一步工作打算\n现将有关情况报告如下：`;
    expect(detect({ ...base, text: late }).signals.filter((s) => s.startsWith('structure:marker'))).toEqual([]);
  });

  it('is deterministic and scores within 0..1 at the documented threshold', () => {
    const input = { ...base, title: '云溪县2023年度法治政府建设工作报告', text: '现将有关情况报告如下：\n一、主要举措和成效\n二、存在问题' };
    expect(detect(input)).toEqual(detect(input));
    expect(detect(input).score).toBeGreaterThanOrEqual(REPORT_THRESHOLD);
  });

  it('handles empty and odd input', () => {
    expect(detect({ title: null, metaTags: {}, text: '' })).toEqual({ isReport: false, score: 0, signals: [] });
    expect(detect({ url: 'not a url', title: '', metaTags: {}, text: '\u0000' }).isReport).toBe(false);
  });
});

describe('detect rule table', () => {
  it('every rule has an id, a non-zero weight and an example', () => {
    for (const r of RULES) {
      expect(r.id).toBeTruthy();
      expect(r.weight).not.toBe(0);
      expect(r.example.length).toBeGreaterThan(3);
    }
  });

  it('every title and text rule matches its own example', () => {
    for (const r of RULES.filter((x) => (x.on === 'title' || x.on === 'text') && x.min === undefined)) {
      r.pattern.lastIndex = 0;
      expect(r.pattern.test(r.example), `${r.on}:${r.id}`).toBe(true);
    }
  });

  it('runs in well under 0.5 ms on a 50 KB non-report page', () => {
    const html = readFileSync(fixture('pages/news-zh.html'), 'utf8');
    const sample = detectInputFromDocument(parse(html));
    const input = { ...sample, url: 'https://www.yunxidaily.example.com/a.html', text: sample.text.repeat(Math.ceil(50000 / sample.text.length)) };
    for (let i = 0; i < 50; i++) detect(input);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      detect(input);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    expect(times[150]).toBeLessThan(0.5);
  });
});

describe('detect: reports as information-disclosure pages print them', () => {
  const detectText = (text: string) => {
    const ctx = assembleDocument(textToPage(text));
    return detect({ title: ctx.title, metaTags: {}, text: ctx.text });
  };

  it('an untitled year review (the page lost its header) is a report', () => {
    const d = detectText([
      '2024年,在市委、市政府正确领导下,青禾区坚持依法行政,各项工作稳步推进、成效明显。',
      '一、2024年工作总结',
      '(一)坚持党建引领',
      '1.加强理论武装。开展专题学习12次,建立工作台账30条。',
      '2.锻造过硬队伍。开展业务培训40余次。',
    ].join('\n'));
    expect(d.signals).toEqual(expect.arrayContaining(['text:year-review-opening', 'structure:sections']));
    expect(d.isReport).toBe(true);
  });

  it('paragraphs whose clauses end in ；/; are prose, not a link list', () => {
    const clause = '区政府常务会议专题研究法治政府建设事项,部署行政执法监督和复议应诉工作';
    const d = detectText(['青禾区2023年度法治政府建设情况报告', '2023年,青禾区坚持依法行政。', '一、主要负责同志履行第一责任人职责情况',
      `${Array.from({ length: 8 }, () => clause).join(';')};以案说法。`].join('\n'));
    expect(d.signals).not.toContain('structure:no-prose');
    expect(d.isReport).toBe(true);
  });
});
