/**
 * Whether a text contains every piece of a query as the search compares them (both folded:
 * terms.ts `fold`), without folding the text when that cannot change the answer. Folding a
 * 34,000-character report (NFKC) costs more than finding a phrase in it, and a phrase search
 * checks hundreds of reports (issue 18). For a piece of CJK characters only, the folded text
 * contains it exactly when the text does, unless the text has a character that NFKC turns into
 * CJK (㈠, ⼀, compatibility ideographs, half-width katakana, compatibility jamo, …) or that
 * composes with CJK (voicing marks, conjoining jamo): FOLDS_TO_CJK, checked against NFKC for
 * every code point in test/search/contains.test.ts.
 */
import { CJK } from './scan';
import { fold } from './terms';

export const FOLDS_TO_CJK = new RegExp('[' + [
  '\\u1100-\\u11FF', '\\u2E9F', '\\u2EF3', '\\u2F00-\\u2FD5', '\\u3038-\\u303A', '\\u3099-\\u309A', '\\u309F', '\\u30FF',
  '\\u3131-\\u318E', '\\u3192-\\u319F', '\\u3200-\\u321E', '\\u3220-\\u3247', '\\u3260-\\u327E', '\\u3280-\\u32B0',
  '\\u32C0-\\u32CB', '\\u32D0-\\u3370', '\\u337B-\\u337F', '\\u33E0-\\u33FE', '\\uA960-\\uA97F', '\\uD7B0-\\uD7FF',
  '\\uF900-\\uFAD9', '\\uFF66-\\uFFDC', '\\u{1F200}-\\u{1F251}', '\\u{2F800}-\\u{2FA1D}',
].join('') + ']', 'u');

const ONLY_CJK = new RegExp(`^[${CJK}]+$`, 'u');

/** True when `fold(text)` contains every one of `pieces` (pieces already folded, as queryPieces gives them). */
export function containsAll(text: string, pieces: string[]): boolean {
  if (pieces.every((p) => ONLY_CJK.test(p)) && !FOLDS_TO_CJK.test(text)) return pieces.every((p) => text.includes(p));
  const folded = fold(text);
  return pieces.every((p) => folded.includes(p));
}
