/**
 * Does a report read the same after wrapping it as a PDF's text layer gives it back? For
 * each file: the share of the original extraction's headings, commitments, problems and
 * figures found again (texts compared without spaces). `npm run eval` runs it on the
 * Government Work Reports, which have no hand-checked extraction gold, and fails under the bar.
 *
 *   node bin/run-ts.mjs scripts/wrap-agreement.ts --min 0.98 report.txt…
 */
import { readFileSync } from 'node:fs';
import { extractFromBytes } from '../lib/cli/pipeline';
import type { Extraction } from '../lib/extract/types';
import { pdfLikeText } from './hard-wrap';

const KINDS = ['headings', 'commitments', 'problems', 'numbers'] as const;

function keysOf(x: Extraction, kind: (typeof KINDS)[number]): Set<string> {
  const records: { text?: string; title?: string; raw?: string }[] = x[kind];
  return new Set(records.map((r) => (r.title ?? r.text ?? r.raw ?? '').replace(/\s+/g, '')));
}

/** Share of the original's records of each kind that the wrapped text gives again. */
export function wrapAgreement(text: string): Record<(typeof KINDS)[number], number> {
  const read = (t: string) => extractFromBytes(new TextEncoder().encode(t), { file: 'report.txt' }).extraction;
  const original = read(text);
  const wrapped = read(pdfLikeText(text));
  const out = {} as Record<(typeof KINDS)[number], number>;
  for (const kind of KINDS) {
    const before = keysOf(original, kind);
    const after = keysOf(wrapped, kind);
    out[kind] = before.size ? [...before].filter((k) => after.has(k)).length / before.size : 1;
  }
  return out;
}

function main(): number {
  const args = process.argv.slice(2);
  const at = args.indexOf('--min');
  const min = at >= 0 ? Number(args.splice(at, 2)[1]) : 0;
  let ok = true;
  for (const file of args) {
    const scores = wrapAgreement(readFileSync(file, 'utf8'));
    const line = KINDS.map((k) => `${k}=${scores[k].toFixed(3)}`).join('  ');
    const pass = KINDS.every((k) => scores[k] >= min);
    ok &&= pass;
    console.log(`${file.split('/').slice(-2).join('/').padEnd(28)} ${line}${pass ? '' : `  (under ${min})`}`);
  }
  return ok ? 0 : 1;
}

process.exit(main());
