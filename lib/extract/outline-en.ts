/**
 * The outline of an English report set in print: which lines are headings and how deep.
 * - A cover and a contents page come first: their lines are no headings. With a contents
 *   page, the outline starts at the first body line that one of its entries names; without
 *   one, only the last short line before the first paragraph may head it ("Foreword").
 * - Body lines that a contents entry names are headings at the entry's level (a part, an
 *   entry, a marked entry under one); "Priority 1: X" is named by the entry "(i) X".
 * - A short line with no sentence end right above a numbered paragraph heads it
 *   ("Skilling Loans" / "25. The Model Skill Loan Scheme will be revised…").
 * Depth then follows the levels (parts over entries over sub-entries over the rest), not the
 * order in which kinds of line first appear.
 */
import { contentsKey, readContents, withoutEntryMarker, type Contents } from './contents-en';
import type { HeadingCandidate } from './heading-candidates';
import { EN_NOT_HEADING } from './rules/en';
import { firstMatch } from './rules/types';
import type { DocContext, Line } from './types';

/** A heading by its shape: short, opening with a capital, no sentence end and no sentence inside. */
const HEADING_SHAPE = /^(?=.{3,100}$)[A-Z‘“"'][^]*[^.!?;:,\s]$/;
const SENTENCE_INSIDE = /[.!?]\s+[A-Z]/;
/** A numbered paragraph ("25. The Model Skill Loan Scheme…"). */
const NUMBERED_PARAGRAPH = /^\d{1,3}\.\s+\S/;
/** A label that numbers a section before the words a contents entry gives it ("Priority 1:", "Chapter 3"). */
const SECTION_LABEL = /^(?:Priority|Goal|Objective|Outcome|Chapter|Part|Section|Pillar|Theme|Strategy|Annex(?:ure)?)\s+[\dIVXA-Z]{1,4}\s*[.:–-]?\s+/i;
/** What a cover shows and a section heading never is: a date alone, a byline, an office, "Speech of". */
const COVER_MARK = /^(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?,? (?:19|20)\d\d|by|of|(?:Speech|Address|Statement) (?:of|by)\b.*|(?:Delivered|Presented) (?:by|at|to)\b.*|.*\b(?:Minister|Secretary|Mayor|Governor|Treasurer|Chancellor|Premier)\b.*)$/i;
/** A first paragraph: a long line, or one that ends a sentence. */
const PARAGRAPH_LINE = /[.!?:]["”’)]?$/;
const MIN_PARAGRAPH = 80;
/** An annex or appendix heading: what follows is back matter (rate tables, legal clauses). */
const BACK_MATTER = /^(?:Annex(?:ure)?|Appendix|Appendices|Schedule|Attachment)\b/i;
/** Levels below the contents' own: headings the contents do not name sit under them. */
const BELOW_CONTENTS = 3;

/** The English candidates: front matter dropped, contents entries and paragraph heads added, levels set. */
export function englishOutline(ctx: DocContext, candidates: HeadingCandidate[]): HeadingCandidate[] {
  const contents = readContents(ctx);
  if (contents) {
    const outline = outlineWith(ctx, candidates, contents);
    if (outline.some((c) => c.rule === 'en-contents-entry')) return ranked(outline);
  }
  return outlineWith(ctx, candidates, null);
}

function outlineWith(ctx: DocContext, candidates: HeadingCandidate[], contents: Contents | null): HeadingCandidate[] {
  const titleLine = ctx.lines.findIndex((l) => l.kind === 'title');
  const byLine = new Map(candidates.map((c) => [c.markerStart, c]));
  const out: HeadingCandidate[] = [];
  let entry = 0; // entries are met in order: the next one to look for
  let bodyStart = contents ? -1 : firstHeadingLineStart(ctx);
  for (const [i, line] of ctx.lines.entries()) {
    if (i <= titleLine || (contents && line.start <= contents.end)) continue;
    const text = ctx.text.slice(line.start, line.end);
    const found = byLine.get(line.start);
    const named = contents ? entryNaming(contents, entry, text) : -1;
    if (named >= 0) {
      entry = named + 1;
      if (bodyStart < 0) bodyStart = line.start;
      out.push({ ...lineCandidate(line, 'en-contents-entry', `contents-${contents!.entries[named].level}`), rank: contents!.entries[named].level });
      continue;
    }
    if (bodyStart < 0 || line.start < bodyStart) {
      if (found && found.markerEnd > found.markerStart && !contents) out.push(found); // marked headings stand anywhere
      continue;
    }
    // A line heading a numbered paragraph is a section of the paragraph numbering (paragraph-numbers.ts reads the rule).
    const heads = (!found || found.rule === 'en-title-case-line') && headsNumberedParagraph(ctx, text, ctx.lines[i + 1]);
    if (heads) out.push(lineCandidate(line, 'en-paragraph-head', 'title-case'));
    else if (found) out.push(found);
  }
  return out;
}

/**
 * The candidates that read as headings (after paragraph numbers are known): no table row, no
 * clause of an annex, no cut cell, and no item of a list that a sentence opened with a colon
 * ("…are as follows:" / "(i) …" / "(ii) …"), nothing inside an annex but the next annex.
 * Lines the contents name stay.
 */
export function englishHeadingsOnly(ctx: DocContext, candidates: HeadingCandidate[]): HeadingCandidate[] {
  const lineAt = new Map(ctx.lines.map((l, i) => [l.start, i]));
  let listFamily: string | null = null; // the family of a list a colon opened
  let lastLine = -2;
  let backMatter = false;
  return candidates.filter((c) => {
    const title = ctx.text.slice(c.titleStart, c.titleEnd);
    // After the first annex, the annexes' tables and clauses are no part of the outline: only the next annex is.
    if (BACK_MATTER.test(title)) backMatter = true;
    else if (backMatter) return false;
    const at = lineAt.get(c.markerStart) ?? -1;
    const before = at > 0 ? ctx.text.slice(ctx.lines[at - 1].start, ctx.lines[at - 1].end) : '';
    if (/:$/.test(before)) listFamily = c.family;
    else if (c.family !== listFamily || at !== lastLine + 1) listFamily = null;
    lastLine = at;
    if (c.rule === 'en-contents-entry') return true;
    return listFamily === null && isHeadingTitle(title);
  });
}

/** A candidate's title that reads as a heading, not a table row, a clause of an annex or a cut cell. */
function isHeadingTitle(title: string): boolean {
  return !/^[a-z]/.test(title) && !firstMatch(EN_NOT_HEADING, title);
}

/** The index of the entry (at or after `from`) that names this body line, or -1. */
function entryNaming(contents: Contents, from: number, text: string): number {
  if (!HEADING_SHAPE.test(text) && !/^Part\b/i.test(text)) return -1;
  const keys = [contentsKey(text), contentsKey(withoutEntryMarker(text)), contentsKey(text.replace(SECTION_LABEL, ''))];
  for (let k = from; k < contents.entries.length; k++) if (keys.includes(contents.entries[k].key)) return k;
  return -1;
}

/**
 * Where headings may start. The short lines before the first paragraph are a cover when they
 * show a cover's marks (a date alone on a line, a byline, an office): then only the last of
 * them may head the first paragraph. Otherwise they are headings like any ("Budget Documents").
 */
function firstHeadingLineStart(ctx: DocContext): number {
  const lines = ctx.lines.filter((l) => l.kind !== 'title');
  const first = lines.findIndex((l) => l.end - l.start > MIN_PARAGRAPH || PARAGRAPH_LINE.test(ctx.text.slice(l.start, l.end)));
  if (first <= 0) return 0;
  const front = lines.slice(0, first).map((l) => ctx.text.slice(l.start, l.end));
  return front.some((t) => COVER_MARK.test(t)) ? lines[first - 1].start : 0;
}

function headsNumberedParagraph(ctx: DocContext, text: string, next: Line | undefined): boolean {
  if (!next || !HEADING_SHAPE.test(text) || SENTENCE_INSIDE.test(text) || !isHeadingTitle(text)) return false;
  return NUMBERED_PARAGRAPH.test(ctx.text.slice(next.start, next.end));
}

function lineCandidate(line: Line, rule: string, family: string): HeadingCandidate {
  return { rule, family, markerStart: line.start, markerEnd: line.start, titleStart: line.start, titleEnd: line.end, runIn: false };
}

/** Levels for the headings the contents do not name: below the contents' levels, by the order their kinds appear. */
function ranked(candidates: HeadingCandidate[]): HeadingCandidate[] {
  const families: string[] = [];
  return candidates.map((c) => {
    if (c.rank !== undefined) return c;
    if (!families.includes(c.family)) families.push(c.family);
    return { ...c, rank: BELOW_CONTENTS + families.indexOf(c.family) };
  });
}

/** Depths from levels: a heading nests under the nearest one before it of a lower level. */
export function depthsByRank(candidates: HeadingCandidate[], maxDepth: number): number[] {
  const open: number[] = [];
  return candidates.map((c) => {
    while (open.length && open[open.length - 1] >= c.rank!) open.pop();
    open.push(c.rank!);
    return Math.min(open.length, maxDepth);
  });
}
