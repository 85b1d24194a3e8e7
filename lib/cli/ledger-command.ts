/**
 * `promise-ledger ledger <report> <report>… [--format json|csv|md|html] [--out FILE]`: each
 * report through the same pipeline as `extract`, then lib/chains follows every promise across
 * them. The reports should be one issuer's, one a year; others are said on stderr, not refused
 * (a reader may know the issuer better than the extractor's reading of it).
 */
import { buildLedger } from '../chains/ledger';
import type { Ledger } from '../chains/types';
import { issuerKey } from '../extract/issuer-key';
import type { Extraction } from '../extract/types';
import { ledgerCsv } from '../export/ledger-csv';
import { renderLedgerHtml } from '../export/ledger-html';
import { renderLedgerMarkdown } from '../export/ledger-markdown';
import { extractionSource, type LedgerSources } from '../export/source';
import type { LedgerArgs } from './args';
import type { CliIo } from './commands';
import { readInput } from './input';
import { checkOutPath, writeOutFile } from './output';
import { extractFromBytes } from './pipeline';
import { tellHowItWasRead } from './tell';

export async function runLedger(args: LedgerArgs, io: CliIo): Promise<void> {
  if (args.out !== undefined) checkOutPath(args.out, args.inputs);
  const reports: Extraction[] = [];
  for (const path of args.inputs) {
    const { bytes, file, label } = await readInput(path, io.stdin);
    const read = extractFromBytes(bytes, { file, label });
    tellHowItWasRead(label, read, io);
    reports.push(read.extraction);
  }
  warnAboutIssuers(reports, args.inputs, io);
  const ledger = buildLedger(reports);
  for (const s of ledger.skipped) io.stderr(`warning: left out ${args.inputs[reports.findIndex((r) => r.source.sha256 === s.sha256)]}: ${s.reason}\n`);
  const output = render(ledger, args.format, new Map(reports.map((r) => [r.source.sha256, extractionSource(r)])));
  if (args.out !== undefined) {
    writeOutFile(args.out, output);
    io.stderr(`wrote ${args.out}\n`);
  } else io.stdout(output);
  io.stderr(`${ledger.chains.length} promises over ${ledger.reports.length} reports: ${summary(ledger)}\n`);
}

/** `sources`: each file as given (no day: the CLI reads files, it has no clock). */
function render(ledger: Ledger, format: LedgerArgs['format'], sources: LedgerSources): string {
  if (format === 'csv') return ledgerCsv(ledger, undefined, undefined, sources);
  if (format === 'md') return renderLedgerMarkdown(ledger, undefined, sources);
  if (format === 'html') return renderLedgerHtml(ledger, undefined, sources);
  return `${JSON.stringify(ledger, null, 2)}\n`;
}

function summary(ledger: Ledger): string {
  const count = (now: string) => ledger.chains.filter((c) => c.now === now).length;
  return `${count('promised')} still promised, ${count('done')} done, ${count('progress')} in progress, ${count('missed')} missed, ${count('dropped')} dropped`;
}

/** Says when the reports seem to be of several issuers or have no year (the ledger is built all the same). */
function warnAboutIssuers(reports: Extraction[], inputs: string[], io: CliIo): void {
  const keys = new Set(reports.map((r) => issuerKey(r.meta.issuer)).filter(Boolean));
  if (keys.size > 1) io.stderr(`warning: the reports name ${keys.size} issuers (${[...keys].join(', ')}): a ledger follows one issuer's promises\n`);
  reports.forEach((r, i) => {
    if (r.meta.planYear === null && r.meta.coversYear === null) io.stderr(`warning: ${inputs[i]}: no year found; it goes after the reports that have one\n`);
  });
}
