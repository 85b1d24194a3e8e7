import { render } from 'preact';
import type { Translate } from '../../components/i18n';
import { PopupView } from '../../components/PopupView';
import { openFrame } from '../shared/ext';
import { loadTranslate } from '../shared/i18n';
import { openLibrary } from '../shared/open-library';
import { usePopup } from './use-popup';
import '../shared/ui.css';

function Popup({ t }: { t: Translate }) {
  const p = usePopup(t);
  return <PopupView t={t} state={p.state} saving={p.saving} message={p.message} onOpenPanel={p.openPanel} onSave={p.save}
    onOpenLibrary={() => { void openLibrary().then(() => window.close()); }}
    onOpenFrame={(url) => { void openFrame(url).then(() => window.close()); }} />;
}

void loadTranslate().then(({ t, lang }) => {
  document.documentElement.lang = lang.startsWith('zh') ? 'zh-CN' : 'en';
  document.title = t('actionTitle');
  render(<Popup t={t} />, document.getElementById('app')!);
});
