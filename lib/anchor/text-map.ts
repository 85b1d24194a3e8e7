/**
 * Normalization with a map back to the source. Builds the same text as
 * lib/text/normalize.ts's `normalizeLine` (per line, lines joined by '\n') from pieces of
 * raw text, and remembers for every output character which piece and offset it came from.
 * The content script uses it to turn offsets in normalized text (what an Extraction and the
 * annotation selectors refer to) into DOM ranges, and DOM selections into offsets.
 *
 * The rules are re-implemented here character by character instead of imported because the
 * string version cannot report where each character came from; a unit test checks that
 * both give the same text.
 */

/** Same sets as lib/text/normalize.ts (kept in step by test/extension/text-map.test.ts). */
const KEEP_FULLWIDTH = '，：；！？';
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** HTML whitespace: collapses to one space inside a block (like the page reader's collapse()). */
const HTML_SPACE = /[ \t\n\r\f]/;
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2014\u2026]/;

/** Output text plus, per UTF-16 unit, the source piece (-1 for a line break) and offset. */
export interface MappedText {
  text: string;
  piece: Int32Array;
  offset: Int32Array;
}

/**
 * Accumulates raw pieces and line breaks; `finish()` returns the normalized text and map.
 * Space handling is deferred: a space is written only when a visible character follows on
 * the same line and the two neighbours are not both CJK, exactly as normalizeLine does.
 */
export class TextMapBuilder {
  private out: string[] = [];
  private piece: number[] = [];
  private offset: number[] = [];
  private pending: { piece: number; offset: number } | null = null;

  /**
   * Adds raw text from piece `index` (a text node's position in the caller's list);
   * `base` is the offset of `raw` within that piece.
   */
  add(raw: string, index: number, base = 0): void {
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      if (HTML_SPACE.test(ch) || SPACE_LIKE.test(ch)) {
        if (!this.pending) this.pending = { piece: index, offset: base + i };
        continue;
      }
      if (INVISIBLE.test(ch) || CONTROL.test(ch)) continue;
      this.emit(halfWidth(ch), index, base + i);
    }
  }

  /** Ends the current line (a block boundary or <br>); blank lines are never written. */
  lineBreak(): void {
    this.pending = null;
    const n = this.out.length;
    if (n && this.out[n - 1] !== '\n') this.push('\n', -1, -1);
  }

  finish(): MappedText {
    this.pending = null;
    while (this.out.length && this.out[this.out.length - 1] === '\n') {
      this.out.pop();
      this.piece.pop();
      this.offset.pop();
    }
    return { text: this.out.join(''), piece: Int32Array.from(this.piece), offset: Int32Array.from(this.offset) };
  }

  private emit(ch: string, index: number, at: number): void {
    const n = this.out.length;
    const prev = n ? this.out[n - 1] : '\n';
    if (this.pending && prev !== '\n' && !(CJK.test(prev) && CJK.test(ch))) {
      this.push(' ', this.pending.piece, this.pending.offset);
    }
    this.pending = null;
    this.push(ch, index, at);
  }

  private push(ch: string, index: number, at: number): void {
    this.out.push(ch);
    this.piece.push(index);
    this.offset.push(at);
  }
}

/** Half-width form of a full-width ASCII character, except the Chinese punctuation we keep. */
function halfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0xff01 || c > 0xff5e || KEEP_FULLWIDTH.includes(ch)) return ch;
  return String.fromCharCode(c - 0xfee0);
}

/** Normalizes one string through the builder (for tests and quick checks). */
export function mapNormalize(raw: string): MappedText {
  const b = new TextMapBuilder();
  raw.split(/\r\n|[\r\n\u2028\u2029\u0085]/).forEach((line, i) => {
    if (i > 0) b.lineBreak();
    b.add(line, 0);
  });
  return b.finish();
}
