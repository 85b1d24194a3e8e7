/**
 * Text normalization. Every offset in an Extraction refers to the text this produces, so it
 * runs once, on each block, before any stage looks at the text.
 *
 * Full-width ASCII (digits, letters, brackets, %, ．) becomes half-width so one set of
 * patterns serves both; the Chinese sentence punctuation ，：；！？ stays as written because
 * it reads better in the UI and the sentence splitter treats both forms alike.
 */

/** Full-width forms kept as they are (Chinese punctuation people expect to see). */
const KEEP_FULLWIDTH = new Set(['，', '：', '；', '！', '？']);

/** Characters that act as a plain space: NBSP, ideographic space, thin/figure spaces, tabs. */
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters that only break matching: zero-width spaces/joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Control characters other than tab and newline (they come from broken scrapes). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** CJK ideographs and CJK punctuation: spaces between two of these are scraping debris. */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff0f\\uff1a-\\uff20\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g');

const FULL_WIDTH = /[\uff01-\uff5e]/g;
/** Anything normalizeLine would change: a space, a control, invisible or full-width character. */
const NEEDS_WORK = /[ \t\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad\u0000-\u001f\u007f\uff01-\uff5e]/;

/** Half-width form of a full-width ASCII character, unless it is one we keep. */
function toHalfWidth(ch: string): string {
  if (KEEP_FULLWIDTH.has(ch)) return ch;
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** Normalizes one line (no newlines inside): widths, spaces, stray spaces inside Chinese. */
export function normalizeLine(line: string): string {
  // Most lines of a clean page need nothing: one cheap test skips the six replacements.
  if (!NEEDS_WORK.test(line)) return line;
  let out = line.replace(INVISIBLE, '').replace(CONTROL, '').replace(SPACE_LIKE, ' ').replace(FULL_WIDTH, toHalfWidth);
  if (out.includes(' ')) out = out.replace(/ {2,}/g, ' ').replace(SPACE_BETWEEN_CJK, '').trim();
  return out;
}

/** Splits text into raw lines: CRLF, CR, LF, NEL and U+2028/2029 count as line ends. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029\u0085]/);
}

/** Splits text into normalized non-empty lines. */
export function normalizedLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of splitLines(text)) {
    const line = normalizeLine(raw);
    if (line) out.push(line);
  }
  return out;
}

/** Normalizes a whole text: normalized lines joined by '\n', blank lines dropped. */
export function normalizeText(text: string): string {
  return normalizedLines(text).join('\n');
}

/** True when the string is mostly Chinese (by ideograph share among letters). */
export function isMostlyChinese(sample: string): boolean {
  let han = 0;
  let latin = 0;
  // Code units, not code points: both ranges lie in the BMP, and a surrogate half is neither.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // A Chinese character carries about as much as a 3–4 letter English word.
  return han * 3 >= latin && han > 0;
}
