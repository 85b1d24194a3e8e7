/**
 * The one Dexie database of Promise Ledger. Versions are appended, never edited once
 * released: a migration test (test/store) opens every released version and upgrades it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Extraction } from '../extract/types';
import type { Selectors } from '../anchor/index';
import type { Status } from '../diff/types';

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
}

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
};

/** Schema versions, oldest first. Append; never edit a released entry. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
    },
  },
];

/** Dexie constructor options for tests and other environments (fake-indexeddb). */
export type DbDeps = ConstructorParameters<typeof Dexie>[1];

export function openLedgerDb(name = DB_NAME, deps?: DbDeps): LedgerDb {
  const db = new Dexie(name, deps) as LedgerDb;
  for (const v of SCHEMA_VERSIONS) db.version(v.version).stores(v.stores);
  return db;
}
