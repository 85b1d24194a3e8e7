/**
 * Times each generator's input at n and 8n characters and prints one JSON line per generator
 * (`{id, n, msN, ms8n, ratio, outcome}`), as it goes, so a run killed for taking too long still
 * says which inputs finished. Run in its own process by complexity.test.ts; by hand:
 * `node bin/run-ts.mjs test/complexity/measure.ts [--n 32768] [id-substring…]`.
 *
 * One warm-up run at a small size first, so the JIT has compiled the code paths; run with
 * --expose-gc so garbage is collected between the timed parts.
 */
import { createHash } from 'node:crypto';
import { BadInputError } from '../../lib/cli/errors';
import { diff } from '../../lib/diff/index';
import { extractFromBytes } from '../../lib/cli/pipeline';
import { parseBundle } from '../../lib/export/bundle';
import { exportFileName } from '../../lib/export/download-name';
import { renderMarkdown } from '../../lib/export/markdown';
import { BUNDLE_SCHEMA } from '../../lib/export/types';
import type { Extraction } from '../../lib/extract/types';
import { GENERATORS, type Generator, type Path } from './generators';

export interface Measurement { id: string; n: number; msN: number; ms8n: number; ratio: number; outcome: string }

const encoder = new TextEncoder();

function extract(input: string, file?: string): Extraction {
  return extractFromBytes(encoder.encode(input), file ? { file } : {}).extraction;
}

/** A bundle whose one snapshot holds `input` with its headings chained child first (hN under hN-1 …). */
function chainedBundle(input: string): string {
  const x = extract(input);
  const headings = x.headings.map((h, i) => ({ ...h, parentId: i === 0 ? null : x.headings[i - 1].id })).reverse();
  const extraction = { ...x, headings };
  const sha256 = createHash('sha256').update(x.text).digest('hex');
  const snapshot = {
    sha256, url: 'http://127.0.0.1/report.html', title: x.source.title, savedAt: '2024-03-01T08:00:00.000Z',
    extractorVersion: x.extractorVersion, extraction, html: '<p>report</p>', text: x.text,
    issuer: x.meta.issuer, docType: x.meta.docType, coversYear: x.meta.coversYear, tags: [],
  };
  return JSON.stringify({ schema: BUNDLE_SCHEMA, exportedAt: '2024-03-10T12:00:00.000Z', appVersion: '0.1.0', snapshots: [snapshot], annotations: [], diffs: [], overrides: [] });
}

/** The input as the plans of a 2023 report and the review of the 2024 one (Chinese or English shells). */
function reportPair(input: string): [Extraction, Extraction] {
  const english = !/[\u4e00-\u9fff]/.test(input);
  const older = english
    ? `City Council Annual Report 2023\n1. Review of 2022\nServices ran as planned.\n2. Priorities for 2023\n${input}`
    : `某市2023年政府工作报告\n一、2022年工作回顾\n各项工作稳步推进。\n二、2023年主要任务\n${input}`;
  const newer = english
    ? `City Council Annual Report 2024\n1. Review of 2023\n${input.replaceAll('We will', 'We did')}\n2. Priorities for 2024\nWe will keep services running.`
    : `某市2024年政府工作报告\n一、2023年工作回顾\n${input.replaceAll('要加快', '加快推进了')}\n二、2024年主要任务\n巩固成果。`;
  return [extract(older), extract(newer)];
}

/** Prepares what the timed step takes (not timed), and returns the timed step. */
const PATHS: Record<Path, (input: string) => () => string> = {
  stdin: (input) => () => `${extract(input).headings.length} headings`,
  html: (input) => () => `${extract(input, 'page.html').headings.length} headings`,
  markdown: (input) => () => `${renderMarkdown(extract(input)).length} characters of Markdown`,
  bundle: (input) => {
    const text = chainedBundle(input);
    return () => {
      const parsed = parseBundle(text);
      return parsed.ok ? 'accepted' : `refused: ${parsed.error.slice(0, 80)}`;
    };
  },
  'download-name': (input) => () => exportFileName({ language: 'zh', kind: 'commitments', ext: 'csv', issuer: input, year: 2024 }),
  diff: (input) => {
    const [older, newer] = reportPair(input);
    return () => {
      const d = diff(older, newer);
      return `${d.items.length} items, ${d.summary.fulfilled} fulfilled`;
    };
  },
};

/** Collects garbage when the process runs with --expose-gc, so one size's garbage is not billed to the next. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** CPU milliseconds per run of `g` at `size`, over `runs` runs timed together, and what the last run gave. */
function time(g: Generator, size: number, runs: number): { ms: number; outcome: string } {
  const steps = Array.from({ length: runs }, () => PATHS[g.path](g.make(size)));
  let outcome = '';
  collect();
  const started = cpuMs();
  for (const step of steps) {
    try {
      outcome = step();
    } catch (err) {
      if (!(err instanceof BadInputError)) throw err;
      outcome = `refused: ${err.message.slice(0, 80)}`;
    }
  }
  return { ms: (cpuMs() - started) / runs, outcome };
}

/**
 * CPU time of this process, not the wall clock: on a machine shared with other jobs the wall
 * clock also counts the time spent waiting for a core, which says nothing about the code.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * `time`, repeated until at least MIN_TOTAL_MS of CPU time is measured (at most 16 rounds):
 * a size that runs in a few milliseconds is otherwise timed by the collector, not the code.
 */
const MIN_TOTAL_MS = 40;
function timeEnough(g: Generator, size: number, runs: number): { ms: number; outcome: string } {
  let total = 0;
  let rounds = 0;
  let outcome = '';
  while (rounds < 16 && (rounds === 0 || total < MIN_TOTAL_MS)) {
    const t = time(g, size, runs);
    total += t.ms * runs;
    outcome = t.outcome;
    rounds++;
  }
  return { ms: total / (rounds * runs), outcome };
}

/** Below a millisecond the clock and the collector decide a ratio, not the code. */
const ratioOf = (small: number, large: number) => Math.max(large, 1) / Math.max(small, 1);

/**
 * Times n as eight runs together against one run at 8n: the same number of characters each,
 * so the collector's share is alike. A ratio over the bar is measured once more (another
 * process's burst only ever adds time) and the faster time of each size is kept.
 */
export function measure(g: Generator, n: number, bar = 12): Measurement {
  time(g, 4096, 1);
  let small = timeEnough(g, n, 8);
  let large = timeEnough(g, 8 * n, 1);
  if (ratioOf(small.ms, large.ms) > bar) {
    const small2 = timeEnough(g, n, 8);
    const large2 = timeEnough(g, 8 * n, 1);
    if (small2.ms < small.ms) small = small2;
    if (large2.ms < large.ms) large = large2;
  }
  return { id: g.id, n, msN: round(small.ms), ms8n: round(large.ms), ratio: round(ratioOf(small.ms, large.ms)), outcome: large.outcome };
}

const round = (x: number) => Math.round(x * 100) / 100;

function main(argv: string[]): void {
  const sizeAt = argv.indexOf('--n');
  const n = sizeAt >= 0 ? Number(argv[sizeAt + 1]) : 32_768;
  const filters = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--n');
  const chosen = GENERATORS.filter((g) => filters.length === 0 || filters.some((f) => g.id.includes(f)));
  for (const g of chosen) console.log(JSON.stringify(measure(g, n)));
}

if (process.argv[1]?.endsWith('measure.ts')) main(process.argv.slice(2));
