/**
 * The view model of a Diff shared by the Markdown and HTML renderers and the compare view:
 * status counts per section in document order, and the target rows.
 */
import type { Diff, DiffItem, ReportRef, Status, TargetCheck } from '../diff/types';
import type { DiffLabels } from './diff-labels';

export interface SectionCounts { section: string | null; counts: Record<Status, number>; total: number }

export function countsBySection(diff: Diff): SectionCounts[] {
  const bySection = new Map<string | null, SectionCounts>();
  for (const item of diff.items) {
    let row = bySection.get(item.section);
    if (!row) {
      row = { section: item.section, counts: { fulfilled: 0, progress: 0, unaddressed: 0, missed: 0 }, total: 0 };
      bySection.set(item.section, row);
    }
    row.counts[item.status]++;
    row.total++;
  }
  return [...bySection.values()];
}

export interface TargetRow { indicator: string; target: string; actual: string; outcome: string; check: TargetCheck }

/** One row per target check, outcome in words with the direction of an off-target figure. */
export function targetRows(diff: Diff, l: DiffLabels): TargetRow[] {
  return diff.items.flatMap((item) => itemTargetRows(item, l));
}

/** The target rows of one commitment (the commitments CSV puts them on its row). */
export function itemTargetRows(item: Pick<DiffItem, 'targets'>, l: DiffLabels): TargetRow[] {
  return item.targets.map((check) => {
    const dir = check.outcome === 'off-target' && check.direction ? `（${check.direction === 'above' ? l.above : l.below}）` : '';
    return {
      indicator: check.indicator ?? '—',
      target: check.target.raw,
      actual: check.actual?.raw ?? '—',
      outcome: `${l.outcomes[check.outcome]}${dir}`,
      check,
    };
  });
}

/** "政府工作报告 (2023)": the title with the year it reviews, so two same-titled reports differ. */
export function reportName(r: ReportRef): string {
  const year = r.meta.coversYear ?? r.meta.planYear;
  const title = r.title ?? r.meta.issuer ?? r.sha256.slice(0, 12);
  return year !== null && !title.includes(String(year)) ? `${title} (${year})` : title;
}
