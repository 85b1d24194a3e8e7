/** What the CLI tells on stderr about how an input was read (extract and diff alike). */
import type { DecodedInput } from './pipeline';

/** The encoding when not UTF-8, the decoder's repairs, and how the text was read (stderr). */
export function tellHowItWasRead(label: string, read: { input: DecodedInput; notes: string[] }, io: { stderr: (text: string) => void }): void {
  if (read.input.encoding !== 'utf-8') io.stderr(`note: ${label} read as ${read.input.encoding}\n`);
  for (const warning of read.input.warnings) io.stderr(`warning: ${label}: ${warning}\n`);
  for (const note of read.notes) io.stderr(`note: ${label}: ${note}\n`);
}
