/**
 * `batch --resume`: a run killed half-way (SIGKILL: no clean-up of any kind), then resumed,
 * ends with the same bytes in every output as a run that was never interrupted; so does one
 * killed again while resuming, and one whose last line was cut off mid-way.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBatchCorpus } from '../../scripts/bench-batch-corpus';
import { readOutputs, runMain, tempDir } from './batch-helpers';

const BIN = fileURLToPath(new URL('../../bin/promise-ledger.mjs', import.meta.url));
const REPORTS = 160;
const input = tempDir('resume-in');
let whole: Record<string, string>;
let wholeLines: Buffer;

beforeAll(async () => {
  writeBatchCorpus(input, REPORTS);
  const out = join(tempDir('resume-whole'), 'out');
  const r = await runMain(['batch', input, '--out', out, '--jobs', '2']);
  expect(r.code, r.stderr).toBe(0);
  whole = readOutputs(out);
  wholeLines = readFileSync(join(out, 'extractions.jsonl'));
}, 180_000);

/**
 * Starts the real CLI on the corpus and kills it (SIGKILL) as soon as `file` in `out` has
 * grown past `minBytes`; resolves once the process is gone, saying whether it was killed
 * (false: it ended first, and the test cannot show anything).
 */
function runAndKill(out: string, args: string[], file: string, minBytes: number): Promise<{ killed: boolean }> {
  const child = spawn(process.execPath, [BIN, 'batch', input, '--out', out, '--jobs', '1', ...args], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    let killed = false;
    const poll = setInterval(() => {
      const path = join(out, file);
      if (existsSync(path) && statSync(path).size > minBytes) {
        killed = child.kill('SIGKILL');
        clearInterval(poll);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve({ killed });
    });
  });
}

const lineCount = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0);

async function resume(out: string): Promise<string> {
  const r = await runMain(['batch', input, '--out', out, '--resume', '--jobs', '2']);
  expect(r.code, r.stderr).toBe(0);
  return r.stderr;
}

describe('batch --resume', { timeout: 180_000 }, () => {
  it('after a run killed half-way, ends with the same outputs as an uninterrupted run', async () => {
    const out = join(tempDir('resume-killed'), 'out');
    const { killed } = await runAndKill(out, [], 'extractions.jsonl', 0);
    expect(killed).toBe(true);
    const done = lineCount(join(out, 'extractions.jsonl'));
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(REPORTS);
    const stderr = await resume(out);
    expect(stderr).toMatch(new RegExp(`${REPORTS} extracted \\((\\d+) reused from the earlier run\\)`));
    const reused = Number(/\((\d+) reused/.exec(stderr)![1]);
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThanOrEqual(done);
    expect(readOutputs(out)).toEqual(whole);
  });

  it('after a kill, a resume killed in turn, and a last resume, still the same outputs', async () => {
    const out = join(tempDir('resume-twice'), 'out');
    expect((await runAndKill(out, [], 'extractions.jsonl', 0)).killed).toBe(true);
    const first = lineCount(join(out, 'extractions.jsonl'));
    // The resumed run writes extractions.jsonl afresh: kill it once it has gone past the first.
    const second = await runAndKill(out, ['--resume'], 'extractions.jsonl', statSync(join(out, 'extractions.jsonl')).size);
    expect(second.killed).toBe(true);
    expect(existsSync(join(out, 'extractions.jsonl.resume'))).toBe(true);
    expect(first).toBeLessThan(REPORTS);
    await resume(out);
    expect(existsSync(join(out, 'extractions.jsonl.resume'))).toBe(false);
    expect(readOutputs(out)).toEqual(whole);
  });

  it('does not reuse a line cut off in the middle', async () => {
    const out = join(tempDir('resume-cut'), 'out');
    mkdirSync(out);
    const lines = wholeLines.toString('utf8').split('\n');
    const tenLines = Buffer.byteLength(lines.slice(0, 10).join('\n')) + 1;
    // Ten whole lines and the first 100 bytes of the eleventh, as a kill mid-write leaves them.
    writeFileSync(join(out, 'extractions.jsonl'), wholeLines.subarray(0, tenLines + 100));
    const stderr = await resume(out);
    expect(stderr).toContain(`${REPORTS} extracted (10 reused from the earlier run)`);
    expect(readOutputs(out)).toEqual(whole);
  });
});
