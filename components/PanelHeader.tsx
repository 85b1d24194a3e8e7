import type { Extraction } from '../lib/extract/types';
import type { Translate } from './i18n';

export interface PanelHeaderProps { t: Translate; extraction: Extraction; detectMs?: number }

/** Title, issuer, document type, years, detection score and signals, extractor version. */
export function PanelHeader({ t, extraction: x, detectMs }: PanelHeaderProps) {
  const { meta, detection } = x;
  const facts: [string, string | number | null][] = [
    [t('issuer'), meta.issuer],
    [t('docType'), t(`docType_${meta.docType.replace('-', '_')}`)],
    [t('coversYear'), meta.coversYear],
    [t('planYear'), meta.planYear],
    [t('publishedAt'), meta.publishedAt],
  ];
  return (
    <header class="panel-header">
      <h1 class="doc-title">{x.source.title ?? t('untitled')}</h1>
      <dl class="facts">
        {facts.filter(([, v]) => v !== null && v !== '').map(([k, v]) => (
          <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
        ))}
      </dl>
      <details class="detection">
        <summary>
          {t(detection.isReport ? 'detectedReport' : 'detectedNotReport', Math.round(detection.score * 100))}
        </summary>
        <ul class="signals">{detection.signals.map((s) => <li key={s}><code>{s}</code></li>)}</ul>
        <p class="muted">
          {t('extractorVersion', x.extractorVersion)}
          {detectMs !== undefined ? ` · ${t('detectCost', detectMs.toFixed(2))}` : ''}
        </p>
      </details>
    </header>
  );
}
