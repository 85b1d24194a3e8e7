/**
 * Figures in data tables read by their table: units from the column, the row or a 单位 line,
 * the indicator from the row's label and the column's name, no serial numbers, header years
 * that measure nothing. And the rows stay out of the prose: never a commitment or a heading.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/index';
import { TABLE_RULES } from '../../lib/extract/table-figures';

const page = (table: string) => `<html><head><title>关于2025年重点工作安排的报告</title></head><body><div id="zoom">
<p>一、总体情况</p><p>${'今年以来，我们围绕年度目标统筹推进各项工作，取得了阶段性成效。'.repeat(4)}</p>
<p>二、下一步工作安排</p><p>下一步，我们将加快推进重点项目建设，确保年底前全面完成年度投资计划。</p>
${table}</div></body></html>`;
const extract = (table: string) => extractDocument(parseHTML(page(table)).document as unknown as Document, { sha256: 'test' });
const figure = (x: ReturnType<typeof extract>, raw: string) => x.numbers.find((n) => n.raw === raw);

describe('table figures', () => {
  it('a bare cell takes its column\'s unit; its indicator is the row\'s label and the column\'s name', () => {
    const x = extract(`<table><tr><td>序号</td><td>项目名称</td><td>总投资（万元）</td><td>建设年限</td></tr>
      <tr><td>2023</td><td>河东污水处理厂扩建工程</td><td>1985</td><td>2025-2026</td></tr>
      <tr><td>2024</td><td>南湖片区道路提升工程</td><td>3600</td><td>2025</td></tr></table>`);
    expect(figure(x, '1985')).toMatchObject({ inTable: true, value: 1.985e7, unit: '元', kind: 'money', indicator: '河东污水处理厂扩建工程 总投资' });
    expect(figure(x, '3600')).toMatchObject({ value: 3.6e7, indicator: '南湖片区道路提升工程 总投资' });
    // The 序号 column holds no figures (2023, 2024 are row numbers here, not years).
    expect(x.numbers.filter((n) => n.raw === '2023' || n.raw === '2024')).toEqual([]);
    // Years in a column without a unit stay years.
    expect(x.numbers.filter((n) => n.inTable && n.kind === 'year').map((n) => n.raw)).toEqual(['2025', '2026', '2025']);
  });

  it('a unit after the row\'s name or on a 单位 line; header years name columns and measure nothing', () => {
    const x = extract(`<table><tr><td colspan="3">主要指标（单位：亿元）</td></tr>
      <tr><td>指标</td><td>2023年</td><td>2024年</td></tr>
      <tr><td>全社会固定资产投资</td><td>120.5</td><td>131.2</td></tr>
      <tr><td>城镇新增就业（万人）</td><td>1.2</td><td>1.35</td></tr></table>`);
    expect(figure(x, '131.2')).toMatchObject({ value: 1.312e10, unit: '元', indicator: '全社会固定资产投资 2024年' });
    expect(figure(x, '1.35')).toMatchObject({ value: 13500, unit: '人', indicator: '城镇新增就业 2024年' });
    expect(figure(x, '2023年')).toMatchObject({ inTable: true, indicator: null });
  });

  it('a figure inside a text cell keeps its own words, not the cells before it', () => {
    const x = extract(`<table><tr><td>项目名称</td><td>建设内容</td></tr>
      <tr><td>城北学校扩建项目</td><td>新建教学楼1.2万平方米，新增学位900个</td></tr></table>`);
    expect(figure(x, '900个')).toMatchObject({ inTable: true, indicator: '新增学位' });
    expect(x.numbers.every((n) => !n.indicator?.includes('|'))).toBe(true);
  });

  it('rows that read like promises or headings are neither', () => {
    const x = extract(`<table><tr><td>序号</td><td>工作任务</td><td>完成时限</td></tr>
      <tr><td colspan="3">一、深化改革</td></tr>
      <tr><td>1</td><td>加快推进国有企业改革，确保年底前完成整合</td><td>2025年12月</td></tr>
      <tr><td>2</td><td>力争新增市场主体5000户以上</td><td>2025年底</td></tr></table>`);
    expect(x.headings.map((h) => h.title)).toEqual(['总体情况', '下一步工作安排']);
    expect(x.commitments.map((c) => c.text)).toEqual(['下一步，我们将加快推进重点项目建设，确保年底前全面完成年度投资计划']);
    expect(figure(x, '5000户以上')).toMatchObject({ inTable: true, indicator: '力争新增市场主体' });
  });
});

describe('TABLE_RULES', () => {
  it.each(Object.entries(TABLE_RULES))('%s matches each of its examples', (_id, rule) => {
    expect(rule.examples.length).toBeGreaterThanOrEqual(2);
    for (const example of rule.examples) expect([example, rule.pattern.test(example)]).toEqual([example, true]);
  });
});
