/**
 * The time-complexity suite (issue 16): every pathological input of generators.ts, timed at
 * n = 32,768 and 8n = 262,144 characters, must take at most 12× longer at 8n (linear is 8×)
 * and under 5 s at 8n. The ratio is measured inside one run, so it holds on a noisy machine.
 *
 * The timing runs in a child process (measure.ts) that is killed after KILL_AFTER_MS: a
 * regression that makes an input take minutes fails its own test with "did not finish"
 * instead of hanging the whole test run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERATORS } from './generators';
import type { Measurement } from './measure';

const N = 32_768;
const MAX_RATIO = 12;
const MAX_MS_AT_8N = 5_000;
const KILL_AFTER_MS = 150_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const results = new Map<string, Measurement>();
let stopped = '';

/** Runs measure.ts for every generator; collects the lines it printed before it ended or was killed. */
function measureAll(): Promise<void> {
  const child = spawn(process.execPath, ['--expose-gc', 'bin/run-ts.mjs', 'test/complexity/measure.ts', '--n', String(N)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  child.stderr.on('data', (b: Buffer) => { err += b.toString('utf8'); });
  const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      for (const line of out.split('\n').filter((l) => l.startsWith('{'))) {
        const m = JSON.parse(line) as Measurement;
        results.set(m.id, m);
      }
      if (code !== 0) stopped = signal === 'SIGKILL' ? `killed after ${KILL_AFTER_MS / 1000} s` : `exited ${code}: ${err.slice(-500)}`;
      resolve();
    });
  });
}

describe(`time complexity: ${GENERATORS.length} pathological inputs at ${N} and ${8 * N} characters`, () => {
  beforeAll(async () => {
    const started = performance.now();
    await measureAll();
    const table = [...results.values()].map((m) => `${m.id.padEnd(26)} ${String(m.msN).padStart(9)} ms → ${String(m.ms8n).padStart(9)} ms  ×${m.ratio}`);
    console.log(`time complexity (${Math.round(performance.now() - started)} ms in all):\n${table.join('\n')}`);
  }, KILL_AFTER_MS + 10_000);

  it('has at least 30 generators, in Chinese, English and HTML', () => {
    expect(GENERATORS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(GENERATORS.map((g) => g.id)).size).toBe(GENERATORS.length);
    for (const lang of ['zh', 'en', 'html']) expect(GENERATORS.filter((g) => g.lang === lang).length).toBeGreaterThanOrEqual(8);
  });

  it.each(GENERATORS.map((g) => [g.id, g.why]))('%s (%s)', (id) => {
    const m = results.get(id);
    if (!m) throw new Error(`${id} did not finish (${stopped || 'no result'})`);
    expect(m.ms8n, `${id} at ${8 * N} characters`).toBeLessThan(MAX_MS_AT_8N);
    expect(m.ratio, `${id}: ${m.msN} ms at ${N}, ${m.ms8n} ms at ${8 * N}`).toBeLessThanOrEqual(MAX_RATIO);
  });
});
