/**
 * What the extension's pages say about a tab, read as a person would: the side panel's
 * settled state and message, the popup's answer to Save, and the record counts of the
 * stores a save writes (to check that nothing is stored half-way).
 */
import type { Page } from 'playwright-core';
import { openExtensionPage, type Browser } from './harness';

export interface PanelOutcome { state: string; text: string }
export interface Counts { snapshots: number; cards: number; annotations: number }

/** The side panel once it has settled: any state but loading or reading. */
export const SETTLED = 'main[data-state]:not([data-state="loading"]):not([data-state="reading"])';

/**
 * What the side panel settles on ('still <state>' when it has not after `ms`), and its
 * message; `selector` waits for a given state instead (`main[data-state="ready"]`).
 */
export async function panelOutcome(panel: Page, ms = 15_000, selector = SETTLED): Promise<PanelOutcome> {
  const settled = await panel.waitForSelector(selector, { timeout: ms }).catch(() => null);
  const state = (await panel.getAttribute('main', 'data-state')) ?? '';
  return { state: settled ? state : `still ${state}`, text: ((await panel.textContent('main')) ?? '').trim() };
}

/**
 * Clicks the panel's notice button ("Read this page anyway", "Try again", …) and returns what
 * the panel settles on after it. The settled selector alone would match the state shown before
 * the click on a loaded machine, so this first waits (up to `ms`) for the state to change.
 */
export async function panelOutcomeAfterClick(panel: Page, ms = 15_000): Promise<PanelOutcome> {
  const before = await panel.getAttribute('main', 'data-state');
  await panel.click('.notice button');
  await panel
    .waitForFunction((was) => document.querySelector('main')?.getAttribute('data-state') !== was, before, { timeout: ms })
    .catch(() => null);
  return panelOutcome(panel, ms);
}

/**
 * The popup's verdict for a tab, what its Save gives ("kind: message", or 'disabled') and,
 * on a frame page, the frame it offers to open.
 */
export async function popupSave(b: Browser, tabId: number, ms = 30_000): Promise<{ state: string; save: string; frame?: string }> {
  const popup = await openExtensionPage(b, `popup.html?tab=${tabId}&lang=en`, { width: 340, height: 360 });
  try {
    await popup.waitForSelector('[data-state]', { timeout: 15_000 });
    const state = (await popup.getAttribute('[data-state]', 'data-state')) ?? '';
    const frame = await (await popup.$('[data-frame]'))?.getAttribute('data-frame');
    const withFrame = frame ? { frame } : {};
    if (await popup.isDisabled('[data-action="save"]')) return { state, save: 'disabled', ...withFrame };
    await popup.click('[data-action="save"]');
    const msg = await popup.waitForSelector('[data-message]', { timeout: ms });
    return { state, save: `${await msg.getAttribute('data-message')}: ${((await msg.textContent()) ?? '').trim()}`, ...withFrame };
  } finally {
    await popup.close();
  }
}

/** Record counts of the stores a save writes, read without Dexie from an extension page. */
export function storeCounts(page: Page): Promise<Counts> {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create it (at version 1, empty).
    if (!(await indexedDB.databases()).some((d) => d.name === 'promise-ledger')) return { snapshots: 0, cards: 0, annotations: 0 };
    return new Promise<Counts>((resolve, reject) => {
      const open = indexedDB.open('promise-ledger');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['snapshots', 'cards', 'annotations']);
        const reqs = (['snapshots', 'cards', 'annotations'] as const).map((n) => tx.objectStore(n).count());
        tx.oncomplete = () => { db.close(); resolve({ snapshots: reqs[0].result, cards: reqs[1].result, annotations: reqs[2].result }); };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}
