import { render } from 'preact';
import { parseRoute } from '../../lib/library/route';
import { loadTranslate } from '../shared/i18n';
import { App } from './app';
import { prefetchFirstPage } from './use-library';
import '../shared/ui.css';
import './library.css';

// Marks read by the bench (scripts/bench-library.ts): where the first page's time goes.
performance.mark('library:script');
prefetchFirstPage(parseRoute(location.hash));
void loadTranslate().then(({ t, lang }) => {
  performance.mark('library:translated');
  document.documentElement.lang = lang.startsWith('zh') ? 'zh-CN' : 'en';
  document.title = t('libraryTitle');
  render(<App t={t} lang={lang} />, document.getElementById('app')!);
});
