/**
 * What the library says about the space it uses: the browser's estimate
 * (`navigator.storage.estimate()`) and whether its storage is persistent
 * (`navigator.storage.persisted()`) turned into figures, a level and the actions to offer.
 * Pure: the page reads the browser and hands the facts in.
 */

/** What the browser told us; null where it could not or would not say. */
export interface StorageFacts {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export type UsageLevel = 'ok' | 'high' | 'critical';

export interface UsageThreshold {
  level: Exclude<UsageLevel, 'ok'>;
  /** Reached at this share of the quota or more… */
  minShare: number;
  /** …or when fewer than this many bytes remain (a large quota can still run out). */
  minFree: number;
  /** A case that reaches it. */
  example: string;
}

const MB = 1024 ** 2;

/** Checked in order: the first reached gives the level. A snapshot takes ≈ 0.1–1 MB. */
export const USAGE_THRESHOLDS: readonly UsageThreshold[] = [
  { level: 'critical', minShare: 0.95, minFree: 10 * MB, example: '1.9 GB used of 2 GB (95 %); or 150 MB of 158 MB (94 %, 8 MB left)' },
  { level: 'high', minShare: 0.8, minFree: 50 * MB, example: '1.6 GB used of 2 GB (80 %); or 150 MB of 190 MB (79 %, 40 MB left)' },
];

export interface StorageUsage {
  /** Bytes used, formatted ("12.4 MB"); null when the browser gave no estimate. */
  used: string | null;
  usedBytes: number | null;
  /** The quota, formatted; null when unknown or zero. */
  quota: string | null;
  /** The share of the quota used ("1%", "<1%"); null without a quota. */
  share: string | null;
  level: UsageLevel;
  /** Space is short and there is something to export: offer the library's bundle. */
  offerExport: boolean;
  /** null when the browser does not say. */
  persisted: boolean | null;
  /** Storage is known not to be persistent: offer to ask for it. */
  offerPersist: boolean;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/**
 * Bytes in binary units with the same figures in every language (no locale grouping):
 * one decimal below 100 of a unit ("12.4 MB"), none above ("512 KB", "812 B").
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) { value /= 1024; unit++; }
  const figure = unit === 0 || value >= 100 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  // 1023.97 KB rounds up to "1024 KB": say "1 MB" instead.
  if (figure === '1024' && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${figure} ${UNITS[unit]}`;
}

/** A share as a whole percent; a non-zero share below 1 % is "<1%", so it never reads as empty. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  // Floor near the top: 99.6 % is not yet "100%".
  const percent = share < 1 ? Math.min(99, Math.round(share * 100)) : Math.round(share * 100);
  return `${percent}%`;
}

/** The level for a usage and quota (both known, quota > 0). */
export function usageLevel(usage: number, quota: number, thresholds: readonly UsageThreshold[] = USAGE_THRESHOLDS): UsageLevel {
  const share = usage / quota;
  const free = quota - usage;
  return thresholds.find((t) => share >= t.minShare || free < t.minFree)?.level ?? 'ok';
}

const known = (n: number | null): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** What the library shows for the browser's facts. */
export function storageUsage(facts: StorageFacts): StorageUsage {
  const usage = known(facts.usage) ? facts.usage : null;
  // A zero quota is what some browsers report when they will not say: treat it as unknown.
  const quota = known(facts.quota) && facts.quota > 0 ? facts.quota : null;
  const level = usage !== null && quota !== null ? usageLevel(usage, quota) : 'ok';
  return {
    used: usage === null ? null : formatBytes(usage),
    usedBytes: usage,
    quota: quota === null ? null : formatBytes(quota),
    share: usage !== null && quota !== null ? formatShare(usage / quota) : null,
    level,
    offerExport: level !== 'ok' && usage! > 0,
    persisted: facts.persisted,
    offerPersist: facts.persisted === false,
  };
}
