/**
 * Bytes → text for the CLI (and any caller holding raw bytes). Order, as CONTRACT.md fixes
 * it: BOM, then a declared charset (HTTP Content-Type hint, `<meta charset>`), then a UTF-8
 * validity check, then GB18030 (GBK/GB2312 pages are still common on Chinese government
 * sites). TextDecoder only, so it runs the same in Node 20 and in browsers.
 */

import { BINARY_CONTROL_SHARE, BINARY_SCAN, isStrayControl } from './binary';

/** Why decoding failed; the CLI maps every code to exit status 2. */
export type DecodeErrorCode = 'empty' | 'binary' | 'undecodable';

/** Bad input: the message says what was wrong and what to do, in one line. */
export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  /** For a known file format ('binary'): the signature's id (`pdf`, `zip`, `ole`, `png`, …). */
  readonly format?: string;
  constructor(code: DecodeErrorCode, message: string, format?: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
    if (format) this.format = format;
  }
}

/** Decoded text and how it was read. */
export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used: 'utf-8', 'utf-16le', 'gb18030', … */
  encoding: string;
  /** Repairs made on the way (truncated tail dropped, bad bytes replaced); empty when clean. */
  warnings: string[];
}

/** File signatures of formats people hand us by mistake; the message names the fix. */
const MAGIC: { id: string; bytes: number[]; advice: string; example: string }[] = [
  { id: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46], advice: 'a PDF file: convert it to text first (e.g. `pdftotext report.pdf`) and pass the .txt', example: '%PDF-1.7' },
  { id: 'png', bytes: [0x89, 0x50, 0x4e, 0x47], advice: 'a PNG image, not a report: pass the page as .html or .txt', example: '\\x89PNG' },
  { id: 'jpeg', bytes: [0xff, 0xd8, 0xff], advice: 'a JPEG image, not a report: pass the page as .html or .txt', example: '\\xff\\xd8\\xff\\xe0' },
  { id: 'gif', bytes: [0x47, 0x49, 0x46, 0x38], advice: 'a GIF image, not a report: pass the page as .html or .txt', example: 'GIF89a' },
  { id: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04], advice: 'a ZIP archive (a .docx/.xlsx is one): save the document as .txt or .html first', example: 'PK\\x03\\x04' },
  { id: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0], advice: 'an old Office file (.doc/.xls): save it as .txt or .html first', example: '\\xd0\\xcf\\x11\\xe0' },
  { id: 'gzip', bytes: [0x1f, 0x8b], advice: 'gzip-compressed: decompress it first (gunzip)', example: '\\x1f\\x8b\\x08' },
];

/** Charset labels we read as GB18030 (a superset of GBK and GB2312; the decoders agree). */
const GB_LABELS = /^(gb18030|gbk|gb2312|gb_2312(-80)?|x-gbk|cp936|ms936|windows-936|csgb2312|chinese|iso-ir-58)$/i;
/** How far into the bytes a `<meta charset>` declaration is looked for. */
const META_SCAN_BYTES = 4096;
/** Share of replaced sequences (per non-ASCII byte) a lossy decode may have and still count. */
const MAX_LOSSY_SHARE = 0.02;

/** Decodes input bytes into text; throws DecodeError for empty, binary or undecodable input. */
export function decodeBytes(bytes: Uint8Array, hint?: { contentType?: string }): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'input is empty (0 bytes): pass a non-empty .html or .txt file');
  const decoded = decodeByBom(bytes) ?? decodeUtf16WithoutBom(bytes) ?? decodeUnmarked(bytes, hint);
  if (!decoded.text.trim()) throw new DecodeError('empty', `input contains only whitespace (${bytes.length} bytes): pass a file with the report text`);
  return decoded;
}

function decodeByBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return strictOrLossy(bytes.subarray(3), 'utf-8');
  if (a === 0xff && b === 0xfe) return strictOrLossy(bytes.subarray(2), 'utf-16le');
  if (a === 0xfe && b === 0xff) return strictOrLossy(bytes.subarray(2), 'utf-16be');
  return null;
}

/** UTF-16 saved without a BOM (some Windows tools): every other byte of ASCII text is NUL. */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | null {
  const n = Math.min(bytes.length, BINARY_SCAN) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return strictOrLossy(bytes, 'utf-16le');
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return strictOrLossy(bytes, 'utf-16be');
  return evenNul + oddNul > 0 ? decodeTextLikeUtf16(bytes, n) : null;
}

/**
 * Code units of text: ASCII, Latin, Greek, Cyrillic; punctuation, symbols and enclosed
 * numbers (① ㈠ ㎡); CJK punctuation and ideographs; full-width forms.
 */
const TEXT_UNIT = /[\t\n\r\u0020-\u007e\u00a0-\u024f\u0370-\u04ff\u2000-\u9fff\uff00-\uffef]/g;
/** Share of text-like code units a NUL-bearing input needs to be read as UTF-16. */
const MIN_TEXT_UNITS = 0.95;

/**
 * Chinese UTF-16 without a BOM has NUL bytes only at its ASCII characters, too few for the
 * check above. Text encodings never contain NUL bytes, so an input that has some, is not
 * valid UTF-8 and reads as text in one byte order is UTF-16; binary read so is mostly
 * unassigned or rare blocks. The UTF-8 test comes first because ASCII letter pairs read as
 * UTF-16 are CJK ideographs ("ab" is U+6261): ASCII text with a stray NUL must stay binary.
 */
function decodeTextLikeUtf16(bytes: Uint8Array, n: number): Decoded | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return null;
  } catch {
    // Not UTF-8: go on.
  }
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const sample = new TextDecoder(encoding).decode(bytes.subarray(0, n));
    const textLike = sample.match(TEXT_UNIT)?.length ?? 0;
    if (textLike >= sample.length * MIN_TEXT_UNITS) return strictOrLossy(bytes, encoding);
  }
  return null;
}

function decodeUnmarked(bytes: Uint8Array, hint?: { contentType?: string }): Decoded {
  rejectBinary(bytes);
  const declared = charsetLabel(hint?.contentType ?? '') ?? declaredCharset(bytes);
  const utf8 = tryStrict(bytes, 'utf-8');
  // Valid non-ASCII UTF-8 is strong evidence on its own: sites moved to UTF-8 and kept old
  // `charset=gb2312` templates, while GBK text is practically never valid UTF-8 by chance.
  if (utf8 && (!declared || declared === 'utf-8' || hasNonAscii(bytes))) return utf8;
  if (declared && declared !== 'utf-8') {
    const asDeclared = tryStrict(bytes, declared);
    if (asDeclared) return asDeclared;
  }
  const gb = tryStrict(bytes, 'gb18030');
  // Big5 bytes (a 繁體 page saved from a big5 gateway) mostly decode as GB18030 too, into rare
  // characters: of the two strict readings, the one with more everyday words wins.
  const big5 = gb ? tryStrict(bytes, 'big5') : null;
  if (big5 && looksLikeChinese(big5.text) && commonHan(big5.text) > commonHan(gb!.text)) return big5;
  if (gb && looksLikeChinese(gb.text)) return gb;
  const lossy = [lossyDecode(bytes, 'utf-8'), lossyDecode(bytes, 'gb18030')]
    .filter((d): d is Decoded & { share: number } => d !== null && d.share <= MAX_LOSSY_SHARE)
    .sort((x, y) => x.share - y.share)[0];
  if (lossy) return { text: lossy.text, encoding: lossy.encoding, warnings: lossy.warnings };
  if (gb) return gb;
  if (mostlyAscii(bytes)) {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return { text, encoding: 'windows-1252', warnings: ['no UTF-8 or GB18030 text found; read as Windows-1252'] };
  }
  throw new DecodeError('undecodable', 'input bytes are neither UTF-8 nor GB18030/GBK text: re-save the file as UTF-8, or check that it is a text or HTML file');
}

function rejectBinary(bytes: Uint8Array): void {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => bytes[i] === b)) throw new DecodeError('binary', `input is ${m.advice}`, m.id);
  }
  const n = Math.min(bytes.length, BINARY_SCAN);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new DecodeError('binary', `input is binary (a NUL byte at offset ${i}), not text or HTML: pass a .html or .txt file`);
    if (isStrayControl(b)) control++;
  }
  if (control > n * BINARY_CONTROL_SHARE) throw new DecodeError('binary', `input looks binary (${control} control bytes in the first ${n}): pass a .html or .txt file`);
}

/** The charset a `<meta charset>` or `<meta http-equiv content="…charset=…">` declares, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps bytes 1:1, so ASCII markup reads the same whatever the real encoding is.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_SCAN_BYTES));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? charsetLabel(`charset=${m[1]}`) : null;
}

/** Normalises the charset of a Content-Type-like string to a decoder label we can use. */
function charsetLabel(contentType: string): string | null {
  const m = /charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(contentType);
  if (!m) return null;
  const label = m[1].toLowerCase();
  if (GB_LABELS.test(label)) return 'gb18030';
  if (label === 'utf8' || label === 'unicode-1-1-utf-8') return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null; // unknown label: ignore it and sniff
  }
}

function tryStrict(bytes: Uint8Array, encoding: string): Decoded | null {
  try {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    // stream:true keeps an incomplete final sequence pending instead of failing on it.
    const text = decoder.decode(bytes, { stream: true });
    let tail = '';
    try {
      tail = decoder.decode();
    } catch {
      return { text, encoding: decoder.encoding, warnings: ['input ends in the middle of a character (truncated file?); the broken last character was dropped'] };
    }
    return { text: text + tail, encoding: decoder.encoding, warnings: [] };
  } catch {
    return null;
  }
}

function strictOrLossy(bytes: Uint8Array, encoding: string): Decoded {
  return tryStrict(bytes, encoding) ?? lossyDecode(bytes, encoding)!;
}

function lossyDecode(bytes: Uint8Array, encoding: string): (Decoded & { share: number }) | null {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
  const share = replaced / Math.max(1, countNonAscii(bytes));
  const warnings = replaced ? [`${replaced} invalid byte sequence(s) replaced with U+FFFD while reading as ${encoding}`] : [];
  return { text, encoding: new TextDecoder(encoding).encoding, warnings, share };
}

function countNonAscii(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) n++;
  return n;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function mostlyAscii(bytes: Uint8Array): boolean {
  return countNonAscii(bytes) < bytes.length * 0.1;
}

/**
 * True when Han characters in the text mostly stand next to other Han characters. Latin-1
 * text read as GB18030 turns each accented letter pair into one isolated ideograph ("caf茅").
 */
/** Characters frequent in any Chinese prose, in both scripts: a right decoding is full of them. */
const COMMON_HAN = new Set('的一是在不了有和人中大上年为為国國发發会會工作部政府法建设設展进進行要以等对對'.split(''));
/** How far into a decoded text the common characters are counted. */
const COMMON_SAMPLE = 4000;

/** How many characters of the start of `text` are everyday ones. */
function commonHan(text: string): number {
  let n = 0;
  for (let i = 0; i < Math.min(text.length, COMMON_SAMPLE); i++) if (COMMON_HAN.has(text[i])) n++;
  return n;
}

function looksLikeChinese(text: string): boolean {
  let han = 0;
  let paired = 0;
  const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    han++;
    if (isHan(text.charCodeAt(i - 1)) || isHan(text.charCodeAt(i + 1))) paired++;
  }
  return han === 0 || paired >= han * 0.5;
}

/** Tags that, first in a file (after comments or an XML prolog), make it a page. */
const LEADING_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article|section|main|h[1-6])[\s>/]/iy;
const SPACES = /\s*/y;

/** Index after any whitespace at `from` (one sticky match: no backtracking). */
function skipSpace(text: string, from: number): number {
  SPACES.lastIndex = from;
  SPACES.test(text);
  return SPACES.lastIndex;
}

/**
 * Where the first markup after a leading XML prolog and comments starts, or -1 when one of
 * them is not closed. A loop with indexOf rather than one regex: `(<!--[\s\S]*?-->\s*)*`
 * backtracked exponentially on a run of empty comments (`<!---->`×32 took over 120 s).
 */
function firstMarkup(head: string): number {
  let at = skipSpace(head, 0);
  if (head.startsWith('<?xml', at)) {
    const end = head.indexOf('>', at);
    if (end < 0) return -1;
    at = skipSpace(head, end + 1);
  }
  while (head.startsWith('<!--', at)) {
    const end = head.indexOf('-->', at + 4);
    if (end < 0) return -1;
    at = skipSpace(head, end + 3);
  }
  return at;
}

/** True when the text is HTML rather than plain text (decides .html vs .txt handling for `-`). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  // Markup first (after comments or an XML prolog), or document-level tags early on.
  const at = firstMarkup(head);
  if (at >= 0) {
    LEADING_TAG.lastIndex = at;
    if (LEADING_TAG.test(head)) return true;
  }
  return /<(?:html|body)[\s>]/i.test(head) && /<\/(?:p|div|body|html|td|span)>/i.test(text.slice(0, 65536));
}
