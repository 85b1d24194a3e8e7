/** Where a heading's title ends, and the value of a run-in marker (一是 → 1). */
import { parseSmallChineseNumber } from './small-numerals';

/** Sentence ends that close a title. Run-in titles (一是…；二是…) also stop at a semicolon. */
const ZH_TITLE_END = /[。！？!?]/;
const ZH_RUN_IN_END = /[。！？!?；;]/;
const INLINE_NEXT_RUN_IN = /(?<=[，,、])[二三四五六七八九十]是/;
/** English: "…at a faster pace We should give…" lost its period in scraping. */
const EN_LOST_PERIOD = /[a-z,)] (?=(We|The|This|These|Our|In|To|China|It|There)\s)/;
const MAX_EN_TITLE = 120;

/**
 * End offset of a title that starts at `start` in a line ending at `lineEnd`: the first sentence
 * end, trailing colons and commas trimmed.
 */
export function titleEnd(text: string, start: number, lineEnd: number, language: 'zh' | 'en', runIn: boolean): number {
  const slice = text.slice(start, lineEnd);
  let end: number;
  if (language === 'zh') {
    const m = (runIn ? ZH_RUN_IN_END : ZH_TITLE_END).exec(slice);
    end = m ? m.index : slice.length;
    if (runIn) {
      const next = INLINE_NEXT_RUN_IN.exec(slice.slice(0, end));
      if (next) end = next.index;
    }
  } else {
    end = englishTitleLength(slice);
  }
  let e = start + end;
  while (e > start && /[\s:：,，;；、.]/.test(text[e - 1])) e--;
  return e;
}

/** "(i) reduce stamp duty – We will reduce the rate…": a spaced dash ends a list item's lead. */
const EN_LEAD_DASH = / [–—] /;

function englishTitleLength(slice: string): number {
  const period = /[.!?](?=\s|$)/.exec(slice);
  let end = period ? period.index : slice.length;
  const dash = EN_LEAD_DASH.exec(slice.slice(0, end));
  if (dash) return dash.index;
  if (end > MAX_EN_TITLE) {
    const lost = EN_LOST_PERIOD.exec(slice.slice(0, Math.min(end, 400)));
    if (lost) end = lost.index + 1;
  }
  return end;
}

/** 一是 → 1, 十二是 → 12. */
export function parseRunInNumber(marker: string): number {
  return parseSmallChineseNumber(marker.replace(/是$/, '')) ?? 0;
}
