/**
 * Problems: self-acknowledged shortcomings. Every unit of a problems section (存在问题,
 * 不足, challenges), except the section's own heading lines, and every unit of an admission
 * (admissions.ts: "我们也清醒地看到…" and the list under it) that admits something rather than
 * reporting progress or promising a fix; run-in titles (一是执法力量不匹配。) are sentences and count.
 */
import { cuesFor, isClosing } from './cues';
import { admissionStart, admits } from './admissions';
import { isRunIn } from './headings';
import type { SectionIndex } from './sections';
import type { DocContext, Heading, Problem } from './types';
import type { Unit } from './units';

const MIN_PROBLEM = 4;

export function findProblems(ctx: DocContext, units: Unit[], sections: SectionIndex): Problem[] {
  const cues = cuesFor(ctx.language);
  const out: Problem[] = [];
  for (const unit of units) {
    if (unit.end - unit.start < MIN_PROBLEM || sections.roleAt(unit.start) !== 'problems') continue;
    if (isClosing(ctx, unit, cues)) continue;
    const heading = sections.headingAt(unit.start);
    // Inside a problems section every sentence counts: an admission opened there filters nothing.
    const inSection = heading?.role === 'problems' && !admissionOf(heading);
    const admission = inSection ? null : sections.zoneAt(unit.start)?.rule ?? admissionOf(heading);
    // A heading line names its section; only the items of an admission's list are problems.
    if (unit.heading && !isRunIn(unit.heading) && !admission) continue;
    const whole = ctx.text.slice(unit.start, unit.end);
    if (admission && !admits(whole, ctx.language)) continue;
    const from = admission ? admissionStart(whole, ctx.language) : 0;
    out.push({
      id: `p${out.length + 1}`,
      text: whole.slice(from),
      headingId: unit.heading ? unit.heading.parentId : heading?.id ?? null,
      start: unit.start + from,
      end: unit.end,
      rule: admission ?? (unit.heading ? 'problems-run-in-title' : 'problems-section'),
    });
  }
  return out;
}

/** The admission a heading was read into as a list item ("1.…" after "…主要是："), if any. */
function admissionOf(h: Heading | null): string | null {
  return h?.roleReasons?.find((r) => r.startsWith('admission:')) ?? null;
}
