/**
 * The batch's worker pool when a worker dies mid-file (out of memory, a crash in a library):
 * only that file is lost, named in errors.jsonl; a new worker takes the rest, in order.
 */
import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, runMain, SAMPLES, tempDir } from './batch-helpers';

describe('a worker that dies', () => {
  it('costs only the file it was reading: named in errors.jsonl, the rest extracted by a new worker', async () => {
    const dir = tempDir('pool-in');
    for (const name of ['a.txt', 'b-crash.txt', 'c.txt', 'd.txt', 'e.txt']) copyFileSync(join(SAMPLES, 'qinghe-2024.zh.txt'), join(dir, name.replace('.txt', '.zh.txt')));
    for (const name of ['b-crash.zh.txt', 'c.zh.txt', 'd.zh.txt', 'e.zh.txt']) appendFileSync(join(dir, name), `\n${name}\n`);
    const out = join(tempDir('pool-out'), 'out');
    const script = new URL('./fixtures/crashing-batch-worker.mjs', import.meta.url);
    const r = await runMain(['batch', dir, '--out', out, '--jobs', '2'], [], { script });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('4 extracted, 1 could not be read');
    const errors = jsonl<{ file: string; error: string }>(out, 'errors.jsonl');
    expect(errors).toEqual([{ file: join(dir, 'b-crash.zh.txt'), sha256: null, error: 'internal error (a bug, please report it with this file): the worker reading it stopped: a batch worker stopped (exit code 7)' }]);
    expect(jsonl<{ source: { file: string } }>(out, 'extractions.jsonl').map((x) => x.source.file)).toEqual(['a', 'c', 'd', 'e'].map((n) => join(dir, `${n}.zh.txt`)));
  });
});
