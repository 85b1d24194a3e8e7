import type { Translate } from './i18n';
import { PANEL_TABS, type PanelTab } from './types';

export interface TabBarProps {
  t: Translate;
  active: PanelTab;
  counts: Record<PanelTab, number>;
  onSelect: (tab: PanelTab) => void;
}

/**
 * The panel's tabs: buttons with role="tab" in a tablist; arrow keys, Home and End move
 * between them (the WAI-ARIA tabs pattern), Enter/Space/click select.
 */
export function TabBar({ t, active, counts, onSelect }: TabBarProps) {
  const move = (e: KeyboardEvent) => {
    const i = PANEL_TABS.indexOf(active);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: PANEL_TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = PANEL_TABS[(to + PANEL_TABS.length) % PANEL_TABS.length];
    onSelect(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={move}>
      {PANEL_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          data-tab={tab}
          data-count={counts[tab]}
          aria-selected={tab === active}
          aria-controls={`panel-${tab}`}
          tabIndex={tab === active ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(`tab_${tab}`)} <span class="count">{counts[tab]}</span>
        </button>
      ))}
    </div>
  );
}
