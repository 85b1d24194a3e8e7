/**
 * Assembles the text every offset refers to: the page's blocks, normalized, one a line,
 * with the title line first. Also picks the language and splits sentences. Table rows are
 * lines of the text but are set apart (DocContext.rows): the prose stages never read them.
 */
import { isMostlyChinese, normalizedLines } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import type { DocContext, Language, Line, PageInput } from './types';

/** How many characters the language guess reads. */
const LANGUAGE_SAMPLE = 4000;

export function assembleDocument(page: PageInput, language?: Language): DocContext {
  const parts: string[] = [];
  const lines: Line[] = [];
  const rows: Line[] = [];
  let offset = 0;
  const push = (text: string, kind: Line['kind'], level?: number, leadLength = 0) => {
    if (parts.length) offset += 1; // the '\n' between lines
    (kind === 'row' ? rows : lines).push({ start: offset, end: offset + text.length, kind, level, leadLength });
    parts.push(text);
    offset += text.length;
  };
  const title = page.title ? normalizedLines(page.title).join(' ') || null : null;
  const titleIndex = title ? page.blocks.slice(0, 3).findIndex((b) => normalizedLines(b.text).join(' ') === title) : -1;
  if (title && titleIndex < 0) push(title, 'title');
  page.blocks.forEach((block, i) => {
    const blockLines = normalizedLines(block.text);
    const lead = block.lead ? normalizedLines(block.lead).join(' ') : '';
    blockLines.forEach((text, j) => {
      const kind = i === titleIndex ? 'title' : block.kind;
      const leadLength = j === 0 && lead && text.startsWith(lead) ? lead.length : 0;
      push(text, kind, block.level, leadLength);
    });
  });
  const text = parts.join('\n');
  const lang = language ?? (isMostlyChinese(text.slice(0, LANGUAGE_SAMPLE)) ? 'zh' : 'en');
  return { text, language: lang, lines, sentences: splitSentences(text, lang, lines), title, page, rows };
}
