/**
 * English number rules, in priority order (an earlier rule claims its span first): dates,
 * document numbers, year spans, ranges, quantities with qualifier/scale/unit, number words,
 * years, then bare figures. Every pattern is compiled once, here, with the `g` flag.
 * Ordinals (14th Five-Year Plan), model names (5G, C919, PM2.5, Covid-19) are never matched.
 */
import { EN_AFTER, EN_BEFORE, EN_CURRENCY, EN_MONTHS, EN_NUMBER_WORDS, EN_SCALES, EN_UNITS } from '../numbers/en-units';
import type { NumberRule } from '../numbers/types';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');

/**
 * Digits with optional thousands separators and decimals, not glued to a letter (5G, 14th):
 * commas (1,000,000), Indian grouping (11,11,111 and 1,00,000), spaces or thin spaces (30 000).
 * Group repeats are bounded (a figure has at most six groups): an unbounded one rescans a long
 * run of groups from each start the scanner retries (issue 16).
 */
const CORE = String.raw`(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,2}(?:,\d{2}){1,6},\d{3}|\d{1,3}(?:[ \u202f]\d{3}){1,6}(?![\d,.])|\d+)(?:\.\d+)?(?![\dA-Za-z])`;
/** Nothing that makes the figure part of a word or a bigger number may stand before it. */
const GUARD = String.raw`(?<![\w$.,-])`;
const PRE = `(?:(?<pre>${alternation(EN_BEFORE.map((q) => q.text))})\\s+)`;
const CUR = `(?:(?<cur>${alternation(EN_CURRENCY.map((c) => c.text))})\\s?)`;
const SCALE = `(?:\\s(?<scale>(?:hundred\\s|thousand\\s|lakh\\s)?(?:${alternation(Object.keys(EN_SCALES))})))`;
const UNIT = `(?:[\\s-]?(?<unit>${alternation(EN_UNITS.map((x) => x.text))})(?![A-Za-z]))`;
const POST = `(?:[\\s-](?<post>${alternation(EN_AFTER.map((q) => q.text))})\\b)`;
const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const WORD = Object.keys(EN_NUMBER_WORDS).join('|');

const re = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);

/** The English rule table. */
export const EN_NUMBER_RULES: NumberRule[] = [
  { id: 'en.date.mdy', parser: 'date', kind: 'date', example: 'March 5, 2024',
    pattern: re(`\\b(?:${EN_MONTHS})\\.?\\s+${DAY},?\\s+${YEAR}\\b`) },
  { id: 'en.date.dmy', parser: 'date', kind: 'date', example: '5 March 2024',
    pattern: re(`${GUARD}${DAY}\\s+(?:${EN_MONTHS})\\.?,?\\s+${YEAR}\\b`) },
  { id: 'en.date.iso', parser: 'date', kind: 'date', example: '2024-03-05',
    pattern: re(`${GUARD}${YEAR}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\\d|0[1-9])(?!\\d)`) },
  { id: 'en.date.my', parser: 'date', kind: 'date', example: 'March 2024',
    pattern: re(`\\b(?:${EN_MONTHS})\\.?\\s+(?:of\\s+)?${YEAR}\\b`) },
  { id: 'en.date.md', parser: 'date', kind: 'date', example: 'September 30',
    pattern: re(`\\b(?:${EN_MONTHS})\\.?\\s+${DAY}(?![\\d,.]?\\d)\\b`) },
  // Day before month without a year, as Commonwealth texts write it: "From 1 July, the credit will rise".
  { id: 'en.date.dm', parser: 'date', kind: 'date', example: '1 July',
    pattern: re(`${GUARD}${DAY}\\s+(?:${EN_MONTHS})\\b(?!\\.?,?\\s+\\d)`) },
  { id: 'en.time', parser: 'time', kind: 'other', example: '10:36',
    pattern: re(`${GUARD}(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\s?[ap]\\.m\\.)?(?![\\d:])`) },
  { id: 'en.doc-id', parser: 'docId', kind: 'doc-id', example: 'No. 35',
    pattern: re(`\\bNo\\.\\s?\\d+\\b`) },
  // A financial year written with a slash is one year mention ("2004/05"), as "2023-24" is: no count 5.
  { id: 'en.year.fiscal', parser: 'year', kind: 'year', example: '2004/05',
    pattern: re(`${GUARD}(?<num>${YEAR})\\/\\d{2}(?![\\d/%])`) },
  { id: 'en.year.range', parser: 'yearRange', kind: 'year', example: '2016-2020',
    pattern: re(`${GUARD}(?<a>${YEAR})\\s?[-–—]\\s?(?<b>${YEAR})(?![\\d%])`) },
  // The closing unit may be a currency mark on both figures: "between $200 and $400".
  { id: 'en.range', parser: 'range', example: '6-6.5 percent; between $200 and $400',
    pattern: re(`${GUARD}(?:(?<between>between)\\s+)?${CUR}?(?<a>${CORE})${SCALE}?${UNIT}?` +
      `\\s*(?<sep>-|–|—|to|and)\\s*(?:${CUR.replace('<cur>', '<cur2>')})?(?<b>${CORE})` +
      `${SCALE.replace('<scale>', '<scale2>')}?${UNIT.replace('<unit>', '<unit2>')}?`, 'gi') },
  { id: 'en.quantity', parser: 'quantity', example: 'over 12 million',
    pattern: re(`${GUARD}${PRE}?${CUR}?(?<num>${CORE})${SCALE}?${UNIT}?${POST}?`, 'gi') },
  { id: 'en.number-word', parser: 'numberWord', example: 'two years',
    pattern: re(`\\b${PRE}?(?<w1>${WORD})(?:[\\s-](?<w2>one|two|three|four|five|six|seven|eight|nine))?` +
      `${SCALE}?${UNIT}?`, 'gi') },
  { id: 'en.year', parser: 'year', kind: 'year', example: 'in 2023',
    pattern: re(`${GUARD}(?<num>${YEAR})(?![\\dA-Za-z%]|\\.\\d)`) },
  { id: 'en.bare', parser: 'bare', example: '3 major tasks',
    pattern: re(`${GUARD}(?<num>${CORE})`) },
];
