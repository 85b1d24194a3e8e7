/**
 * lib/text/decode on arbitrary bytes: it returns text or throws DecodeError (which the CLI
 * turns into exit 2), never anything else; report text encoded as UTF-8 or UTF-16 (with or
 * without a BOM) decodes back to exactly itself; UTF-8 text with a stray NUL stays binary.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { DecodeError, decodeBytes } from '../../lib/text/decode';
import { enReport, zhReport } from './arbitraries';
import { property } from './property';

function decodesOrRefuses(bytes: Uint8Array): void {
  try {
    const d = decodeBytes(bytes);
    if (typeof d.text !== 'string' || !d.text.trim()) throw new Error('decoded to blank text');
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
  }
}

const utf16 = (text: string, littleEndian: boolean): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  return littleEndian ? le : le.swap16();
};

/** Report text with something to read and an ASCII character (so UTF-16 has a NUL byte). */
const REPORT_TEXT = fc.oneof(zhReport(10), enReport(20)).filter((t) => /[\x21-\x7e]/.test(t) && t.trim().length > 3);
const ENCODED = fc.tuple(REPORT_TEXT, fc.constantFrom('utf-8', 'utf-8 bom', 'utf-16le bom', 'utf-16be bom', 'utf-16le', 'utf-16be'));

function roundTrips([text, how]: [string, string]): void {
  const body = how.startsWith('utf-8') ? Buffer.from(text, 'utf8') : utf16(text, how.startsWith('utf-16le'));
  const bom = { 'utf-8 bom': [0xef, 0xbb, 0xbf], 'utf-16le bom': [0xff, 0xfe], 'utf-16be bom': [0xfe, 0xff] }[how] ?? [];
  const d = decodeBytes(new Uint8Array(Buffer.concat([Buffer.from(bom), body])));
  if (d.text !== text) throw new Error(`${how}: read as ${d.encoding}: ${JSON.stringify(d.text.slice(0, 60))}`);
}

/** UTF-8 report text with one NUL byte inserted: binary input, never decoded as something else. */
function strayNulIsBinary([text, at]: [string, number]): void {
  const utf8 = Buffer.from(text, 'utf8');
  const i = at % (utf8.length + 1);
  const bytes = new Uint8Array(Buffer.concat([utf8.subarray(0, i), Buffer.from([0]), utf8.subarray(i)]));
  try {
    const d = decodeBytes(bytes);
    throw new Error(`read as ${d.encoding}: ${JSON.stringify(d.text.slice(0, 40))}`);
  } catch (err) {
    if (!(err instanceof DecodeError) || err.code !== 'binary') throw err;
  }
}

describe('property: decodeBytes', () => {
  property('random bytes: text or DecodeError', fc.uint8Array({ maxLength: 3000, size: 'medium' }), decodesOrRefuses, 1000);
  property('report text in UTF-8 and UTF-16, with and without BOM, round-trips', ENCODED, roundTrips, 600);
  property('UTF-8 report text with a stray NUL byte is refused as binary', fc.tuple(REPORT_TEXT, fc.nat()), strayNulIsBinary, 400);
});
