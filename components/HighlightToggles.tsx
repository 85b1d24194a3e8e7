import type { HighlightKind } from '../lib/messages';
import type { Translate } from './i18n';

export type ToggleKind = Exclude<HighlightKind, 'note'>;
export const TOGGLE_KINDS: readonly ToggleKind[] = ['commitment', 'number', 'problem'];

export interface HighlightTogglesProps {
  t: Translate;
  visible: Record<ToggleKind, boolean>;
  onToggle: (kind: ToggleKind, visible: boolean) => void;
  /** False when the browser lacks the CSS Custom Highlight API. */
  supported: boolean;
}

/** One checkbox per highlight kind, coloured like its highlight in the page. */
export function HighlightToggles({ t, visible, onToggle, supported }: HighlightTogglesProps) {
  if (!supported) return <p class="muted">{t('highlightsUnsupported')}</p>;
  return (
    <fieldset class="toggles">
      <legend>{t('highlightsLegend')}</legend>
      {TOGGLE_KINDS.map((kind) => (
        <label key={kind} class={`toggle toggle-${kind}`}>
          <input
            type="checkbox"
            data-toggle={kind}
            checked={visible[kind]}
            onChange={(e) => onToggle(kind, (e.currentTarget as HTMLInputElement).checked)}
          />
          {t(`highlight_${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
