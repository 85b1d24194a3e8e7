/**
 * Bad input through the real CLI process: exit 2, exactly one line on stderr (plus usage for
 * command-line mistakes), nothing on stdout, never a stack trace.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
const empty = join(dir, 'empty.txt');
const binary = join(dir, 'scan.png');
writeFileSync(empty, '');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

/** Asserts the bad-input shape and returns the message line. */
function expectBadInput(r: { code: number | null; stdout: Buffer; stderr: string }): string {
  expect(r.code).toBe(2);
  expect(r.stdout.length).toBe(0);
  expect(hasStackTrace(r.stderr)).toBe(false);
  return r.stderr;
}

// Each spawn starts Node + tsx (~0.5 s alone, several seconds when the whole suite runs in
// parallel on 2 cores): generous timeouts, no timing assertions.
describe.concurrent('bad input exits 2 with one clear line', { timeout: 60_000 }, () => {
  it.each([
    ['a missing file', ['extract', join(dir, 'nope.txt')], /no such file/],
    ['an empty file', ['extract', empty], /empty/],
    ['a binary file', ['extract', binary], /PNG/],
    ['a directory', ['extract', dir], /is a directory/],
    ['empty stdin', ['extract', '-'], /empty/],
    ['diff of an empty report', ['diff', empty, empty], /empty/],
    ['diff of a missing report', ['diff', join(dir, 'nope.txt'), empty], /no such file/],
  ])('%s', async (_name, args, message) => {
    const stderr = expectBadInput(await runCli(args));
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('an unknown flag prints the problem, then usage', async () => {
    const stderr = expectBadInput(await runCli(['extract', '--fromat', 'md', empty]));
    expect(stderr.split('\n')[0]).toMatch(/Unknown option '--fromat'/);
    expect(stderr).toContain('Usage:');
  });

  it('--strict refuses a page that is not a report', async () => {
    const recipe = 'Banana bread\nMix three bananas with flour and sugar. Bake for 60 minutes at 175 degrees.\n';
    const stderr = expectBadInput(await runCli(['extract', '--strict', '-'], recipe));
    expect(stderr).toMatch(/does not look like a government report.*--strict/);
  });
});
