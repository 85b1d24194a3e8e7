import { extractText } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';

/** Extraction of a test text (sha256 is irrelevant to the stages). */
export function run(text: string): Extraction {
  return extractText(text, { sha256: 'test' });
}

/** Headings as "depth marker title role" strings, compact to compare in tables. */
export function outline(text: string): string[] {
  return run(text).headings.map((h) => `${h.depth} ${h.marker}${h.title} ${h.role}`);
}
