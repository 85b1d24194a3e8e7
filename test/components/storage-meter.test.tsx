// @vitest-environment happy-dom
/** The library's space-used line under happy-dom: the view alone, and wired to a fake navigator.storage. */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translator, type Translate } from '../../components/i18n';
import { StorageMeter } from '../../components/StorageMeter';
import { useStorageUsage, type StorageLike } from '../../entrypoints/library/use-storage-usage';
import { storageUsage } from '../../lib/library/storage-usage';

const messages = (loc: string) => JSON.parse(readFileSync(fileURLToPath(new NodeURL(`../../public/_locales/${loc}/messages.json`, import.meta.url)), 'utf8'));
const en = translator(messages('en'));
const zh = translator(messages('zh_CN'));
const MB = 1024 ** 2;
const GB = 1024 ** 3;

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
const show = (vnode: preact.VNode) => act(() => { render(vnode, root); });
const $ = <E extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<E>(sel);
const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });

describe('StorageMeter', () => {
  const meter = (t: Translate, usage: ReturnType<typeof storageUsage>, on = { onPersist: vi.fn(), onExport: vi.fn() }) => {
    show(<StorageMeter t={t} usage={usage} asked={null} {...on} />);
    return on;
  };

  it('a small persistent library: one line with the figures, nothing offered', () => {
    meter(en, storageUsage({ usage: 12.4 * MB, quota: 2.1 * GB, persisted: true }));
    expect($('.storage-line')?.textContent).toBe('12.4 MB used of 2.1 GB (<1%) · kept persistently');
    expect($('.storage-meter')?.dataset).toMatchObject({ level: 'ok', persisted: 'true', usageBytes: String(12.4 * MB) });
    expect($('.notice')).toBeNull();
    expect($('[data-action="persist"]')).toBeNull();
    meter(zh, storageUsage({ usage: 12.4 * MB, quota: 2.1 * GB, persisted: true }));
    expect($('.storage-line')?.textContent).toBe('已用 12.4 MB，上限 2.1 GB（<1%） · 已持久保存');
  });

  it('high → the notice offers the export, and its button calls the export', () => {
    const on = meter(en, storageUsage({ usage: 1.7 * GB, quota: 2 * GB, persisted: true }));
    expect($('.storage-meter')?.dataset.level).toBe('high');
    expect($('.notice')?.getAttribute('role')).toBe('status');
    expect($('.notice p')?.textContent).toBe('Storage is nearly full: export your library (bundle) and delete old snapshots.');
    const button = $<HTMLButtonElement>('.notice button')!;
    expect(button.textContent).toBe('Export the whole library (bundle)');
    button.click();
    expect(on.onExport).toHaveBeenCalledTimes(1);
    expect(on.onPersist).not.toHaveBeenCalled();
  });

  it('critical → an alert, in Chinese too', () => {
    meter(zh, storageUsage({ usage: 1.95 * GB, quota: 2 * GB, persisted: false }));
    expect($('.notice')?.getAttribute('role')).toBe('alert');
    expect($('.notice p')?.textContent).toContain('存储空间几乎用尽');
    expect($('.notice button')?.textContent).toBe('导出整个资料库（数据包）');
    expect($('.storage-line')?.textContent).toBe('已用 1.9 GB，上限 2 GB（98%） · 未持久保存');
  });

  it('not persistent → explains why and offers the request; the answer is shown', () => {
    const on = { onPersist: vi.fn(), onExport: vi.fn() };
    const usage = storageUsage({ usage: 3 * MB, quota: null, persisted: false });
    show(<StorageMeter t={en} usage={usage} asked={null} {...on} />);
    expect($('.storage-line')?.textContent).toBe('3 MB used · not kept persistently');
    expect($('.storage-persist')?.textContent).toContain('may clear the library when the disk runs low');
    $<HTMLButtonElement>('[data-action="persist"]')!.click();
    expect(on.onPersist).toHaveBeenCalledTimes(1);
    show(<StorageMeter t={en} usage={usage} asked={false} {...on} />);
    expect($('[data-persist-answer="false"]')?.textContent).toContain('did not grant');
  });

  it('nothing is shown while the first reading is under way', () => {
    show(<StorageMeter t={en} usage={null} asked={null} onPersist={vi.fn()} onExport={vi.fn()} />);
    expect(root.innerHTML).toBe('');
  });
});

/** The hook and the view together, as the list screen wires them. */
function Wired({ storage, changes, holds }: { storage: StorageLike | undefined; changes: number; holds: () => Promise<boolean> }) {
  const s = useStorageUsage(storage, changes, holds);
  return <StorageMeter t={en} usage={s.usage} asked={s.asked} onPersist={s.persist} onExport={() => undefined} />;
}

/** A fake navigator.storage whose persistence a request grants (or not). */
function fakeStorage(usage: number, grant: boolean) {
  let persisted = false;
  return {
    estimate: vi.fn(async () => ({ usage, quota: 10 * GB })),
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => { persisted = grant; return grant; }),
  };
}

describe('the space-used line wired to navigator.storage', () => {
  it.each([
    ['no storage API at all', undefined],
    ['no estimate method', { persisted: async (): Promise<boolean> => true }],
    ['an estimate that rejects', { estimate: () => Promise.reject(new Error('SecurityError')), persisted: async (): Promise<boolean> => true }],
    ['an estimate that throws', { estimate: () => { throw new Error('nope'); } }],
  ])('estimate unavailable (%s) → says so, no crash', async (_, storage) => {
    show(<Wired storage={storage as StorageLike | undefined} changes={0} holds={async () => true} />);
    await settle();
    expect($('.storage-line')?.textContent).toMatch(/^The browser does not say how much space the library uses/);
    expect($('.notice')).toBeNull();
  });

  it('re-reads the usage when the library changes', async () => {
    const storage = fakeStorage(2 * MB, true);
    show(<Wired storage={storage} changes={0} holds={async () => false} />);
    await settle();
    expect($('.storage-line')?.textContent).toBe('2 MB used of 10 GB (<1%) · not kept persistently');
    storage.estimate.mockResolvedValue({ usage: 5 * MB, quota: 10 * GB });
    show(<Wired storage={storage} changes={1} holds={async () => false} />);
    await settle();
    expect($('.storage-line')?.textContent).toMatch(/^5 MB used/);
    expect(storage.persist).not.toHaveBeenCalled(); // an empty library asks nothing on opening
  });

  it('a library holding snapshots asks for persistence on opening, and then says it is kept', async () => {
    const storage = fakeStorage(2 * MB, true);
    show(<Wired storage={storage} changes={0} holds={async () => true} />);
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect($('.storage-line')?.textContent).toBe('2 MB used of 10 GB (<1%) · kept persistently');
    expect($('[data-action="persist"]')).toBeNull();
  });

  it('the button asks, shows the refusal, and keeps offering', async () => {
    const storage = fakeStorage(2 * MB, false);
    show(<Wired storage={storage} changes={0} holds={async () => false} />);
    await settle();
    $<HTMLButtonElement>('[data-action="persist"]')!.click();
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect($('[data-persist-answer="false"]')).not.toBeNull();
    expect($('[data-action="persist"]')).not.toBeNull();
  });
});
