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
  return zones;
}
