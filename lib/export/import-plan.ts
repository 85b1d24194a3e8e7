/**
 * What importing a parsed bundle would write, decided before anything is written, so the
 * caller can write the whole plan in one transaction (or show it and ask first). Merging
 * never duplicates: a snapshot whose text (sha256) is stored is skipped, its annotations still
 * come in and attach to the stored copy; an annotation equal to a stored one (same page, quote,
 * position and note) is skipped; a stored override or diff for the same pair wins over the
 * bundle's. Repeats inside the bundle itself are written once.
 */
import type { Diff } from '../diff/types';
import type { Language } from '../extract/types';
import type { Bundle, BundleAnnotation, ExistingKeys, ImportPlan, Override, PlanPart } from './types';

/** Identity of an annotation for merging: page URL, exact quote, position and note (a page note: no quote). */
export function annotationKey(a: Pick<BundleAnnotation, 'url' | 'selectors' | 'note'>): string {
  const s = a.selectors;
  return JSON.stringify([a.url, s?.quote.exact ?? null, s?.position.start ?? null, s?.position.end ?? null, a.note]);
}

/** Identity of an override: one status per commitment per pair of reports. */
export function overrideKey(o: Pick<Override, 'olderSha256' | 'newerSha256' | 'commitmentId'>): string {
  return JSON.stringify([o.olderSha256, o.newerSha256, o.commitmentId]);
}

/** Identity of a diff: the pair of reports it compares (a diff is recomputable from them). */
export function diffKey(d: Pick<Diff, 'older' | 'newer'>): string {
  return JSON.stringify([d.older.sha256, d.newer.sha256]);
}

function partition<T>(items: T[], key: (item: T) => string, stored: Set<string>): PlanPart<T> {
  const part: PlanPart<T> = { add: [], skip: [] };
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (stored.has(k)) part.skip.push({ item, reason: 'already-stored' });
    else if (seen.has(k)) part.skip.push({ item, reason: 'duplicate-in-bundle' });
    else part.add.push(item);
    seen.add(k);
  }
  return part;
}

/** Splits a parsed bundle into what to add and what to skip. Pure: reads only its arguments. */
export function planImport(existing: ExistingKeys, bundle: Bundle): ImportPlan {
  return {
    snapshots: partition(bundle.snapshots, (s) => s.sha256, existing.sha256s),
    annotations: partition(bundle.annotations, annotationKey, existing.annotationKeys),
    diffs: partition(bundle.diffs, diffKey, existing.diffKeys ?? new Set()),
    overrides: partition(bundle.overrides, overrideKey, existing.overrideKeys ?? new Set()),
  };
}

export interface PlanCounts { add: Record<keyof ImportPlan, number>; skip: Record<keyof ImportPlan, number> }

export function planCounts(plan: ImportPlan): PlanCounts {
  const parts = Object.keys(plan) as (keyof ImportPlan)[];
  const count = (pick: (p: PlanPart<unknown>) => unknown[]) =>
    Object.fromEntries(parts.map((k) => [k, pick(plan[k] as PlanPart<unknown>).length])) as Record<keyof ImportPlan, number>;
  return { add: count((p) => p.add), skip: count((p) => p.skip) };
}

/** Nouns for the summary line. Example: 2 snapshots → '2 份快照' / '2 snapshots'. */
const NOUNS: Record<Language, Record<keyof ImportPlan, (n: number) => string>> = {
  zh: { snapshots: (n) => `${n} 份快照`, annotations: (n) => `${n} 条批注`, diffs: (n) => `${n} 份对照`, overrides: (n) => `${n} 条人工判定` },
  en: {
    snapshots: (n) => `${n} snapshot${n === 1 ? '' : 's'}`, annotations: (n) => `${n} note${n === 1 ? '' : 's'}`,
    diffs: (n) => `${n} comparison${n === 1 ? '' : 's'}`, overrides: (n) => `${n} override${n === 1 ? '' : 's'}`,
  },
};

/**
 * One line for the confirmation dialog. Example (zh): '将导入 2 份快照、3 条批注；跳过已有或重复的 1 份快照。'
 * (en): 'Will import 2 snapshots and 3 notes; will skip 1 snapshot already stored or repeated.'
 */
export function describePlan(plan: ImportPlan, language: Language): string {
  const { add, skip } = planCounts(plan);
  const list = (counts: Record<keyof ImportPlan, number>) =>
    (Object.keys(counts) as (keyof ImportPlan)[]).filter((k) => counts[k] > 0).map((k) => NOUNS[language][k](counts[k]));
  const added = list(add);
  const skipped = list(skip);
  if (language === 'zh') {
    const head = added.length ? `将导入 ${added.join('、')}` : '没有需要导入的新内容';
    return `${head}${skipped.length ? `；跳过已有或重复的 ${skipped.join('、')}` : ''}。`;
  }
  const join = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  const head = added.length ? `Will import ${join(added)}` : 'Nothing new to import';
  return `${head}${skipped.length ? `; will skip ${join(skipped)} already stored or repeated` : ''}.`;
}
