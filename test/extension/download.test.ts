// @vitest-environment happy-dom
/** The one download(): a Blob of the export's text with its media type, clicked through a temporary <a download>. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../entrypoints/shared/download';

afterEach(() => { vi.restoreAllMocks(); vi.useRealTimers(); });

describe('download', () => {
  it('makes a UTF-8 Blob of the right type, names the file, and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blobs.push(b as Blob); return 'blob:test/1'; });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    download({ name: '承诺台账-青禾县-commitments.csv', ext: 'csv', content: '\uFEFF发布机关,年度\r\n' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(new Uint8Array(await blobs[0].arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(clicked).toEqual([{ href: 'blob:test/1', download: '承诺台账-青禾县-commitments.csv', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
