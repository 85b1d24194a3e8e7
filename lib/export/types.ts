/**
 * Shapes of what leaves the browser and comes back: the JSON bundle (export and import) and
 * the status override a reader sets by hand in the compare view. The extension stores
 * overrides with this shape, so an exported override imports unchanged.
 */
import type { Diff, Status } from '../diff/types';
import type { AnnotationRecord, SnapshotRecord } from '../store/schema';

/** The current bundle schema. Older ones are migrated on import (bundle-migrations.ts). */
export const BUNDLE_SCHEMA = 'promise-ledger/bundle@1' as const;

/**
 * A status set by hand for one commitment of an older report, judged against a newer one.
 * Example: `{olderSha256: 'ab…', newerSha256: 'cd…', commitmentId: 'c3', status: 'fulfilled',
 * note: '县政府网站5月公告已建成', createdAt: '2024-05-02T08:00:00.000Z'}`.
 */
export interface Override {
  /** `SnapshotRecord.sha256` (of the text) of the report that made the commitment. */
  olderSha256: string;
  /** `SnapshotRecord.sha256` of the report it was judged against. */
  newerSha256: string;
  /** `Commitment.id` in the older report's extraction (= `DiffItem.commitmentId`). */
  commitmentId: string;
  status: Status;
  /** Why the reader overrode the computed status; may be empty. */
  note: string;
  createdAt: string;
}

/**
 * The fields of a stored snapshot that a bundle carries: everything but the database-local
 * `id` and anything derived (a search index is rebuilt on import). Listed, not `Omit`ted, so
 * a field added to the store is exported only once someone decides it should be.
 */
export const SNAPSHOT_FIELDS = [
  'sha256', 'url', 'title', 'savedAt', 'extractorVersion', 'extraction', 'html', 'text', 'issuer', 'docType', 'coversYear', 'tags',
] as const satisfies readonly (keyof SnapshotRecord)[];
export type BundleSnapshot = Pick<SnapshotRecord, typeof SNAPSHOT_FIELDS[number]>;

/** The fields of a stored annotation that a bundle carries (all but `id`). */
export const ANNOTATION_FIELDS = [
  'url', 'snapshotSha', 'selectors', 'kind', 'note', 'tags', 'commitmentId', 'status', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof AnnotationRecord)[];
export type BundleAnnotation = Pick<AnnotationRecord, typeof ANNOTATION_FIELDS[number]>;

export const OVERRIDE_FIELDS = [
  'olderSha256', 'newerSha256', 'commitmentId', 'status', 'note', 'createdAt',
] as const satisfies readonly (keyof Override)[];

/** The JSON bundle (`promise-ledger/bundle@1`). Ids are never exported: they are per database. */
export interface Bundle {
  schema: typeof BUNDLE_SCHEMA;
  /** ISO 8601 time of the export (passed in: the library never reads the clock). */
  exportedAt: string;
  /** Version of the Promise Ledger that wrote the file (package.json `version`). */
  appVersion: string;
  snapshots: BundleSnapshot[];
  annotations: BundleAnnotation[];
  diffs: Diff[];
  overrides: Override[];
}

/** What `parseBundle` returns: never throws, says what was wrong in one sentence (en + zh). */
export type ParseResult =
  | { ok: true; value: Bundle; warnings: string[] }
  | { ok: false; error: string };

/** Why an item of a bundle is not written on import. */
export type SkipReason = 'already-stored' | 'duplicate-in-bundle';

export interface PlanPart<T> { add: T[]; skip: { item: T; reason: SkipReason }[] }

/** What an import would write, decided before anything is written (one transaction). */
export interface ImportPlan {
  snapshots: PlanPart<BundleSnapshot>;
  annotations: PlanPart<BundleAnnotation>;
  diffs: PlanPart<Diff>;
  overrides: PlanPart<Override>;
}

/** Keys of what the database already holds, built with the key functions in import-plan.ts. */
export interface ExistingKeys {
  /** `SnapshotRecord.sha256` of every stored snapshot. */
  sha256s: Set<string>;
  /** `annotationKey(a)` of every stored annotation. */
  annotationKeys: Set<string>;
  /** `overrideKey(o)` of every stored override (none stored yet when omitted). */
  overrideKeys?: Set<string>;
  /** `diffKey(d)` of every stored diff (none stored yet when omitted). */
  diffKeys?: Set<string>;
}
