/**
 * Whether a text contains every piece of a query as the search compares them (both folded:
 * terms.ts `fold`), without folding the text when that cannot change the answer. Folding a
 * 34,000-character report (NFKC) costs more than finding a phrase in it, and a phrase search
 * checks hundreds of reports (issue 18). For a piece of CJK characters only, the folded text
 * contains it exactly when the text does, unless the text has a character that NFKC turns into
 * CJK (㈠, ⼀, compatibility ideographs, half-width katakana, compatibility jamo, …) or that
 * composes with CJK (voicing marks, conjoining jamo): RANGES, checked against NFKC for
 * every code point in test/search/contains.test.ts.
 */
import { CJK } from './scan';
import { fold } from './terms';

/** [first, last] code points; beyond the BMP: enclosed ideographs and compatibility ideographs. */
const RANGES: [number, number][] = [
  [0x1100, 0x11ff], [0x2e9f, 0x2e9f], [0x2ef3, 0x2ef3], [0x2f00, 0x2fd5], [0x3038, 0x303a], [0x3099, 0x309a], [0x309f, 0x309f],
  [0x30ff, 0x30ff], [0x3131, 0x318e], [0x3192, 0x319f], [0x3200, 0x321e], [0x3220, 0x3247], [0x3260, 0x327e], [0x3280, 0x32b0],
  [0x32c0, 0x32cb], [0x32d0, 0x3370], [0x337b, 0x337f], [0x33e0, 0x33fe], [0xa960, 0xa97f], [0xd7b0, 0xd7ff], [0xf900, 0xfad9],
  [0xff66, 0xffdc], [0x1f200, 0x1f251], [0x2f800, 0x2fa1d],
];

let table: Uint8Array | null = null;

/**
 * Per UTF-16 code unit: 1 for a BMP character of RANGES, and for the lead surrogates of its
 * ranges beyond the BMP (a text with one is folded: a false alarm costs only the fold). A
 * loop over this table reads a report in a fraction of the time a regex class takes.
 */
function unitTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  for (const [a, b] of RANGES) {
    if (b < 0x10000) t.fill(1, a, b + 1);
    else for (let c = a; c <= b; c++) t[0xd800 + ((c - 0x10000) >> 10)] = 1;
  }
  return (table = t);
}

/** Whether `text` has a character that NFKC turns into CJK or that composes with CJK. */
export function foldsToCjk(text: string): boolean {
  const t = unitTable();
  for (let i = 0; i < text.length; i++) if (t[text.charCodeAt(i)]) return true;
  return false;
}

const ONLY_CJK = new RegExp(`^[${CJK}]+$`, 'u');

/** True when `fold(text)` contains every one of `pieces` (pieces already folded, as queryPieces gives them). */
export function containsAll(text: string, pieces: string[]): boolean {
  if (pieces.every((p) => ONLY_CJK.test(p)) && !foldsToCjk(text)) return pieces.every((p) => text.includes(p));
  const folded = fold(text);
  return pieces.every((p) => folded.includes(p));
}
