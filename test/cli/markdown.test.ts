import { describe, expect, it } from 'vitest';
import { formatValue, renderMarkdown } from '../../lib/export/markdown';
import type { Extraction } from '../../lib/extract/types';

function sample(language: 'zh' | 'en'): Extraction {
  return {
    schema: 'promise-ledger/extraction@1',
    source: { file: 'r.txt', title: language === 'zh' ? '某县2023年度报告' : 'County Report 2023', sha256: 'ab'.repeat(32) },
    language,
    text: '',
    meta: { issuer: '某县人民政府', docType: 'annual-report', coversYear: 2023, planYear: 2024, publishedAt: '2024-01-18' },
    detection: { isReport: true, score: 0.9, signals: ['title'] },
    headings: [
      { id: 'h1', depth: 1, marker: '一、', title: '主要举措', start: 0, end: 4, role: 'achievements', parentId: null, rule: 't' },
      { id: 'h2', depth: 2, marker: '(一)', title: '依法行政', start: 5, end: 9, role: 'achievements', parentId: 'h1', rule: 't' },
      { id: 'h3', depth: 1, marker: '三、', title: '工作安排', start: 10, end: 14, role: 'plans', parentId: null, rule: 't' },
    ],
    numbers: [
      { id: 'n1', raw: '1268项', value: 1268, unit: '项', kind: 'count', approx: null, indicator: '政务服务事项', headingId: 'h2', start: 0, end: 1, rule: 't' },
      { id: 'n2', raw: '95%以上', value: 95, unit: '%', kind: 'percent', approx: 'at-least', indicator: '网上可办率|x', headingId: 'h3', start: 0, end: 1, rule: 't' },
      { id: 'n3', raw: '6.5%－7%', value: 6.5, upper: 7, unit: '%', kind: 'percent', approx: 'range', indicator: null, headingId: null, start: 0, end: 1, rule: 't' },
    ],
    commitments: [
      { id: 'c1', text: '年底前网上可办率达到95%以上', headingId: 'h3', start: 0, end: 1, actions: ['达到'], deadline: '年底前', targets: ['n2'], strength: 'firm', rule: 't' },
    ],
    problems: [{ id: 'p1', text: '基层执法力量不足', headingId: null, start: 0, end: 1, rule: 't' }],
    extractorVersion: '0.0.0',
  };
}

describe('renderMarkdown', () => {
  const zh = renderMarkdown(sample('zh'));

  it('uses Chinese labels for a Chinese report', () => {
    expect(zh).toMatch(/^# 某县2023年度报告\n/);
    expect(zh).toContain('- **发布机关**: 某县人民政府');
    expect(zh).toContain('- **文件类型**: 年度报告');
    expect(zh).toContain('## 数字 (3)');
    expect(zh).toContain('计数 1 · 百分比 2');
  });

  it('indents the outline by depth and names section roles', () => {
    expect(zh).toContain('- 一、主要举措 _(成效)_\n  - \\(一\\)依法行政 _(成效)_\n- 三、工作安排 _(计划)_');
  });

  it('lists commitments with deadline, targets as written, and strength', () => {
    expect(zh).toContain('1. 年底前网上可办率达到95%以上\n   - 期限：年底前 · 目标：95%以上 · 力度：刚性（确保/要）');
  });

  it('escapes table pipes and shows ranges', () => {
    expect(zh).toContain('网上可办率\\|x');
    expect(zh).toContain('| 6.5–7 |');
    expect(zh).toContain('| 1,268 |');
  });

  it('uses English labels for an English report', () => {
    const en = renderMarkdown(sample('en'));
    expect(en).toContain('## Commitments (1)');
    expect(en).toContain('- **Document type**: annual report');
    expect(en).toContain('Deadline: 年底前');
  });

  it('is deterministic and ends with one newline', () => {
    expect(renderMarkdown(sample('zh'))).toBe(zh);
    expect(zh.endsWith('\n') && !zh.endsWith('\n\n')).toBe(true);
  });
});

describe('formatValue', () => {
  it.each([
    [{ value: 1.26e14, approx: null, kind: 'money' as const }, '126,000,000,000,000'],
    [{ value: 36.05, approx: null, kind: 'percent' as const }, '36.05'],
    [{ value: null, approx: null, kind: 'count' as const }, ''],
    [{ value: 5, upper: 5.5, approx: 'range' as const, kind: 'percent' as const }, '5–5.5'],
    [{ value: 2024, approx: null, kind: 'year' as const }, '2024'],
  ])('%j → %s', (n, out) => expect(formatValue(n)).toBe(out));
});
