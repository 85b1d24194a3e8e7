/**
 * Bytes → Extraction, in process: the one code path the CLI, the golden tests, the demo and
 * the bench share (decode → HTML or text → extract), so a fixture that passes is
 * exactly what `promise-ledger extract` prints.
 */
import { createHash } from 'node:crypto';
import { detectPage, extractDocument, extractPage, type ExtractOptions } from '../extract/index';
import { readHtmlPage, readTextPage } from '../extract/traditional-page';
import type { Detection, Extraction, PageInput } from '../extract/types';
import { DecodeError, decodeBytes, type Decoded } from '../text/decode';
import { BadInputError } from './errors';
import { isHtmlInput } from '../text/input-file';
import { parseHtmlDocument } from './html';

/** Where the bytes came from and how to read them. */
export interface PipelineOptions {
  /** Path as given (recorded in `source.file`, and its extension hints HTML vs text). */
  file?: string;
  /** How to name the input in messages; defaults to the file or "input". */
  label?: string;
  url?: string;
  language?: ExtractOptions['language'];
}

/** Decoded input, ready for a page reader. */
export interface DecodedInput {
  text: string;
  encoding: string;
  /** Repairs the decoder made (replaced bytes, truncated tail): worth telling the user. */
  warnings: string[];
  isHtml: boolean;
  sha256: string;
}

/** sha256 (hex) of the input bytes, as `source.sha256` records it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes the bytes (lib/text/decode). Throws BadInputError for binary, undecodable or blank input. */
export function decodeInput(bytes: Uint8Array, opts: PipelineOptions = {}): DecodedInput {
  const label = labelOf(opts);
  let decoded: Decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (err) {
    if (err instanceof DecodeError) throw new BadInputError(`${label}: ${oneLine(err.message)}`);
    throw err;
  }
  if (!decoded.text.trim()) throw new BadInputError(`${label} contains only whitespace: give a file with the report's text`);
  return { ...decoded, isHtml: isHtmlInput(opts.file, decoded.text), sha256: sha256Hex(bytes) };
}

/** The full extraction of the input bytes, exactly as `promise-ledger extract` prints it. */
export function extractFromBytes(bytes: Uint8Array, opts: PipelineOptions = {}): { extraction: Extraction; input: DecodedInput; notes: string[] } {
  const input = decodeInput(bytes, opts);
  const extractOpts: ExtractOptions = {
    sha256: input.sha256,
    ...(opts.file !== undefined ? { file: opts.file } : {}),
    ...(opts.url !== undefined ? { url: opts.url } : {}),
    language: opts.language ?? 'auto',
  };
  const doc = input.isHtml ? parseHtmlDocument(input.text, labelOf(opts)) : null;
  const page = doc ? null : readTextPage(input.text, opts.url);
  const extraction = doc ? extractDocument(doc, extractOpts) : extractPage(page!, extractOpts);
  if (!hasBodyText(extraction, doc !== null)) throw new BadInputError(noTextMessage(labelOf(opts), doc));
  return { extraction, input, notes: page?.unwrapped ? [unwrappedNote(page.unwrapped)] : [] };
}

/** Tells the user the text was read as wrapped, so a surprising outline can be traced to it. */
function unwrappedNote({ lines, paragraphs }: { lines: number; paragraphs: number }): string {
  return `${lines} lines read as ${paragraphs} paragraphs: the text is wrapped at the page width, as a PDF's text is`;
}

/**
 * False when there is no text to read: nothing at all, or (HTML) the page's title alone, as
 * for a frameset or a page built by JavaScript that has a <title> and an empty body.
 */
function hasBodyText(extraction: Extraction, isHtml: boolean): boolean {
  const text = extraction.text.trim();
  return text !== '' && !(isHtml && text === extraction.source.title);
}

/**
 * Detection alone, without the extraction stages: the page reader, then the same call
 * extractPage makes, so `detect` agrees with `extract`'s `detection` field.
 */
export function detectFromBytes(bytes: Uint8Array, opts: PipelineOptions = {}): Detection {
  const input = decodeInput(bytes, opts);
  const page: PageInput = input.isHtml
    ? readHtmlPage(parseHtmlDocument(input.text, labelOf(opts)), opts.url)
    : readTextPage(input.text, opts.url);
  return detectPage(page, opts.url);
}

function labelOf(opts: PipelineOptions): string {
  return opts.label ?? opts.file ?? 'input';
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

function noTextMessage(label: string, doc: Document | null): string {
  if (!doc) return `${label}: no readable text after normalization: give a file with the report's text`;
  // Attribute values may hold newlines or be huge: the message must stay one short line.
  const frames = [...doc.querySelectorAll('frame[src], iframe[src]')]
    .map((f) => (f.getAttribute('src') ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)).filter(Boolean);
  if (frames.length) {
    const listed = frames.slice(0, 3).join(', ') + (frames.length > 3 ? ', …' : '');
    return `${label}: no readable text in this page: its content is in frames (${listed}): save the framed report page itself and pass that`;
  }
  return `${label}: no readable text in this page (it may be built by JavaScript): save the rendered page, or copy its text into a .txt file`;
}
