/**
 * `promise-ledger diff <older> <newer> [--format json|md|html] [--out FILE]`: both reports
 * go through the same pipeline as `extract`, then lib/diff compares them.
 */
import { diff } from '../diff/index';
import { renderDiffHtml } from '../export/diff-html';
import { renderDiffMarkdown } from '../export/diff-markdown';
import { extractionSource } from '../export/source';
import type { DiffArgs } from './args';
import { BadInputError } from './errors';
import type { CliIo } from './commands';
import { readInput } from './input';
import { checkOutPath, writeOutFile } from './output';
import { extractFromBytes } from './pipeline';
import { tellHowItWasRead } from './tell';

export async function runDiff(args: DiffArgs, io: CliIo): Promise<void> {
  if (args.older === '-' && args.newer === '-') throw new BadInputError('only one of the two reports can come from stdin (-)');
  if (args.out !== undefined) checkOutPath(args.out, [args.older, args.newer]);
  const older = await extractFile(args.older, io);
  const newer = await extractFile(args.newer, io);
  const result = diff(older, newer);
  // Each report's file as given (or its --url): the CLI reads files and has no day to give.
  const sources = { older: extractionSource(older), newer: extractionSource(newer) };
  const output = args.format === 'html' ? renderDiffHtml(result, older.language, sources)
    : args.format === 'md' ? renderDiffMarkdown(result, older.language, sources)
    : `${JSON.stringify(result, null, 2)}\n`;
  if (args.out !== undefined) {
    writeOutFile(args.out, output);
    io.stderr(`wrote ${args.out}\n`);
  } else io.stdout(output);
  const s = result.summary;
  io.stderr(`${result.items.length} commitments: ${s.fulfilled} fulfilled, ${s.progress} in progress, ${s.unaddressed} unaddressed, ${s.missed} missed\n`);
}

async function extractFile(path: string, io: CliIo) {
  const { bytes, file, label } = await readInput(path, io.stdin);
  const read = extractFromBytes(bytes, { file, label });
  tellHowItWasRead(label, read, io);
  return read.extraction;
}
