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

/** "关于印发《X》的通知": the notice and the plan X it issues are one document, titled X. */
const ISSUES_NAMED = /印发\s*[《〈]([^《》〈〉\n]{2,100})[》〉]\s*的?通知$/;
/** A covering notice that names the plan it issues ("《X》已经区政府同意，现印发给你们"). */
const COVERING_NOTICE = /《([^《》\n]{2,100})》[^《》。\n]{0,24}?印发给你们/;

/**
 * The title a document goes by: the name it issues (关于印发《X》的通知 → X), the inside of a
 * title that is one quoted name, else the title as it stands.
 */
export function ownTitle(title: string): string {
  return ISSUES_NAMED.exec(title.trim())?.[1] ?? unquotedTitle(title);
}

/** The plan a covering notice issues, named in `text` (the document's opening), else null. */
export function coveringNoticeName(text: string): string | null {
  return COVERING_NOTICE.exec(text)?.[1] ?? null;
}
