import type { StorageUsage } from '../lib/library/storage-usage';
import type { Translate } from './i18n';
import { Notice } from './Notice';

export interface StorageMeterProps {
  t: Translate;
  /** null while it is being read. */
  usage: StorageUsage | null;
  /** The answer to the reader's request for persistence; null before one. */
  asked: boolean | null;
  onPersist: () => void;
  /** Exports the whole library as a bundle. */
  onExport: () => void;
}

/** "12.4 MB used of 2.1 GB (<1%) · kept persistently". */
function usageLine(t: Translate, u: StorageUsage): string {
  const used = u.used === null ? t('storageUnknown') : u.quota === null ? t('storageUsed', u.used) : t('storageUsedOf', u.used, u.quota, u.share!);
  const kept = u.persisted === null ? null : t(u.persisted ? 'storagePersisted' : 'storageNotPersisted');
  return kept ? `${used} · ${kept}` : used;
}

/**
 * The library's space used, whether the browser keeps it persistently, and when space runs
 * short a notice with the export of the whole library (the way to free space without losing it).
 */
export function StorageMeter({ t, usage, asked, onPersist, onExport }: StorageMeterProps) {
  if (!usage) return null;
  return (
    <section class="storage-meter" aria-label={t('storageTitle')} data-level={usage.level}
      data-usage-bytes={usage.usedBytes ?? undefined} data-persisted={usage.persisted === null ? 'unknown' : String(usage.persisted)}>
      <p class="muted storage-line">{usageLine(t, usage)}</p>
      {usage.offerExport && (
        <Notice kind={usage.level === 'critical' ? 'error' : 'info'} action={{ label: t('storageExportAll'), onClick: onExport }}>
          {t(usage.level === 'critical' ? 'storageCritical' : 'storageHigh')}
        </Notice>
      )}
      {usage.offerPersist && (
        <p class="muted storage-persist">
          {t('storagePersistWhy')}{' '}
          <button type="button" class="small" data-action="persist" onClick={onPersist}>{t('storagePersistAction')}</button>
        </p>
      )}
      {asked !== null && <p class="muted" role="status" data-persist-answer={String(asked)}>{t(asked ? 'storagePersistGranted' : 'storagePersistDenied')}</p>}
    </section>
  );
}
