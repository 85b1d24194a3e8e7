import { signalWords } from '../lib/detect/signal-words';
import { reasonKeys } from '../lib/extract/role-reason-words';
import type { Extraction, Heading } from '../lib/extract/types';
import type { Translate } from './i18n';

export interface PanelHeaderProps { t: Translate; extraction: Extraction; detectMs?: number }

/** Title, issuer, document type, years, detection score and signals, extractor version. */
export function PanelHeader({ t, extraction: x, detectMs }: PanelHeaderProps) {
  const { meta, detection } = x;
  const lang = t('uiLanguage') === 'zh' ? 'zh' : 'en';
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
        <ul class="signals">
          {detection.signals.map((s) => <li key={s} data-signal={s} title={s}>{signalWords(s, lang)}</li>)}
        </ul>
        <SectionRoles t={t} headings={x.headings} />
        <p class="muted">
          {t('extractorVersion', x.extractorVersion)}
          {detectMs !== undefined ? ` · ${t('detectCost', detectMs.toFixed(2))}` : ''}
        </p>
      </details>
    </header>
  );
}

/** Each top-level section with its role and, in words, the evidence that decided it. */
function SectionRoles({ t, headings }: { t: Translate; headings: Heading[] }) {
  const tops = headings.filter((h) => h.parentId === null);
  if (!tops.length) return null;
  return (
    <section class="section-roles" aria-label={t('sectionRoles')}>
      <h2>{t('sectionRoles')}</h2>
      <ol>
        {tops.map((h) => (
          <li key={h.id}>
            <span class="section-title">{h.marker}{h.title}</span>{' '}
            <span class={`role role-${h.role}`}>{t(`role_${h.role}`)}</span>
            {h.horizon === 'multi-year' && <span class="horizon"> · {t('horizon_multiYear')}</span>}
            {reasonKeys(h.roleReasons).length > 0 && (
              <span class="why"> — {reasonKeys(h.roleReasons).map((k) => t(k)).join('；')}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
