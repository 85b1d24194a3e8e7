/**
 * The one Dexie database of Promise Ledger. Versions are appended, never edited once
 * released: a migration test (test/store) opens every released version and upgrades it.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Extraction } from '../extract/types';
import type { Selectors } from '../anchor/index';
import type { Diff, Status } from '../diff/types';
import type { Override } from '../export/types';
import type { PostingsTable } from './postings';
import { upgradeToV2, upgradeToV3 } from './upgrade';
import { upgradeToV4 } from './upgrade-v4';
import { upgradeToV5 } from './upgrade-v5';
import { upgradeToV6 } from './upgrade-v6';
import { refuseNewerOnReady, refusingNewerOpens } from './version-guard';

export const DB_NAME = 'promise-ledger';

/**
 * A saved page: what it said, when, and what the extractor found in it. This is the shape the
 * store's functions take and return; since v4 it is kept as two rows (`StoredSnapshot` and
 * `TextRecord`, see body.ts) so that the text is stored once and searched alone.
 */
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

/**
 * The `snapshots` row since v4: the snapshot's fields but text, HTML and extraction, which
 * are in its `texts` row (the text) and in `body` (HTML and extraction, deflated: body.ts).
 * v2 and v3 rows were whole SnapshotRecords with a `terms` array.
 */
export type StoredSnapshot = Omit<SnapshotRecord, 'html' | 'text' | 'extraction'> & { body: Uint8Array };

/** A snapshot's text, alone (same `id` as its snapshot): what a search verifies a phrase against. */
export interface TextRecord { id: number; text: string }

/**
 * The Bloom filter of a text's character triples (lib/search/triple-filter.ts; same `id`), read
 * by a phrase search before the text. A text with characters beyond the BMP has none.
 */
export interface TriplesRecord { id: number; bits: Uint8Array }

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
  /** Number of notes on the snapshot (isNote: watched commitments and statuses are not notes; before v5 they were counted). */
  notes: number;
  counts: { headings: number; numbers: number; commitments: number; problems: number };
  /** Sort key of the grouped view: issuer, then the newest year first, then newest saved. */
  group: string;
  /**
   * Search terms of the title, issuer, tags and notes (`*terms` index, since v4); the text's
   * terms are in the postings table. Rebuilt whenever the notes change.
   */
  terms?: string[];
}

/** A comparison kept for export and re-import, keyed by `diffKey` (the two source sha256s). */
export interface DiffRecord { key: string; olderSource: string; newerSource: string; diff: Diff }

/**
 * A note on a passage ('note'), a note on the report as a whole ('page', since v5), a watched
 * commitment ('watch') or a status set by hand ('status'). Notes ('note', 'page') are what a
 * reader wrote; watch and status are marks on a commitment, never counted as notes.
 */
export interface AnnotationRecord {
  id: number;
  /** The page the note was made on; re-anchored there on the next visit. */
  url: string;
  /** sha256 of the snapshot text the note belongs to, once the page is saved. */
  snapshotSha: string | null;
  /** Where the passage is in the report text; null for a page note, and only for one. */
  selectors: Selectors | null;
  kind: 'note' | 'page' | 'watch' | 'status';
  note: string;
  tags: string[];
  commitmentId: string | null;
  status: Status | null;
  createdAt: string;
  /** Last change of note, tags or status; equal to createdAt until then (edited = they differ). */
  updatedAt: string;
}

export { isNote } from './note-kind';

export type LedgerDb = Dexie & {
  snapshots: EntityTable<StoredSnapshot, 'id'>;
  texts: Table<TextRecord, number>;
  triples: Table<TriplesRecord, number>;
  postings: PostingsTable;
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
  {
    // Issue 18: records sized for thousands of real reports. The text stored once (`texts`),
    // HTML and extraction deflated in `body`, the text's terms in compact `postings` instead
    // of ~6,000 `*terms` keys per snapshot; title, issuer, tags and notes' terms on the card.
    version: 4,
    stores: {
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
      cards: 'id, &sha256, savedAt, group, issuer, year, docType, title, *tags, notes, *terms',
      texts: 'id',
      postings: '[block+bucket], bucket',
      overrides: '[olderSha256+newerSha256+commitmentId], olderSha256, newerSha256',
      diffs: 'key, olderSource, newerSource',
    },
    upgrade: upgradeToV4,
  },
  {
    // Issue 15: page notes (kind 'page', selectors null), which code before v5 cannot read, so
    // it refuses a v5 database (version-guard.ts) rather than break on one. Cards count notes
    // only (a watched commitment is not a note); notes without updatedAt get their createdAt.
    version: 5,
    stores: {
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
      cards: 'id, &sha256, savedAt, group, issuer, year, docType, title, *tags, notes, *terms',
      texts: 'id',
      postings: '[block+bucket], bucket',
      overrides: '[olderSha256+newerSha256+commitmentId], olderSha256, newerSha256',
      diffs: 'key, olderSource, newerSource',
    },
    upgrade: upgradeToV5,
  },
  {
    // Issue 18: a Bloom filter of each text's character triples (`triples`), so a phrase whose
    // pairs are all common reads the texts of the few reports that may have it.
    version: 6,
    stores: {
      snapshots: '++id, &sha256, url, issuer, docType, coversYear, savedAt, *tags',
      annotations: '++id, url, snapshotSha, commitmentId, updatedAt',
      cards: 'id, &sha256, savedAt, group, issuer, year, docType, title, *tags, notes, *terms',
      texts: 'id',
      triples: 'id',
      postings: '[block+bucket], bucket',
      overrides: '[olderSha256+newerSha256+commitmentId], olderSha256, newerSha256',
      diffs: 'key, olderSource, newerSource',
    },
    upgrade: upgradeToV6,
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
