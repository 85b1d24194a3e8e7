import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../lib/export/dates';
import { extractionSource, sourceCells, sourceFields, sourceOf } from '../../lib/export/source';
import { fileUrl } from '../../lib/library/report-file';
import { older, OLDER_URL } from './fixtures';

describe('sourceOf: where and when a report was read', () => {
  it('keeps a page address and gives the reader\'s calendar day of savedAt', () => {
    expect(sourceOf({ url: OLDER_URL, savedAt: '2024-02-29T23:00:00.000Z' }, 480)).toEqual({ url: OLDER_URL, file: null, accessed: '2024-03-01' });
    expect(sourceOf({ url: OLDER_URL, savedAt: '2024-02-29T23:00:00.000Z' })).toEqual({ url: OLDER_URL, file: null, accessed: '2024-02-29' });
    expect(sourceOf({ url: OLDER_URL, savedAt: '2024-01-01T03:00:00.000Z' }, -300).accessed).toBe('2023-12-31');
  });

  it('names a file added from disk by its name (as the library writes its address), never as an address', () => {
    expect(sourceOf({ url: fileUrl('青禾县 2024年报告.html'), savedAt: '2025-03-02T08:00:00.000Z' }))
      .toEqual({ url: null, file: '青禾县 2024年报告.html', accessed: '2025-03-02' });
    expect(sourceOf({ url: 'file:///home/me/reports/qinghe.txt' }).file).toBe('qinghe.txt');
    expect(sourceOf({ url: 'file:///100%.txt' }).file).toBe('100%.txt'); // not decodable: kept as written
  });

  it('takes the CLI\'s file path when there is no address, and gives no day without a time', () => {
    expect(sourceOf({ file: 'reports/2023.html' })).toEqual({ url: null, file: 'reports/2023.html', accessed: null });
    expect(sourceOf({ url: '  ', file: null, savedAt: 'not a time' })).toEqual({ url: null, file: null, accessed: null });
    expect(extractionSource(older)).toEqual({ url: OLDER_URL, file: null, accessed: null });
  });

  it('writes the day with zero-padded month and day', () => {
    expect(calendarDay('2024-01-05T00:00:00.000Z')).toBe('2024-01-05');
    expect(calendarDay('nonsense')).toBeNull();
  });
});

describe('a source in an export', () => {
  it('as CSV cells: the address or file, then the day; empty cells when unknown', () => {
    expect(sourceCells({ url: OLDER_URL, file: null, accessed: '2024-03-01' })).toEqual([OLDER_URL, '2024-03-01']);
    expect(sourceCells({ url: null, file: 'a.txt', accessed: null })).toEqual(['a.txt', '']);
  });

  it('as labelled fields in the report\'s language, and none at all when nothing is known', () => {
    expect(sourceFields({ url: OLDER_URL, file: null, accessed: '2024-03-01' }, 'zh')).toEqual([['来源网址', OLDER_URL], ['访问日期', '2024-03-01']]);
    expect(sourceFields({ url: null, file: 'a.txt', accessed: '2024-03-01' }, 'en')).toEqual([['File', 'a.txt'], ['Accessed', '2024-03-01']]);
    expect(sourceFields({ url: null, file: null, accessed: null }, 'zh')).toEqual([]);
  });
});
