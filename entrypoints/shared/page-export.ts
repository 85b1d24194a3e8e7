/**
 * Exports from the side panel: the page it reads (saved or not) with the notes made on it,
 * built by lib/library pageExport and handed to the one download().
 */
import { pageExport, type PageExportKind } from '../../lib/library/page-exports';
import type { Extraction } from '../../lib/extract/types';
import { annotationsForUrl, type LedgerDb } from '../../lib/store/index';
import { download } from './download';

/** `page`: the page's body as the panel parsed it, for annotations quoted in the page's own text. */
export async function exportPage(kind: PageExportKind, db: LedgerDb, x: Extraction, url: string, page: Node | null = null, now = new Date()): Promise<void> {
  const notes = await annotationsForUrl(db, url);
  const language = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  download(pageExport(kind, x, url, notes, { now, utcOffsetMinutes: -now.getTimezoneOffset(), language }, page));
}
