/**
 * Import of a bundle file: parseBundle then verifyBundle (never throw; a malformed, forged or
 * unsafe file gives one clear sentence) → planImport (what would be added, shown first) → on confirmation, one Dexie
 * transaction (lib/store importBundle) that writes everything or nothing.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ImportState } from '../../components/ImportPanel';
import { describeError, type Translate } from '../../components/i18n';
import { parseBundle } from '../../lib/export/bundle';
import { verifyBundle, type VerifyDeps } from '../../lib/export/bundle-verify';
import { describePlan, planCounts } from '../../lib/export/import-plan';
import type { Bundle } from '../../lib/export/types';
import { errorCode } from '../../lib/messages';
import { sha256Hex } from '../../lib/page-agent/pipeline';
import { sanitizeHtml } from '../../lib/sanitize/index';
import { findUnsafe } from '../../lib/sanitize/verify';
import { importBundle, planBundleImport } from '../../lib/store/index';
import { db } from './db';

/** The browser's tools for the checks a bundle's JSON alone cannot make (lib/export/bundle-verify). */
const VERIFY: VerifyDeps = {
  sha256Hex,
  findUnsafe: (html) => findUnsafe(html, window),
  sanitize: (html, baseUrl) => sanitizeHtml(html, window, baseUrl),
};

export function useImport(t: Translate, lang: string, onImported: () => void) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const bundle = useRef<Bundle | null>(null);
  const language = lang.startsWith('zh') ? 'zh' : 'en';
  const fail = (err: unknown) => setState({ kind: 'error', message: describeError(t, errorCode(err)) });
  const onFile = useCallback((file: File) => {
    setState({ kind: 'busy' });
    bundle.current = null;
    (async () => {
      const read = parseBundle(await file.text());
      const parsed = read.ok ? await verifyBundle(read.value, VERIFY, read.warnings) : read;
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
