/**
 * extractPage on page blocks as any page reader (or a future one) might hand them over:
 * heading blocks with odd levels, bold leads that do or do not start their block, titles
 * with line breaks, chrome lines and meta tags with hostile text.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import type { Block, PageInput } from '../../lib/extract/types';
import { mixedText, randomUnicode, zhReport } from './arbitraries';
import { checkExtraction, twiceIdentical } from './invariants';
import { property } from './property';

const SOME_TEXT = fc.oneof({ weight: 4, arbitrary: zhReport(3) }, { weight: 2, arbitrary: mixedText(8) }, { weight: 1, arbitrary: randomUnicode(30) });

/** A block; its lead is usually a prefix of its text (as the DOM reader makes it), sometimes not. */
const BLOCK: fc.Arbitrary<Block> = fc.record({
  text: SOME_TEXT,
  kind: fc.constantFrom('heading', 'paragraph') as fc.Arbitrary<Block['kind']>,
  level: fc.option(fc.integer({ min: -1, max: 9 }), { nil: undefined }),
  leadCut: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
  strayLead: fc.option(SOME_TEXT, { freq: 8, nil: undefined }),
}).map(({ text, kind, level, leadCut, strayLead }) => ({
  text,
  kind,
  ...(level !== undefined ? { level } : {}),
  ...(strayLead !== undefined ? { lead: strayLead } : leadCut !== undefined ? { lead: text.slice(0, leadCut) } : {}),
}));

const META_TAGS = fc.dictionary(
  fc.constantFrom('articletitle', 'pubdate', 'contentsource', 'sitename', 'columnname', 'og:title', 'description', 'keywords'),
  fc.oneof(SOME_TEXT, fc.constantFrom('2024-01-15', '2024年1月15日', '9999-99-99', '', '某县人民政府')),
);

const PAGE: fc.Arbitrary<PageInput> = fc.record({
  blocks: fc.array(BLOCK, { maxLength: 25, size: 'medium' }),
  title: fc.option(SOME_TEXT, { nil: null }),
  metaTags: META_TAGS,
  chrome: fc.array(SOME_TEXT, { maxLength: 3 }),
  url: fc.option(fc.constantFrom('https://www.example.gov.cn/art/2024/1/15/art_1_1.html', 'file:///tmp/x.html', 'not a url', ''), { nil: undefined }),
});

function extractsSoundly([page, language]: [PageInput, 'auto' | 'zh' | 'en']): void {
  checkExtraction(twiceIdentical(() => extractPage(page, { sha256: 'seeded', language })));
}

describe('property: extractPage', () => {
  property('random page blocks, leads, titles and meta tags', fc.tuple(PAGE, fc.constantFrom('auto', 'zh', 'en') as fc.Arbitrary<'auto' | 'zh' | 'en'>), extractsSoundly, 1000);
});
