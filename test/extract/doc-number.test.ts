/**
 * Issue 15: the report's own document number (发文字号), for citations. Read from the page's
 * information-disclosure box (文号 / 发文字号) or from a line of its own in the opening; a number
 * that cites another document, or one past the first heading, is not the report's.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toCslItem } from '../../lib/export/csl';
import { renderMarkdown } from '../../lib/export/markdown';
import { extractDocument, extractText } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';
import { DOC_NUMBER_RULES } from '../../lib/extract/rules/doc-number';

const text = (...lines: string[]) => extractText(lines.join('\n'), { sha256: 'test' });
const BODY = ['一、主要成效', '全年办理行政审批事项2万件。', '二、存在的问题', '执法力量不足。', '三、2025年工作安排', '年底前建成县级行政执法监督平台。'];

describe('the document number rules', () => {
  it.each(DOC_NUMBER_RULES.map((r) => [r.id, r] as const))('%s: matches its examples from several issuers, and none of its near misses', (_id, rule) => {
    const examples = [rule.example, ...(rule.also ?? [])];
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const e of examples) expect(rule.pattern.test(e), e).toBe(true);
    for (const c of rule.counter ?? []) expect(rule.pattern.test(c), c).toBe(false);
  });
});

describe('meta.docNumber', () => {
  it('reads a number printed on a line of its own under the masthead or under the title', () => {
    expect(text('青溪县人民政府', '青政报〔2025〕3号', '青溪县人民政府关于2024年度法治政府建设情况的报告', '市人民政府：', ...BODY).meta.docNumber).toBe('青政报〔2025〕3号');
    expect(text('河川市司法局2023年度法治政府建设工作报告', '河司发[2024]7号', ...BODY).meta.docNumber).toBe('河司发[2024]7号');
  });

  it('reads the 文号 of the disclosure box, and writes the number without the spaces some sites put in it', () => {
    expect(text('文号：云溪政发〔2024〕14 号', '云溪县2023年度法治政府建设情况报告', ...BODY).meta.docNumber).toBe('云溪政发〔2024〕14号');
  });

  it('reads it from a CMS page\'s 索引号 table outside the article', () => {
    const html = `<html><head><title>柳川县2024年度法治政府建设情况报告</title></head><body>
<table class="xxgk"><tr><td>索引号：</td><td>001008003/2025-00031</td><td>文号：</td><td>柳政报〔2025〕2号</td></tr>
<tr><td>发布机构：</td><td>柳川县人民政府</td><td>发文日期：</td><td>2025-02-10</td></tr></table>
<div id="zoom"><h1>柳川县2024年度法治政府建设情况报告</h1>${BODY.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
    const x = extractDocument(parseHTML(html).document as unknown as Document, { sha256: 'test' });
    expect(x.meta.docNumber).toBe('柳政报〔2025〕2号');
  });

  it('does not take a number that cites another document, or one after the first heading', () => {
    const cited = text('青溪县2024年度法治政府建设情况报告', '根据《关于加强法治政府建设的意见》（国发〔2015〕5号），现将有关情况报告如下。', ...BODY);
    expect(cited.meta).not.toHaveProperty('docNumber');
    const late = text('青溪县2024年度法治政府建设情况报告', '一、主要成效', '青政发〔2024〕9号', ...BODY.slice(1));
    expect(late.meta).not.toHaveProperty('docNumber');
  });

  it('leaves the field out when there is none, and for an English report', () => {
    expect(text('青溪县2024年度法治政府建设情况报告', ...BODY).meta).not.toHaveProperty('docNumber');
    const en = extractText(['Westshire County Council Annual Report 2023', 'Ref. WCC/2024/3', '1. Achievements', 'We processed 12,000 applications.'].join('\n'), { sha256: 'en' });
    expect(en.language).toBe('en');
    expect(en.meta).not.toHaveProperty('docNumber');
  });
});

describe('the number in the exports', () => {
  const cite = (x: Extraction) => toCslItem({ sha256: 'a'.repeat(64), url: 'http://127.0.0.1/r.html', title: x.source.title, savedAt: '2025-03-01T00:00:00.000Z', issuer: x.meta.issuer, extraction: x });
  const numbered = text('青溪县人民政府', '青政报〔2025〕3号', '青溪县人民政府关于2024年度法治政府建设情况的报告', '市人民政府：', ...BODY);
  const plain = text('河川县2024年度法治政府建设情况报告', ...BODY);
  const english = extractText(['Westshire County Council Annual Report 2023', '1. Achievements', 'We processed 12,000 applications.', '2. Priorities for 2024', 'We will open 3 new service centres.'].join('\n'), { sha256: 'en' });

  it('a Chinese report with a number: CSL number and author, and a 发文字号 line in the Markdown', () => {
    expect(cite(numbered)).toMatchObject({ number: '青政报〔2025〕3号', author: [{ literal: '青溪县人民政府' }], publisher: '青溪县人民政府' });
    expect(renderMarkdown(numbered)).toContain('- **发文字号**: 青政报〔2025〕3号\n');
  });

  it('without one: no number anywhere, the author still the issuing body', () => {
    expect(cite(plain)).not.toHaveProperty('number');
    expect(cite(plain).author).toEqual([{ literal: plain.meta.issuer }]);
    expect(renderMarkdown(plain)).not.toContain('发文字号');
  });

  it('an English report: its council as the author, no number', () => {
    expect(cite(english)).toMatchObject({ author: [{ literal: 'Westshire County Council' }], language: 'en' });
    expect(cite(english)).not.toHaveProperty('number');
    expect(renderMarkdown(english)).not.toContain('Document number');
  });
});

