/**
 * The year a document reviews and the year it plans, from its own framing: the title, a
 * review heading (2023年工作回顾) or a plans heading (2009年工作总体部署), the opening
 * ("2021年，…"), a plans framing sentence ("2003年是…的第一年"), a speech's delivery date
 * line. Years inside 《…》 and the ends of a cited range (纲要（2021—2025年）) are not its own.
 */
import { coveringNoticeName, ownTitle, withoutQuotedNames } from './quoted-names';
import { fiscalYear, isSpeechGenre } from './meta-en';
import { DOC_FRAMING_RULES, FULL_DATE } from './rules/meta';
import { EN_INSTRUMENT_YEAR } from './rules/meta-en';
import type { DocContext, DocType, Heading, Language, Role } from './types';

export interface Years { coversYear: number | null; planYear: number | null }

/** A year range (2021—2025年, 2015-2020, 20212025年): neither end is the document's year. */
const YEAR_RANGE = /(?:19|20)\d\d\s?年?\s?[-—–－~～至到]{1,2}\s?(?:19|20)\d\d|20\d\d20\d\d(?=\s?年)/g;
/** A year of the document's own: followed by 年, not a target year (到2025年). English: a whole number. */
const OWN_YEAR = /(?<![到至\d])((?:19|20)\d\d)(?=\s*年(?!代))/g;
const EN_YEAR = /\b((?:19|20)\d\d)\b(?![号\d])/g;
/** A title's planned year: "…及2024年工作计划", "…和2025年工作打算". */
const TITLE_PLAN_YEAR = /((?:19|20)\d\d)年(?:度)?(?:[\u4e00-\u9fa5]{0,8})?(?:工作)?(?:计划|打算|安排|思路|要点)$/;
/** Heading words of a review, and of a year's plans ("三、2011年的工作" is plans). */
const REVIEW_WORDS = /回顾|总结|情况|成效|成绩|进展|完成|举措|做法/;
const PLAN_WORDS = /任务|部署|安排|打算|计划|要点|重点|思路|目标|的工作$/;
/** "2003年是全面贯彻…的第一年": a plans section frames its year. */
const YEAR_IS = /^((?:19|20)\d\d)年是/;
/** "——2009年3月5日在第十一届全国人民代表大会第二次会议上" (or in brackets): when the speech was given. */
const DELIVERY_LINE = /^(?:[-—–]{1,2}|[（(])\s*((?:19|20)\d\d)年(\d{1,2})月\d{1,2}日在.{0,40}(?:大会|会议)上/;
/**
 * A congress that meets late in the year hears a report on that year and the plans for the next
 * (delivered 2022-12-21: reviews 2022, plans 2023); one in January–March plans its own year.
 */
const LATE_IN_YEAR_MONTH = 11;
/** The opening line of a review: "2020年，…", "2022年以来，…", "2020年度，…". */
const OPENING_YEAR = /^((?:19|20)\d\d)年(?:度)?(?:以来)?[,，是]/;
const THIS_YEAR_OPENING = /^今年(?:以来)?[,，]/;
/** A report's framing sentence ("现将2022年度法治政府建设情况报告如下"): the year it names is the one reported on. */
const REPORT_FRAMING = DOC_FRAMING_RULES.find((r) => r.id === 'framing-report')!.pattern;
/** How much of the opening is read for the framing sentence and a covering notice. */
const FRAMING_OPENING = 600;

/** The document's own years in `s`, in order (Chinese: quoted names and ranges masked). */
export function ownYears(s: string, language: Language = 'zh'): number[] {
  // Never a law's year ("the Income-tax Act, 1961").
  if (language === 'en') return [...s.matchAll(EN_YEAR)].filter((m) => !EN_INSTRUMENT_YEAR.test(s.slice(Math.max(0, m.index! - 24), m.index))).map((m) => Number(m[1]));
  const masked = withoutQuotedNames(s).replace(YEAR_RANGE, (m) => ' '.repeat(m.length));
  return [...masked.matchAll(OWN_YEAR)].map((m) => Number(m[1]));
}

export function findYears(ctx: DocContext, docType: DocType, headings: Heading[]): Years {
  const own = (s: string | null): number[] => (s ? ownYears(s, ctx.language) : []);
  const titleYear = own(ctx.title && ownTitle(ctx.title))[0] ?? null;
  const tops = headings.filter((h) => h.depth === 1);
  // Heading words first: a heading the roles call a review may still name its plans (2019年工作总体部署).
  const reviews = [...tops.filter((h) => REVIEW_WORDS.test(h.title)), ...topOfRole(headings, 'achievements').filter((h) => !PLAN_WORDS.test(h.title))];
  const plans = [...tops.filter((h) => PLAN_WORDS.test(h.title)), ...topOfRole(headings, 'plans')].filter((h) => !REVIEW_WORDS.test(h.title));
  const reviewYear = reviews.map((h) => own(h.title)[0]).find((y) => y) ?? null;
  const plansHeadingYear = plans.map((h) => own(h.title)).find((ys) => ys.length === 1)?.[0] ?? null;
  // A budget statement or an address plans the financial year it names and reviews the year before.
  const fiscal = ctx.language === 'en' && isSpeechGenre(ctx) ? fiscalYear(ctx) : null;
  if (fiscal !== null) return { planYear: fiscal, coversYear: reviews.map((h) => own(h.title)[0]).find((y) => y && y < fiscal) ?? fiscal - 1 };
  if (docType === 'work-plan') return { coversYear: null, planYear: titleYear ?? coveringNoticeYear(ctx) };
  if (docType === 'work-report') {
    // A work report is given early in the year it plans, and reviews the years before it.
    const planYear = titleYear ?? plansHeadingYear ?? framedPlanYear(ctx, tops) ?? deliveryYear(ctx);
    const coversYear = reviewYear ?? (planYear ? planYear - 1 : openingYear(ctx) ?? mostCitedYear(ctx, tops));
    return { coversYear, planYear: planYear ?? inferredPlanYear(headings, coversYear) };
  }
  // A reply without a year of its own in its opening answers in the year it signs: the years
  // its body cites are the projects it names (2018年治理, 2024年改造项目).
  const signedYear = () => (docType === 'proposal-reply' ? replySignedYear(ctx) : null);
  const coversYear = reviewYear ?? titleYear ?? framingYear(ctx) ?? openingYear(ctx) ?? signedYear() ?? mostCitedYear(ctx, tops);
  const titled = ctx.title ? TITLE_PLAN_YEAR.exec(withoutQuotedNames(ctx.title)) : null;
  const titledPlan = titled && Number(titled[1]) !== coversYear ? Number(titled[1]) : null;
  const planYear = plansHeadingYear ?? planYearAfterPlansHeading(ctx, headings) ?? titledPlan;
  return { coversYear, planYear: planYear ?? (docType === 'annual-report' ? inferredPlanYear(headings, coversYear) : null) };
}

/** The year a report's framing sentence names as its own ("现就我局2021年…情况报告如下"). */
function framingYear(ctx: DocContext): number | null {
  const m = REPORT_FRAMING.exec(withoutQuotedNames(ctx.text.slice(0, FRAMING_OPENING)));
  return m ? ownYears(m[0])[0] ?? null : null;
}

/** An untitled plan's year: the year of the plan its covering notice issues. */
function coveringNoticeYear(ctx: DocContext): number | null {
  const name = coveringNoticeName(ctx.text.slice(0, FRAMING_OPENING));
  return name ? ownYears(name)[0] ?? null : null;
}

/** "YYYY年，…" right after a plans heading (a plans section that opens with its year). */
function planYearAfterPlansHeading(ctx: DocContext, headings: Heading[]): number | null {
  for (const h of topOfRole(headings, 'plans')) {
    const lead = /^\s*[。\n]?\s*((?:19|20)\d\d)年(?:度)?[,，是我]/.exec(ctx.text.slice(h.end, h.end + 80));
    if (lead) return Number(lead[1]);
  }
  return null;
}

/** "2003年是…" in a top-level section after the first (the review) and not itself a review. */
function framedPlanYear(ctx: DocContext, tops: Heading[]): number | null {
  if (tops.length < 2) return null;
  for (const s of ctx.sentences) {
    if (s.start < tops[1].start) continue;
    const m = YEAR_IS.exec(ctx.text.slice(s.start, s.start + 8).trimStart());
    const section = m ? tops.filter((h) => h.start <= s.start).pop() : undefined;
    if (m && section && !REVIEW_WORDS.test(section.title)) return Number(m[1]);
  }
  return null;
}

/** The year a speech's plans are for, from the date it was given (the next year when given in Nov–Dec). */
function deliveryYear(ctx: DocContext): number | null {
  for (const line of ctx.lines.slice(0, 6)) {
    const m = DELIVERY_LINE.exec(ctx.text.slice(line.start, line.end));
    if (m) return Number(m[1]) + (Number(m[2]) >= LATE_IN_YEAR_MONTH ? 1 : 0);
  }
  return null;
}

/** The year the opening names ("2021年，…"), or the document's date for "今年以来，…". */
function openingYear(ctx: DocContext): number | null {
  for (const l of ctx.lines.filter((x) => x.kind !== 'title' && x.end - x.start > 30).slice(0, 3)) {
    const line = ctx.text.slice(l.start, l.end);
    const lead = OPENING_YEAR.exec(line);
    if (lead) return Number(lead[1]);
    if (THIS_YEAR_OPENING.test(line)) return documentDateYear(ctx);
  }
  return null;
}

/** A reply's date may stand above its 联系人, 抄送 and 办复类别 lines. */
const REPLY_SIGNATURE_LINES = 8;

/** The year a reply is signed in (its date among the last lines, else the page's date), or null. */
export function replySignedYear(ctx: DocContext): number | null {
  return documentDateYear(ctx, REPLY_SIGNATURE_LINES);
}

/** The year of the date signed among the last `lines` lines (or, failing that, of the page's date lines). */
function documentDateYear(ctx: DocContext, lines = 3): number | null {
  const tail = ctx.lines.slice(-lines).map((l) => ctx.text.slice(l.start, l.end));
  for (const line of [...tail, ...ctx.page.chrome]) {
    const m = FULL_DATE.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Plans after a review: the year after the one reviewed. */
function inferredPlanYear(headings: Heading[], coversYear: number | null): number | null {
  return coversYear && topOfRole(headings, 'plans').length > 0 ? coversYear + 1 : null;
}

/** The headings that open a section of this role (their parent has another role). */
function topOfRole(headings: Heading[], role: Role): Heading[] {
  const byId = new Map(headings.map((h) => [h.id, h]));
  return headings.filter((h) => h.role === role && (!h.parentId || byId.get(h.parentId)?.role !== role));
}

/** The year most often written as the document's own in review sections (or anywhere when none). */
function mostCitedYear(ctx: DocContext, tops: Heading[]): number | null {
  const review = tops.find((h) => h.role === 'achievements');
  const counts = new Map<number, number>();
  for (const y of ownYears(review ? ctx.text.slice(review.start) : ctx.text, ctx.language)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}
