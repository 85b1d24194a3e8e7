/**
 * Real-size snapshots for the library bench (`--real`): each is one of the shared corpus
 * texts, varied so that every snapshot is distinct — the issuer renamed, the years shifted,
 * two paragraphs swapped. The base's extraction goes along with the same changes (its strings
 * renamed and shifted, its spans moved with the swapped paragraphs), so a variant is stored
 * exactly as large and as shaped as a real saved report, without extracting 5,000 texts.
 * The corpus is read at run time; nothing of it is copied into the project.
 */
import type { Extraction } from '../lib/extract/types';

export interface Base { text: string; extraction: Extraction }
export interface Variant { text: string; extraction: Extraction; url: string; savedAt: string }

const HAN = '青云石白金玉清长安平东西南北宁永新兴华丰禾溪门山河川湖泉林岭阳';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** A made-up name as long as `name`: its first two letters replaced by variant `k`'s code. */
export function renamed(name: string, k: number): string {
  const han = /\p{sc=Han}/u.test(name[0] ?? '');
  const abc = han ? HAN : LATIN;
  const code = abc[k % abc.length] + abc[Math.floor(k / abc.length) % abc.length];
  const head = han ? code : code[0].toUpperCase() + code[1];
  return head + name.slice(2);
}

/** Years 1950–2049 standing alone (not inside a longer number) moved by `shift`. */
export function shiftYears(s: string, shift: number): string {
  return s.replace(/(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/g, (y) => String(Number(y) + shift));
}

/** Applies `f` to every string inside `v` (objects and arrays rebuilt, numbers kept). */
function mapStrings<T>(v: T, f: (s: string) => string): T {
  if (typeof v === 'string') return f(v) as T;
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f)) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)])) as T;
  return v;
}

/** Moves every `{start, end}` span inside `v` by `move(offset)`. */
function mapSpans(v: unknown, move: (at: number) => number): void {
  if (Array.isArray(v)) { v.forEach((x) => mapSpans(x, move)); return; }
  if (!v || typeof v !== 'object') return;
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') { o.start = move(o.start); o.end = move(o.end - 1) + 1; }
  for (const x of Object.values(o)) if (x && typeof x === 'object') mapSpans(x, move);
}

/** Line `i` and `i + 1` exchanged, and the function that maps an old offset to its new place. */
function swapLines(text: string, i: number): { text: string; move: (at: number) => number } {
  const lines = text.split('\n');
  if (i + 1 >= lines.length) return { text, move: (at) => at };
  const a0 = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const b0 = a0 + lines[i].length + 1;
  const b1 = b0 + lines[i + 1].length;
  [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
  const lenA = b0 - a0;
  const lenB = b1 - b0 + 1;
  const move = (at: number) => (at >= a0 && at < b0 ? at + lenB : at >= b0 && at < b1 ? at - lenA : at);
  return { text: lines.join('\n'), move };
}

/** Variant number `n` of `base` (`n` counts the variants of this base: 0, 1, 2, …). */
export function vary(base: Base, n: number, baseIndex: number): Variant {
  const issuer = base.extraction.meta.issuer;
  const shift = (n % 9) - 4 || 5;
  const change = (s: string) => shiftYears(issuer && issuer.length > 2 ? s.split(issuer).join(renamed(issuer, n)) : s, shift);
  const changed = change(base.text);
  // Swap two long paragraphs in the middle (never the title line): a different pair per variant.
  const long = changed.split('\n').map((l, i) => ({ l, i })).filter((x) => x.i > 0 && x.l.length > 40);
  const at = long.length > 1 ? long[n % (long.length - 1)].i : 0;
  const swapped = swapLines(changed, at);
  const extraction = mapStrings({ ...base.extraction, text: '' }, change);
  mapSpans(extraction, swapped.move);
  extraction.text = swapped.text;
  extraction.meta = { ...extraction.meta, coversYear: plus(base.extraction.meta.coversYear, shift), planYear: plus(base.extraction.meta.planYear, shift) };
  const year = 2000 + ((n + baseIndex) % 25);
  return {
    text: swapped.text,
    extraction,
    url: `http://127.0.0.1/real/${baseIndex}/${n}.html`,
    savedAt: `${year}-0${1 + (n % 9)}-1${n % 10}T0${baseIndex % 10}:00:00.000Z`,
  };
}

const plus = (y: number | null, d: number) => (y === null ? null : y + d);
