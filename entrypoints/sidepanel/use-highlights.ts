/**
 * In-page highlights for the panel's report: injects the page tools into the tab, draws
 * commitments, problems and numbers, applies the per-kind toggles and reveals items.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ToggleKind } from '../../components/HighlightToggles';
import type { Quote } from '../../lib/anchor/quote-match';
import type { Extraction } from '../../lib/extract/types';
import type { HighlightItem, HighlightKind } from '../../lib/messages';
import { chunks } from '../../lib/page-agent/paging';
import { highlightItems } from '../../lib/page-agent/panel-model';
import { ensureTools, sendToTab } from '../shared/ext';

export interface Highlights {
  visible: Record<ToggleKind, boolean>;
  supported: boolean;
  /** 'drawn' once the page shows this extraction's highlights. */
  phase: 'idle' | 'drawing' | 'drawn' | 'failed';
  toggle: (kind: ToggleKind, visible: boolean) => void;
  reveal: (id: string | undefined, quote: Quote) => void;
  drawNotes: (items: HighlightItem[]) => void;
}

/** Numbers are many: off by default so the page stays readable. */
const DEFAULT_VISIBLE: Record<ToggleKind, boolean> = { commitment: true, problem: true, number: false };

export function useHighlights(tabId: number | null, x: Extraction | null): Highlights {
  const [visible, setVisible] = useState(DEFAULT_VISIBLE);
  const [supported, setSupported] = useState(true);
  const [phase, setPhase] = useState<Highlights['phase']>('idle');
  useEffect(() => {
    if (tabId === null || !x) return;
    let stale = false;
    setPhase('drawing');
    (async () => {
      await ensureTools(tabId);
      for (const kind of Object.keys(visible) as ToggleKind[]) {
        await sendToTab(tabId, { type: 'pl/set-visible', kind, visible: visible[kind] });
      }
      // In chunks, one message each: the page stays responsive between them, and a new
      // extraction (stale) stops the drawing of the old one.
      let replace: HighlightKind[] = ['commitment', 'problem', 'number'];
      const parts = chunks(highlightItems(x));
      for (const items of parts.length ? parts : [[]]) {
        if (stale) return;
        const report = await sendToTab(tabId, { type: 'pl/highlight', items, replace });
        replace = [];
        setSupported(report.supported);
      }
      if (!stale) setPhase('drawn');
    })().catch(() => { if (!stale) setPhase('failed'); });
    return () => { stale = true; };
  }, [tabId, x]);
  const toggle = useCallback((kind: ToggleKind, on: boolean) => {
    setVisible((v) => ({ ...v, [kind]: on }));
    if (tabId !== null) void sendToTab(tabId, { type: 'pl/set-visible', kind, visible: on }).catch(() => undefined);
  }, [tabId]);
  const reveal = useCallback((id: string | undefined, quote: Quote) => {
    if (tabId === null) return;
    void ensureTools(tabId).then(() => sendToTab(tabId, { type: 'pl/reveal', id, quote })).catch(() => undefined);
  }, [tabId]);
  const drawNotes = useCallback((items: HighlightItem[]) => {
    if (tabId === null) return;
    void ensureTools(tabId).then(() => sendToTab(tabId, { type: 'pl/highlight', items, replace: ['note'] })).catch(() => undefined);
  }, [tabId]);
  return { visible, supported, phase, toggle, reveal, drawNotes };
}
