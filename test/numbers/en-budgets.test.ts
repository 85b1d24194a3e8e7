/**
 * Figures in budget statements outside China: the currency a bare "$" means where the text
 * is from, the rupee and its PDF backtick, lakh and crore, Indian digit grouping, space
 * thousands separators, ranges and limits. Our own sentences, modelled on budget speeches of
 * Singapore, Hong Kong, India, Australia and Canada.
 */
import { describe, expect, it } from 'vitest';
import { EN_DOLLAR_JURISDICTIONS, documentDollar } from '../../lib/extract/numbers/en-dollar';
import { found, row, type Expected } from './find';

const en = (text: string): Expected[] => found(text, 'en');
const rows = (...r: Expected[]): Expected[] => r.map(row);

describe('the currency actually meant', () => {
  it('a bare $ is the jurisdiction\'s dollar: Singapore, Hong Kong, Australia; an American text keeps 美元', () => {
    const sg = 'Singapore households will get $600. Singaporeans aged 21 and above, and every Singapore citizen, benefit.';
    expect(en(sg)[0]).toEqual(row({ raw: '$600', value: 600, unit: '新元', kind: 'money' }));
    const hk = 'Hong Kong will issue $10 billion of green bonds. Hong Kong people and the HKSAR Government gain.';
    expect(en(hk)[0]).toEqual(row({ raw: '$10 billion', value: 1e10, unit: '港元', kind: 'money' }));
    const au = 'Australians will receive a $300 energy rebate; Australian families and all of Australia gain.';
    expect(en(au)[0]).toEqual(row({ raw: '$300', value: 300, unit: '澳元', kind: 'money' }));
    expect(en('The city will spend $5 million on parks.')[0].unit).toBe('美元');
  });

  it('explicit marks win over the jurisdiction: US$ stays 美元, S$, HK$, A$, C$, NZ$ are what they say', () => {
    const text = 'Singapore and Singaporeans and Singapore again: a US$2 billion bond, S$3, HK$4, A$5, C$6, NZ$7.';
    expect(en(text).map((n) => n.unit)).toEqual(['美元', '新元', '港元', '澳元', '加元', '新西兰元']);
  });

  it('the rupee: ₹, Rs., INR, rupees, and the backtick a PDF gives for ₹', () => {
    expect(en('an outlay of ₹ 500 crore, Rs. 20 lakh, INR 300, 4-8 lakh rupees and ` 2 lakh crore')).toEqual(rows(
      { raw: '₹ 500 crore', value: 5e9, unit: '卢比', kind: 'money' },
      { raw: 'Rs. 20 lakh', value: 2e6, unit: '卢比', kind: 'money' },
      { raw: 'INR 300', value: 300, unit: '卢比', kind: 'money' },
      { raw: '4-8 lakh rupees', value: 4e5, unit: '卢比', kind: 'money', approx: 'range', upper: 8e5 },
      { raw: '` 2 lakh crore', value: 2e12, unit: '卢比', kind: 'money' },
    ));
  });

  it('documentDollar needs a clear lead: a passing mention decides nothing', () => {
    expect(documentDollar('We will trade more with Canada.')).toBe('美元');
    expect(documentDollar('Canada, Canadians and Canada again; Australia once.')).toBe('加元');
    for (const j of EN_DOLLAR_JURISDICTIONS) {
      j.pattern.lastIndex = 0;
      expect(j.pattern.test(j.example), j.id).toBe(true);
    }
  });
});

describe('lakh, crore, and digit grouping', () => {
  it('scales lakh (10^5), crore (10^7) and lakh crore (10^12); people counted by who they are', () => {
    expect(en('4.1 crore youth, 210 lakh youth, 25,000 students and 10 lakh such cards')).toEqual(rows(
      { raw: '4.1 crore youth', value: 4.1e7, unit: '人', kind: 'count' },
      { raw: '210 lakh youth', value: 2.1e7, unit: '人', kind: 'count' },
      { raw: '25,000 students', value: 25000, unit: '人', kind: 'count' },
      { raw: '10 lakh', value: 1e6, unit: null, kind: 'count' },
    ));
  });

  it('a count of people named a few modifiers later is 人; institutes, cards and a preposition in between are not', () => {
    expect(en('hire 40 additional maintenance workers; 1,000 Industrial Training Institutes; 10 hours of training for workers; 5 lakh women').map((n) => n.unit))
      .toEqual(['人', null, '小时', '人']);
  });

  it('reads Indian grouping and space separators as one figure', () => {
    expect(en('₹ 11,11,111 crore, 1,00,000 homes, 30 000 flats and 1 250 000 visitors').map((n) => n.value)).toEqual([1.111111e13, 100000, 30000, 1250000]);
  });
});

describe('ranges, limits and changes', () => {
  it('between … and …, x% to y%, capped at, up to, upto, a limit', () => {
    expect(en('a payment of between $200 and $400; growth of 1.0% to 3.0%; capped at $40,000; up to $950; upto ` 10 lakh; a ` 5 lakh limit')).toEqual(rows(
      { raw: 'between $200 and $400', value: 200, unit: '美元', kind: 'money', approx: 'range', upper: 400 },
      { raw: '1.0% to 3.0%', value: 1, unit: '%', kind: 'percent', approx: 'range', upper: 3 },
      { raw: 'capped at $40,000', value: 40000, unit: '美元', kind: 'money', approx: 'at-most' },
      { raw: 'up to $950', value: 950, unit: '美元', kind: 'money', approx: 'at-most' },
      { raw: 'upto ` 10 lakh', value: 1e6, unit: '卢比', kind: 'money', approx: 'at-most' },
      { raw: '` 5 lakh limit', value: 5e5, unit: '卢比', kind: 'money', approx: 'at-most' },
    ));
  });

  it('a change "from A to B" is two figures, not a range; the second carries the first one\'s currency', () => {
    expect(en('the cover rises from ` 5 crore to 10 crore, and the allowance from $350 to $390')).toEqual(rows(
      { raw: '` 5 crore', value: 5e7, unit: '卢比', kind: 'money' },
      { raw: '10 crore', value: 1e8, unit: '卢比', kind: 'money' },
      { raw: '$350', value: 350, unit: '美元', kind: 'money' },
      { raw: '$390', value: 390, unit: '美元', kind: 'money' },
    ));
    expect(en('from 5 to 10 schools').map((n) => n.unit)).toEqual([null, null]);
  });
});
