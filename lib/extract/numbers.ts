/**
 * Numbers: every quantity, percentage, amount, date, year and document id in the text
 * (CONTRACT.md "What counts"). Rule tables live in rules/numbers-zh.ts and rules/numbers-en.ts;
 * the parsers that read their matches in numbers/; what each figure measures in indicator.ts.
 * Regex and table driven, no NLP library: a 50k-character report takes a few milliseconds.
 */
import { attachIndicators } from './indicator';
import type { Parser } from './numbers/common';
import * as en from './numbers/parsers-en';
import { applyNearbyQualifiers } from './numbers/nearby';
import { localDollars } from './numbers/en-dollar';
import { carryChangeUnits, countedPeople } from './numbers/en-carry';
import * as zh from './numbers/parsers-zh';
import * as zhNumerals from './numbers/parsers-zh-numerals';
import { scanRules } from './numbers/scan';
import { shareUnits } from './numbers/shared-unit';
import { dealRespectively } from './numbers/respectively';
import { isNamedFigure } from './numbers/zh-names';
import type { NumberFound, ParserName } from './numbers/types';
import { EN_NUMBER_RULES } from './rules/numbers-en';
import { ZH_NUMBER_RULES } from './rules/numbers-zh';
import type { Language } from './types';

export type { NumberFound } from './numbers/types';

/** Parsers by the name the rule tables use. */
const ZH_PARSERS: Record<ParserName, Parser> = {
  docId: zh.parseFixed, date: zh.parseFixed, time: zh.parseFixed, combo: zh.parseFixed,
  yearRange: zh.parseYearRange, monthRange: zh.parseMonthRange, range: zh.parseRange,
  year: zh.parseYear, month: zh.parseMonth, zhPercentWords: zh.parsePercentWords,
  quantity: zh.parseQuantity, zhNumeralRange: zhNumerals.parseZhNumeralRange,
  zhNumeral: zhNumerals.parseZhNumeralQuantity, zhFraction: zhNumerals.parseZhFraction,
  zhNumeralDate: zhNumerals.parseZhNumeralDate, zhRoundNumber: zhNumerals.parseZhRoundNumber,
  bare: zhNumerals.parseZhBare, numberWord: () => null,
};

const EN_PARSERS: Record<ParserName, Parser> = {
  ...ZH_PARSERS,
  yearRange: en.parseEnYearRange, range: en.parseEnRange, year: en.parseEnYear,
  quantity: en.parseEnQuantity, numberWord: en.parseEnNumberWord, bare: en.parseEnBare,
};

/** Finds the number mentions of `text`, in document order, never overlapping. */
export function findNumbers(text: string, language: Language): NumberFound[] {
  if (language === 'zh') {
    const scanned = scanRules(text, ZH_NUMBER_RULES, ZH_PARSERS).filter((c) => !isNamedFigure(text, c.start, c.end, c.unit));
    const found = shareUnits(text, scanned);
    applyNearbyQualifiers(text, found);
    return dealRespectively(text, attachIndicators(text, found, 'zh'));
  }
  const found = countedPeople(text, carryChangeUnits(text, scanRules(text, EN_NUMBER_RULES, EN_PARSERS)));
  return localDollars(text, attachIndicators(text, found, 'en'));
}
