/**
 * English shapes seen in real government reports (budget speeches, policy addresses, county
 * performance pages); the sentences here are our own, modelled on those shapes.
 */
import { describe, expect, it } from 'vitest';
import { outline, run } from './helpers';

const commitments = (text: string): string[] => run(text).commitments.map((c) => c.text);

describe('English section roles read whole words', () => {
  it('a budget section "Reprioritising…" is no plans section: its past-tense sentences are not commitments', () => {
    const text = [
      'Budget Speech 2031',
      'Reprioritising Towards Front-line Services',
      'The largest share of new spending has gone to schools.',
      'A further $20 million has been reprioritised within the sector.',
    ].join('\n');
    expect(commitments(text)).toEqual([]);
  });

  it('"Document Requirements" on a budget page is no plans section', () => {
    const text = ['County Budget Portal', 'Budget Documents', 'Document Requirements', 'Download and view the sections that interest you.'].join('\n');
    expect(outline(text)).toEqual(['1 Budget Documents other', '1 Document Requirements other']);
    expect(commitments(text)).toEqual([]);
  });

  it('a list item "(ii) review …" names no review of past work, and heads no section', () => {
    const text = ['Policy Address', 'Markets', '(i) cut stamp duty – We will cut the duty.', '(ii) review trading spreads – The exchange will review the spreads.'].join('\n');
    const headings = run(text).headings;
    expect(headings.map((h) => h.title)).toEqual(['Markets']);
    expect(headings[0].role).not.toBe('achievements');
  });
});

describe('English commitments by any acting body', () => {
  it('takes "<body> will <act>", an agency acronym, and planned actions in the passive', () => {
    const text = [
      'County Update',
      'Our staff met every week.',
      'The County Manager’s Office will investigate the best use of state grants.',
      'The HKEX will consult the market in the second quarter.',
      'The new fee structure will be implemented later this year.',
      'Pension costs will rise for years.',
      'I will now report to you on the work of the county.',
    ].join('\n');
    expect(commitments(text)).toEqual([
      'The County Manager’s Office will investigate the best use of state grants.',
      'The HKEX will consult the market in the second quarter.',
      'The new fee structure will be implemented later this year.',
    ]);
    expect(run(text).commitments[2].actions).toEqual(['implemented']);
  });

  it('a dash ends a list item\'s lead: the sentence after it is the commitment', () => {
    const text = ['Policy Address', 'Markets', '(i) cut stamp duty – We will cut the duty from 0.13% to 0.1% by the end of November.'].join('\n');
    expect(commitments(text)).toEqual(['We will cut the duty from 0.13% to 0.1% by the end of November.']);
  });

  it('drops list marks and status cells from a goals table', () => {
    const text = [
      'County Manager',
      '2030-2031 Performance Goals',
      '1) To inform the public, 90% of agenda packets will be posted online.',
      'In Progress',
      '• Prepare tools for budget development.',
      'Not Started',
    ].join('\n');
    expect(outline(text)).toEqual(['1 2030-2031 Performance Goals plans']);
    expect(commitments(text)).toEqual([
      'To inform the public, 90% of agenda packets will be posted online.',
      'Prepare tools for budget development.',
    ]);
  });
});

describe('English problems opened by "challenges remain"', () => {
  it('reads the paragraph as problems, and its forecasts are not commitments', () => {
    const text = [
      'Budget Briefing',
      'Revenues have stabilized. Sales tax is growing at about 5% per year.',
      'Threats and challenges remain. Pension liabilities will continue to rise for years. Federal actions create uncertainty.',
    ].join('\n');
    const e = run(text);
    expect(e.problems.map((p) => p.text)).toEqual([
      'Threats and challenges remain.',
      'Pension liabilities will continue to rise for years.',
      'Federal actions create uncertainty.',
    ]);
    expect(e.commitments).toEqual([]);
  });
});

describe('English sentences that set a budget\'s figures', () => {
  it('takes estimates, what is budgeted, a forecast with its figure and this year\'s allocation; not a forecast without one, nor money provided before', () => {
    const text = [
      'Budget Speech 2031-32',
      'The net tax receipts are estimated at ₹ 3.40 lakh crore.',
      'For FY2031, we are budgeting a modest surplus of $0.4 billion.',
      'Barring shocks, we expect real GDP growth at 2% to 3% this year.',
      'This year, I have provided ₹ 61,000 crore for capital expenditure.',
      'We expect the global economy to recover slowly.',
      'Since 2027, we have provided $2 billion for new clinics.',
    ].join('\n');
    expect(commitments(text)).toEqual([
      'The net tax receipts are estimated at ₹ 3.40 lakh crore.',
      'For FY2031, we are budgeting a modest surplus of $0.4 billion.',
      'Barring shocks, we expect real GDP growth at 2% to 3% this year.',
      'This year, I have provided ₹ 61,000 crore for capital expenditure.',
    ]);
  });
});
