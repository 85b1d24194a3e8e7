/**
 * The export builders and what they need from the browser (app version, UI language, clock).
 * Loaded on first use: lib/diff brings compromise (≈ 350 kB), which the list must not wait for.
 */
import { browser } from 'wxt/browser';
import type { ExportContext } from '../../lib/library/exports';

export async function exportTools(lang: string, now = new Date()) {
  const [{ diff }, builders] = await Promise.all([import('../../lib/diff/index'), import('../../lib/library/exports')]);
  const ctx: ExportContext = {
    now,
    appVersion: browser.runtime.getManifest().version,
    utcOffsetMinutes: -now.getTimezoneOffset(),
    language: lang.startsWith('zh') ? 'zh' : 'en',
    diffOf: diff,
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  };
  return { ctx, ...builders };
}
