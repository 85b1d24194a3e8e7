/**
 * English metadata from the shapes speeches and budgets take: a printed cover under a
 * letterhead, a Hansard speaker line, a financial year. Our own texts, modelled on budget
 * statements of several jurisdictions.
 */
import { describe, expect, it } from 'vitest';
import { META_EN_EXAMPLES } from '../../lib/extract/rules/meta-en';
import { run } from './helpers';

describe('English meta patterns match their examples', () => {
  it.each(META_EN_EXAMPLES.flatMap((r) => r.matches.map((m) => [r.name, m, r.pattern] as const)))('%s: %s', (_n, example, pattern) => {
    pattern.lastIndex = 0;
    expect(pattern.test(example)).toBe(true);
  });
});

describe('English speeches: issuer, type and years', () => {
  it('a printed budget speech: the government on the cover, the budget year planned, the cover date published', () => {
    const text = [
      'REPUBLIC OF ESTMARK GOVERNMENT', '', 'BUDGET 2031-2032', '', 'SPEECH', 'OF', 'A. N. OTHER', 'MINISTER OF FINANCE', '', 'March 3, 2031', '',
      'Honourable Speaker,', 'I present the Budget for 2031-32.',
      '1. Growth last year was 6.2 per cent. We will raise the student allowance from next April.',
    ].join('\n');
    expect(run(text).meta).toEqual({ issuer: 'Republic of Estmark Government', docType: 'work-report', coversYear: 2030, planYear: 2031, publishedAt: '2031-03-03' });
  });

  it('a Hansard budget statement: the speaker\'s portfolio is the issuer, the financial year of the motion is planned, no date read from the motion', () => {
    const text = [
      '# Budget Statement', '', '**Mr Speaker**', '', ': Order.', '',
      '**The Deputy Prime Minister and Minister for Trade and Finance (Ms Jane Tan)**', '',
      ': Mr Speaker, Sir, I beg to move, "That Parliament approves the financial policy of the Government for the Financial Year 1 April 2031 to 31 March 2032."', '',
      'I will give every household $300 in vouchers.',
    ].join('\n');
    expect(run(text).meta).toEqual({ issuer: 'Minister for Trade and Finance', docType: 'work-report', coversYear: 2030, planYear: 2031, publishedAt: null });
  });

  it('a Financial Secretary\'s budget speech titled by its year', () => {
    const text = ['The 2031-32 Budget', 'Budget Speech by the Financial Secretary', 'Mr President,', 'I move that the Appropriation Bill 2031 be read a second time.', '2. Last year the economy grew by 2.5 per cent. This year we will build 30 000 flats.'].join('\n');
    expect(run(text).meta).toMatchObject({ issuer: 'Financial Secretary', docType: 'work-report', coversYear: 2030, planYear: 2031 });
  });

  it('a State of the City address names the year it plans in its title', () => {
    const text = ['City of Riverton', '2031 State of the City Address', 'Mayor Ana Ruiz', 'Good evening. Last year we paved 40 miles of streets. This year we will open two libraries.'].join('\n');
    expect(run(text).meta).toMatchObject({ issuer: 'City of Riverton', docType: 'work-report', coversYear: 2030, planYear: 2031 });
  });

  it('never takes a year from the name of a law for the plan year', () => {
    const text = ['Budget Speech', 'Mr Speaker, I rise to present the Budget.', 'Plans under the Housing Act, 2021', 'We will amend the Housing Act, 2021 this year.'].join('\n');
    expect(run(text).meta.planYear).not.toBe(2021);
  });
});
