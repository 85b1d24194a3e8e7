import { describe, expect, it } from 'vitest';
import { found, row, type Expected } from './find';

/**
 * English figures. Units map to the canonical forms the Chinese side uses (percent → '%',
 * yuan → '元', years → '年', percentage points → '个百分点'), so reports compare across languages.
 */
const CASES: [string, Expected[]][] = [
  ['GDP surpassed 126 trillion yuan, an increase of 5.2 percent.', [
    { raw: '126 trillion yuan', value: 1.26e14, unit: '元', kind: 'money' },
    { raw: '5.2 percent', value: 5.2, unit: '%', kind: 'percent' }]],
  ['A total of 12.44 million urban jobs were added.', [{ raw: '12.44 million', value: 12440000, unit: null, kind: 'count' }]],
  ['We aim to create over 12 million new urban jobs.', [
    { raw: 'over 12 million', value: 12000000, unit: null, kind: 'count', approx: 'over' }]],
  ['GDP growth of around 5 percent', [{ raw: 'around 5 percent', value: 5, unit: '%', kind: 'percent', approx: 'about' }]],
  ['a CPI increase of about 3%', [{ raw: 'about 3%', value: 3, unit: '%', kind: 'percent', approx: 'about' }]],
  ['energy use dropped by more than 3 percent', [
    { raw: 'more than 3 percent', value: 3, unit: '%', kind: 'percent', approx: 'over' }]],
  ['at least 1.3 trillion jin of grain', [
    { raw: 'at least 1.3 trillion jin', value: 1.3e12, unit: '斤', kind: 'quantity', approx: 'at-least' }]],
  ['nearly 40 percent of total power', [{ raw: 'nearly 40 percent', value: 40, unit: '%', kind: 'percent', approx: 'about' }]],
  ['less than 2 percent', [{ raw: 'less than 2 percent', value: 2, unit: '%', kind: 'percent', approx: 'under' }]],
  ['no more than 15 working days', [
    { raw: 'no more than 15 working days', value: 15, unit: '个工作日', kind: 'duration', approx: 'at-most' }]],
  ['the rate rose by 0.5 percentage points', [
    { raw: '0.5 percentage points', value: 0.5, unit: '个百分点', kind: 'percent' }]],
  ['the initiatives planned for 2004/05 were delivered', [{ raw: '2004/05', value: 2004, unit: '年', kind: 'year' }]],
  ['a fee of $300 per person', [{ raw: '$300', value: 300, unit: '美元', kind: 'money' }]],
  ['US$1.2 billion of loans', [{ raw: 'US$1.2 billion', value: 1.2e9, unit: '美元', kind: 'money' }]],
  ['grain output reached 695 million metric tons', [
    { raw: '695 million metric tons', value: 6.95e8, unit: '吨', kind: 'quantity' }]],
  ['growth of 6-6.5 percent', [{ raw: '6-6.5 percent', value: 6, upper: 6.5, unit: '%', kind: 'percent', approx: 'range' }]],
  ['between 6 and 6.5 percent', [
    { raw: 'between 6 and 6.5 percent', value: 6, upper: 6.5, unit: '%', kind: 'percent', approx: 'range' }]],
  ['the 14th Five-Year Plan (2021–2025)', [
    { raw: '2021', value: 2021, unit: '年', kind: 'year' }, { raw: '2025', value: 2025, unit: '年', kind: 'year' }]],
  ['In 2023, we advanced reform.', [{ raw: '2023', value: 2023, unit: '年', kind: 'year' }]],
  ['delivered on March 5, 2024 in Beijing', [{ raw: 'March 5, 2024', value: null, unit: null, kind: 'date' }]],
  ['a meeting on September 26.', [{ raw: 'September 26', value: null, unit: null, kind: 'date' }]],
  ['by March 2025', [{ raw: 'March 2025', value: null, unit: null, kind: 'date' }]],
  ['extend contracts by another 30 years', [{ raw: '30 years', value: 30, unit: '年', kind: 'duration' }]],
  ['lowered two times', [{ raw: 'two times', value: 2, unit: '次', kind: 'count' }]],
  ['twenty-one percent of households', [{ raw: 'twenty-one percent', value: 21, unit: '%', kind: 'percent' }]],
  ['One trillion yuan of bonds', [{ raw: 'One trillion yuan', value: 1e12, unit: '元', kind: 'money' }]],
  ['We submitted 10 legislative proposals.', [{ raw: '10', value: 10, unit: null, kind: 'count' }]],
  ['the deficit rose from 3 percent to 4 percent', [
    { raw: '3 percent', value: 3, unit: '%', kind: 'percent' }, { raw: '4 percent', value: 4, unit: '%', kind: 'percent' }]],
  ['a 30-percent increase in exports', [{ raw: '30-percent', value: 30, unit: '%', kind: 'percent' }]],
];

describe('findNumbers (en)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text, 'en')).toEqual(expected.map(row));
  });
});
