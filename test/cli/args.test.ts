import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../lib/cli/args';
import { UsageError } from '../../lib/cli/errors';

describe('parseCliArgs', () => {
  it('fills extract defaults', () => {
    expect(parseCliArgs(['extract', 'a.txt'])).toEqual({
      command: 'extract', input: 'a.txt', format: 'json', lang: 'auto', strict: false, url: undefined,
    });
  });

  it('reads every extract option, in any order', () => {
    expect(parseCliArgs(['extract', '--format', 'md', '-', '--lang', 'zh', '--url', 'http://x.gov.cn/', '--strict'])).toEqual({
      command: 'extract', input: '-', format: 'md', lang: 'zh', strict: true, url: 'http://x.gov.cn/',
    });
  });

  it.each([
    [[], 'help'], [['--help'], 'help'], [['extract', '-h'], 'help'], [['--version'], 'version'],
  ])('%j → %s', (argv, command) => expect(parseCliArgs(argv).command).toBe(command));

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['extract'], /missing input/],
    [['extract', 'a', 'b'], /expected one input, got 2/],
    [['extract', '--format', 'xml', 'a'], /--format must be one of json, md/],
    [['extract', '--lang', 'fr', 'a'], /--lang must be one of auto, zh, en/],
    [['extract', '--bogus', 'a'], /Unknown option '--bogus'/],
    [['detect', '--strict', 'a'], /Unknown option '--strict'/],
    [['diff', 'a'], /two reports/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
