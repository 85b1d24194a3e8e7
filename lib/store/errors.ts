/** Store errors people can act on: a full disk, a database from a newer version. */
export type StoreErrorKind = 'quota' | 'newer-database' | 'invalid' | 'unknown';

export class StoreError extends Error {
  constructor(readonly kind: StoreErrorKind, message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Maps a Dexie/IndexedDB failure to a StoreError with a message saying what to do. */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  // Dexie reports a failed open to later queries as DatabaseClosedError with the cause inside.
  const cause = (err as { inner?: unknown })?.inner;
  if (cause instanceof StoreError) return cause;
  const name = (err as { name?: string })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StoreError('quota', 'Storage is full: nothing was saved. Export and delete old snapshots, then try again. 存储空间已满，未保存。请导出并删除旧快照后重试。', err);
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return new StoreError('newer-database', 'This database was written by a newer version of Promise Ledger; update the extension to open it (nothing was changed). 数据库版本较新，请更新扩展（数据未改动）。', err);
  }
  return new StoreError('unknown', `Storage error: ${(err as Error)?.message ?? String(err)}`, err);
}
