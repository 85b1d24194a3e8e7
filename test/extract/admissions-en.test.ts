/**
 * English admissions (lib/extract/admissions.ts with rules/admissions-en.ts): a sentence that
 * states a shortfall opens an admission, the sentences after it count while they name one,
 * and a turn to action closes it. The texts are written for these tests in the shapes of
 * budget statements, State of the City and policy addresses, and council and department
 * annual reports from several jurisdictions.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const problems = (text: string) => run(text).problems.map((p) => p.text);

describe('a shortfall stated by the speaker opens an admission', () => {
  it.each([
    ['budget statement: a bad figure up, a good one down, households under strain; "That is why…" closes it',
      'Budget Statement 2031\nInflation rose through the year and real wages fell. Many families are doing it tough. That is why we brought forward the energy rebate.',
      ['Inflation rose through the year and real wages fell.', 'Many families are doing it tough.']],
    ['State of the City: a promise missed, the reason after it, and the plan after that stays a commitment',
      '2031 State of the City Address\nLast year I promised 800 new shelter beds. We fell short of that goal. Construction costs climbed and two sites were blocked in court. This year we will open 400 beds.',
      ['We fell short of that goal.', 'Construction costs climbed and two sites were blocked in court.']],
    ['policy address: the main clause after a concessive lead admits',
      "The Chief Executive's 2031 Policy Address\nWhile the waiting time for public rental housing has come down, it is still too long for many families.",
      ['While the waiting time for public rental housing has come down, it is still too long for many families.']],
    ['council annual report: "Regrettably" and a backlog',
      'Riverside Borough Council Annual Report 2030/31\nRegrettably, two of our nine indicators missed their targets. The planning appeals backlog rose to 140 cases.',
      ['Regrettably, two of our nine indicators missed their targets.', 'The planning appeals backlog rose to 140 cases.']],
    ['a contrast turns the sentence: the problem starts at "but"',
      'Annual Report of the Transport Department 2030-31\nMost riders like the new bus routes, but many are worried about next year\'s fare review.',
      ['but many are worried about next year\'s fare review.']],
    ['a risk ahead in the outlook of a budget speech',
      'Budget Speech 2031-32\nTrade tensions pose serious risks to our exporters. Even so, we expect growth of about 6 per cent.',
      ['Trade tensions pose serious risks to our exporters.']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('no admission: shortfalls overcome, help against them, decisions, good news', () => {
  it.each([
    ['a concessive lead with good news', 'Budget Statement 2031\nDespite the storms, tourism grew by 6 per cent.'],
    ['help against a shortfall', 'Budget Statement 2031\nThe rebate will help households cope with higher energy bills.'],
    ['a bad figure that fell', 'Budget Statement 2031\nInflation fell to 2.1 per cent and unemployment fell to 3.8 per cent.'],
    ['a decision to raise a limit', 'Budget Speech 2031-32\nThe rent allowance is being increased to $900 a month.'],
    ['the speaker\'s resolve', '2031 State of the City Address\nWe will tackle these challenges head-on.'],
  ])('%s', (_name, text) => {
    expect(problems(text)).toEqual([]);
  });
});

describe('what an admission holds that names no shortfall stays out', () => {
  it('a figure easing inside it is no problem, the next shortfall is', () => {
    expect(problems('Budget Statement 2031\nUnfortunately, the recovery stalled. Prices had begun to ease. But retail sales also declined.'))
      .toEqual(['Unfortunately, the recovery stalled.', 'But retail sales also declined.']);
  });

  it('an agency\'s announced action closes it and stays a commitment', () => {
    const e = run('Policy Address 2031\nRents rose by 9 per cent last year. The Housing Authority will build 2,000 flats by 2033.');
    expect(e.problems.map((p) => p.text)).toEqual(['Rents rose by 9 per cent last year.']);
    expect(e.commitments.map((c) => c.text)).toEqual(['The Housing Authority will build 2,000 flats by 2033.']);
  });

  it('records the opener and points its offsets at the text', () => {
    const e = run('2031 State of the City Address\nMost parents like the new schools, but too many classrooms are still overcrowded.');
    expect(e.problems.map((p) => p.rule)).toEqual(['admission:en-admit-not-enough']);
    expect(e.problems.map((p) => e.text.slice(p.start, p.end))).toEqual(['but too many classrooms are still overcrowded.']);
  });
});
