/**
 * Commitments (CONTRACT.md "What counts"): in a plans section every unit that states an
 * action; elsewhere only units with an explicit future marker. Reviews of past work are not
 * commitments even when they use 推进 or 加强.
 */
import { atomicPieces, isLeadIn } from './atomic-commitments';
import { actionsOf, cuesFor, deadlineOf, isClosing, isDoneWork, isPastDeadline, strengthOf, type Cues } from './cues';
import { roleOfTitle } from './section-evidence';
import { firstMatch } from './rules/types';
import { EN_ACTION_WORDS, EN_IMPERATIVE_START, EN_STATUS_LINE } from './rules/en';
import type { SectionIndex } from './sections';
import type { Commitment, DocContext, Meta, NumberMention, Role } from './types';
import type { Unit } from './units';
import { measureListReader } from './measure-lists';
import { lineOf } from './line-of';
import { isReplyCourtesy, replyThisYearRule } from './replies';
import { isOwnNameLine } from './own-name-lines';

/** What the commitment finder needs of the report's meta. */
export type DocFacts = Pick<Meta, 'coversYear' | 'docType'>;
const NO_FACTS: DocFacts = { coversYear: null, docType: 'other' };

/** Number kinds that can be a commitment's target (years, dates and doc ids cannot). */
const TARGET_KINDS = new Set(['count', 'percent', 'money', 'quantity', 'duration']);
/** A unit that is one bracketed aside, nothing outside the brackets. */
const BRACKETED_ASIDE = /^[（(][^（()）]*[）)]$/;
/** Units shorter than this are fragments, not statements of action. */
const MIN_COMMITMENT = 5;

/**
 * `doc`: the report's meta. Its coversYear (the year reviewed) dates deadlines outside plans as
 * past; its docType tells a reply to a deputy, whose closing courtesy promises nothing.
 */
export function findCommitments(ctx: DocContext, units: Unit[], sections: SectionIndex, numbers: NumberMention[], doc: DocFacts = NO_FACTS): Commitment[] {
  const cues = cuesFor(ctx.language);
  const out: Commitment[] = [];
  const targets = targetsWithin(numbers);
  const listItem = measureListReader(ctx);
  for (const unit of units) {
    const text = ctx.text.slice(unit.start, unit.end);
    const own = commitmentRule(ctx, unit, text, sections, cues, doc);
    const rule = listItem(unit, own !== null) && !own ? 'measures-list-item' : own;
    if (!rule) continue;
    const figures = targets.figures(unit.start, unit.end);
    // A lead-in only opens a list; an English one that promises in its own words ("the cover will be enhanced:") stays.
    if (!unit.heading && isLeadIn(text, ctx.text.slice(unit.end, unit.end + 2), figures.length > 0)
      && !(ctx.language === 'en' && firstMatch(cues.future, text))) continue;
    const strength = strengthOf(text, cues);
    // One commitment per thing set (atomic-commitments.ts); each piece keeps its own targets.
    for (const piece of unit.heading ? [unit] : atomicPieces(ctx.text, unit, figures, ctx.language)) {
      const pieceText = ctx.text.slice(piece.start, piece.end);
      out.push({
        id: `c${out.length + 1}`,
        text: pieceText,
        headingId: unit.heading ? unit.heading.parentId : sections.headingAt(unit.start)?.id ?? null,
        start: piece.start,
        end: piece.end,
        actions: actionsOf(pieceText, ctx.language),
        deadline: deadlineOf(pieceText, cues),
        targets: targets.ids(piece.start, piece.end),
        strength,
        rule,
      });
    }
  }
  return out;
}

/** Target-kind numbers inside [start, end); numbers are in text order, so a binary search finds the first. */
function targetsWithin(numbers: NumberMention[]): { figures: (start: number, end: number) => NumberMention[]; ids: (start: number, end: number) => string[] } {
  // Targets are written in digits; small Chinese-numeral counts describe ("三级平台", "两个方面").
  const candidates = numbers.filter((n) => TARGET_KINDS.has(n.kind) && /\d/.test(n.raw));
  const figures = (start: number, end: number) => {
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].start < start) lo = mid + 1; else hi = mid;
    }
    const found: NumberMention[] = [];
    for (let i = lo; i < candidates.length && candidates[i].start < end; i++) if (candidates[i].end <= end) found.push(candidates[i]);
    return found;
  };
  return { figures, ids: (start, end) => figures(start, end).map((n) => n.id) };
}

/**
 * Why a unit is a commitment (rule id), or null when it is not one. The vetoes (closing
 * formulas, plan framing, forecasts) read many patterns, so they run last, on the few units
 * that would otherwise count: most units are out after one look at their section's role.
 */
function commitmentRule(ctx: DocContext, unit: Unit, text: string, sections: SectionIndex, cues: Cues, doc: DocFacts): string | null {
  // The title repeated in the body, or the plan's name under its covering notice, names the plan: no action;
  // an aside in brackets after an item ("（牵头单位：市司法局）", "(Lead: Planning Office)") annotates it.
  if (text.length < MIN_COMMITMENT || BRACKETED_ASIDE.test(text) || isOwnNameLine(ctx, unit, text)) return null;
  const role = sections.roleAt(unit.start);
  const heading = unit.heading && role === 'plans' ? plansHeadingRule(ctx, unit.heading, sections) : undefined;
  // A sentence setting a budget's or a forecast's figure is a target whatever its section (sets-figure-en.ts).
  const setsFigure = heading === undefined && role !== 'problems' ? firstMatch(cues.setsFigure, text) : null;
  if (setsFigure) return isClosing(ctx, unit, cues) || cues.planFraming.test(text) ? null : setsFigure.id;
  const reply = doc.docType === 'proposal-reply' && ctx.language === 'zh';
  const rule = heading !== undefined ? heading : bodyRule(ctx, unit, text, role, sections, cues, doc.coversYear)
    ?? (reply && role === 'achievements' ? replyThisYearRule(ctx, text, doc.coversYear) : null);
  if (!rule || isClosing(ctx, unit, cues)) return null;
  if (reply && isReplyCourtesy(ctx, unit, text, cues)) return null;
  return heading !== undefined || !vetoed(text, ctx.language, cues) ? rule : null;
}

/**
 * A plans heading that names the section ("三、下一步工作打算", "Plans for 2024") is not
 * itself an action: it is the heading that opens plans, under a parent of another role.
 */
function plansHeadingRule(ctx: DocContext, heading: NonNullable<Unit['heading']>, sections: SectionIndex): string | null {
  const language = ctx.language;
  const parentRole = heading.parentId ? sections.roleOfHeading(heading.parentId) : null;
  const namesSection = parentRole !== 'plans' && roleOfTitle(heading.title, language) === 'plans';
  // An English heading is an action only when it says one ("Expand access to credit"), not a name ("Fund of Funds").
  const acts = language !== 'en' || EN_IMPERATIVE_START.test(heading.title);
  return namesSection || !acts ? null : 'plans-heading';
}

/** The rule of a sentence (or of a heading outside plans: "一、各单位须于每月5日前报送…" is a directive); `coversYear` dates past deadlines. */
function bodyRule(ctx: DocContext, unit: Unit, text: string, role: Role, sections: SectionIndex, cues: Cues, coversYear: number | null): string | null {
  const language = ctx.language;
  // Before a plan's first heading stand its page header, covering notice, addressees and
  // signature, each a line of its own: such a line is a commitment only if it states an action.
  if (role === 'plans' && !sections.headingAt(unit.start) && isWholeLine(ctx, unit) && !statesAction(text, language, cues)) return null;
  // English plans sections also describe and explain ("Currently, over 1 crore MSMEs…"): only an action counts.
  if (role === 'plans') return language === 'en' && !statesEnglishAction(text, cues) ? null : 'plans-section';
  if (role === 'problems') return null;
  const cue = firstMatch(cues.future, text);
  // A deadline alone does not make a promise of work the sentence reports done, nor of a year already reviewed.
  const deadlineOnly = cue && (cue.id === 'future-deadline' || cue.id === 'en-by-year');
  return cue && !(deadlineOnly && (isDoneWork(text, language) || isPastDeadline(text, language, coversYear))) ? cue.id : null;
}

/** Plan framing ("This report sets out…"), a status line, a forecast of the economy or a speech's framing: no promise, in any section. */
function vetoed(text: string, language: DocContext['language'], cues: Cues): boolean {
  return cues.planFraming.test(text) || (language === 'en' && EN_STATUS_LINE.test(text)) || !!firstMatch(cues.notPromises, text);
}

/** An action verb, a future marker or a modal (要/将/应): what an addressee line or a signature lacks. */
function statesAction(text: string, language: DocContext['language'], cues: Cues): boolean {
  return actionsOf(text, language).length > 0 || !!firstMatch(cues.future, text) || /要(?!点|求)|将|应(?!用)/.test(text);
}

/** A future or modal cue, "I propose…", or a sentence that opens with an action verb. */
function statesEnglishAction(text: string, cues: Cues): boolean {
  return !!firstMatch(cues.future, text) || EN_ACTION_WORDS.test(text) || EN_IMPERATIVE_START.test(text);
}

/** The unit is a line by itself (trimmed), not a sentence inside a paragraph. */
function isWholeLine(ctx: DocContext, unit: Unit): boolean {
  // A plan without headings is all preamble: the line is found by binary search.
  const line = lineOf(ctx.lines, unit.start);
  const trim = (t: string) => t.replace(/^[\s(（]+|[\s。:：)）]+$/g, '');
  return !!line && trim(ctx.text.slice(line.start, line.end)) === trim(ctx.text.slice(unit.start, unit.end));
}
