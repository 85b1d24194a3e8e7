/**
 * Issue 16 (low): the CLI against a hostile file system and hostile arguments, in process.
 * Every file-system error is exit 2 with one line and no stack; the size cap holds on what is
 * read, whatever size the file reports; --out refuses an input, a directory and an empty name
 * and replaces a symlink instead of writing through it; --url is one http(s) line.
 */
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../lib/cli/commands';
import { readInput } from '../../lib/cli/input';
import { main } from '../../lib/cli/main';
import { MAX_INPUT_BYTES } from '../../lib/text/input-file';

const REPORT = readFileSync(new URL('../../samples/qinghe-2023.zh.txt', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pl-fs-'));
const older = join(dir, 'older.txt');
const newer = join(dir, 'newer.txt');
writeFileSync(older, REPORT);
writeFileSync(newer, REPORT);

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: Readable.from([]) };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Exit 2, one line on stderr, no stack frame. */
function expectOneLine(r: { code: number; stderr: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}

describe('file-system errors are bad input', () => {
  it('a symlink loop', async () => {
    const loop = join(dir, 'loop.txt');
    symlinkSync(loop, loop);
    expectOneLine(await run(['extract', loop]), /loop\.txt: too many symbolic links/);
  });

  it('a file under a path part that is a file', async () => {
    expectOneLine(await run(['extract', join(older, 'x.txt')]), /not a directory/);
  });

  it.runIf(process.platform === 'linux')('a /proc file that reports size 0 is read up to the cap, not past it', async () => {
    // /proc/self/pagemap says 0 bytes and goes on for gigabytes (it grew to 1.5 GB in memory).
    expectOneLine(await run(['extract', '/proc/self/pagemap']), /pagemap is over 50\.0 MB/);
  });

  it.runIf(process.platform === 'linux')('a /proc file that cannot be read', async () => {
    expectOneLine(await run(['extract', '/proc/self/mem']), /mem: (the device could not be read|cannot be read \(E[A-Z]+\))/);
  });

  it('the size cap counts the bytes read, not the size a file reports', async () => {
    async function* endless() { const chunk = new Uint8Array(1024 * 1024); for (;;) yield chunk; }
    await expect(readInput('-', Object.assign(endless(), { isTTY: false }))).rejects.toThrow(/stdin is over 50\.0 MB/);
    expect(MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
  });
});

describe('--out', () => {
  it.each([
    ['an input', () => older, /--out .*older\.txt is the input .*older\.txt: writing there would destroy it/],
    ['an input through a symlink', () => { const l = join(dir, 'alias.txt'); symlinkSync(newer, l); return l; }, /is the input .*newer\.txt/],
    ['a directory', () => dir, /is a directory: give a file name inside it/],
    ['an empty name', () => '', /--out needs a file name/],
  ])('refuses %s and writes nothing', async (_name, out, message) => {
    const path = out();
    const r = await run(['diff', older, newer, '--format', 'md', '--out', path]);
    expectOneLine(r, message);
    expect(r.stdout).toBe('');
    expect(readFileSync(older)).toEqual(REPORT);
    expect(readFileSync(newer)).toEqual(REPORT);
  });

  it('replaces a symlink at the output name instead of writing through it', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const link = join(dir, 'result.md');
    symlinkSync(victim, link);
    const r = await run(['diff', older, newer, '--format', 'md', '--out', link]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toMatch(/^# /);
  });

  it('an unwritable place is one line', async () => {
    mkdirSync(join(dir, 'ro'));
    expectOneLine(await run(['diff', older, newer, '--out', join(dir, 'missing', 'x.json')]), /cannot write .*x\.json: ENOENT/);
  });
});

describe('--url', () => {
  it.each([
    ['a lone CR', 'http://x.gov.cn/a\r# injected'],
    ['a line feed', 'https://x.gov.cn/\n## injected'],
    ['javascript:', 'javascript:alert(1)'],
    ['a relative path', 'report.html'],
    ['a space', 'http://x.gov.cn/a b'],
  ])('refuses %s', async (_name, url) => {
    expectOneLine(await run(['extract', older, '--url', url]), /--url must be one http:\/\/ or https:\/\/ address/);
  });

  it('accepts an http(s) address', async () => {
    const r = await run(['extract', older, '--url', 'https://www.example.gov.cn/art/2024/1.html']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.url).toBe('https://www.example.gov.cn/art/2024/1.html');
  });
});
