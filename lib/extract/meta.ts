/**
 * Document metadata: type, issuer, the year reviewed, the year planned, publication date, and
 * the document number when one is printed (meta-doc-number.ts).
 * The type from the title's head noun or the opening's framing (never a name inside 《》);
 * the issuer (meta-issuer.ts) and the years (meta-years.ts) from the whole document.
 */
import { CLOCK_DATE, DOC_FRAMING_RULES, DOC_TYPE_RULES, EN_DATE, FULL_DATE, MONTH_NAMES, PUBLISH_LABEL, type DocTypeRule } from './rules/meta';
import { findDocNumber } from './meta-doc-number';
import { findIssuer } from './meta-issuer';
import { findYears } from './meta-years';
import { ownTitle, withoutQuotedNames } from './quoted-names';
import { coverLines } from './meta-en';
import type { DocContext, DocType, Heading, Meta, Role } from './types';

/** How much of the opening is read for the type and the date. */
const OPENING = 600;
/** Opening lines longer than this are paragraphs, not a title that names the type. */
const MAX_TITLE_LINE = 80;
/** A cover line that is a date and nothing else. */
const EN_DATE_LINE = new RegExp(`^((?:\\d{1,2} )?(?:${MONTH_NAMES.join('|')})(?: \\d{1,2})?,? (?:19|20)\\d\\d)$`);

/** Document type from the title, then the opening's framing, then title-like opening lines. */
export function classifyDocType(ctx: DocContext): DocType {
  const byTitle = headNounRule(DOC_TYPE_RULES, withoutQuotedNames(ownTitle(ctx.title ?? '')));
  if (byTitle) return byTitle.docType;
  const opening = withoutQuotedNames(ctx.text.slice(0, OPENING));
  const framing = earliestRule(DOC_FRAMING_RULES, opening);
  if (framing) return framing.docType;
  // Only short lines without sentence ends can be a title: "…作出部署安排。" in a paragraph does not make a plan.
  const titleLike = opening.split('\n').slice(0, 4).filter((l) => ctx.language !== 'zh' || (l.length <= MAX_TITLE_LINE && !/[。；;]/.test(l)));
  return headNounRule(DOC_TYPE_RULES, titleLike.join('\n'))?.docType ?? 'other';
}

/** The rule whose last match ends last in `title` (a Chinese title ends with its head noun); ties by table order. */
function headNounRule(rules: DocTypeRule[], title: string): DocTypeRule | undefined {
  let best: DocTypeRule | undefined;
  let bestEnd = -1;
  for (const rule of rules) {
    const end = lastMatchEnd(rule.pattern, title);
    if (end > bestEnd) [best, bestEnd] = [rule, end];
  }
  return best;
}

/** The rule whose first match starts earliest in `text`. */
function earliestRule(rules: DocTypeRule[], text: string): DocTypeRule | undefined {
  let best: DocTypeRule | undefined;
  let bestAt = Infinity;
  for (const rule of rules) {
    const at = rule.pattern.exec(text)?.index ?? Infinity;
    if (at < bestAt) [best, bestAt] = [rule, at];
  }
  return best;
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let end = -1;
  for (const m of text.matchAll(global)) end = m.index! + m[0].length;
  return end;
}

/** Without a telling title: review + problems/plans sections make an annual report. */
function docTypeFromStructure(headings: Heading[]): DocType {
  const roles = new Set(headings.filter((h) => h.depth === 1).map((h) => h.role));
  return roles.has('achievements') && (roles.has('plans') || roles.has('problems')) ? 'annual-report' : 'other';
}

/** The role of text outside any heading: a work plan is all plans, a reply reviews work done. */
export function defaultRoleFor(docType: DocType): Role {
  if (docType === 'work-plan') return 'plans';
  if (docType === 'proposal-reply') return 'achievements';
  return 'other';
}

export function findMeta(ctx: DocContext, titleDocType: DocType, headings: Heading[]): Meta {
  const docType = titleDocType === 'other' ? docTypeFromStructure(headings) : titleDocType;
  const docNumber = findDocNumber(ctx, headings);
  return {
    issuer: findIssuer(ctx, docType),
    docType,
    ...findYears(ctx, docType, headings),
    publishedAt: findPublishedAt(ctx),
    // Only when printed: older extractions and reports without one have no field at all.
    ...(docNumber ? { docNumber } : {}),
  };
}

function findPublishedAt(ctx: DocContext): string | null {
  const meta = ctx.page.metaTags;
  const labelled = ctx.page.chrome.map(dateAfterPublishLabel).find((d) => d);
  const sources = [meta.pubdate, meta.publishdate, meta['article:published_time'], meta.firstpublishedtime, labelled,
    ...ctx.page.chrome.filter((l) => !CLOCK_DATE.test(l)),
    // A date line under the title, never a sentence that names a deadline ("请于2023年1月20日前…。").
    ...ctx.text.slice(0, OPENING).split('\n').filter((l) => /^(——|—|--)/.test(l) || (l.length < 40 && !/[。，；,;]/.test(l)))];
  for (const s of sources) {
    const m = s && FULL_DATE.exec(s);
    if (m) return isoDate(m);
  }
  // A printed speech dates its cover ("July 23, 2024" on a line of its own).
  const coverDate = ctx.language === 'en' ? coverLines(ctx).map((l) => EN_DATE_LINE.exec(l)?.[1]).find((d) => d) : undefined;
  const en = ctx.language === 'en' ? /(?:Published|Issued|Dated|Date)[:\s]+(.{6,24})/i.exec(ctx.text.slice(0, OPENING)) ?? (coverDate ? [coverDate, coverDate] : null) : null;
  // "Published: 2024-02-05 Source: …" (a long line, so not among the short ones above).
  const iso = en && FULL_DATE.exec(en[1]);
  if (iso) return isoDate(iso);
  const d = en && EN_DATE.exec(en[1]);
  if (!d) return null;
  const month = MONTH_NAMES.indexOf(d[2] ?? d[3]) + 1;
  return `${d[5]}-${String(month).padStart(2, '0')}-${(d[1] ?? d[4]).padStart(2, '0')}`;
}

/** YYYY-MM-DD from a FULL_DATE match. */
function isoDate(m: RegExpExecArray): string {
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** The text after a chrome line's publication label ("发布日期: 2020-05-26"), else undefined. */
function dateAfterPublishLabel(line: string): string | undefined {
  const label = PUBLISH_LABEL.exec(line);
  return label ? line.slice(label.index + label[0].length) : undefined;
}
