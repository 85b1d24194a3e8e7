/**
 * The library's space used and persistence: read from `navigator.storage` (passed in, so the
 * component tests give a fake one), turned into what the page shows by lib/library
 * storage-usage, re-read whenever the library changes (saves, imports, deletes).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { storageUsage, type StorageFacts, type StorageUsage } from '../../lib/library/storage-usage';

/** The parts of StorageManager the library uses; any may be missing (older browsers, insecure contexts). */
export interface StorageLike {
  estimate?: () => Promise<StorageEstimate>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** Calls a storage method that may be missing, throw, or reject: null instead. */
async function attempt<T>(call: (() => Promise<T>) | undefined): Promise<T | null> {
  try { return call ? await call() : null; } catch { return null; }
}

/** What the browser says about the extension's storage; null for whatever it does not say. */
export async function readStorageFacts(storage: StorageLike | undefined): Promise<StorageFacts> {
  const [estimate, persisted] = await Promise.all([attempt(storage?.estimate?.bind(storage)), attempt(storage?.persisted?.bind(storage))]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: typeof persisted === 'boolean' ? persisted : null };
}

/** Asks for persistent storage; false when refused or not possible. */
export async function requestPersistence(storage: StorageLike | undefined): Promise<boolean> {
  return (await attempt(storage?.persist?.bind(storage))) === true;
}

export interface StorageStatus {
  /** null while the first reading is under way. */
  usage: StorageUsage | null;
  /** The answer to the reader's own request (the button); null before one. */
  asked: boolean | null;
  persist: () => void;
}

/**
 * @param changes bumps when the library changed: the usage is read again.
 * @param holdsSnapshots on opening, a library that holds snapshots asks for persistence
 *   (Chrome grants it to extensions without a prompt; saves ask too, this covers imports
 *   and libraries saved before it was asked).
 */
export function useStorageUsage(storage: StorageLike | undefined, changes: number, holdsSnapshots: () => Promise<boolean>): StorageStatus {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);
  const seq = useRef(0);
  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    const facts = await readStorageFacts(storage);
    if (mine === seq.current) setUsage(storageUsage(facts));
  }, [storage]);
  useEffect(() => { void refresh(); }, [changes, refresh]);
  useEffect(() => {
    (async () => {
      if (!(await holdsSnapshots()) || (await readStorageFacts(storage)).persisted !== false) return;
      if (await requestPersistence(storage)) await refresh();
    })().catch(() => undefined);
  }, []);
  const persist = useCallback(() => {
    void requestPersistence(storage).then((granted) => { setAsked(granted); return refresh(); });
  }, [storage, refresh]);
  return { usage, asked, persist };
}
