/**
 * File names for downloads that every desktop system accepts and that read well:
 * `承诺台账-灌南县-2023-commitments.csv`. Characters Windows or macOS refuse are replaced,
 * invisible format characters are removed (a right-to-left override could make
 * `报告‮vsc.exe` display as `报告exe.csv`), the name is bounded in UTF-8 bytes (Chinese
 * takes three each; most file systems allow 255), and the same parts always give the same name.
 */
import type { Language } from '../extract/types';

/** Bytes for the whole name, leaving room under 255 for the browser's " (1)" and a path. */
export const MAX_NAME_BYTES = 150;

/** What each step removes or replaces, with an example. */
export const NAME_CLEANUP: { pattern: RegExp; replace: string; why: string; example: [string, string] }[] = [
  { pattern: /\s+/g, replace: '_', why: 'spaces and line breaks are legal but break shell commands and links', example: ['State\tCouncil\n', 'State_Council'] },
  { pattern: /[\p{Cc}\p{Cf}]/gu, replace: '', why: 'control and invisible format characters (bidi overrides, zero-width)', example: ['灌南\u202E县', '灌南县'] },
  { pattern: /[<>:"/\\|?*]/g, replace: '_', why: 'refused by Windows; / and : by macOS too', example: ['a/b:c', 'a_b_c'] },
  { pattern: /_{2,}/g, replace: '_', why: 'runs left by the steps above', example: ['a__b', 'a_b'] },
];

/** Device names Windows reserves whatever the extension (CON.csv cannot be created). */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** One part of a name, cleaned. Example: ' 灌南县/人民政府 ' → '灌南县_人民政府'. */
export function cleanPart(part: string): string {
  return trimDots(NAME_CLEANUP.reduce((text, step) => text.replace(step.pattern, step.replace), part.normalize('NFC')));
}

const isDotLike = (c: string) => c === '.' || c === '_' || c === '-';

/**
 * Without leading or trailing dots, underscores and hyphens: a leading dot hides a file and
 * Windows drops trailing dots. A loop from each end, not `/[._-]+$/`, which rescans a run of
 * dots from each of its characters whenever something follows it (quadratic).
 */
export function trimDots(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isDotLike(text[start])) start++;
  while (end > start && isDotLike(text[end - 1])) end--;
  return text.slice(start, end);
}

/** UTF-8 bytes of one code point (a character of `Array.from`). */
const charBytes = (c: string) => {
  const cp = c.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Joins the non-empty parts with '-' and adds the extension. Example:
 * `downloadName(['承诺台账', '灌南县', 2023, 'commitments'], 'csv')` → '承诺台账-灌南县-2023-commitments.csv'.
 */
export function downloadName(parts: (string | number | null | undefined)[], ext: string, maxBytes = MAX_NAME_BYTES): string {
  const cleanExt = ext.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 10);
  const suffix = cleanExt ? `.${cleanExt}` : '';
  const cleaned = parts.map((p) => (p === null || p === undefined ? '' : cleanPart(String(p)))).filter(Boolean);
  const kept = shortenToFit(cleaned.length ? cleaned : ['export'], Math.max(8, maxBytes - utf8Length(suffix)));
  let base = kept.join('-');
  if (WINDOWS_RESERVED.test(base.split('.')[0])) base = `_${base}`;
  return `${base}${suffix}`;
}

/**
 * The first `max` characters of `text` by code point (never splitting a surrogate pair). A
 * part longer than that cannot fit in `max` bytes anyway: cutting it first keeps the work
 * proportional to the name, not to the issuer a page happened to give.
 */
function firstChars(text: string, max: number): string[] {
  const out: string[] = [];
  for (const c of text) {
    if (out.length >= max) break;
    out.push(c);
  }
  return out;
}

/**
 * Shortens the longest part (in bytes), one character at a time, until the joined name fits.
 * Sizes are kept as running totals, so a 10,000-character issuer costs one pass, not one
 * re-measure of the whole name per character dropped (2.3 s a download, issue 16).
 */
function shortenToFit(parts: string[], maxBytes: number): string[] {
  const chars = parts.map((p) => firstChars(p, maxBytes));
  const sizes = chars.map((cs) => cs.reduce((sum, c) => sum + charBytes(c), 0));
  let total = sizes.reduce((a, b) => a + b, 0) + Math.max(0, parts.length - 1); // the '-' between parts
  while (total > maxBytes) {
    let longest = 0;
    sizes.forEach((size, i) => { if (size > sizes[longest]) longest = i; });
    if (chars[longest].length <= 1) break; // every part is down to one character
    const dropped = charBytes(chars[longest].pop()!);
    sizes[longest] -= dropped;
    total -= dropped;
  }
  return chars.map((cs) => trimDots(cs.join(''))).filter(Boolean);
}

/** The app's name at the front of every download, in the report's language. */
const APP_NAME: Record<Language, string> = { zh: '承诺台账', en: 'promise-ledger' };

export type ExportKind = 'commitments' | 'numbers' | 'bundle' | 'annotations' | 'hypothesis' | 'citations' | 'report' | 'diff' | 'ledger';

/**
 * The name for one export. Example: `{language: 'zh', issuer: '灌南县', year: 2023,
 * kind: 'commitments', ext: 'csv'}` → '承诺台账-灌南县-2023-commitments.csv'.
 */
export function exportFileName(o: { language: Language; kind: ExportKind; ext: string; issuer?: string | null; year?: number | string | null }): string {
  return downloadName([APP_NAME[o.language], o.issuer, o.year, o.kind], o.ext);
}

/**
 * Media types for the one `download()` that makes a Blob. Text types say UTF-8 so a browser
 * previewing the file does not guess another encoding. Example: 'csv' → 'text/csv;charset=utf-8'.
 */
const MIME_TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  jsonld: 'application/ld+json',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

export function mimeTypeFor(ext: string): string {
  return MIME_TYPES[ext.toLowerCase().replace(/^\./, '')] ?? 'application/octet-stream';
}
