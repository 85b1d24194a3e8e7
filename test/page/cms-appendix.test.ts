/**
 * Reports on government CMS templates (test/fixtures/cms) with an appendix table inside the
 * article container: the table's rows are table rows, never outline, commitments or problems;
 * the report reads the same with or without it; and the panel's detection (the extraction's)
 * agrees with the badge's (the content script's cheaper reading of the same page).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/index';
import { detectInputFromDocument } from '../../lib/detect/dom';
import { extractDocument, extractText } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';
import { appendixHtml, type TableStyle } from '../fixtures/cms/appendix';
import { TEMPLATES, chengxiReport, qingheReport, type ReportParts } from '../fixtures/cms/templates';

const URL_ = 'http://127.0.0.1:8080/art/2025/1/20/art_1229_1.html';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const extract = (html: string) => extractDocument(parse(html), { sha256: 'test', url: URL_ });
const STYLES: TableStyle[] = ['plain', 'word', 'th'];

/** What must not change when a table is added: outline, commitments, problems. */
const reading = (x: Extraction) => ({
  outline: x.headings.map((h) => `${h.depth} ${h.marker}${h.title} ${h.role}`),
  commitments: x.commitments.map((c) => c.text),
  problems: x.problems.map((p) => p.text),
});

/** The report as a .txt file reads (title, info line, body): the reference outline. */
const asText = (r: ReportParts) => [r.title, r.info, ...r.lines].join('\n');

describe.each([['澄溪 work report', chengxiReport()], ['青禾 annual report', qingheReport()]] as const)('%s on CMS templates', (_label, report) => {
  const reference = extractText(asText(report), { sha256: 'test' });

  it.each(Object.keys(TEMPLATES).map((name, i) => [name, STYLES[i % STYLES.length]] as const))('%s: a 45-row %s table changes nothing but the figures', (name, style) => {
    const template = TEMPLATES[name];
    const without = extract(template(report, ''));
    const withTable = extract(template(report, appendixHtml(45, style)));
    // The template itself is read as the report is: the same outline as the plain text.
    expect(without.headings.map((h) => h.marker + h.title)).toEqual(reference.headings.map((h) => h.marker + h.title));
    expect(reading(withTable)).toEqual(reading(without));
    // The table's figures are there, tagged as table cells; the prose figures are as before.
    const cells = withTable.numbers.filter((n) => n.inTable);
    expect(cells.length).toBeGreaterThan(45 * 3);
    expect(withTable.numbers.filter((n) => !n.inTable).map((n) => n.raw)).toEqual(without.numbers.map((n) => n.raw));
    // Panel (the extraction) and badge (the content script's reading) agree.
    for (const html of [template(report, ''), template(report, appendixHtml(45, style))]) {
      const badge = detect(detectInputFromDocument(parse(html), URL_));
      const panel = extract(html).detection;
      expect([panel.isReport, panel.score]).toEqual([badge.isReport, badge.score]);
      expect(panel.isReport).toBe(true);
    }
  });
});

describe('5,000-row appendix tables', () => {
  it.each([['zoom-br', 'plain'], ['nested-sections', 'th']] as const)('%s: outline, commitments and problems as without; every row kept as a table row', (name, style) => {
    const report = chengxiReport();
    const without = extract(TEMPLATES[name](report, ''));
    const withTable = extract(TEMPLATES[name](report, appendixHtml(5000, style)));
    expect(reading(withTable)).toEqual(reading(without));
    // Every project's total investment is there, read with its column's unit (万元).
    const totals = withTable.numbers.filter((n) => n.inTable && n.indicator?.endsWith(' 总投资'));
    expect(totals).toHaveLength(5000);
    expect(totals.every((n) => n.kind === 'money' && n.unit === '元')).toBe(true);
  }, 60_000);
});

describe('what stays prose next to a table', () => {
  it('a marked heading right above a table stays a heading; an unmarked title line is the table\'s', () => {
    const report = chengxiReport();
    const stats = `<p>（五）主要指标完成情况</p><p><strong>主要经济指标表</strong></p><table border="1">
      <tr><td>指标</td><td>2023年</td><td>2024年</td></tr>
      <tr><td>地区生产总值（亿元）</td><td>270.7</td><td>286.4</td></tr>
      <tr><td>一般公共预算收入（亿元）</td><td>17.9</td><td>18.7</td></tr></table>`;
    const at = report.lines.findIndex((l) => l.startsWith('在肯定成绩的同时'));
    const lines = [...report.lines.slice(0, at)];
    const html = TEMPLATES['trs-zoom']({ ...report, lines }, stats);
    const x = extract(html);
    expect(x.headings.map((h) => h.title)).toContain('主要指标完成情况');
    expect(x.headings.map((h) => h.title)).not.toContain('主要经济指标表');
    const gdp = x.numbers.find((n) => n.raw === '286.4');
    expect(gdp).toMatchObject({ inTable: true, indicator: '地区生产总值 2024年', value: 2.864e10, unit: '元', kind: 'money' });
    expect(x.numbers.find((n) => n.raw === '2023年')).toMatchObject({ inTable: true, indicator: null });
  });
});
