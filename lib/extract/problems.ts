/**
 * Problems: self-acknowledged shortcomings. Every unit of a problems section (存在问题,
 * 不足, challenges) or of a passage opened by "在看到成绩的同时…", except the section's own
 * heading lines; run-in titles (一是执法力量不匹配。) are sentences and count.
 */
import { cuesFor, isClosing } from './cues';
import type { SectionIndex } from './sections';
import type { DocContext, Problem } from './types';
import type { Unit } from './units';

/** Run-in heading rules: their titles are sentences of the paragraph, not separate lines. */
const RUN_IN_RULES = new Set(['zh-shi', 'zh-shi-inline', 'zh-run-in-lead', 'dom-bold-lead']);
const MIN_PROBLEM = 4;

export function findProblems(ctx: DocContext, units: Unit[], sections: SectionIndex): Problem[] {
  const cues = cuesFor(ctx.language);
  const out: Problem[] = [];
  for (const unit of units) {
    if (unit.end - unit.start < MIN_PROBLEM || sections.roleAt(unit.start) !== 'problems') continue;
    if (isClosing(ctx, unit, cues)) continue;
    if (unit.heading && !RUN_IN_RULES.has(unit.heading.rule)) continue;
    out.push({
      id: `p${out.length + 1}`,
      text: ctx.text.slice(unit.start, unit.end),
      headingId: unit.heading ? unit.heading.parentId : sections.headingAt(unit.start)?.id ?? null,
      start: unit.start,
      end: unit.end,
      rule: unit.heading ? 'problems-run-in-title' : 'problems-section',
    });
  }
  return out;
}
