/**
 * The pages' Translate: browser.i18n (the browser's UI language picks zh_CN or en), or,
 * with `?lang=en|zh_CN` in the page URL, that locale's messages.json read from the
 * extension itself. The override lets a reader choose, and lets the e2e run take
 * screenshots in both languages from one browser.
 */
import { browser } from 'wxt/browser';
import { translator, type Translate } from '../../components/i18n';

export const LOCALES = ['en', 'zh_CN'] as const;

export async function loadTranslate(search = location.search): Promise<{ t: Translate; lang: string }> {
  const lang = new URLSearchParams(search).get('lang');
  if (lang && (LOCALES as readonly string[]).includes(lang)) {
    const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/'));
    return { t: translator(await res.json()), lang };
  }
  const t: Translate = (key, ...subs) => browser.i18n.getMessage(key as never, subs.map(String)) || key;
  return { t, lang: browser.i18n.getUILanguage() };
}
