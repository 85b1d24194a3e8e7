/**
 * Import of a bundle file: parseBundle (never throws; a malformed file gives one clear
 * sentence) → planImport (what would be added, shown first) → on confirmation, one Dexie
 * transaction (lib/store importBundle) that writes everything or nothing.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ImportState } from '../../components/ImportPanel';
import { describeError, type Translate } from '../../components/i18n';
import { parseBundle } from '../../lib/export/bundle';
import { describePlan, planCounts } from '../../lib/export/import-plan';
import type { Bundle } from '../../lib/export/types';
import { errorCode } from '../../lib/messages';
import { importBundle, planBundleImport } from '../../lib/store/index';
import { db } from './db';

export function useImport(t: Translate, lang: string, onImported: () => void) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const bundle = useRef<Bundle | null>(null);
  const language = lang.startsWith('zh') ? 'zh' : 'en';
  const fail = (err: unknown) => setState({ kind: 'error', message: describeError(t, errorCode(err)) });
  const onFile = useCallback((file: File) => {
    setState({ kind: 'busy' });
    bundle.current = null;
    (async () => {
      const parsed = parseBundle(await file.text());
      if (!parsed.ok) return setState({ kind: 'error', message: parsed.error });
      const plan = await planBundleImport(db, parsed.value);
      bundle.current = parsed.value;
      const nothingNew = Object.values(planCounts(plan).add).every((n) => n === 0);
      setState({ kind: 'planned', summary: describePlan(plan, language), warnings: parsed.warnings, nothingNew });
    })().catch(fail);
  }, [t, language]);
  const onConfirm = useCallback(() => {
    if (!bundle.current) return;
    setState({ kind: 'busy' });
    importBundle(db, bundle.current)
      .then(({ counts }) => {
        bundle.current = null;
        setState({ kind: 'done', summary: t('importDone', counts.add.snapshots, counts.add.annotations, counts.add.overrides, counts.add.diffs) });
        onImported();
      })
      .catch(fail);
  }, [t, onImported]);
  const onCancel = useCallback(() => { bundle.current = null; setState({ kind: 'idle' }); }, []);
  return { state, onFile, onConfirm, onCancel };
}
