/**
 * Headings: candidates (heading-candidates.ts) get their nesting depth from the order in
 * which marker families appear — the first family seen is depth 1, a family not yet open is
 * one deeper, a family already open closes everything below it. Headings own structure only:
 * roles are decided afterwards (section-roles.ts), with the hints found here (a "下步一是"
 * opener, a 下一步 zone around the heading).
 */
import { findHeadingCandidates, type HeadingCandidate } from './heading-candidates';
import { withoutParagraphNumbers } from './paragraph-numbers';
import { depthsByRank, englishHeadingsOnly, englishOutline } from './outline-en';
import { findRunInLeads } from './run-in-leads';
import { findPlanZones, type RoleZone } from './roles';
import type { LineHeading } from './admissions';
import type { RoleHint } from './section-roles';
import type { DocContext, Heading, Role } from './types';

const MAX_DEPTH = 5;

export interface HeadingResult {
  headings: Heading[];
  /** Plans zones opened by 下一步/Next steps. */
  zones: RoleZone[];
  hints: Map<string, RoleHint>;
  /** Heading lines (not run-in headings): where each begins and its marker family, in text order. */
  lineHeadings: LineHeading[];
}

/** Headings with depth (role 'other' until section-roles.ts), the zones opening phrases set up, and role hints. */
export function findHeadings(ctx: DocContext): HeadingResult {
  let candidates = findHeadingCandidates(ctx);
  if (ctx.language === 'en') candidates = englishHeadingsOnly(ctx, withoutParagraphNumbers(englishOutline(ctx, candidates), ctx.text));
  if (ctx.language === 'zh' && !candidates.some((c) => !c.runIn)) {
    candidates = mergeByStart(candidates, withoutOverlap(findRunInLeads(ctx), candidates));
  }
  const lineHeadings = candidates.filter((c) => !c.runIn).map((c) => ({ start: c.markerStart, family: c.family }));
  const zones = findPlanZones(ctx, lineHeadings.map((h) => h.start));
  const depths = candidates.length && candidates.every((c) => c.rank !== undefined) ? depthsByRank(candidates, MAX_DEPTH) : assignDepths(candidates);
  const headings: Heading[] = [];
  const hints = new Map<string, RoleHint>();
  const open: Heading[] = []; // open[d - 1] is the current heading at depth d
  candidates.forEach((c, i) => {
    const depth = depths[i];
    open.length = depth - 1;
    const parent = open[depth - 2] ?? null;
    const heading: Heading = {
      id: `h${i + 1}`,
      depth: depth as Heading['depth'],
      marker: ctx.text.slice(c.markerStart, c.markerEnd),
      title: ctx.text.slice(c.titleStart, c.titleEnd),
      start: c.titleStart,
      end: c.titleEnd,
      role: 'other',
      parentId: parent?.id ?? null,
      rule: c.rule,
    };
    const hint = roleHint(parent, c, zones);
    if (hint) hints.set(heading.id, hint);
    open[depth - 1] = heading;
    headings.push(heading);
  });
  return { headings, zones, hints, lineHeadings };
}

/** Run-in heading rules: their titles are sentences of the paragraph, not lines of their own. */
const RUN_IN_RULES = new Set(['zh-shi', 'zh-shi-inline', 'zh-run-in-lead', 'dom-bold-lead']);

/** True for a heading that is the first sentence of a paragraph ("一是…", a bold lead), not a line. */
export function isRunIn(h: Heading): boolean {
  return RUN_IN_RULES.has(h.rule);
}

/** Families of headings that carry no marker of their own. */
const UNMARKED = new Set(['title-case']);

/**
 * Depth of each candidate from the stack of open marker families. Unmarked Title Case lines
 * before any marker heading ("Foreword") are top-level peers, not parents of "1. …".
 */
function assignDepths(candidates: HeadingCandidate[]): number[] {
  const stack: string[] = [];
  return candidates.map((c) => {
    if (UNMARKED.has(c.family) && stack.every((f) => UNMARKED.has(f))) {
      stack.length = 0;
      return 1;
    }
    const at = stack.indexOf(c.family);
    if (at >= 0) stack.length = at + 1;
    else stack.push(c.family);
    return Math.min(stack.length, MAX_DEPTH);
  });
}

/** A role set by the words before the marker ("下步一是…") or by a 下一步 zone opened inside the parent. */
function roleHint(parent: Heading | null, c: HeadingCandidate, zones: RoleZone[]): RoleHint | null {
  if (c.openerRole) return { role: c.openerRole, id: 'opener:next-steps' };
  const zone = zones.find((z) => z.start <= c.markerStart && c.markerStart < z.end && (!parent || z.start > parent.start));
  return zone ? { role: zone.role, id: `zone:${zone.rule}` } : null;
}

/**
 * Lead sentences that no other candidate covers: a line opening with 一是 already has its
 * heading, and reading its first sentence as a lead too would list the line twice.
 */
function withoutOverlap(leads: HeadingCandidate[], taken: HeadingCandidate[]): HeadingCandidate[] {
  return leads.filter((l) => !taken.some((c) => c.markerStart < l.titleEnd && l.markerStart < c.titleEnd));
}

function mergeByStart(a: HeadingCandidate[], b: HeadingCandidate[]): HeadingCandidate[] {
  return [...a, ...b].sort((x, y) => x.markerStart - y.markerStart);
}

/** Where a heading's marker starts (spaces may stand between marker and title). */
export function markerStart(text: string, h: Heading): number {
  if (!h.marker) return h.start;
  const at = text.lastIndexOf(h.marker, h.start - h.marker.length);
  return at >= 0 ? at : h.start - h.marker.length;
}
