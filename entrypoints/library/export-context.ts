/** What the export builders need from the browser: the app version, the UI language, the clock. */
import { browser } from 'wxt/browser';
import { diff } from '../../lib/diff/index';
import type { ExportContext } from '../../lib/library/exports';

export function exportContext(lang: string, now = new Date()): ExportContext {
  return {
    now,
    appVersion: browser.runtime.getManifest().version,
    utcOffsetMinutes: -now.getTimezoneOffset(),
    language: lang.startsWith('zh') ? 'zh' : 'en',
    diffOf: diff,
  };
}
