/**
 * English sentences that set a figure for the year planned without promising an act: a
 * budget's estimates ("The fiscal deficit is estimated at 4.9 per cent of GDP"), what it
 * budgets or allocates ("we are budgeting a small surplus of $0.8 billion", "This year, I
 * have provided ₹11,11,111 crore for capital expenditure") and the forecast it plans on ("we
 * expect GDP growth at 1.0% to 3.0%"). They are the targets a later report is checked
 * against (a Government Work Report's 预期目标 are its commitments), so they count as
 * commitments; forecasts without a figure stay out (EN_FORECAST_CUES).
 */
import type { CueRule } from './types';

/** The start of a figure: a digit, or a currency sign before one (a PDF's ₹ may come out as a backtick). */
const FIGURE = String.raw`(?:around |about |approximately |close to |some |nearly |below |under |at least |at most |between )?(?:[\d$₹£€\`]|(?:S|HK|US|A|C|NZ)\$|Rs\.? ?\d)`;

export const EN_SETS_FIGURE: CueRule[] = [
  {
    id: 'en-estimated-at',
    pattern: new RegExp(String.raw`\b(?:is|are) (?:now )?(?:estimated|budgeted|projected|forecast|pegged|placed|targeted|expected) (?:at|to be) ${FIGURE}`, 'i'),
    example: 'The net revenue receipts are estimated at ` 18.40 lakh crore; the fiscal deficit is estimated to be 3.9 per cent of GDP.',
    also: ['Total spending is budgeted at $112.5 billion in 2031-32.', 'Net debt is projected at 41.8 per cent of GDP.'],
  },
  {
    id: 'en-budgeting',
    pattern: new RegExp(String.raw`\b(?:we are|I am|the Government is) (?:budgeting|projecting|forecasting|targeting|planning) (?:for )?(?:an? |the )?(?:[\w-]+ ){0,5}?(?:of |at )?${FIGURE}`, 'i'),
    example: 'For FY2031, we are budgeting a modest deficit of $1.2 billion, or 0.2% of GDP.',
    also: ['The Government is projecting a surplus of £3.4 billion next year.'],
  },
  {
    id: 'en-expect-figure',
    // "we expect growth at 1% to 3%", not "I expect to end the year with…" (a revised estimate of the year under way).
    pattern: new RegExp(String.raw`\b(?:we|I) (?:expect|forecast|project|anticipate) (?!to\b)(?:[\w()’'-]+ ){0,8}?(?:at|of|to be|between) ${FIGURE}`, 'i'),
    example: 'Barring shocks, we expect real GDP growth at 2.0% to 3.5% this year.',
    also: ['For 2031-32, we forecast inflation of about 2.5 per cent.'],
  },
  {
    id: 'en-provided-this-year',
    // An allocation in this budget ("This year, I have provided…"), not money provided over past years.
    pattern: new RegExp(String.raw`\b(?:this year|in this budget|for (?:FY ?)?20\d\d(?:[-–/]\d\d)?),? (?:I|we) have (?:provided|allocated|earmarked|set aside|budgeted) ${FIGURE}`, 'i'),
    example: 'This year, I have provided ` 2,40,000 crore for capital outlay on railways.',
    also: ['In this Budget, we have allocated $850 million for new hospital beds.'],
  },
];
