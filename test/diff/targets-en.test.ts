/**
 * Target checks between two English budget speeches of one issuer: what a budget sets (its
 * estimates, what it budgets, the forecast it plans on, the extra support it costs) against
 * what the next speech reports for that year (a revised estimate, "the economy grew by…",
 * "last year I enhanced…"). The texts are our own, shaped like a Hansard budget statement and
 * like a state budget speech read from a PDF.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { diff } from '../../lib/diff/index';
import { targetYear } from '../../lib/diff/target-year';

const checksOf = (older: string, newer: string) => diff(extractText(older, { sha256: 'o' }), extractText(newer, { sha256: 'n' })).items.flatMap((i) => i.targets);
const byTarget = (checks: ReturnType<typeof checksOf>, raw: string) => checks.find((c) => c.target.raw === raw);

const STATEMENT_2031 = [
  'Budget Statement 2031',
  'Mr Speaker, I beg to move that Parliament approves the financial policy of the Government for the Financial Year 2031.',
  'Our economy grew by a modest 1.3% in 2030. Barring shocks, we expect real GDP growth at 1.5% to 2.5% this year.',
  'To help households with living costs, the extra support under the Household Relief Package will cost $1.2 billion.',
  'I will also top up the Skills Fund by $500 million.',
  'For FY2031, we are budgeting a small surplus of $0.6 billion, or 0.1% of GDP.',
  'Public health spending will rise to around 4% of GDP by 2035.',
].join('\n');

const STATEMENT_2032 = [
  'Budget Statement 2032',
  'Mr Speaker, I beg to move that Parliament approves the financial policy of the Government for the Financial Year 2032.',
  'Last year was better than we feared. Our economy grew by 3.1%.',
  'Last year, I enhanced the Household Relief Package by $1.2 billion. It has cushioned lower-income families.',
  'I will top up the Skills Fund by another $800 million this year.',
  'Overall, I expect to end FY2031 with a surplus of $1.4 billion, or 0.2% of GDP.',
  'For FY2032, I expect a similar position, with a surplus of $1.1 billion, or 0.2% of GDP.',
  'Public health spending will still rise to around 4% of GDP by 2035.',
].join('\n');

describe('English budget statements (no headings)', () => {
  const checks = checksOf(STATEMENT_2031, STATEMENT_2032);

  it('checks the growth forecast against how the economy grew', () => {
    expect(byTarget(checks, '1.5% to 2.5%')).toMatchObject({ actual: { raw: '3.1%' }, outcome: 'off-target' });
  });

  it('meets the cost of extra support with "last year, I enhanced … by"', () => {
    expect(byTarget(checks, '$1.2 billion')).toMatchObject({ actual: { raw: '$1.2 billion' }, outcome: 'met' });
  });

  it('reads the year just ended from "I expect to end FY… with", not from next year\'s position', () => {
    expect(byTarget(checks, '$0.6 billion')?.actual?.raw).toBe('$1.4 billion');
  });

  it('takes no actual for a new top-up, nor for a target set for a later year', () => {
    expect(byTarget(checks, '$500 million')).toMatchObject({ actual: null, outcome: 'no-actual' });
    expect(byTarget(checks, 'around 4%')).toMatchObject({ actual: null, outcome: 'no-actual' });
  });
});

const SPEECH_2031 = [
  'Budget Speech 2031-32',
  'Government of Vanprasth',
  'Infrastructure',
  'This year, I have provided ₹ 42,500 crore for capital expenditure.',
  'Budget Estimates 2031-32',
  'For the year 2031-32, the total receipts and the total expenditure are estimated at ₹ 2.15 lakh crore and ₹ 2.60 lakh crore respectively.',
  'The fiscal deficit is estimated at 3.2 per cent of GSDP. We aim to bring the deficit below 3 per cent next year.',
].join('\n');

const SPEECH_2032 = [
  'Budget Speech 2032-33',
  'Government of Vanprasth',
  'Revised Estimates 2031-32',
  'The Revised Estimate of the total receipts is ₹ 2.11 lakh crore. The Revised Estimate of the total expenditure is ₹ 2.57 lakh crore, of which the capital expenditure is ₹ 39,800 crore.',
  'The Revised Estimate of the fiscal deficit is 3.1 per cent of GSDP.',
  'Budget Estimates 2032-33',
  'Coming to 2032-33, the total receipts and the total expenditure are estimated at ₹ 2.31 lakh crore and ₹ 2.74 lakh crore respectively.',
  'The fiscal deficit is estimated at 2.9 per cent of GSDP.',
].join('\n');

describe('English budget speeches with estimates', () => {
  const checks = checksOf(SPEECH_2031, SPEECH_2032);

  it('checks each budget estimate against its revised estimate, not next year\'s budget estimate', () => {
    expect(byTarget(checks, '₹ 2.15 lakh crore')).toMatchObject({ indicator: 'total receipts', actual: { raw: '₹ 2.11 lakh crore' }, outcome: 'met' });
    expect(byTarget(checks, '₹ 2.60 lakh crore')).toMatchObject({ indicator: 'total expenditure', actual: { raw: '₹ 2.57 lakh crore' }, outcome: 'met' });
    expect(byTarget(checks, '3.2 per cent')).toMatchObject({ actual: { raw: '3.1 per cent' }, outcome: 'met' });
  });

  it('checks this year\'s allocation against what was spent', () => {
    expect(byTarget(checks, '₹ 42,500 crore')).toMatchObject({ actual: { raw: '₹ 39,800 crore' }, outcome: 'off-target' });
  });

  it('gives no actual to a target for next year', () => {
    expect(byTarget(checks, 'below 3 per cent')).toMatchObject({ actual: null, outcome: 'no-actual' });
  });
});

describe('targetYear', () => {
  const figure = (text: string, raw: string) => ({ start: text.indexOf(raw), end: text.indexOf(raw) + raw.length } as Parameters<typeof targetYear>[1]);

  it.each([
    ['We aim to bring the deficit below 3 per cent next year.', 'below 3 per cent', 2031, 2032],
    ['Spending will rise to around 4% of GDP by 2035.', 'around 4%', 2031, 2035],
    ['The deficit is estimated at 3.2 per cent of GSDP.', '3.2 per cent', 2031, null],
  ] as const)('%s → %s', (text, raw, plan, year) => {
    expect(targetYear(text, figure(text, raw), plan)).toBe(year);
  });
});
