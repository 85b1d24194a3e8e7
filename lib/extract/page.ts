/**
 * HTML page → the block model (PageInput). Owned by the page-reader work: Readability finds
 * the article container; headings, bold run-in leads and metadata are read from the original DOM.
 */
import type { PageInput } from './types';
import { textToPage } from './text-page';

export function htmlToPage(doc: Document, url?: string): PageInput {
  // Placeholder until the page reader lands: the body's text read as plain text.
  return textToPage(doc.body?.textContent ?? '', url);
}
