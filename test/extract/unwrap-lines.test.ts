import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract';
import type { Extraction } from '../../lib/extract/types';
import { looksJustified } from '../../lib/extract/line-shape';
import { unwrapLines } from '../../lib/extract/unwrap-lines';
import { normalizedLines } from '../../lib/text/normalize';
import { hardWrap as wrapWith } from '../../scripts/hard-wrap';

const extract = (text: string) => extractText(text, { sha256: 'test' });

/** The wrapping a PDF's text layer gives (scripts/hard-wrap.ts), positional for short calls. */
const hardWrap = (text: string, width: number, pageNumber: (page: number) => string, perPage = 22, gaps = false) =>
  wrapWith(text, { width, pageNumber, perPage, gaps });

const ZH_SAMPLE = readFileSync(new URL('../../samples/qinghe-2024.zh.txt', import.meta.url), 'utf8');
const EN_SAMPLE = readFileSync(new URL('../../samples/maple-valley-2023.en.txt', import.meta.url), 'utf8');

/** What a reader checks in an extraction: outline, commitments, figures, problems, meta. */
function essentials(x: Extraction) {
  return {
    headings: x.headings.map((h) => `${h.depth} ${h.title} ${h.role}`),
    commitments: x.commitments.map((c) => `${c.text} | ${c.deadline} | ${c.strength}`),
    numbers: x.numbers.map((n) => `${n.raw} ${n.value} ${n.unit}`),
    problems: x.problems.map((p) => p.text),
    meta: x.meta,
  };
}

describe('hard-wrapped text (a PDF text layer) reads as the paragraphs it was', () => {
  // At 28 characters a line the heading 二、党政主要负责人…职责情况 fills its line exactly.
  it.each([[28], [30], [33]])('a Chinese report at %i characters a line, first lines indented, with "— n —" page footers extracts as the original', (chars) => {
    const wrapped = hardWrap(ZH_SAMPLE, chars * 2, (n) => `— ${n} —`);
    expect(wrapped.split('\n').length).toBeGreaterThan(normalizedLines(ZH_SAMPLE).length * 2);
    expect(essentials(extract(wrapped))).toEqual(essentials(extract(ZH_SAMPLE)));
  });

  it('an English report at 80 columns with bare page numbers extracts as the original', () => {
    const wrapped = hardWrap(EN_SAMPLE, 80, (n) => String(n), 10);
    expect(wrapped).toMatch(/\n2\n/);
    expect(essentials(extract(wrapped))).toEqual(essentials(extract(EN_SAMPLE)));
  });

  it.each([
    ['"— n —" footers', (n: number) => `— ${n} —`],
    ['bare page numbers', (n: number) => String(n)],
  ])('with a blank line after each paragraph and around %s, a blank line ends a paragraph and a footer does not', (_name, footer) => {
    const wrapped = hardWrap(EN_SAMPLE, 80, footer, 7, true);
    expect(wrapped).toMatch(/[a-z,]\n\n[^\n]+\n\n[a-z\d]/); // a footer inside a paragraph
    expect(extractText(wrapped, { sha256: 'test' }).text).toBe(extractText(EN_SAMPLE, { sha256: 'test' }).text);
  });

  it('a running head on every page (the report title, a letterhead) is a page mark: the title stays, the text reads as the original', () => {
    const title = normalizedLines(ZH_SAMPLE)[0];
    const wrapped = hardWrap(ZH_SAMPLE, 60, (n) => `— ${n} —\n${title}\n青禾县人民政府文件`, 12);
    expect(wrapped.split(title).length - 1).toBeGreaterThan(3);
    const read = extract(wrapped);
    expect(read.source.title).toBe(title);
    expect(essentials(read)).toEqual(essentials(extract(ZH_SAMPLE)));
    expect(read.text).not.toContain('青禾县人民政府文件');
  });

  it('a Chinese report written double-spaced (pdfminer leaves a blank line after every line) extracts as the original', () => {
    const doubleSpaced = hardWrap(ZH_SAMPLE, 60, (n) => `— ${n} —`).split('\n').join('\n\n');
    expect(essentials(extract(doubleSpaced))).toEqual(essentials(extract(ZH_SAMPLE)));
  });

  it('a justified line (words spread apart) goes on even where its sentence ends and the next word seems to fit', () => {
    const raw = [
      'In 2024 the county finished the broadband map, opened two new clinics in the north',
      'and  trained  1,200  officers.  Every  enforcement  agency  published  its  powers.',
      'Fees were cut for small firms, and the review of permits went ahead as planned.',
      'We will publish the list of enforcement powers by June 30 and review it yearly.',
      'Spending stayed within the budget approved by the council for the year in full.',
      'We will open three more clinics by the end of 2025 and hire forty more nurses.',
      'II. Plans for 2025',
      'We will raise the share of services online to 95 percent by the end of the year,',
      'and  every  officer  will  receive  forty  hours  of  training  in  the  new  rules.',
      'The county will also review its fee schedule.',
    ];
    const lines = unwrapLines(raw.map((line) => ({ text: line.replace(/ {2,}/g, ' '), justified: looksJustified(line) }))).lines;
    expect(lines[0]).toMatch(/^In 2024 .* its powers\. Fees were cut/);
    expect(lines[lines.length - 1]).toBe('We will raise the share of services online to 95 percent by the end of the year, and every officer will receive forty hours of training in the new rules. The county will also review its fee schedule.');
  });

  it('a very long wrapped text (200,000 lines, some indented) is read without overflowing the stack', () => {
    const lines = normalizedLines(hardWrap(EN_SAMPLE, 80, (n) => String(n), 40));
    const many = Array.from({ length: Math.ceil(200_000 / lines.length) }, () => lines).flat().map((text, i) => ({ text, indent: i % 7 === 0 ? 4 : 0 }));
    expect(many.length).toBeGreaterThanOrEqual(200_000);
    expect(unwrapLines(many).lines.length).toBeLessThan(many.length / 2);
  });

  it('gives back the original lines, and the page numbers it took out', () => {
    const original = normalizedLines(EN_SAMPLE);
    const result = unwrapLines(normalizedLines(hardWrap(EN_SAMPLE, 90, (n) => String(n), 8)));
    expect(result.lines).toEqual(original);
    expect(result.pageMarks).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11'].slice(0, result.pageMarks.length));
    expect(result.pageMarks.length).toBeGreaterThan(3);
  });

  it("a table's figures on lines of their own stay text; only numbers in the pages' sequence are page numbers", () => {
    const wrapped = normalizedLines(hardWrap(EN_SAMPLE, 80, (n) => String(n), 6));
    const table = ['Indicator', 'Cases reviewed', '58', '63', 'Lawsuits', '41', '37', 'Services online', '1268'];
    const lines = [...wrapped.slice(0, 9), ...table, ...wrapped.slice(9)];
    const result = unwrapLines(lines);
    const pageNumbers = wrapped.filter((l) => /^\d+$/.test(l));
    expect(pageNumbers.length).toBeGreaterThan(3);
    expect(result.pageMarks).toEqual(pageNumbers);
    for (const cell of ['58', '63', '41', '37', '1268']) expect(result.lines).toContain(cell);
  });

  it('a line ending a sentence goes on when the next word would not have fitted, and ends the paragraph when it would', () => {
    const lines = [
      'Annual Report 2024',
      'We resurfaced 412 kilometres of county roads and opened two new clinics in the',
      'northern towns, as the 2023 plan required. The county also finished its first',
      'broadband map. Every household can now see which providers serve its street.',
      'Spending stayed within the budget approved by the council for the year in full.',
      'We will publish the enforcement list by June 30, 2024, and review it each year.',
      'Short line.',
      'We will open three more clinics by the end of 2025 and hire forty more nurses for',
      'them, subject to the budget that the council will approve this spring.',
      'Nurses.',
    ];
    const result = unwrapLines(lines);
    expect(result.lines).toEqual([
      'Annual Report 2024',
      // "first" + "broadband": a word was left over, so the sentence at "street." went on too.
      'We resurfaced 412 kilometres of county roads and opened two new clinics in the northern towns, as the 2023 plan required. The county also finished its first broadband map. Every household can now see which providers serve its street. Spending stayed within the budget approved by the council for the year in full. We will publish the enforcement list by June 30, 2024, and review it each year. Short line.',
      // "Nurses." would have fitted after "spring.": the paragraph ended there.
      'We will open three more clinics by the end of 2025 and hire forty more nurses for them, subject to the budget that the council will approve this spring.',
      'Nurses.',
    ]);
  });

  it('a paragraph ending on a short line, a heading marker or a bullet is never joined to what follows', () => {
    // 28 characters a line, as an official document is set; marker lines wrap like any other.
    const wrap28 = (paragraph: string) => paragraph.match(/.{1,28}/gu)!;
    const paragraphs = [
      '一是完善行政执法程序，全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，全县执法部门均已公开执法事项清单和办事指南。',
      '二、存在的问题',
      '一是部分执法人员运用法治思维和法治方式解决问题的能力还不够强，执法规范化水平有待进一步提高，个别案件办理程序不够规范。',
      '•二是基层法治力量仍然薄弱，镇街法治建设工作人员普遍兼职，专业人员配备不足，难以满足工作需要。',
      '三、下一步工作安排',
      '（一）持续深化行政执法改革，年底前完成县级行政执法事项清单动态调整工作，推动执法重心向基层下移。',
      '（二）加强执法队伍建设，全年组织执法人员轮训不少于4期。',
    ];
    const lines = ['某县2024年法治政府建设工作报告', ...paragraphs.flatMap(wrap28)];
    expect(lines.length).toBeGreaterThan(paragraphs.length + 5);
    expect(unwrapLines(lines).lines).toEqual(['某县2024年法治政府建设工作报告', ...paragraphs]);
  });

  it('a kept paragraph indent (pdftotext -layout, a copy from Word) opens a paragraph even after a full line ending a sentence', () => {
    // Each paragraph fills its last line exactly: only the indent of the next one says where it starts.
    const paragraphs = [
      '全县行政执法机关全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，执法行为进一步规范，群众对执法工作的满意度比上年稳步提高了三个多百分点以上。',
      '县司法局组织开展行政执法案卷评查，共抽查案卷一百二十件，发现问题四十六个，均已督促整改，并建立起了整改台账。',
    ];
    expect(paragraphs.map((p) => (p.length + 2) % 28)).toEqual([0, 0]);
    const lines = ['某县2024年法治政府建设工作报告'];
    for (const p of paragraphs) {
      lines.push(`\u3000\u3000${p.slice(0, 26)}`, ...p.slice(26).match(/.{1,28}/gu)!);
    }
    const text = `${lines.join('\n')}\n一、下一步工作安排\n\u3000\u3000年底前完成执法事项清单调整。`;
    const read = extractText(text, { sha256: 'test' }).text.split('\n');
    expect(read).toEqual(['某县2024年法治政府建设工作报告', ...paragraphs, '一、下一步工作安排', '年底前完成执法事项清单调整。']);
  });

  it('a top-level Chinese heading too long for its line goes on into its short tail (one that fills its line exactly: the 28-character case above)', () => {
    const heading = '二、党政主要负责人履行推进法治建设第一责任人职责和推进依法行政工作情况';
    const text = ZH_SAMPLE.replace('二、党政主要负责人履行推进法治建设第一责任人职责情况', heading);
    const wrapped = hardWrap(text, 56, (n) => `— ${n} —`);
    expect(wrapped).toContain('二、党政主要负责人履行推进法治建设第一责任人职责和推\n进依法行政工作情况\n');
    expect(unwrapLines(normalizedLines(wrapped)).lines).toContain(heading);
  });

  it('Chinese type never starts a line with a closing mark: a line one character short before "险。" still goes on', () => {
    const body = [
      '某县2024年法治政府建设工作报告',
      // 28 characters a line, a paragraph's first indented two; the heading line is one short: "险。" cannot be split.
      '(六)更好统筹发展和安全，有效防范化解各重点领域风',
      '险。坚持以高质量发展促进高水平安全，以高水平安全保障高质',
      '量发展，发展和安全要动态平衡、相得益彰，依法加强对各类风',
      '险的监测预警，完善应急预案体系，全年开展演练十二次。',
      '一是严格落实安全生产责任制，年底前完成重点行业领域隐患排',
      '查整治，建立问题清单和整改台账，确保整改到位。',
      '二是完善防汛抗旱指挥体系，汛前完成全部水库的安全鉴定，做',
      '到责任落实、预案完善、物资充足、队伍健全，确保安全度汛。',
    ];
    expect(unwrapLines(body).lines[1]).toBe('(六)更好统筹发展和安全，有效防范化解各重点领域风险。坚持以高质量发展促进高水平安全，以高水平安全保障高质量发展，发展和安全要动态平衡、相得益彰，依法加强对各类风险的监测预警，完善应急预案体系，全年开展演练十二次。');
  });

  it("a title's last line ends its block at the top of the text, however full", () => {
    const lines = [
      '某区发展和改革局关于对市政协十届四次会议第14343',
      '号提案的答复(关于推进依法行政、打造诚信政府的建议)',
      '在市政协十届四次会议期间所提出的提案收悉，经研究，现答',
      '复如下：2020年是重点工作攻坚年，我区按照区委、区政府决',
      '策部署，坚持稳中有进的工作总基调，加强制度建设，推进依法',
      '行政，优化信用环境，取得了明显的成效。',
      '一是加强制度建设，建立社会信用体系建设联席会议制度，统筹',
      '协调社会信用体系建设相关工作，综合推进政务诚信建设工作。',
    ];
    const result = unwrapLines(lines).lines;
    expect(result[0]).toBe('某区发展和改革局关于对市政协十届四次会议第14343号提案的答复(关于推进依法行政、打造诚信政府的建议)');
    expect(result[1]).toMatch(/^在市政协.*取得了明显的成效。$/);
  });

  it('joins English words with a space and keeps a line-end hyphen without one', () => {
    const lines = Array.from({ length: 4 }, () => [
      'The Guangdong-Hong Kong-Macao Greater Bay Area and the Yangtze River Delta, the Hong Kong-',
      'Macao links and the cross-border data pilots will be reviewed this year.',
    ]).flat();
    const joined = 'The Guangdong-Hong Kong-Macao Greater Bay Area and the Yangtze River Delta, the Hong Kong-Macao links and the cross-border data pilots will be reviewed this year.';
    expect(unwrapLines(lines).lines).toEqual([joined, joined, joined, joined]);
  });
});

describe('text that is not wrapped passes through unchanged', () => {
  it.each([
    ['the Chinese sample (a paragraph a line)', ZH_SAMPLE],
    ['the English sample (a paragraph a line)', EN_SAMPLE],
  ])('%s', (_name, text) => {
    const lines = normalizedLines(text);
    expect(unwrapLines(lines)).toEqual({ lines, pageMarks: [] });
  });

  it('a list of short items without punctuation, all about as wide', () => {
    const items = ['完善行政执法体系', '推进政务公开标准化', '深化放管服改革', '健全依法决策机制', '加强行政复议工作', '强化法治宣传教育', '提升基层法治水平', '规范行政执法行为', '推进包容审慎监管'];
    expect(unwrapLines(items).lines).toEqual(items);
  });

  it('an outline of numbered headings, and a table of figures with bare numbers', () => {
    const outline = ['一、主要工作和成效', '（一）推进政府职能转变', '（二）完善依法决策机制', '（三）严格规范公正文明执法', '二、存在的问题', '三、下一步工作安排', '（一）持续深化改革', '（二）提升执法质效'];
    expect(unwrapLines(outline).lines).toEqual(outline);
    const table = ['指标', '2023年', '2024年', '行政复议案件', '58', '63', '行政诉讼案件', '41', '37', '政务服务事项', '1268', '1301'];
    expect(unwrapLines(table)).toEqual({ lines: table, pageMarks: [] });
  });
});

describe('looksJustified', () => {
  it.each([
    ['words spread by two spaces', 'and  trained  1,200  officers.  Every  enforcement  agency', true],
    ['a mix, mostly spread', 'and  trained 1,200  officers.  Every  enforcement agency', true],
    ['single spaces', 'and trained 1,200 officers. Every enforcement agency', false],
    ['a table row with wide gaps', '行政复议案件    58    63    8.6%    上升', false],
    ['two spaces after a full stop only', 'We trained officers.  Every agency published its powers.', false],
    ['too few words to tell', 'Plans  for  2025', false],
  ])('%s: %s', (_name, raw, expected) => {
    expect(looksJustified(raw)).toBe(expected);
  });
});
