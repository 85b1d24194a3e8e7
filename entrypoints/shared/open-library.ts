/**
 * Opens the library page (optionally at a view: '#/snapshot/3') in a new tab. A `?lang=`
 * override on the page that opens it (the side panel, the popup) goes along, so the library
 * speaks the language the reader chose there.
 */
import { browser } from 'wxt/browser';
import { LOCALES } from './i18n';

export async function openLibrary(hash = '', search = location.search): Promise<void> {
  const lang = new URLSearchParams(search).get('lang');
  const query = lang && (LOCALES as readonly string[]).includes(lang) ? `?lang=${lang}` : '';
  await browser.tabs.create({ url: `${browser.runtime.getURL('/library.html')}${query}${hash}` });
}
