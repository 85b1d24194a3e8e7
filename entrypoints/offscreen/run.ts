/**
 * The page pipeline where a DOM exists but no UI: Chrome's offscreen document and Firefox's
 * background page. Parses with DOMParser, extracts, and saves into this origin's IndexedDB.
 */
import type { PagePayload, PageSummary, SaveOutcome } from '../../lib/messages';
import { analyzePage, saveAnalysis, summarize } from '../../lib/page-agent/pipeline';
import { openLedgerDb } from '../../lib/store/index';
import { parseHtml, saveDeps } from '../shared/page-pipeline';

/** Analyzes (counts for the popup) or saves the page. */
export async function runPipeline(op: 'save' | 'analyze', page: PagePayload): Promise<SaveOutcome | PageSummary> {
  const analysis = await analyzePage(page, parseHtml);
  if (op === 'analyze') return summarize(analysis.extraction);
  const db = openLedgerDb();
  try {
    return await saveAnalysis(analysis, saveDeps(db));
  } finally {
    db.close();
  }
}
