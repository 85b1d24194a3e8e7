/**
 * `batch --pairs`: each issuer's consecutive reports are diffed exactly as `diff` diffs the
 * two files (ledger.jsonl holds the same diff@1 documents), and ledger.csv holds one row per
 * commitment of the older report with the same statuses and target checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { targetOutcomes } from '../../lib/cli/batch/columns';
import type { Diff } from '../../lib/diff/types';
import { diffLabelsFor } from '../../lib/export/diff-labels';
import type { Extraction } from '../../lib/extract/types';
import { writeBatchCorpus } from '../../scripts/bench-batch-corpus';
import { parseCsv } from '../e2e/library-helpers';
import { jsonl, runMain, SAMPLES, tempDir } from './batch-helpers';

interface PairRun { out: string; pairs: { older: string; newer: string; diff: Diff }[]; ledger: string[][] }

/** Runs `batch --pairs` on `dir` and reads each ledger.jsonl line back with its two files. */
async function batchPairs(dir: string, jobs: string): Promise<PairRun> {
  const out = join(tempDir('pairs-out'), 'out');
  const r = await runMain(['batch', dir, '--out', out, '--pairs', '--jobs', jobs]);
  expect(r.code, r.stderr).toBe(0);
  const fileOf = new Map(jsonl<Extraction>(out, 'extractions.jsonl').map((x) => [x.source.sha256, x.source.file!]));
  const pairs = jsonl<Diff>(out, 'ledger.jsonl').map((diff) => ({ older: fileOf.get(diff.older.sha256)!, newer: fileOf.get(diff.newer.sha256)!, diff }));
  return { out, pairs, ledger: parseCsv(readFileSync(join(out, 'ledger.csv'), 'utf8')) };
}

/** Each pair equals `diff older newer`, and its ledger.csv rows carry that diff's statuses. */
async function expectSameAsDiff({ pairs, ledger }: PairRun): Promise<void> {
  const [header, ...rows] = ledger;
  const statusColumn = header.indexOf('状态');
  const outcomesColumn = header.indexOf('目标核对');
  const labels = diffLabelsFor('zh').statuses;
  for (const { older, newer, diff } of pairs) {
    const single = await runMain(['diff', older, newer]);
    expect(single.code).toBe(0);
    expect(diff).toEqual(JSON.parse(single.stdout));
    const own = rows.filter((row) => row.at(-2) === older && row.at(-1) === newer);
    expect(own.map((row) => row[statusColumn])).toEqual(diff.items.map((i) => labels[i.status]));
    expect(own.map((row) => row[outcomesColumn])).toEqual(diff.items.map((i) => targetOutcomes(i, 'zh')));
  }
  expect(rows).toHaveLength(pairs.reduce((n, p) => n + p.diff.items.length, 0));
}

describe('batch --pairs on the samples', () => {
  it('diffs 青禾县 2023 → 2024 (the English report has no pair) as diff does', async () => {
    const run = await batchPairs(SAMPLES, '1');
    expect(run.pairs.map((p) => [basename(p.older), basename(p.newer)])).toEqual([['qinghe-2023.zh.txt', 'qinghe-2024.zh.txt']]);
    const statuses = new Set(run.pairs[0].diff.items.map((i) => i.status));
    expect(statuses.size).toBeGreaterThan(1);
    await expectSameAsDiff(run);
  });
});

describe('batch --pairs on many issuers and years', { timeout: 180_000 }, () => {
  const dir = tempDir('pairs-in');
  let run: PairRun;
  beforeAll(async () => {
    // Three Chinese counties with reports for 2019–2024, in .txt, GBK and .html.
    writeBatchCorpus(dir, 18);
    run = await batchPairs(dir, '2');
  }, 180_000);

  it('pairs each county\'s consecutive years, and no two counties', () => {
    const names = readdirSync(dir);
    const file = (issuer: number, year: number) => names.find((n) => n.startsWith(`zh-${issuer}-${year}.`));
    const chain = (issuer: number) => [2019, 2020, 2021, 2022, 2023].map((year) => `${file(issuer, year)} → ${file(issuer, year + 1)}`);
    const found = run.pairs.map((p) => `${basename(p.older)} → ${basename(p.newer)}`);
    expect(found.sort()).toEqual([0, 1, 2].flatMap(chain).sort());
  });

  it('gives every pair the statuses and target checks diff gives it', async () => {
    await expectSameAsDiff(run);
  });
});
