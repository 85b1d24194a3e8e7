/** The library's space-used line: figures, share, level and the actions offered, from the browser's facts. */
import { describe, expect, it } from 'vitest';
import { formatBytes, formatShare, storageUsage, usageLevel, USAGE_THRESHOLDS, type StorageFacts } from '../../lib/library/storage-usage';

const KB = 1024;
const MB = 1024 ** 2;
const GB = 1024 ** 3;

describe('formatBytes', () => {
  it.each([
    [0, '0 B'], [812, '812 B'], [1023, '1023 B'], [1024, '1 KB'], [1536, '1.5 KB'], [512 * KB, '512 KB'],
    [12.4 * MB, '12.4 MB'], [99.94 * MB, '99.9 MB'], [99.96 * MB, '100 MB'], [1023.9 * KB, '1 MB'],
    [2.1 * GB, '2.1 GB'], [150 * GB, '150 GB'], [3 * 1024 * GB, '3 TB'], [-5, '0 B'],
  ])('%d bytes → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('formatShare', () => {
  it.each([
    [0, '0%'], [0.0001, '<1%'], [0.0058, '<1%'], [0.01, '1%'], [0.125, '13%'], [0.8, '80%'], [0.996, '99%'], [1, '100%'], [1.2, '120%'],
  ])('%d → %s', (share, text) => expect(formatShare(share)).toBe(text));
});

describe('usageLevel', () => {
  it('each threshold has an example and a level, critical checked first', () => {
    expect(USAGE_THRESHOLDS.map((t) => t.level)).toEqual(['critical', 'high']);
    for (const t of USAGE_THRESHOLDS) expect(t.example).toMatch(/\d/);
  });

  it.each([
    ['far from any limit', 12.4 * MB, 2.1 * GB, 'ok'],
    ['just under 80 %', 0.7999 * 2 * GB, 2 * GB, 'ok'],
    ['exactly 80 %', 0.8 * 2 * GB, 2 * GB, 'high'],
    ['just under 95 %', 0.9499 * 2 * GB, 2 * GB, 'high'],
    ['exactly 95 %', 0.95 * 2 * GB, 2 * GB, 'critical'],
    ['full', 2 * GB, 2 * GB, 'critical'],
    ['over the quota', 3 * GB, 2 * GB, 'critical'],
    ['79 % but 40 MB left (a small quota)', 150 * MB, 190 * MB, 'high'],
    ['exactly 50 MB left is not yet high', 150 * MB, 200 * MB, 'ok'],
    ['one byte under 50 MB left', 150 * MB + 1, 200 * MB, 'high'],
    ['94 % but 8 MB left', 150 * MB, 158 * MB, 'critical'],
    ['exactly 10 MB left (94 %) is only high', 150 * MB, 160 * MB, 'high'],
  ])('%s', (_, usage, quota, level) => expect(usageLevel(usage, quota)).toBe(level));
});

describe('storageUsage', () => {
  const cases: [string, StorageFacts, Partial<ReturnType<typeof storageUsage>>][] = [
    ['a small library, persistent', { usage: 12.4 * MB, quota: 2.1 * GB, persisted: true },
      { used: '12.4 MB', usedBytes: 12.4 * MB, quota: '2.1 GB', share: '<1%', level: 'ok', offerExport: false, persisted: true, offerPersist: false }],
    ['not persistent: offer to ask', { usage: 40 * MB, quota: 2 * GB, persisted: false },
      { share: '2%', level: 'ok', offerExport: false, persisted: false, offerPersist: true }],
    ['persistence unknown: nothing offered', { usage: 40 * MB, quota: 2 * GB, persisted: null },
      { persisted: null, offerPersist: false }],
    ['high: export offered', { usage: 1.6 * GB, quota: 2 * GB, persisted: true },
      { used: '1.6 GB', quota: '2 GB', share: '80%', level: 'high', offerExport: true }],
    ['critical and not persistent: both offered', { usage: 1.9 * GB, quota: 2 * GB, persisted: false },
      { share: '95%', level: 'critical', offerExport: true, offerPersist: true }],
    ['no estimate at all', { usage: null, quota: null, persisted: null },
      { used: null, usedBytes: null, quota: null, share: null, level: 'ok', offerExport: false, offerPersist: false }],
    ['usage without a quota', { usage: 5 * MB, quota: null, persisted: true },
      { used: '5 MB', quota: null, share: null, level: 'ok', offerExport: false }],
    ['a zero quota is unknown, not full', { usage: 5 * MB, quota: 0, persisted: false },
      { used: '5 MB', quota: null, share: null, level: 'ok', offerExport: false }],
    ['nothing used on a tiny quota: high, but nothing to export', { usage: 0, quota: 20 * MB, persisted: true },
      { used: '0 B', share: '0%', level: 'high', offerExport: false }],
    ['nonsense figures are unknown', { usage: Number.NaN, quota: -1, persisted: true },
      { used: null, quota: null, share: null, level: 'ok' }],
  ];
  it.each(cases)('%s', (_, facts, expected) => expect(storageUsage(facts)).toMatchObject(expected));
});
