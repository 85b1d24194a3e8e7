/**
 * English evidence for section roles, the counterpart of roles-zh.ts: the time a title
 * places its section in and the tense of sentences. Heading words (EN_ROLE_RULES) stay in
 * en.ts with the other English tables; admissions have their own (admissions-en.ts).
 */
import type { CueRule, RoleRule, SpanRule } from './types';

export const EN_TITLE_TIME_RULES: RoleRule[] = [
  { id: 'en-time-past', role: 'achievements', pattern: /\b(last|past|previous) (year|twelve months|five years|decade)\b|\bin (19|20)\d\d in review\b|\bsince (19|20)\d\d\b/i, example: 'Our Work in the Past Year', also: ['What We Achieved Last Year', 'Progress since 2019'] },
  { id: 'en-time-this-year', role: 'plans', pattern: /\b(this|the coming|next|the new) (year|fiscal year|financial year)\b|\bahead\b|\bgoing forward\b/i, example: 'Our Priorities for the Coming Year', also: ['The Year Ahead', 'Work for This Year'] },
];

/** A multi-year span a title names (a fiscal year "2024-25" is one year: section-evidence.ts drops ranges of one). */
export const EN_SPAN_RULES: SpanRule[] = [
  { id: 'en-span-year-range', kind: 'range', pattern: /\b((?:19|20)\d\d)\s*(?:[-–—]|to)\s*((?:19|20)?\d\d)\b(?![-–/]\d)/, example: 'Strategic Plan 2022–2026', also: ['Priorities for 2025 to 2030'] },
  { id: 'en-span-forward', kind: 'forward', pattern: /\b(?:next|coming) (?:three|five|ten|few) years\b|\bVision 20\d\d\b|\bmedium[- ]term\b/i, example: 'Our Agenda for the Next Five Years', also: ['Singapore Vision 2030', 'The Medium-Term Fiscal Strategy'] },
];

export const EN_DONE_CUES: CueRule[] = [
  { id: 'en-done-past', pattern: /\b(we|government|it|they|this|which)\s+(have\s+|has\s+)?(?!need\b|proceed\b|succeed\b|exceed\b)(\w+ed|made|built|set|met|won|saw|took|gave|began|brought|spent|grew|rose|fell|kept|held)\b/i, example: 'We delivered 1,200 new homes.', also: ['Last year, we introduced the Progress Package.', 'The Government has raised the allowance twice.'] },
  { id: 'en-done-was', pattern: /\b(was|were|had been|has been|have been)\b/i, example: 'Growth was 4.4 per cent last year.', also: ['The deficit has been reduced to 4.9 per cent.', 'Inflation was contained.'] },
  { id: 'en-done-last', pattern: /\b(last|past|previous) (year|budget|fiscal year)\b|\bin (19|20)\d\d,/i, example: 'In 2023, revenue grew by 8 per cent.', also: ['Last year we met the target.', 'In the past year, exports recovered.'] },
];

export const EN_FUTURE_TENSE_CUES: CueRule[] = [
  { id: 'en-future-will', pattern: /\b(will|shall|going to)\b/i, example: 'We will extend the scheme for another year.', also: ['The Ministry shall review the rates.', 'The first payment will be disbursed in June.'] },
  { id: 'en-future-plan', pattern: /\b(plan|plans|intend|intends|aim|aims|propose|proposes|to be)\s+to\b|\bthis year\b|\bnext year\b|\bgoing forward\b/i, example: 'I propose to raise the threshold.', also: ['We plan to open ten new centres.', 'Going forward, we must invest in skills.'] },
];
