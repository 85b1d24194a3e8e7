/**
 * Detection: is this page a government report? Cheap enough for every page: reads the URL,
 * the title, meta tags and at most the first few thousand characters of text.
 */
import type { Detection } from '../extract/types';

export interface DetectInput {
  url?: string;
  title: string | null;
  metaTags: Record<string, string>;
  /** Page text; only the first DETECT_TEXT_LIMIT characters are read. */
  text: string;
}

export const DETECT_TEXT_LIMIT = 3000;

export function detect(input: DetectInput): Detection {
  void input;
  return { isReport: false, score: 0, signals: [] };
}
