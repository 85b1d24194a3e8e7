/**
 * What a line of plain text shows of its place on a page: how wide it is, whether it ends a
 * sentence, opens a block (a heading, a bullet, a field, a signature), was justified or
 * indented. unwrap-lines.ts and page-marks.ts read lines through these.
 */
import { EN_HEADING_RULES, EN_SIGN_OFF } from './rules/en';
import { ZH_HEADING_RULES, ZH_SIGN_OFF } from './rules/zh';

/** A line as it came from the source, normalized, with what its spacing said. */
export interface SourceLine {
  text: string;
  /** Its words were spread apart ("We  will  open"): a justified line, full, inside its paragraph. */
  justified?: boolean;
  /** Columns of space before its text (pdftotext -layout and some copies keep a paragraph's indent). */
  indent?: number;
}

/**
 * A line ending like this may end its paragraph (or be a heading, a list lead, a salutation).
 * A closing quote or bracket after the mark counts with it ("…之年。”"); alone it does not.
 */
export const SENTENCE_END = /[。！？；：.!?;:]["”’」』)）]?$/;
/** A line opening like this starts a new block: a heading or list marker, a bullet; a signature or date line stands alone. */
const BLOCK_START = [
  ...[...ZH_HEADING_RULES, ...EN_HEADING_RULES].filter((r) => r.position === 'line'),
  ...ZH_SIGN_OFF,
  ...EN_SIGN_OFF,
].map((r) => r.pattern);
const BULLET_START = /^[•▪●◦‣■□◆◇★※·]/;
/** A labelled field of a letterhead or cover ("Published: 2024-02-05", "发布日期：") is a line of its own. */
const FIELD_START = /^(Published|Issued|Dated?|Source|Author|From|To|Subject|Ref(erence)?|Contact|Tel|Email|发布日期|发布时间|成文日期|来源|索引号|文号)\s*[:：]/i;
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Quotes, dashes and brackets are set full-width in Chinese type (normalizing made "（" "("), half-width in English. */
const WIDE_IN_CHINESE = /[“”‘’—…·()]/;

/** True when the line opens a block of its own: a heading or list marker, a bullet, a field, a signature or date. */
export function startsBlock(line: string): boolean {
  return BULLET_START.test(line) || FIELD_START.test(line) || BLOCK_START.some((p) => p.test(line));
}

/** Columns of space before a raw line's text: a space one, an ideographic space two, a tab four. */
export function leadingIndent(raw: string): number {
  let columns = 0;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\u00a0') columns += 1;
    else if (ch === '\u3000') columns += 2;
    else if (ch === '\t') columns += 4;
    else break;
  }
  return columns;
}

/** True for a justified line: most gaps between its words are two or three spaces (a table's are wider). */
export function looksJustified(raw: string): boolean {
  const gaps = raw.trim().match(/ +/g) ?? [];
  if (gaps.length < 4 || gaps.some((g) => g.length > 3)) return false;
  return gaps.filter((g) => g.length >= 2).length * 2 > gaps.length;
}

/** Display columns: a Chinese (or other wide) character takes two, as on a printed page. */
export function displayWidth(line: string, chinese: boolean): number {
  let width = 0;
  for (const ch of line) width += WIDE_CHAR.test(ch) || (chinese && WIDE_IN_CHINESE.test(ch)) ? 2 : 1;
  return width;
}
