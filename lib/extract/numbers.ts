/**
 * Numbers: every quantity, percentage, amount, date, year and document id in the text
 * (CONTRACT.md "What counts"). Rule tables live in rules/numbers-zh.ts and rules/numbers-en.ts.
 */
import type { Language, NumberMention } from './types';

/** A mention before the pipeline gives it an id and its heading. */
export type NumberFound = Omit<NumberMention, 'id' | 'headingId'>;

/** Finds the number mentions of `text`, in document order, never overlapping. */
export function findNumbers(text: string, language: Language): NumberFound[] {
  void text; void language;
  return [];
}
