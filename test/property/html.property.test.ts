/**
 * extractDocument on random HTML parsed the way the CLI parses it (lib/cli/html.ts:
 * linkedom, with the nesting guard): nested, broken and hostile markup, entities, scripts,
 * styles, frames, 10k-deep nesting and a 100k-character text node. Same invariants as text.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/html';
import { extractDocument } from '../../lib/extract/index';
import { hugeLine } from './arbitraries';
import { deepHtml, htmlPage, reportPage } from './html-arbitraries';
import { checkExtraction, twiceIdentical } from './invariants';
import { property } from './property';

/** Parses afresh for each run (extraction must not depend on, or change, the document). */
function extractsSoundly(html: string): void {
  checkExtraction(twiceIdentical(() => extractDocument(parseHtmlDocument(html, 'generated'), { sha256: 'seeded', url: 'https://www.example.gov.cn/a.html' })));
}

/** Extracts twice from ONE parsed document: the extractor must leave the document as it was. */
function sameDocumentTwice(html: string): void {
  const doc = parseHtmlDocument(html, 'generated');
  checkExtraction(twiceIdentical(() => extractDocument(doc, { sha256: 'seeded' })));
}

describe('property: extractDocument (linkedom)', () => {
  property('random and broken HTML', htmlPage, extractsSoundly, 1200);
  property('report-shaped gov pages with broken markup inserted', reportPage, extractsSoundly, 800);
  property('one parsed document, extracted twice', htmlPage, sameDocumentTwice, 300);
  property('10,000-deep nesting', deepHtml(10_000), extractsSoundly, 3, 300_000);
  property('a 100k-character text node', hugeLine(100_000).map((t) => `<html><body><div id="zoom"><p>${t.replace(/[<&]/g, ' ')}</p></div></body></html>`), extractsSoundly, 3, 300_000);
});
