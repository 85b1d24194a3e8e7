/** The CLI entry in process (no spawn): exit codes and streams for the cheap cases. */
import { closeSync, mkdtempSync, openSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../lib/cli/commands';
import { MAX_INPUT_BYTES } from '../../lib/cli/input';
import { main } from '../../lib/cli/main';

function fakeIo(stdinChunks: Uint8Array[] = [], isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Object.assign((async function* () { yield* stdinChunks; })(), { isTTY });
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('main', () => {
  it('prints usage for --help and exits 0', async () => {
    const f = fakeIo();
    expect(await main(['--help'], f.io)).toBe(0);
    expect(f.stdout()).toContain('promise-ledger extract <file|->');
  });

  it('prints the package version', async () => {
    const f = fakeIo();
    expect(await main(['--version'], f.io)).toBe(0);
    expect(f.stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('refuses a terminal as stdin instead of waiting forever', async () => {
    const f = fakeIo([], true);
    expect(await main(['extract', '-'], f.io)).toBe(2);
    expect(f.stderr()).toMatch(/no input on stdin/);
  });

  it('refuses stdin over the size limit without reading it all', async () => {
    const mb = new Uint8Array(1024 * 1024).fill(0x41);
    const f = fakeIo(Array.from({ length: MAX_INPUT_BYTES / mb.length + 1 }, () => mb));
    expect(await main(['extract', '-'], f.io)).toBe(2);
    expect(f.stderr()).toMatch(/stdin is over 50\.0 MB/);
    expect(f.stdout()).toBe('');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pl-main-')), 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_INPUT_BYTES + 1); // sparse: costs no disk
    closeSync(fd);
    const f = fakeIo();
    expect(await main(['extract', path], f.io)).toBe(2);
    expect(f.stderr()).toMatch(/huge\.txt is over 50\.0 MB/);
  });

  it('reports an internal error as exit 1', async () => {
    const f = fakeIo();
    const broken = { ...f.io, stdin: { isTTY: false, [Symbol.asyncIterator]: () => { throw new Error('boom'); } } };
    expect(await main(['extract', '-'], broken)).toBe(1);
    expect(f.stderr()).toMatch(/internal error.*boom/);
  });
});
