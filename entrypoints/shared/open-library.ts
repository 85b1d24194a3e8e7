/** Opens the library page (optionally at a view: '#/snapshot/3') in a new tab. */
import { browser } from 'wxt/browser';

export async function openLibrary(hash = ''): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL('/library.html')}${hash}` });
}
