/**
 * The CLI commands. Each reads its input, runs the shared pipeline and writes exactly one
 * document to stdout; notes and warnings go to stderr so `… > out.json` stays clean.
 */
import { renderMarkdown } from '../export/markdown';
import type { Extraction } from '../extract/types';
import type { DetectArgs, ExtractArgs } from './args';
import { BadInputError } from './errors';
import { readInput, type ByteStream } from './input';
import { detectFromBytes, extractFromBytes } from './pipeline';
import { tellHowItWasRead } from './tell';

/** Where a command writes and reads; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: ByteStream;
  /** True when stderr is a terminal: progress lines are redrawn there, never written to a log. */
  stderrIsTerminal?: boolean;
}

/** `extract`: the Extraction as JSON (default) or Markdown. */
export async function runExtract(args: ExtractArgs, io: CliIo): Promise<void> {
  const { bytes, file, label } = await readInput(args.input, io.stdin);
  const read = extractFromBytes(bytes, { file, label, url: args.url, language: args.lang });
  const { extraction } = read;
  tellHowItWasRead(label, read, io);
  checkIsReport(extraction, label, args.strict, io);
  io.stdout(args.format === 'md' ? renderMarkdown(extraction) : toJson(extraction));
}

/** `detect`: the detection object alone ({isReport, score, signals}). */
export async function runDetect(args: DetectArgs, io: CliIo): Promise<void> {
  const { bytes, file, label } = await readInput(args.input, io.stdin);
  io.stdout(toJson(detectFromBytes(bytes, { file, label, url: args.url })));
}

/** Pretty JSON with a final newline; key order follows the extractor, so output is stable. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Not a report: refused under --strict (BadInputError), else a warning on stderr. */
export function checkIsReport(extraction: Extraction, label: string, strict: boolean, io: Pick<CliIo, 'stderr'>): void {
  const { isReport, score } = extraction.detection;
  if (isReport) return;
  const why = `${label} does not look like a government report (detection score ${score.toFixed(2)})`;
  if (strict) throw new BadInputError(`${why}: drop --strict to extract anyway`);
  io.stderr(`warning: ${why}; extracting anyway\n`);
}
