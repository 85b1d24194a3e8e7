/**
 * Names of other documents quoted in a text (《法治政府建设实施纲要（2021—2025年）》,
 * 《政府工作报告》): their words are not the document's own, so its type, years and issuer
 * are never read from them. Masking keeps every offset where it was.
 */

/** A quoted name on one line; nested or unclosed marks are left as they are. */
const QUOTED_NAME = /《[^《》\n]{0,100}》/g;
/** What stands in for a quoted name's characters: not a letter, a digit or a CJK character. */
const MASK = '·';

/** `text` with the inside of every 《…》 replaced by MASK, same length. */
export function withoutQuotedNames(text: string): string {
  if (!text.includes('《')) return text;
  return text.replace(QUOTED_NAME, (m) => `《${MASK.repeat(m.length - 2)}》`);
}

/** The inside of a title that is nothing but one quoted name ("《2023年政府工作报告》"), else the title. */
export function unquotedTitle(title: string): string {
  const m = /^《([^《》]{1,100})》$/.exec(title.trim());
  return m ? m[1] : title;
}
