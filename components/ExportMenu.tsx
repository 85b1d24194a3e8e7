import type { Translate } from './i18n';

export interface ExportMenuProps {
  t: Translate;
  /** Export kinds offered; each is labelled `export_<kind>` in the locales. */
  kinds: readonly string[];
  disabled?: boolean;
  /** Shown instead of the buttons' effect when disabled (e.g. "select snapshots first"). */
  hint?: string;
  onExport: (kind: string) => void;
}

/** A disclosure of export buttons (keyboard: the summary toggles, buttons are in tab order). */
export function ExportMenu({ t, kinds, disabled = false, hint, onExport }: ExportMenuProps) {
  return (
    <details class="export-menu">
      <summary data-action="export-menu">{t('export')}</summary>
      {disabled && hint && <p class="muted">{hint}</p>}
      <div class="export-buttons" role="group" aria-label={t('export')}>
        {kinds.map((k) => (
          <button key={k} type="button" class="small secondary" data-export={k} disabled={disabled} onClick={() => onExport(k)}>
            {t(`export_${k.replace('-', '_')}`)}
          </button>
        ))}
      </div>
    </details>
  );
}
