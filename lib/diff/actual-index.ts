/**
 * Which reported figures could be a target's actual, found without reading them all: an
 * inverted index from the words of each figure's measure (and from the programme names it
 * quotes) to the figures, by unit. A target's candidates are the figures that share enough of
 * its words by weight to reach the cover bestActual asks for (or, when its measure names
 * nothing, that share a word with its sentence). A word found in more than
 * MAX_FIGURES_PER_WORD figures is too common to find candidates by: with it, every target
 * would read every figure, and a report of thousands of figures would take quadratic time.
 * Up to that size the candidates are exactly the figures the full scan would score above zero.
 */
import type { MeasuredFigure } from './actuals';
import type { Idf } from './actual-match';

export const MAX_FIGURES_PER_WORD = 64;

export interface ActualIndex {
  figures: MeasuredFigure[];
  units: (string | null)[];
  byTerm: Map<string, number[]>;
  byName: Map<string, number[]>;
}

export const QUOTED = /[“"「]([^”"」]{2,12})[”"」]/g;

/** The names a measure quotes (“家电下乡”). */
export function quotedNames(phrase: string): string[] {
  return [...phrase.matchAll(QUOTED)].map((m) => m[1]);
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

export function indexActuals(figures: MeasuredFigure[], unitKey: (u: string | null) => string | null): ActualIndex {
  const byTerm = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  figures.forEach((f, i) => {
    for (const t of f.terms) add(byTerm, t, i);
    for (const name of quotedNames(f.measure.phrase)) add(byName, name, i);
  });
  return { figures, units: figures.map((f) => unitKey(f.measure.unit)), byTerm, byName };
}

/**
 * Indices (ascending) of the figures with the target's unit that could reach `minCover` of
 * its words' weight, share one of its sentence's words when it names nothing, or quote a name
 * it quotes.
 */
export function candidatesFor(t: MeasuredFigure, index: ActualIndex, idf: Idf, unit: string | null, minCover: number): number[] {
  const named = t.terms.size > 0;
  const acc = new Map<number, number>();
  let total = 0;
  let skipped = 0;
  for (const x of named ? t.terms : t.sentenceTerms) {
    const w = idf(x);
    total += w;
    const list = index.byTerm.get(x);
    if (!list) continue;
    if (list.length > MAX_FIGURES_PER_WORD) { skipped += w; continue; }
    for (const i of list) acc.set(i, (acc.get(i) ?? 0) + w);
  }
  const out = new Set<number>();
  // A small tolerance: the exact cover is computed again, in bestActual's order of addition.
  for (const [i, w] of acc) if (!named || w + skipped >= minCover * total - 1e-9) out.add(i);
  for (const name of quotedNames(t.measure.phrase)) {
    const list = index.byName.get(name) ?? [];
    if (list.length <= MAX_FIGURES_PER_WORD) for (const i of list) out.add(i);
  }
  return [...out].filter((i) => index.units[i] === unit).sort((a, b) => a - b);
}
