/**
 * Headings: candidates (heading-candidates.ts) get their nesting depth from the order in
 * which marker families appear — the first family seen is depth 1, a family not yet open is
 * one deeper, a family already open closes everything below it — and a role from their own
 * words or, for children, from their parent.
 */
import { findHeadingCandidates, type HeadingCandidate } from './heading-candidates';
import { withoutParagraphNumbers } from './paragraph-numbers';
import { depthsByRank, englishHeadingsOnly, englishOutline } from './outline-en';
import { isSpeechGenre } from './meta-en';
import { findRunInLeads } from './run-in-leads';
import { findRoleZones, roleOfTitle } from './roles';
import type { DocContext, DocType, Heading, Role } from './types';

const MAX_DEPTH = 5;

/** A stretch of text whose role is set by an opening phrase rather than a heading. */
export interface RoleZone { start: number; end: number; role: Role }

export interface HeadingResult { headings: Heading[]; zones: RoleZone[] }

/** Headings with depth and role, and the role zones that opening phrases set up. */
export function findHeadings(ctx: DocContext, defaultRole: Role, docType: DocType = 'other'): HeadingResult {
  let candidates = findHeadingCandidates(ctx);
  if (ctx.language === 'en') candidates = englishHeadingsOnly(ctx, withoutParagraphNumbers(englishOutline(ctx, candidates), ctx.text));
  if (ctx.language === 'zh' && !candidates.some((c) => !c.runIn)) {
    candidates = mergeByStart(candidates, withoutOverlap(findRunInLeads(ctx), candidates));
  }
  const zones = findRoleZones(ctx, candidates.filter((c) => !c.runIn).map((c) => c.markerStart));
  const depths = candidates.length && candidates.every((c) => c.rank !== undefined) ? depthsByRank(candidates, MAX_DEPTH) : assignDepths(candidates);
  const headings: Heading[] = [];
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
    heading.role = resolveRole(heading, parent, c, zones, defaultRole, ctx.language);
    open[depth - 1] = heading;
    headings.push(heading);
  });
  // A speech's sections are not in review-then-plans order (a budget speech plans from its second section on).
  if (REVIEW_FIRST.has(docType) && !(ctx.language === 'en' && isSpeechGenre(ctx))) inferUnlabelledSections(headings);
  return { headings, zones };
}

/** Reports that review the year first and plan after: their top sections come in that order. */
const REVIEW_FIRST = new Set<DocType>(['annual-report', 'work-report']);

/**
 * A top-level section whose title names no role ("一、以贯彻落实…为指引，努力推动…") takes
 * its role from its place: before any problems or plans section it reviews work done; after
 * a plans section it continues the plans ("四、加强组织保障"). Its children follow it.
 */
function inferUnlabelledSections(headings: Heading[]): void {
  let previousTop: Role | null = null;
  const changed = new Map<string, Role>();
  for (const h of headings) {
    const parentRole = h.parentId ? changed.get(h.parentId) : undefined;
    if (h.depth === 1 && h.role === 'other') {
      h.role = previousTop === null || previousTop === 'achievements' || previousTop === 'duties' ? 'achievements' : previousTop === 'plans' ? 'plans' : 'other';
      if (h.role !== 'other') changed.set(h.id, h.role);
    } else if (parentRole && h.role === 'other') {
      h.role = parentRole;
      changed.set(h.id, h.role);
    }
    if (h.depth === 1) previousTop = h.role;
  }
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

function resolveRole(h: Heading, parent: Heading | null, c: HeadingCandidate, zones: RoleZone[], fallback: Role, lang: 'zh' | 'en'): Role {
  if (c.openerRole) return c.openerRole;
  const zone = zones.find((z) => z.start <= c.markerStart && c.markerStart < z.end && (!parent || z.start > parent.start));
  const inherited = zone?.role ?? parent?.role;
  if (inherited && inherited !== 'other') return inherited;
  return roleOfTitle(h.title, lang) ?? fallback;
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
