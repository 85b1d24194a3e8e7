/**
 * A local report file as the page the browser would show for it, for the library's "Add
 * report files": the bytes decoded as the CLI decodes them (lib/text/decode), an .html file's
 * text as the page's HTML, any other text in one <pre> as the browser shows a text/plain
 * file, and a file:/// URL made of the name. What cannot be read is a refusal code that the
 * library page translates (components/i18n describeError).
 */
import { escapeHtml } from '../export/diff-html';
import type { PagePayload } from '../messages';
import { DecodeError, decodeBytes } from '../text/decode';
import { isHtmlInput, MAX_INPUT_BYTES, megabytes } from '../text/input-file';

/** What the file picker offers (other files can still be dropped: their bytes decide). */
export const REPORT_FILE_ACCEPT = '.txt,.text,.html,.htm,text/plain,text/html';

/** Why a file was not added; file-too-large carries the limit and the file's size. */
export type FileRefusal =
  | 'file-empty' | 'file-pdf' | 'file-office' | 'file-image' | 'file-binary' | 'file-too-large' | 'file-undecodable';

export type FileReading =
  | { ok: true; page: PagePayload; encoding: string }
  | { ok: false; code: FileRefusal };

/** The signature ids of lib/text/decode's MAGIC table, by what the user is told. */
const FORMAT_REFUSALS: Record<string, FileRefusal> = {
  pdf: 'file-pdf', zip: 'file-office', ole: 'file-office', png: 'file-image', jpeg: 'file-image', gif: 'file-image',
};

/** The URL a browser shows for a local file, made of the name alone (the folder is unknown). */
export function fileUrl(name: string): string {
  return `file:///${encodeURIComponent(name)}`;
}

/** The refusal for a file over the CLI's limit (checked before its bytes are read), or null. */
export function sizeRefusal(size: number): { code: 'file-too-large'; subs: string[] } | null {
  return size > MAX_INPUT_BYTES ? { code: 'file-too-large', subs: [megabytes(MAX_INPUT_BYTES), megabytes(size)] } : null;
}

/** The page for a file's bytes, or why it cannot be read. Never throws for bad bytes. */
export function filePage(name: string, bytes: Uint8Array): FileReading {
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (err) {
    if (err instanceof DecodeError) return { ok: false, code: decodeRefusal(err) };
    throw err;
  }
  const base = { url: fileUrl(name), title: name };
  const page: PagePayload = isHtmlInput(name, decoded.text)
    ? { ...base, html: decoded.text, contentType: 'text/html' }
    : { ...base, html: plainTextHtml(decoded.text), contentType: 'text/plain' };
  return { ok: true, page, encoding: decoded.encoding };
}

function decodeRefusal(err: DecodeError): FileRefusal {
  if (err.code === 'empty') return 'file-empty';
  if (err.code === 'undecodable') return 'file-undecodable';
  return FORMAT_REFUSALS[err.format ?? ''] ?? 'file-binary';
}

/**
 * A text file as the browser shows it: the text, escaped, in one <pre>. The newline after
 * <pre> is the one the HTML parser drops, so a text's own first line break is kept.
 */
export function plainTextHtml(text: string): string {
  return `<html><head></head><body><pre>\n${escapeHtml(text)}</pre></body></html>`;
}
