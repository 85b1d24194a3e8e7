/**
 * Binary data read as text: a PNG or a zip served as a web page, or a file of unknown
 * bytes. One rule for the CLI (over bytes, before decoding) and the extension (over the text
 * the browser decoded, where the bytes are gone): stray control characters, which text
 * almost never has, above a small share of the start.
 */

/** How much of the start is looked at (bytes or characters). */
export const BINARY_SCAN = 8192;
/** More stray controls than this share of the start: binary, not text. */
export const BINARY_CONTROL_SHARE = 0.05;

/** Tab, LF, FF, CR and ESC occur in text; the other C0 controls almost never do. */
export function isStrayControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

/**
 * True when the start of `text` looks like binary data decoded as text. U+FFFD counts too:
 * a browser puts it for NUL and for bytes its guessed encoding cannot read.
 */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, BINARY_SCAN);
  let stray = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isStrayControl(c) || c === 0xfffd) stray++;
  }
  return n > 0 && stray > n * BINARY_CONTROL_SHARE;
}
