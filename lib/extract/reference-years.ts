/**
 * The years a report is framed by — the year it reviews and the year it plans — read from its
 * own title and top-level headings (never from a document it quotes in 《》). Section roles
 * compare a heading's year with these: in a report that reviews 2010, "三、2011年的工作" plans.
 */
import { multiYearSpan, singleYears, titleRule } from './section-evidence';
import type { DocContext, Heading } from './types';

export interface ReferenceYears { reviewed: number | null; planned: number | null }

/** Title words that say the title's year is the planned one ("2024年工作要点", "2025年政府工作报告"). */
const PLANNED_TITLE = /工作要点|工作计划|工作安排|工作方案|实施方案|行动计划|政府工作报告|Plan\b|Budget\b|Agenda\b|Work of the Government/i;
/** …and the reviewed one ("2020年度法治政府建设工作报告", "2023年工作总结"). */
const REVIEWED_TITLE = /年度.{0,20}报告|工作总结|情况(的)?报告|Annual Report|Year in Review|Performance Report/i;
/** "…工作总结及2024年工作计划": the planned year after a conjunction. */
const PLAN_AFTER_AND = /(?:及|和|暨|与|以及)((?:19|20)\d\d)年/;

export function referenceYears(ctx: DocContext, tops: Heading[]): ReferenceYears {
  const years: ReferenceYears = { reviewed: null, planned: null };
  // The document's own title frames it first ("某局2023年工作总结": whatever a heading's words, 2023 is reviewed).
  fromTitle(ctx, years);
  const fromHeadings: ReferenceYears = { reviewed: null, planned: null };
  // "2024年主要工作" names no time of its own: its year is the reviewed one only when no review heading names one.
  let timelessYear: number | null = null;
  for (const h of tops) {
    const rule = titleRule(h.title, ctx.language);
    const role = rule?.role;
    const span = multiYearSpan(h.title, ctx.language);
    const [year] = singleYears(h.title, ctx.language);
    if (rule?.timeless) {
      timelessYear ??= year ?? null;
    } else if (role === 'achievements') {
      const reviewed = year ?? span?.to ?? null;
      if (reviewed !== null) fromHeadings.reviewed = Math.max(fromHeadings.reviewed ?? reviewed, reviewed);
    } else if (role === 'plans' && year !== undefined && !span) {
      fromHeadings.planned = Math.min(fromHeadings.planned ?? year, year);
    }
  }
  years.reviewed ??= fromHeadings.reviewed ?? timelessYear;
  years.planned ??= fromHeadings.planned;
  // A plan year is after the reviewed one: a heading's plan word on the reviewed year does not move it.
  if (years.planned !== null && years.reviewed !== null && years.planned <= years.reviewed) years.planned = null;
  if (years.reviewed === null && years.planned === null) fromTitleYearsAlone(ctx, tops, years);
  return years;
}

/**
 * Headings that name years but no role ("一、2023年的工作" … "三、2024年的工作"), and nothing
 * else to go by: the earliest is the year reviewed, the latest the year planned.
 */
function fromTitleYearsAlone(ctx: DocContext, tops: Heading[], years: ReferenceYears): void {
  const named = [...new Set(tops.flatMap((h) => singleYears(h.title, ctx.language)))];
  if (named.length < 2) return;
  years.reviewed = Math.min(...named);
  years.planned = Math.max(...named);
}

/** Fills what the headings left open from the document's own title. */
function fromTitle(ctx: DocContext, years: ReferenceYears): void {
  const title = (ctx.title ?? '').replace(/《[^》]*》/g, '');
  const [year] = singleYears(title, ctx.language);
  if (year === undefined) return;
  const after = PLAN_AFTER_AND.exec(title);
  if (after && Number(after[1]) !== year) {
    years.reviewed ??= year;
    years.planned ??= Number(after[1]);
  } else if (PLANNED_TITLE.test(title)) {
    years.planned ??= year;
  } else if (REVIEWED_TITLE.test(title)) {
    years.reviewed ??= year;
  }
}
