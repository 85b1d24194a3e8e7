import { detect } from '../../lib/detect';
import { assembleDocument } from '../../lib/extract/document';
import { textToPage } from '../../lib/extract/text-page';

/** Detection as the extractor runs it on a plain-text page. */
export function detectText(text: string) {
  const page = textToPage(text);
  const ctx = assembleDocument(page);
  return detect({ title: ctx.title, metaTags: page.metaTags, text: ctx.text });
}
