/**
 * Section roles, decided in one pass once headings and sentences are known. A report reads
 * preamble → review → (problems) → plans → closing; a top-level section's role is the one
 * its evidence adds up to: its heading's words, the time its heading places it in (the
 * reviewed year, the plan year, a multi-year span), the tense of its sentences, and its place
 * in that order. Sub-sections take their parent's role unless their own words name another
 * section ("（五）存在的问题") or place them in the past ("“十五”期间…主要情况"). Every
 * decision keeps the ids of the evidence behind it (`roleReasons`).
 */
import {
  WEIGHT, multiYearSpan, singleYears, tenseEvidence, tenseProfile, titleRule, titleTimeEvidence,
  type Evidence, type YearSpan,
} from './section-evidence';
import { referenceYears, type ReferenceYears } from './reference-years';
import { isRunIn } from './headings';
import { fiscalYear, isSpeechGenre } from './meta-en';
import type { DocContext, DocType, Heading, Role } from './types';

/** A role set before this pass by words ahead of a marker ("下步一是…") or an opening zone. */
export interface RoleHint { role: Role; id: string }

/** Types whose body is one role whatever the headings say, unless evidence outweighs it. */
const DOC_DEFAULT: Partial<Record<DocType, Role>> = { 'work-plan': 'plans', 'proposal-reply': 'achievements' };
/**
 * A budget statement or a State of the City address sets out the coming year after a short
 * preamble: a section no words, sentences or years place elsewhere is its plans.
 */
const SPEECH_DEFAULT: Role = 'plans';
/** Types known to run review → problems → plans: only they lend a section a role by its place. */
const REVIEW_FIRST = new Set<DocType>(['annual-report', 'work-report']);

/** Sets `role`, `roleReasons` and (multi-year plans) `horizon` on every heading, in place. */
export function assignSectionRoles(ctx: DocContext, headings: Heading[], hints: Map<string, RoleHint>, docType: DocType): void {
  const tops = headings.filter((h) => h.parentId === null);
  // A speech's sections are not in review-then-plans order (a budget speech plans from its second section on).
  const speech = ctx.language === 'en' && isSpeechGenre(ctx);
  const years = referenceYears(ctx, tops);
  // A budget speech plans the financial year it names on its cover ("Budget 2025-2026").
  if (speech && years.planned === null && years.reviewed === null) years.planned = fiscalYear(ctx);
  const ordered = REVIEW_FIRST.has(docType) && !speech;
  let previous: Role | null = null;
  tops.forEach((top, i) => {
    const end = i + 1 < tops.length ? tops[i + 1].start : ctx.text.length;
    const evidence = topEvidence(ctx, top, end, years, hints.get(top.id), speech ? 'speech' : docType, ordered ? previous : undefined);
    decide(top, evidence);
    const span = multiYearSpan(top.title, ctx.language);
    if (top.role === 'plans' && span && !isPast(span, years)) top.horizon = 'multi-year';
    previous = top.role;
  });
  const byId = new Map(headings.map((h) => [h.id, h]));
  for (const h of headings) {
    const parent = h.parentId ? byId.get(h.parentId) : undefined;
    if (parent) inheritOrOverride(ctx, h, parent, hints.get(h.id), years);
  }
}

/** `previous` is the role of the section before (null for the first), undefined when place says nothing. */
function topEvidence(ctx: DocContext, top: Heading, end: number, years: ReferenceYears, hint: RoleHint | undefined,
  docType: DocType | 'speech', previous: Role | null | undefined): Evidence[] {
  const lang = ctx.language;
  const out: Evidence[] = [];
  if (hint) out.push({ role: hint.role, weight: WEIGHT.hint, id: hint.id });
  const rule = titleRule(top.title, lang);
  const time = titleTimeEvidence(top.title, lang) ?? yearEvidence(top.title, lang, years);
  // A rule naming a section of no role ("Introduction", "Global Context") is evidence too; other 'other' rules only stop the search.
  // Words that name no time ("主要工作") give way to the time the title names.
  const yields = rule?.timeless && time && time.role !== rule.role;
  if (rule && (rule.role !== 'other' || rule.names) && !yields) out.push({ role: rule.role, weight: WEIGHT.title, id: `title:${rule.id}` });
  if (time) out.push(time);
  const tense = tenseEvidence(tenseProfile(ctx, { start: top.end, end }));
  if (tense) out.push(tense);
  const fallback = docType === 'speech' ? SPEECH_DEFAULT : DOC_DEFAULT[docType];
  if (fallback) out.push({ role: fallback, weight: WEIGHT.docDefault, id: `doc-type:${docType}` });
  if (previous !== undefined) {
    const next = previous === 'plans' || previous === 'problems' ? 'plans' : previous === 'other' ? null : 'achievements';
    if (next) out.push({ role: next, weight: WEIGHT.position, id: previous ? `position:after-${previous}` : 'position:first' });
  }
  return out;
}

/** Evidence from the years a title names, against the years the report reviews and plans. */
function yearEvidence(title: string, lang: DocContext['language'], years: ReferenceYears): Evidence | null {
  const span = multiYearSpan(title, lang);
  if (span) {
    if (isForward(span, years)) return { role: 'plans', weight: WEIGHT.time, id: `time:forward-${span.id}` };
    if (isPast(span, years)) return { role: 'achievements', weight: WEIGHT.time, id: `time:past-${span.id}` };
    return null;
  }
  const [year] = singleYears(title, lang);
  if (year === undefined) return null;
  if ((years.planned !== null && year >= years.planned) || (years.reviewed !== null && year > years.reviewed)) {
    return { role: 'plans', weight: WEIGHT.time, id: 'time:plan-year' };
  }
  if ((years.reviewed !== null && year <= years.reviewed) || (years.planned !== null && year < years.planned)) {
    return { role: 'achievements', weight: WEIGHT.time, id: 'time:reviewed-year' };
  }
  return null;
}

/** A span that reaches past the reviewed year (or names no years, as "今后五年" does) looks forward. */
function isForward(span: YearSpan, years: ReferenceYears): boolean {
  if (span.from === null || span.to === null) return true;
  const now = planYearOf(years);
  return now !== null && span.to >= now;
}

/** A span known to be over by the plan year ("“十一五”" in a report that plans 2011). */
function isPast(span: YearSpan, years: ReferenceYears): boolean {
  const now = planYearOf(years);
  return span.to !== null && now !== null && span.to < now;
}

function planYearOf(years: ReferenceYears): number | null {
  return years.planned ?? (years.reviewed !== null ? years.reviewed + 1 : null);
}

/** The role with the most weight; ties go to the heading's own words, then the earlier evidence. */
function decide(h: Heading, evidence: Evidence[]): void {
  const totals = new Map<Role, number>();
  for (const e of evidence) totals.set(e.role, (totals.get(e.role) ?? 0) + e.weight);
  let best: Role = 'other';
  let bestWeight = 0;
  for (const e of evidence) {
    const total = totals.get(e.role)!;
    if (total > bestWeight) { best = e.role; bestWeight = total; }
  }
  h.role = best;
  h.roleReasons = evidence.filter((e) => e.role === best).map((e) => e.id);
}

/** Longest title read as the name of a section ("存在的问题和不足"); longer ones are statements. */
const MAX_SECTION_NAME = 24;

/** A heading line short enough to name a section: a run-in "一是…" is a sentence, whatever its words. */
function namesASection(h: Heading): boolean {
  return !isRunIn(h) && h.title.length <= MAX_SECTION_NAME;
}

/**
 * A sub-section takes its parent's role, unless a hint sets one, its words name a section of
 * their own, or it is placed in the past under a plans parent ("“十五”期间…主要情况").
 */
function inheritOrOverride(ctx: DocContext, h: Heading, parent: Heading, hint: RoleHint | undefined, years: ReferenceYears): void {
  if (hint) { h.role = hint.role; h.roleReasons = [hint.id]; return; }
  const rule = titleRule(h.title, ctx.language);
  if (rule?.names && rule.role !== parent.role && parent.role !== 'other' && namesASection(h)) {
    h.role = rule.role;
    h.roleReasons = [`title:${rule.id}`];
    return;
  }
  const time = titleTimeEvidence(h.title, ctx.language) ?? yearEvidence(h.title, ctx.language, years);
  if (parent.role === 'plans' && time?.role === 'achievements') {
    h.role = 'achievements';
    h.roleReasons = [time.id];
    return;
  }
  if (parent.role !== 'other') {
    h.role = parent.role;
    h.roleReasons = ['parent'];
    if (parent.horizon) h.horizon = parent.horizon;
    return;
  }
  // Under a parent with no role, a sub-section's own words still count.
  const own = rule && rule.role !== 'other' ? rule.role : null;
  h.role = own ?? 'other';
  h.roleReasons = own ? [`title:${rule!.id}`] : [];
}
