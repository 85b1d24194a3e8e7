/**
 * Older bundle schemas, upgraded step by step to the current one before it is checked. A
 * migration is data with an example (before → after) that the tests replay. Append a row when
 * the bundle schema changes; never edit a released one. Migrations run on untrusted JSON:
 * they only fill in or rename, never assume a field has the right type (the check that follows
 * the last step reports wrong types with their paths).
 */
import { isPlainObject } from './check';
import { BUNDLE_SCHEMA } from './types';

export interface BundleMigration {
  from: string;
  to: string;
  /** What changed between the two schemas. */
  change: string;
  migrate(bundle: Record<string, unknown>): Record<string, unknown>;
  example: { before: Record<string, unknown>; after: Record<string, unknown> };
}

/**
 * `promise-ledger/bundle@0` — the first export shape, before comparisons and overrides:
 * `{schema, exportedAt, appVersion, snapshots, annotations}` where an annotation was a plain
 * note `{url, snapshotSha, selectors, note, createdAt, updatedAt}` (no kind, tags,
 * commitmentId or status).
 */
const V0_TO_V1: BundleMigration = {
  from: 'promise-ledger/bundle@0',
  to: BUNDLE_SCHEMA,
  change: 'adds diffs and overrides (empty); annotations gain kind "note", tags [], commitmentId null, status null',
  migrate: (b) => ({
    ...b,
    schema: BUNDLE_SCHEMA,
    annotations: Array.isArray(b.annotations)
      ? b.annotations.map((a) => (isPlainObject(a) ? { kind: 'note', tags: [], commitmentId: null, status: null, ...a } : a))
      : b.annotations,
    diffs: [],
    overrides: [],
  }),
  example: {
    before: { schema: 'promise-ledger/bundle@0', exportedAt: '2024-01-01T00:00:00.000Z', appVersion: '0.0.1', snapshots: [], annotations: [{ note: '跟踪' }] },
    after: {
      schema: BUNDLE_SCHEMA, exportedAt: '2024-01-01T00:00:00.000Z', appVersion: '0.0.1', snapshots: [],
      annotations: [{ kind: 'note', tags: [], commitmentId: null, status: null, note: '跟踪' }], diffs: [], overrides: [],
    },
  },
};

/** Oldest first. */
export const BUNDLE_MIGRATIONS: BundleMigration[] = [V0_TO_V1];

/** `promise-ledger/bundle@N` → N, or null for anything else. */
export function bundleVersion(schema: unknown): number | null {
  const m = typeof schema === 'string' ? /^promise-ledger\/bundle@(\d{1,6})$/.exec(schema) : null;
  return m ? Number(m[1]) : null;
}

/** Upgrades a bundle of an older schema; returns the schemas it went through (empty when current). */
export function migrateBundle(bundle: Record<string, unknown>): { bundle: Record<string, unknown>; steps: string[] } {
  let current = bundle;
  const steps: string[] = [];
  for (const step of BUNDLE_MIGRATIONS) {
    if (current.schema !== step.from) continue;
    current = step.migrate(current);
    steps.push(step.from);
  }
  return { bundle: current, steps };
}
