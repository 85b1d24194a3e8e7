import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index';

const origin = () => fakeBrowser.runtime.getURL('/');
const detection = { isReport: true, score: 0.8, signals: ['title:工作报告'] };

describe('background message listener (WXT fake browser)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    for (const fn of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) vi.spyOn(fakeBrowser.action, fn).mockResolvedValue(undefined as never);
    // APIs the fake browser does not implement: stubbed, they play no part in these checks.
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1 as never);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    background.main();
  });

  it('sets the badge for the content script of a tab', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.example.gov.cn/r.html', tab: { id: 5 } as never, frameId: 0 };
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'pl/detected', detection }, sender);
    expect(replies).toEqual([{ ok: true, value: null }]);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith(expect.objectContaining({ tabId: 5 }));
  });

  it('clears the badge when a page rebuilt itself into something that is not a report', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.example.gov.cn/r.html', tab: { id: 5 } as never, frameId: 0 };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'pl/detected', detection: { ...detection, isReport: false, score: 0.1 } }, sender);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '' });
    expect(fakeBrowser.action.setBadgeBackgroundColor).not.toHaveBeenCalled();
  });

  it('does not act on saves from a content script, malformed messages or other extensions', async () => {
    const tabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const content = { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 5 } as never, frameId: 0 };
    const stranger = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
    const own = { id: fakeBrowser.runtime.id, url: `${origin()}popup.html` };
    for (const [msg, sender] of [
      [{ type: 'pl/save-tab', tabId: 5 }, content],
      [{ type: 'pl/save-tab', tabId: 5 }, stranger],
      [{ type: 'pl/save-tab', tabId: 'all' }, own],
      [{ type: 'pl/detected', detection: { isReport: 'yes' } }, content],
      [{ type: 'pl/detected', detection }, own],
    ] as const) {
      const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
      expect([msg, replies.filter((r: unknown) => r !== undefined)]).toEqual([msg, []]);
    }
    expect(tabs).not.toHaveBeenCalled();
    expect(fakeBrowser.action.setBadgeText).not.toHaveBeenCalled();
  });
});
