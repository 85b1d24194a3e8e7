import { render } from 'preact';
import { loadTranslate } from '../shared/i18n';
import { App } from './app';
import '../shared/ui.css';
import './library.css';

void loadTranslate().then(({ t, lang }) => {
  document.documentElement.lang = lang.startsWith('zh') ? 'zh-CN' : 'en';
  document.title = t('libraryTitle');
  render(<App t={t} lang={lang} />, document.getElementById('app')!);
});
