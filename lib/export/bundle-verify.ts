/**
 * The checks of an imported bundle that need more than its JSON: each snapshot's sha256
 * recomputed from its text, and its HTML checked as a saved snapshot's would be (issue 16).
 * A bundle is untrusted input: a forged snapshot carrying a real report's sha256 would make
 * the later real save answer "already stored" and keep the forgery; HTML with a <link
 * rel=preconnect> or an iframe opened connections from the reader. Both are refused with one
 * sentence before anything is written, and the HTML that is kept is sanitized again exactly
 * as on save. The browser's tools are passed in (SubtleCrypto, DOMPurify on the page's window).
 */
import { importError } from './bundle';
import type { Bundle, BundleSnapshot, ParseResult } from './types';

export interface VerifyDeps {
  /** sha256 (hex) of the UTF-8 bytes of a text. */
  sha256Hex: (text: string) => Promise<string>;
  /** The first thing in the HTML that could run or load ("tag:link"), or null (lib/sanitize/verify). */
  findUnsafe: (html: string) => string | null;
  /** The HTML as a save would store it (lib/sanitize sanitizeHtml). */
  sanitize: (html: string, baseUrl: string) => string;
}

/** The first reason to refuse one snapshot, as an import error; null when it holds. */
async function snapshotFault(s: BundleSnapshot, i: number, deps: VerifyDeps): Promise<string | null> {
  const at = `bundle.snapshots[${i}]`;
  if (s.extraction.text !== s.text) {
    return importError(`${at}.extraction.text differs from ${at}.text (every offset refers to that text)`, `${at}.extraction.text 与 ${at}.text 不一致（所有偏移都以该文本为准）`).error;
  }
  if ((await deps.sha256Hex(s.text)) !== s.sha256) {
    return importError(`${at}.sha256 is not the sha256 of its text (the snapshot was altered or forged)`, `${at}.sha256 与其文本的 sha256 不符（快照被改动或伪造）`).error;
  }
  const unsafe = deps.findUnsafe(s.html);
  if (unsafe !== null) {
    const what = unsafe.slice(0, 40).replace(/[\p{Cc}\p{Cf}]/gu, ' ');
    return importError(`${at}.html holds markup a saved snapshot never has (${what})`, `${at}.html 含有保存的快照不会有的标记（${what}）`).error;
  }
  return null;
}

/**
 * The parsed bundle with every snapshot's HTML sanitized again, or the first snapshot's
 * fault as `{ok: false, error}`. Never throws for a bad bundle.
 */
export async function verifyBundle(bundle: Bundle, deps: VerifyDeps, warnings: string[] = []): Promise<ParseResult> {
  for (let i = 0; i < bundle.snapshots.length; i++) {
    const fault = await snapshotFault(bundle.snapshots[i], i, deps);
    if (fault !== null) return { ok: false, error: fault };
  }
  let snapshots: BundleSnapshot[];
  try {
    snapshots = bundle.snapshots.map((s) => ({ ...s, html: deps.sanitize(s.html, s.url) }));
  } catch {
    return importError('a snapshot\'s HTML could not be made safe', '无法将快照的 HTML 处理为安全内容');
  }
  return { ok: true, value: { ...bundle, snapshots }, warnings };
}
