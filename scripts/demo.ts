/**
 * `npm run demo`: extracts every report shipped under samples/ through the CLI's own
 * pipeline and prints a readable summary of each (labels in the report's language), then
 * diffs the sample pair (青禾县 2023 → 2024) and writes its HTML report. The full JSON and
 * Markdown go to demo-out/ for a closer look.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJson } from '../lib/cli/commands';
import { extractFromBytes } from '../lib/cli/pipeline';
import { labelsFor, type ReportLabels } from '../lib/export/labels';
import { countBy, renderMarkdown } from '../lib/export/markdown';
import type { Extraction } from '../lib/extract/types';
import { diff } from '../lib/diff/index';
import { diffLabelsFor, STATUS_ORDER } from '../lib/export/diff-labels';
import { renderDiffHtml } from '../lib/export/diff-html';
import { extractionSource } from '../lib/export/source';
import { targetRows } from '../lib/export/diff-view';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SAMPLES = join(ROOT, 'samples');
const OUT = join(ROOT, 'demo-out');

/** The summary of one extraction, as printable lines. */
export function summarize(ex: Extraction): string[] {
  const l = labelsFor(ex.language);
  const sep = l.colon;
  const { meta, detection } = ex;
  const facts = [
    [l.issuer, meta.issuer], [l.docType, l.docTypes[meta.docType]], [l.coversYear, meta.coversYear],
    [l.planYear, meta.planYear], [l.publishedAt, meta.publishedAt],
  ].map(([k, v]) => `${k}${sep}${v ?? l.none}`);
  return [
    `${l.title}${sep}${ex.source.title ?? l.untitled}`,
    facts.join(' · '),
    `${l.detection}${sep}${detection.isReport ? l.yes : l.no} (${detection.score.toFixed(2)})`,
    `${l.outline}${sep}`.trimEnd(),
    ...ex.headings.map((h) => `${'  '.repeat(h.depth)}${h.marker}${h.title}${h.role === 'other' ? '' : ` [${l.roles[h.role]}]`}`),
    `${l.numbers} (${ex.numbers.length})${sep}${numberCounts(ex, l)}`,
    `${l.commitments} (${ex.commitments.length})${sep}`.trimEnd(),
    ...ex.commitments.flatMap((c, i) => [`  ${i + 1}. ${c.text}`, `     ${commitmentDetails(ex, c, l)}`]),
    `${l.problems}${sep}${ex.problems.length}`,
  ];
}

function numberCounts(ex: Extraction, l: ReportLabels): string {
  return [...countBy(ex.numbers, (n) => n.kind)].map(([kind, n]) => `${l.kinds[kind]} ${n}`).join(' · ') || l.none;
}

function commitmentDetails(ex: Extraction, c: Extraction['commitments'][number], l: ReportLabels): string {
  const sep = l.colon;
  const raws = c.targets.map((id) => ex.numbers.find((n) => n.id === id)?.raw).filter(Boolean);
  return [
    `${l.deadline}${sep}${c.deadline ?? l.none}`,
    `${l.targets}${sep}${raws.length ? raws.join(l.listSeparator) : l.none}`,
    `${l.strength}${sep}${l.strengths[c.strength]}`,
  ].join(' · ');
}

/** The sample pair the demo compares: two years of one fictional county. */
const PAIR = ['qinghe-2023.zh.txt', 'qinghe-2024.zh.txt'] as const;

function extractSample(name: string): Extraction {
  return extractFromBytes(new Uint8Array(readFileSync(join(SAMPLES, name))), { file: `samples/${name}` }).extraction;
}

/** Diffs the sample pair: prints the summary, the target checks and each item; writes the HTML report. */
function demoDiff(): void {
  const [older, newer] = PAIR.map(extractSample);
  const result = diff(older, newer);
  const l = diffLabelsFor(older.language);
  console.log(`\n${'═'.repeat(8)} ${l.title}: samples/${PAIR[0]} → samples/${PAIR[1]}`);
  console.log(STATUS_ORDER.map((st) => `${l.statuses[st]} ${result.summary[st]}`).join(' · '));
  for (const row of targetRows(result, l)) console.log(`  ${row.indicator}: ${row.target} → ${row.actual} ${row.outcome}`);
  result.items.forEach((item, i) => console.log(`  ${i + 1}. [${l.statuses[item.status]} ${item.confidence.toFixed(2)}] ${item.text}`));
  const html = join(OUT, 'qinghe-diff.html');
  writeFileSync(html, renderDiffHtml(result, older.language, { older: extractionSource(older), newer: extractionSource(newer) }));
  console.log(`HTML report: ${html}`);
}

function main(): void {
  const files = readdirSync(SAMPLES).filter((f) => /\.(txt|html?)$/.test(f)).sort();
  mkdirSync(OUT, { recursive: true });
  for (const name of files) {
    const file = `samples/${name}`;
    const extraction = extractSample(name);
    console.log(`\n${'═'.repeat(8)} ${file}`);
    for (const line of summarize(extraction)) console.log(line);
    const base = name.replace(/\.[^.]+$/, '');
    writeFileSync(join(OUT, `${base}.json`), toJson(extraction));
    writeFileSync(join(OUT, `${base}.md`), renderMarkdown(extraction));
  }
  console.log(`\n${files.length} sample report(s); full JSON and Markdown in demo-out/`);
  demoDiff();
  console.log('Try the CLI yourself: npx promise-ledger extract samples/qinghe-2024.zh.txt --format md');
  console.log('                     npx promise-ledger diff samples/qinghe-2023.zh.txt samples/qinghe-2024.zh.txt --format html --out diff.html');
}

main();
