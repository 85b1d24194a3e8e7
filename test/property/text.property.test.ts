/**
 * extractText on anything: random Unicode (astral, controls, lone surrogates), report-like
 * Chinese and English (also hard-wrapped, as a PDF's text layer), mixed scripts, and
 * 100k-character lines. No exception, offsets and
 * spans exact, ids unique, heading tree sound, same output twice.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { enReport, hardWrapped, hugeLine, mixedText, randomUnicode, zhReport } from './arbitraries';
import { checkExtraction, twiceIdentical } from './invariants';
import { property } from './property';

const LANGUAGE = fc.constantFrom('auto', 'zh', 'en') as fc.Arbitrary<'auto' | 'zh' | 'en'>;

/** Extracts twice (determinism) and checks the invariants; a forced language is kept. */
function extractsSoundly([text, language]: [string, 'auto' | 'zh' | 'en']): void {
  const x = twiceIdentical(() => extractText(text, { sha256: 'seeded', language }));
  checkExtraction(x);
  if (language !== 'auto' && x.language !== language) throw new Error(`language ${x.language}, forced ${language}`);
}

describe('property: extractText', () => {
  property('random Unicode', fc.tuple(randomUnicode(300), LANGUAGE), extractsSoundly, 2000);
  property('report-like Chinese', fc.tuple(zhReport(25), LANGUAGE), extractsSoundly, 3000);
  property('report-like English', fc.tuple(enReport(60), LANGUAGE), extractsSoundly, 800);
  property('mixed scripts, controls and lone surrogates', fc.tuple(mixedText(40), LANGUAGE), extractsSoundly, 1500);
  property('hard-wrapped reports (a PDF text layer)', fc.tuple(fc.oneof(hardWrapped(zhReport(40)), hardWrapped(enReport(80))), LANGUAGE), extractsSoundly, 1000);
  property('100k-character lines', fc.tuple(hugeLine(100_000), LANGUAGE), extractsSoundly, 6, 300_000);
});
