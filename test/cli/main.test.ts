/** The CLI entry in process (no spawn): exit codes and streams for the cheap cases. */
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../lib/cli/commands';
import { MAX_INPUT_BYTES } from '../../lib/text/input-file';
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

describe('how the input was read, on stderr', () => {
  /** The English sample wrapped at 60 columns, as a PDF's text layer gives it. */
  function wrappedSample(): string {
    const text = readFileSync(join(__dirname, '../../samples/maple-valley-2023.en.txt'), 'utf8');
    return text.split('\n').flatMap((paragraph) => paragraph.match(/.{1,60}(\s|$)/g) ?? ['']).map((l) => l.trimEnd()).join('\n');
  }

  it('says how many wrapped lines became paragraphs, for extract and for diff; stdout stays one JSON document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-notes-'));
    const wrapped = join(dir, 'report.txt');
    writeFileSync(wrapped, wrappedSample());
    const f = fakeIo();
    expect(await main(['extract', wrapped], f.io)).toBe(0);
    // The sample's 13 lines (a paragraph each) come back, and the wrapped text is a report as the sample is.
    expect(f.stderr()).toMatch(/^note: .*report\.txt: 51 lines read as 13 paragraphs: the text is wrapped at the page width, as a PDF's text is\n$/);
    expect(JSON.parse(f.stdout()).headings).toHaveLength(7);
    const d = fakeIo();
    expect(await main(['diff', wrapped, wrapped], d.io)).toBe(0);
    expect(d.stderr().match(/51 lines read as 13 paragraphs/g)).toHaveLength(2);
  });

  it('says nothing for text with one paragraph a line', async () => {
    const f = fakeIo();
    expect(await main(['extract', join(__dirname, '../../samples/maple-valley-2023.en.txt')], f.io)).toBe(0);
    expect(f.stderr()).toBe('');
  });
});
