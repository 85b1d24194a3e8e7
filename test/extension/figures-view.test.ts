/**
 * The figures tab's order and value labels: measures from the text, then table cells, then
 * years and dates, then the rest; years as written (never "2,023"); units in the UI language.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { UNIT_NAMES_EN, figureGroup, orderFigures, unitLabel, valueLabel } from '../../lib/page-agent/figures-view';
import { ZH_UNITS } from '../../lib/extract/numbers/zh-units';

const x = extractText('澄溪县2024年工作总结\n2024年，全县新增就业6830人，增长4.1%；投资156亿元。3月1日起施行〔2024〕5号文件，用时两年。', { sha256: 't' });

describe('figures tab order', () => {
  it('lists measures first, years and dates after, document ids last; text order within a group', () => {
    const ordered = orderFigures(x.numbers).map((n) => `${figureGroup(n)}:${n.raw}`);
    expect(ordered).toEqual([
      'measures:6830人', 'measures:4.1%', 'measures:156亿元', 'measures:两年',
      'time:2024年', 'time:2024年', 'time:3月1日', 'other:〔2024〕5号',
    ]);
  });

  it('puts a table\'s figures after the text\'s', () => {
    const cell = { kind: 'money' as const, inTable: true as const };
    const prose = { kind: 'count' as const };
    expect(orderFigures([cell, prose]).map(figureGroup)).toEqual(['measures', 'table']);
  });
});

describe('value labels', () => {
  it('years, dates and document ids have none: they read as written, never as 2,023', () => {
    expect(valueLabel({ kind: 'year', value: 2023, unit: '年', approx: null }, 'en')).toBeNull();
    expect(valueLabel({ kind: 'date', value: 3, unit: '月', approx: null }, 'zh')).toBeNull();
    expect(valueLabel({ kind: 'doc-id', value: null, unit: null, approx: null }, 'zh')).toBeNull();
    expect(valueLabel({ kind: 'percent', value: 6.5, upper: 7, unit: '%', approx: 'range' }, 'en')).toBe('6.5–7%');
  });

  it('Chinese units in the English UI read in English', () => {
    expect(valueLabel({ kind: 'duration', value: 2, unit: '年', approx: null }, 'en')).toBe('2 years');
    expect(valueLabel({ kind: 'money', value: 15_600_000_000, unit: '元', approx: null }, 'en')).toBe('15,600,000,000 yuan');
    expect(valueLabel({ kind: 'count', value: 112, unit: '个', approx: null }, 'en')).toBe('112');
    expect(valueLabel({ kind: 'percent', value: 4.1, unit: '%', approx: null }, 'en')).toBe('4.1%');
    expect(valueLabel({ kind: 'percent', value: 2.1, unit: '个百分点', approx: null }, 'en')).toBe('2.1 percentage points');
    expect(valueLabel({ kind: 'duration', value: 2, unit: '年', approx: null }, 'zh')).toBe('2年');
  });

  it('every unit the Chinese reader writes has an English name', () => {
    const canonical = new Set(ZH_UNITS.map((u) => u.unit));
    const missing = [...canonical].filter((u) => !/^[%‰]$/.test(u) && unitLabel(u, 'en') === u);
    expect(missing).toEqual([]);
    expect(Object.keys(UNIT_NAMES_EN).length).toBeGreaterThan(40);
  });
});
