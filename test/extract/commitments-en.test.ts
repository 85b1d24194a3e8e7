/**
 * English commitments in any voice and their deadlines; forecasts and a speech's framing are
 * none. Our own sentences, modelled on budget statements (Singapore, India, Hong Kong,
 * Australia) and city addresses.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const speech = (...lines: string[]): string => ['Budget Statement 2031', 'Mr Speaker, Sir, I beg to move.', ...lines].join('\n');
const commitments = (text: string) => run(text).commitments.map((c) => c.text);

describe('commitments that are not "we will"', () => {
  it('passives, beneficiaries receiving, a measure\'s cost and expected effect, other actors', () => {
    const text = speech(
      'The first $200 will be disbursed in end-June this year.',
      'Eligible households will receive up to $700 this financial year.',
      'In total, families can expect to receive up to $900 in FY2031.',
      'Altogether, the package will cost $1.2 billion.',
      'The scheme is expected to benefit 30 lakh youth.',
      'The Housing Board will launch around 4,000 flats.',
      'Road maintenance was expanded last year.',
    );
    expect(commitments(text)).toEqual([
      'The first $200 will be disbursed in end-June this year.',
      'Eligible households will receive up to $700 this financial year.',
      'In total, families can expect to receive up to $900 in FY2031.',
      'Altogether, the package will cost $1.2 billion.',
      'The scheme is expected to benefit 30 lakh youth.',
      'The Housing Board will launch around 4,000 flats.',
    ]);
  });

  it('the items of a measures list a promise opens with a colon', () => {
    const text = speech(
      'To widen credit, the guarantee cover will be enhanced:',
      'a) for small firms, from ₹ 5 crore to 10 crore;',
      'b) for exporters, for term loans up to ₹ 20 crore.',
      'Currently, 2 crore firms are registered.',
      'The following sectors were covered last year:',
      'a) textiles;',
    );
    expect(commitments(text)).toEqual([
      'To widen credit, the guarantee cover will be enhanced',
      'for small firms, from ₹ 5 crore to 10 crore',
      'for exporters, for term loans up to ₹ 20 crore.',
    ]);
  });
});

describe('forecasts and framing are not commitments', () => {
  it('the economy\'s future, what we expect of it, conditionals and a speech finding its way', () => {
    const text = speech(
      'Growth in the major economies is expected to remain resilient.',
      'It will be more fragmented.',
      'We are cautiously optimistic that 2031 will be a better year.',
      'Pension costs will rise for years.',
      'If growth were to stay slow for years, we will be in trouble.',
      'I will speak about these measures shortly.',
      'The Clerk will now proceed to read the Notice of Motion.',
      'It will increase from $350 to $390 each month.',
    );
    expect(commitments(text)).toEqual(['It will increase from $350 to $390 each month.']);
  });

  it('a forecast that sets the year\'s figure is a target the next report is checked against (sets-figure-en.ts)', () => {
    expect(commitments(speech('Besides lower inflation, we expect higher GDP growth at 1% to 3%.', 'We expect growth to pick up.')))
      .toEqual(['Besides lower inflation, we expect higher GDP growth at 1% to 3%.']);
  });
});

describe('English deadlines as written', () => {
  it.each([
    ['I will also extend until 31 March 2032 the trade loan quantum.', 'until 31 March 2032'],
    ['The first $300 will be disbursed in end-June this year.', 'in end-June this year'],
    ['The remaining $300 will be disbursed in January next year.', 'in January next year'],
    ['I will extend the Enterprise Credit by a year to 30 June 2032.', 'to 30 June 2032'],
    ['The scheme will provide term loans during the next 5 years.', 'during the next 5 years'],
    ['200 day-care centres will be set up in 2031-32.', 'in 2031-32'],
    ['Households will receive up to $760 this financial year.', 'this financial year'],
  ])('%s → %s', (sentence, deadline) => {
    expect(run(speech(sentence)).commitments[0].deadline).toBe(deadline);
  });
});
