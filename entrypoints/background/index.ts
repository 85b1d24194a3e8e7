/**
 * Background: the badge for report pages (from the content script's `pl/detected`, which
 * also clears it when a page rebuilt itself into something else), and
 * saves from the popup, the keyboard shortcut and the context menu (run-page.ts). Every
 * message is checked for shape and sender first (lib/messages.ts): the content script can
 * only set a badge; only the extension's own pages can ask for a save.
 */
import { browser } from 'wxt/browser';
import { errorCode, parseBackgroundRequest, toReply } from '../../lib/messages';
import { self } from '../shared/ext';
import { runOnTab } from './run-page';

const MENU_SAVE = 'pl-save-snapshot';
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const req = parseBackgroundRequest(raw, sender, self());
    if (!req) return undefined;
    switch (req.type) {
      case 'pl/detected': return toReply(() => (req.detection.isReport ? markReport : clearMark)(sender.tab!.id!, req.detection.score));
      case 'pl/save-tab': return toReply(() => runOnTab('save', req.tabId));
      case 'pl/analyze-tab': return toReply(() => runOnTab('analyze', req.tabId));
    }
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: browser.i18n.getMessage('menuSave'), contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) void saveWithFeedback(tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-snapshot') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await saveWithFeedback(id);
  });
});

/** The badge on a report page; the title says how sure detection is. */
async function markReport(tabId: number, score: number): Promise<null> {
  await action().setBadgeBackgroundColor({ tabId, color: '#c62828' });
  await action().setBadgeText({ tabId, text: browser.i18n.getMessage('badgeReport') || 'R' });
  await action().setTitle({ tabId, title: browser.i18n.getMessage('badgeTitle', [String(Math.round(score * 100))]) });
  return null;
}

/** No badge on a page that stopped being a report (it rebuilt itself after load). */
async function clearMark(tabId: number): Promise<null> {
  await action().setBadgeText({ tabId, text: '' });
  await action().setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
  return null;
}

/** Saves and says so on the badge and the action title (no notification permission needed). */
async function saveWithFeedback(tabId: number): Promise<void> {
  try {
    await runOnTab('save', tabId);
    await action().setBadgeText({ tabId, text: '✓' });
    await action().setTitle({ tabId, title: browser.i18n.getMessage('savedShort') });
  } catch (err) {
    await action().setBadgeText({ tabId, text: '!' });
    await action().setTitle({ tabId, title: `${browser.i18n.getMessage('saveFailedShort')}: ${errorCode(err)}` });
  }
}
