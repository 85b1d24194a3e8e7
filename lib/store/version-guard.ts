/**
 * Refuses a database written by a newer schema version than this code knows, before anything
 * reads or writes it. Dexie 4 does not: it opens such a database at its installed version,
 * and when tables or indexes it declares are missing there (a newer version dropped or
 * renamed them) it adds them and raises the native version — the older code would then
 * write records in a shape the newer code does not expect. Here both paths end in
 * StoreError 'newer-database' (the library and side panel show "update the extension"),
 * and the database is left exactly as it was.
 */
import type Dexie from 'dexie';
import { StoreError } from './errors';

/** Dexie stores schema version v as native IndexedDB version v × 10 (and patches as +1). */
const NATIVE_PER_VERSION = 10;

export function newerDatabaseError(): StoreError {
  return new StoreError('newer-database', 'This database was written by a newer version of Promise Ledger; update the extension to open it (nothing was changed). 数据库版本较新，请更新扩展（数据未改动）。');
}

const isNewer = (nativeVersion: number, latest: number) => Math.floor(nativeVersion / NATIVE_PER_VERSION) > latest;

/**
 * An IndexedDB factory that refuses to open `name` at a native version beyond `latest`:
 * Dexie's schema-patch step (adding what it misses to a newer database) opens with an
 * explicit, higher version and is stopped here, before any upgrade transaction starts.
 */
export function refusingNewerOpens(real: IDBFactory, latest: number): IDBFactory {
  return {
    open(name: string, version?: number) {
      if (version !== undefined && isNewer(version, latest)) throw newerDatabaseError();
      return version === undefined ? real.open(name) : real.open(name, version);
    },
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    // Absent in older browsers (Firefox before 126); Dexie checks for it before calling.
    databases: real.databases ? () => real.databases() : undefined,
  } as IDBFactory;
}

/**
 * The other path: a newer database whose tables already include everything this code
 * declares opens without any change; refusing it on 'ready' (before the first query runs)
 * keeps this code from writing into it.
 */
export function refuseNewerOnReady(db: Dexie, latest: number): void {
  // Sticky: checked on every open, also when Dexie reopens after a close.
  db.on('ready', () => {
    const installed = db.backendDB()?.version ?? 0;
    if (isNewer(installed, latest)) throw newerDatabaseError();
  }, true);
}
