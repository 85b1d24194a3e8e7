/**
 * What a report file may be, for every reader of files (the CLI, the library's "Add report
 * files"): how large it may get, and whether its text is read as HTML or as plain text.
 */
import { looksLikeHtml } from './decode';

/** Larger inputs are refused: the biggest real reports are a few hundred kB of text. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A size in MB with one decimal, as the size messages print it. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** True when the input should be read as HTML: by file extension, else by its content. */
export function isHtmlInput(file: string | undefined, text: string): boolean {
  if (file && /\.(x?html?|shtml)$/i.test(file)) return true;
  if (file && /\.(txt|text)$/i.test(file)) return false;
  return looksLikeHtml(text);
}
