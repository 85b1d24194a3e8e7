/**
 * Document metadata: type, issuer, the year reviewed, the year planned, publication date.
 * Read from the title, the page's meta tags and chrome lines, the headings and the opening.
 */
import { CLOCK_DATE, DOC_TYPE_RULES, EN_DATE, EN_ISSUER_AT_START, EN_ISSUER_LINE, EN_ISSUER_ON_BEHALF, FULL_DATE, MONTH_NAMES, PUBLISH_LABEL, ZH_ISSUER_AT_START, ZH_ISSUER_ON_BEHALF } from './rules/meta';
import { firstMatch } from './rules/types';
import { EN_INSTRUMENT_YEAR } from './rules/meta-en';
import { coverLines, englishIssuer, fiscalYear, isSpeechGenre } from './meta-en';
import type { DocContext, DocType, Heading, Meta, Role } from './types';

/** How much of the opening is read for the type, the issuer and the date. */
const OPENING = 600;
/** A title's planned year: "…及2024年工作计划", "…和2025年工作打算". */
const TITLE_PLAN_YEAR = /((?:19|20)\d\d)年(?:度)?(?:[\u4e00-\u9fa5]{0,8})?(?:工作)?(?:计划|打算|安排|思路|要点)$/;
/** A cover line that is a date and nothing else. */
const EN_DATE_LINE = new RegExp(`^((?:\\d{1,2} )?(?:${MONTH_NAMES.join('|')})(?: \\d{1,2})?,? (?:19|20)\\d\\d)$`);
/** Opening lines longer than this are paragraphs, not a title that names the type. */
const MAX_TITLE_LINE = 80;
/** A year: followed by 年 in Chinese, a whole number in English ("2087号提案" is not a year). */
const YEAR = /(?:19|20)\d\d(?=\s*年)|\b(?:19|20)\d\d\b(?![号\d])/;
const YEARS = new RegExp(YEAR.source, 'g');

/** Document type from the title, then the opening lines. */
export function classifyDocType(ctx: DocContext): DocType {
  const title = ctx.title ?? '';
  const byTitle = firstMatch(DOC_TYPE_RULES, title);
  if (byTitle) return byTitle.docType;
  const opening = ctx.text.slice(0, OPENING);
  if (/现答复如下|答复如下|收悉/.test(opening)) return 'proposal-reply';
  // Only short lines without sentence ends can be a title: "…作出部署安排。" in a paragraph does not make a plan.
  const titleLike = opening.split('\n').slice(0, 4).filter((l) => ctx.language !== 'zh' || (l.length <= MAX_TITLE_LINE && !/[。；;]/.test(l)));
  return firstMatch(DOC_TYPE_RULES, titleLike.join('\n'))?.docType ?? 'other';
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
  const years = ctx.language === 'en' && isSpeechGenre(ctx) ? speechYears(ctx, headings) : null;
  const coversYear = years ? years.coversYear : docType === 'work-plan' ? null : findCoversYear(ctx, headings);
  return {
    issuer: findIssuer(ctx),
    docType,
    coversYear,
    planYear: years ? years.planYear : findPlanYear(ctx, docType, headings, coversYear),
    publishedAt: findPublishedAt(ctx),
  };
}

/**
 * A budget statement or an address plans the financial year it names ("Budget 2024-2025", "the
 * Financial Year 1 April 2024…") and reviews the year before, unless a review heading names it.
 */
function speechYears(ctx: DocContext, headings: Heading[]): Pick<Meta, 'coversYear' | 'planYear'> | null {
  const planYear = fiscalYear(ctx);
  if (planYear === null) return null;
  const review = topOfRole(headings, 'achievements').map((h) => yearIn(h.title)).find((y) => y !== null && y < planYear);
  return { planYear, coversYear: review ?? planYear - 1 };
}

function findIssuer(ctx: DocContext): string | null {
  const title = ctx.title ?? '';
  const opening = ctx.text.slice(0, OPENING * 2);
  if (ctx.language === 'en') {
    const line = ctx.text.split('\n', 3).find((l) => EN_ISSUER_LINE.test(l));
    return EN_ISSUER_ON_BEHALF.exec(opening)?.[1] ?? EN_ISSUER_AT_START.exec(title)?.[1] ?? line ?? englishIssuer(ctx);
  }
  // "2025年青川省人民政府工作报告": the year before the issuer is not part of it.
  const fromTitle = ZH_ISSUER_AT_START.exec(title.replace(/^(19|20)\d\d年度?/, '').replace(/^关于/, ''))?.[0];
  if (fromTitle) return fromTitle;
  const onBehalf = ZH_ISSUER_ON_BEHALF.exec(opening)?.[1];
  if (onBehalf) return onBehalf;
  const meta = ctx.page.metaTags;
  return meta.contentsource ?? meta.sitename ?? ZH_ISSUER_AT_START.exec(ctx.text.slice(0, 40))?.[0] ?? null;
}

/** The reviewed year: a review heading's year, the title's, the opening's, else the most cited. */
function findCoversYear(ctx: DocContext, headings: Heading[]): number | null {
  const review = topOfRole(headings, 'achievements').find((h) => yearIn(h.title) !== null);
  if (review) return yearIn(review.title);
  const title = ctx.title && yearIn(ctx.title);
  if (title) return title;
  for (const line of bodyLines(ctx, 3)) {
    const lead = /^((?:19|20)\d\d)年(?:度)?[,，是以来]/.exec(line);
    if (lead) return Number(lead[1]);
  }
  return mostCitedYear(ctx, headings);
}

function findPlanYear(ctx: DocContext, docType: DocType, headings: Heading[], coversYear: number | null): number | null {
  const plans = topOfRole(headings, 'plans');
  for (const h of plans) {
    const y = yearIn(h.title);
    if (y) return y;
    const after = ctx.text.slice(h.end, h.end + 80);
    const lead = /^\s*[。\n]?\s*((?:19|20)\d\d)年(?:度)?[,，是我]/.exec(after);
    if (lead) return Number(lead[1]);
  }
  if (docType === 'work-plan') return ctx.title ? yearIn(ctx.title) : null;
  // "2023年工作总结及2024年工作计划": the title names the planned year after the reviewed one.
  const titled = ctx.title && TITLE_PLAN_YEAR.exec(ctx.title);
  if (titled && Number(titled[1]) !== coversYear) return Number(titled[1]);
  const inferable = docType === 'annual-report' || docType === 'work-report';
  return inferable && plans.length > 0 && coversYear ? coversYear + 1 : null;
}

function findPublishedAt(ctx: DocContext): string | null {
  const meta = ctx.page.metaTags;
  const labelled = ctx.page.chrome.map(dateAfterPublishLabel).find((d) => d);
  const sources = [meta.pubdate, meta.publishdate, meta['article:published_time'], meta.firstpublishedtime, labelled,
    ...ctx.page.chrome.filter((l) => !CLOCK_DATE.test(l)),
    ...ctx.text.slice(0, OPENING).split('\n').filter((l) => /^(——|—|--)/.test(l) || l.length < 40)];
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

/** The headings that open a section of this role (their parent has another role). */
function topOfRole(headings: Heading[], role: Role): Heading[] {
  const byId = new Map(headings.map((h) => [h.id, h]));
  return headings.filter((h) => h.role === role && (!h.parentId || byId.get(h.parentId)?.role !== role));
}

/** The first year named in `s`, never a law's ("the Income-tax Act, 1961"). */
function yearIn(s: string): number | null {
  for (const m of s.matchAll(YEARS)) if (!EN_INSTRUMENT_YEAR.test(s.slice(Math.max(0, m.index! - 24), m.index))) return Number(m[0]);
  return null;
}

/** The first `n` lines of running text (not the title, not short address lines). */
function bodyLines(ctx: DocContext, n: number): string[] {
  return ctx.lines.filter((l) => l.kind !== 'title' && l.end - l.start > 30).slice(0, n).map((l) => ctx.text.slice(l.start, l.end));
}

/** The year most often written as "20xx年" in review sections (or anywhere when none). */
function mostCitedYear(ctx: DocContext, headings: Heading[]): number | null {
  const reviewStarts = headings.filter((h) => h.role === 'achievements' && h.depth === 1);
  const hay = reviewStarts.length ? ctx.text.slice(reviewStarts[0].start) : ctx.text;
  const counts = new Map<number, number>();
  for (const m of hay.matchAll(/((?:19|20)\d\d)年(?![\d—\-－至到])/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}
