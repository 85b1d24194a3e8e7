/**
 * Role zones: stretches of text whose role is set by an opening phrase rather than a heading.
 * A plans passage opened by 下一步/下步/"Next steps" runs to the next line-level heading; an
 * admission of problems (admissions.ts) runs to its stop. Zones outrank the heading's role.
 */
import type { DocContext, Role } from './types';

export interface RoleZone { start: number; end: number; role: Role; rule: string }

/** Opens a plans passage at a paragraph start ("下一步，我局将…", "下步一是…"). */
const ZH_PLANS_ZONE_OPENER = /^(下一步|下步|下阶段|下一阶段)(工作)?(打算|安排|计划)?[，,:：]?/;
const EN_PLANS_ZONE_OPENER = /^(Next steps|Looking ahead|Going forward|In the coming year|Next year)\b/i;

export function findPlanZones(ctx: DocContext, lineHeadingStarts: number[]): RoleZone[] {
  const opener = ctx.language === 'zh' ? ZH_PLANS_ZONE_OPENER : EN_PLANS_ZONE_OPENER;
  const zones: RoleZone[] = [];
  let next = 0; // line heading starts are in text order, as lines are
  for (const line of ctx.lines) {
    if (line.kind === 'title' || !opener.test(ctx.text.slice(line.start, line.end))) continue;
    while (next < lineHeadingStarts.length && lineHeadingStarts[next] <= line.start) next++;
    zones.push({ start: line.start, end: lineHeadingStarts[next] ?? ctx.text.length, role: 'plans', rule: 'plans-next-steps' });
  }
  return [...zones, ...sentenceZones(ctx, opener)].sort((a, b) => a.start - b.start);
}

/**
 * The same opener at a sentence inside a paragraph ("…执法规范化水平不高。下一步，我县将重点抓好
 * 以下工作：一是…"): plans from there to the paragraph's end only, since what follows the
 * paragraph may go back to the review.
 */
function sentenceZones(ctx: DocContext, opener: RegExp): RoleZone[] {
  const zones: RoleZone[] = [];
  let line = 0; // sentences and lines are both in text order
  for (const s of ctx.sentences) {
    while (line < ctx.lines.length && ctx.lines[line].end <= s.start) line++;
    const at = ctx.lines[line];
    if (!at || at.kind === 'title' || !opener.test(ctx.text.slice(s.start, Math.min(s.end, s.start + OPENER_READ)))) continue;
    // A sentence that opens its line is the line's own zone (above).
    if (ctx.text.slice(at.start, s.start).trim() !== '') zones.push({ start: s.start, end: at.end, role: 'plans', rule: 'plans-next-steps-sentence' });
  }
  return zones;
}

/** The opener is a sentence's first words: this many characters are enough to read it. */
const OPENER_READ = 24;
