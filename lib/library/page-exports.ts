/**
 * Exports of the page the side panel reads (saved or not): the same builders as the library,
 * over the panel's extraction and the page's notes. A citation of an unsaved page is accessed
 * now and identified by the page's own sha256.
 */
import { cslJson } from '../export/csl';
import { commitmentsCsv, numbersCsv } from '../export/csv';
import { exportFileName } from '../export/download-name';
import { renderMarkdown } from '../export/markdown';
import { sourceOf } from '../export/source';
import { webAnnotationJson } from '../export/web-annotation';
import { withPageSelectors } from '../anchor/page-quote';
import type { Extraction } from '../extract/types';
import type { AnnotationRecord } from '../store/schema';
import type { ExportContext, ExportFile } from './exports';

import type { PageExportKind } from './export-kinds';

export { PAGE_EXPORTS, type PageExportKind } from './export-kinds';

/**
 * `page` is the page's body when at hand (the side panel has it): annotations are then
 * exported with the page's own characters and offsets (lib/anchor/page-quote.ts).
 */
export function pageExport(kind: PageExportKind, x: Extraction, url: string, notes: AnnotationRecord[], ctx: Pick<ExportContext, 'now' | 'utcOffsetMinutes' | 'language'>, page: Node | null = null): ExportFile {
  const ext = { report: 'md', commitments: 'csv', numbers: 'csv', annotations: 'jsonld', citations: 'json' }[kind];
  const name = exportFileName({ language: ctx.language, kind, ext, issuer: x.meta.issuer, year: x.meta.coversYear ?? x.meta.planYear });
  // The page as read now: its address, and today on the reader's calendar.
  const source = sourceOf({ url, savedAt: ctx.now.toISOString() }, ctx.utcOffsetMinutes);
  const content = (() => {
    switch (kind) {
      case 'report': return renderMarkdown(x, { source, notes, utcOffsetMinutes: ctx.utcOffsetMinutes });
      case 'commitments': return commitmentsCsv([{ extraction: x, source, annotations: notes }]);
      case 'numbers': return numbersCsv([{ extraction: x, source }]);
      case 'annotations': return webAnnotationJson((page ? withPageSelectors(notes, () => page) : notes).map((a) => ({ ...a, sourceDate: ctx.now.toISOString() })));
      case 'citations': return cslJson([{
        sha256: x.source.sha256, url, title: x.source.title, savedAt: ctx.now.toISOString(), issuer: x.meta.issuer, extraction: x,
      }], { utcOffsetMinutes: ctx.utcOffsetMinutes });
    }
  })();
  return { name, ext, content };
}
