/** Section roles from heading words (rules/zh.ts, rules/en.ts), and opening-phrase zones. */
import { ZH_PROBLEM_ZONE_OPENERS, ZH_ROLE_RULES } from './rules/zh';
import { EN_PROBLEM_ZONE_OPENERS, EN_ROLE_RULES } from './rules/en';
import { firstMatch } from './rules/types';
import type { RoleZone } from './headings';
import type { DocContext, Role } from './types';

/** The role a heading's own words give it, or null when they say nothing. */
export function roleOfTitle(title: string, language: 'zh' | 'en'): Role | null {
  return firstMatch(language === 'zh' ? ZH_ROLE_RULES : EN_ROLE_RULES, title)?.role ?? null;
}

/** Opens a plans passage at a paragraph start ("下一步，我局将…", "下步一是…"). */
const ZH_PLANS_ZONE_OPENER = /^(下一步|下步|下阶段|下一阶段)(工作)?(打算|安排|计划)?[，,:：]?/;
const EN_PLANS_ZONE_OPENER = /^(Next steps|Looking ahead|Going forward|In the coming year|Next year)\b/i;

/**
 * Zones: a plans passage opened by 下一步/下步 runs to the next line-level heading; a
 * problems passage opened by 在看到成绩的同时… covers its paragraph.
 */
export function findRoleZones(ctx: DocContext, lineHeadingStarts: number[]): RoleZone[] {
  const zh = ctx.language === 'zh';
  const plansOpener = zh ? ZH_PLANS_ZONE_OPENER : EN_PLANS_ZONE_OPENER;
  const problemOpeners = zh ? ZH_PROBLEM_ZONE_OPENERS : EN_PROBLEM_ZONE_OPENERS;
  const zones: RoleZone[] = [];
  for (const line of ctx.lines) {
    if (line.kind === 'title') continue;
    const lineText = ctx.text.slice(line.start, line.end);
    if (plansOpener.test(lineText)) {
      const end = lineHeadingStarts.find((s) => s > line.start) ?? ctx.text.length;
      zones.push({ start: line.start, end, role: 'plans' });
    } else if (firstMatch(problemOpeners, lineText)) {
      zones.push({ start: line.start, end: line.end, role: 'problems' });
    }
  }
  return zones;
}
