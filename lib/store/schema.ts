/**
 * The one Dexie database of Promise Ledger. Versions are appended, never edited once
 * released: a migration test (test/store) opens every released version and upgrades it.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Extraction } from '../extract/types';
import type { Selectors } from '../anchor/index';
import type { Diff, Status } from '../diff/types';
import type { Override } from '../export/types';
import { upgradeToV2, upgradeToV3 } from './upgrade';
import { refuseNewerOnReady, refusingNewerOpens } from './version-guard';

export const DB_NAME = 'promise-ledger';

/** A saved page: what it said, when, and what the extractor found in it. */
export interface SnapshotRecord {
  id: number;
  /** sha256 of `text`: the same text is never stored twice. */
  sha256: string;
  url: string;
  title: string | null;
  savedAt: string;
  extractorVersion: string;
  extraction: Extraction;
  /** The main content as sanitized HTML (no scripts, handlers or remote loads). */
  html: string;
  text: string;
  issuer: string | null;
  docType: Extraction['meta']['docType'];
  coversYear: number | null;
  tags: string[];
  /**
   * Search terms (lib/search `indexTerms` of the text, title, issuer, tags and the notes on
   * it), kept in the `*terms` multiEntry index; rebuilt whenever the notes change. Since v2.
   */
  terms?: string[];
}

/**
 * What the library list shows of a snapshot, in its own small table so that a page of the
 * list never reads texts, pages or extractions. One per snapshot, same `id`. Index fields are
 * never null (IndexedDB leaves records with a null key out of an index): '' and 0 stand in.
 */
export interface CardRecord {
  id: number;
  sha256: string;
  url: string;
  title: string;
  /** The issuer's key (lib/extract/issuer-key.ts: 静海区 for 天津市静海区人民政府); '' when the extractor found none. */
  issuer: string;
  docType: Extraction['meta']['docType'];
  /** The year reviewed (coversYear), 0 when unknown. */
  year: number;
  meta: Extraction['meta'];
  language: Extraction['language'];
  savedAt: string;
  /** The snapshot's tags and the tags of its notes. */
  tags: string[];
  /** Number of notes (annotations of any kind) on the snapshot. */
  notes: number;
  counts: { headings: number; numbers: number; commitments: number; problems: number };
  /** Sort key of the grouped view: issuer, then the newest year first, then newest saved. */
  group: string;
}

/** A comparison kept for export and re-import, keyed by `diffKey` (the two source sha256s). */
export interface DiffRecord { key: string; olderSource: string; newerSource: string; diff: Diff }

/** A note on a passage, a watched commitment, or a status set by hand. */
export interface AnnotationRecord {
  id: number;
  /** The page the note was made on; re-anchored there on the next visit. */
  url: string;
  /** sha256 of the snapshot text the note belongs to, once the page is saved. */
  snapshotSha: string | null;
  selectors: Selectors;
  kind: 'note' | 'watch' | 'status';
  note: string;
  tags: string[];
  commitmentId: string | null;
  status: Status | null;
  createdAt: string;
  updatedAt: string;
}

export type LedgerDb = Dexie & {
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  cards: Table<CardRecord, number>;
  overrides: Table<Override, [string, string, string]>;
  diffs: Table<DiffRecord, string>;
};

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Fills what this version adds from the data already stored (runs inside the upgrade transaction). */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Schema versions, oldest first. Append; never edit a released entry. */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
    },
  },
  {
    // The library (issue 5): full-text search terms on snapshots, list cards, overrides, diffs.
    version: 2,
    stores: {
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags, *terms',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
      cards: 'id, &sha256, savedAt, group, issuer, year, docType, title, *tags, notes',
      overrides: '[olderSha256+newerSha256+commitmentId], olderSha256, newerSha256',
      diffs: 'key, olderSource, newerSource',
    },
    upgrade: upgradeToV2,
  },
  {
    // Issue 11: a card's issuer is the issuer's key (静海区 for 天津市静海区人民政府), so one
    // issuer's reports group and pair however each spells the name. Same tables; cards rebuilt.
    version: 3,
    stores: {
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags, *terms',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
      cards: 'id, &sha256, savedAt, group, issuer, year, docType, title, *tags, notes',
      overrides: '[olderSha256+newerSha256+commitmentId], olderSha256, newerSha256',
      diffs: 'key, olderSource, newerSource',
    },
    upgrade: upgradeToV3,
  },
];

/** Dexie constructor options for tests and other environments (fake-indexeddb). */
export type DbDeps = ConstructorParameters<typeof Dexie>[1];

/** The newest schema version this code knows; a database beyond it is refused (version-guard.ts). */
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

export function openLedgerDb(name = DB_NAME, deps?: DbDeps): LedgerDb {
  // Dexie types the factory loosely ({ open }); it is always a whole IDBFactory here.
  const real = (deps?.indexedDB ?? globalThis.indexedDB) as IDBFactory | undefined;
  const guarded = real ? { ...deps, indexedDB: refusingNewerOpens(real, LATEST_SCHEMA_VERSION) } : deps;
  const db = new Dexie(name, guarded) as LedgerDb;
  for (const v of SCHEMA_VERSIONS) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  refuseNewerOnReady(db, LATEST_SCHEMA_VERSION);
  return db;
}
