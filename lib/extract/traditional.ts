/**
 * Reading a report served in traditional script. The rules are written in simplified
 * characters; rather than give every table traditional twins, the document is folded once
 * (lib/text/fold.ts: one character for one, the same length) and every stage reads the fold.
 * What the extraction shows (quotes, headings, issuer, indicators) is then cut back from the
 * original characters at the same offsets, so the reader sees the page as it was written.
 */
import { foldTraditional, isTraditional } from '../text/fold';
import type { DocContext, Extraction, PageInput } from './types';

/** The folded twin of a traditional-script document, or null for any other (nothing to do). */
export function foldedContext(ctx: DocContext): DocContext | null {
  if (ctx.language !== 'zh' || !isTraditional(ctx.text)) return null;
  const page = ctx.page;
  const foldedPage: PageInput = {
    ...page,
    blocks: page.blocks.map((b) => ({ ...b, text: foldTraditional(b.text), ...(b.lead ? { lead: foldTraditional(b.lead) } : {}) })),
    title: page.title === null ? null : foldTraditional(page.title),
    metaTags: Object.fromEntries(Object.entries(page.metaTags).map(([k, v]) => [k, foldTraditional(v)])),
    chrome: page.chrome.map(foldTraditional),
  };
  return { ...ctx, text: foldTraditional(ctx.text), title: ctx.title === null ? null : foldTraditional(ctx.title), page: foldedPage };
}

/** How far before a record's start its strings are looked for (an indicator precedes its figure). */
const LOOK_BEHIND = 200;
/** How far past it (a block after skipped chrome lines): a bounded window keeps restoring linear. */
const LOOK_AHEAD = 4000;

/**
 * Gives strings read from folded texts back their original characters: where the string lies
 * in a folded text (near a record's offset, else anywhere) its original slice; otherwise
 * character by character, each simplified character by the one the page writes most often
 * for it (制 stays 制 in a page that writes 體制 and 製造 alike, as most pages do).
 */
export class Unfolder {
  private readonly back = new Map<string, string>();

  constructor(private readonly pairs: { original: string; folded: string }[]) {
    const folds = new Set<string>();
    for (const { original, folded } of pairs) {
      for (let i = 0; i < folded.length; i++) if (folded[i] !== original[i]) folds.add(folded[i]);
    }
    const counts = new Map<string, Map<string, number>>();
    for (const { original, folded } of pairs) {
      for (let i = 0; i < folded.length; i++) {
        if (!folds.has(folded[i])) continue;
        const seen = counts.get(folded[i]) ?? new Map<string, number>();
        seen.set(original[i], (seen.get(original[i]) ?? 0) + 1);
        counts.set(folded[i], seen);
      }
    }
    for (const [ch, seen] of counts) this.back.set(ch, [...seen].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  }

  /** `s` in the page's own characters; `near` is an offset into the first text where it was read. */
  restore(s: string, near = -1): string {
    return this.restoreFrom(s, near)[0];
  }

  /**
   * `s` restored, and the offset after it in the first text when found there (else `near`):
   * a caller restoring strings in reading order passes it on, so each search starts close.
   */
  restoreFrom(s: string, near = -1): [string, number] {
    let changed = false;
    for (let i = 0; i < s.length && !changed; i++) changed = this.back.has(s[i]);
    if (!changed) return [s, near];
    for (const [k, { original, folded }] of this.pairs.entries()) {
      const at = k === 0 && near >= 0 ? indexNear(folded, s, near) : folded.indexOf(s);
      if (at >= 0) return [original.slice(at, at + s.length), k === 0 ? at + s.length : near];
    }
    let out = '';
    for (const ch of s) out += this.back.get(ch) ?? ch;
    return [out, near];
  }

  /** A copy of `value` with every string restored (arrays and plain objects walked). */
  restoreDeep<T>(value: T, near = -1): T {
    if (typeof value === 'string') return this.restore(value, near) as T;
    if (Array.isArray(value)) return value.map((v) => this.restoreDeep(v, near)) as T;
    if (value && typeof value === 'object') {
      const own = (value as { start?: unknown }).start;
      const start = typeof own === 'number' ? own : near;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.restoreDeep(v, start)])) as T;
    }
    return value;
  }
}

/** A copy of `value` with every string folded (arrays and plain objects walked). */
export function foldDeep<T>(value: T): T {
  if (typeof value === 'string') return foldTraditional(value) as T;
  if (Array.isArray(value)) return value.map(foldDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, foldDeep(v)])) as T;
  return value;
}

/** Where `s` lies in `text` within a window around `near` (-1: not there). */
function indexNear(text: string, s: string, near: number): number {
  const from = Math.max(0, near - LOOK_BEHIND);
  const at = text.slice(from, near + s.length + LOOK_AHEAD).indexOf(s);
  return at < 0 ? -1 : from + at;
}

/** The texts a document's strings may come from: its text, title, meta tags and page chrome. */
function pairsOf(original: DocContext, folded: DocContext): { original: string; folded: string }[] {
  const tags = (p: PageInput) => Object.values(p.metaTags).join('\n');
  return [
    { original: original.text, folded: folded.text },
    { original: original.title ?? '', folded: folded.title ?? '' },
    { original: tags(original.page), folded: tags(folded.page) },
    { original: original.page.chrome.join('\n'), folded: folded.page.chrome.join('\n') },
  ];
}

/** An extraction read from the folded document, given back the original's characters. */
export function unfoldExtraction(x: Extraction, original: DocContext, folded: DocContext): Extraction {
  const unfolder = new Unfolder(pairsOf(original, folded));
  return {
    ...x,
    source: { ...x.source, title: original.title },
    text: original.text,
    meta: unfolder.restoreDeep(x.meta),
    headings: unfolder.restoreDeep(x.headings),
    numbers: unfolder.restoreDeep(x.numbers),
    commitments: unfolder.restoreDeep(x.commitments),
    problems: unfolder.restoreDeep(x.problems),
  };
}
