// @vitest-environment happy-dom
/**
 * Issue 16: a bundle is untrusted all the way. A snapshot whose sha256 is not that of its
 * text (a forgery carrying a real report's hash), or whose HTML holds what a saved snapshot
 * never has (<link rel=preconnect>, an iframe, a target that navigates the reader), is
 * refused with one sentence; dates must exist.
 */
import { describe, expect, it } from 'vitest';
import { exportBundle, parseBundle } from '../../lib/export/bundle';
import { verifyBundle, type VerifyDeps } from '../../lib/export/bundle-verify';
import type { Bundle } from '../../lib/export/types';
import { sanitizeHtml } from '../../lib/sanitize/index';
import { findUnsafe } from '../../lib/sanitize/verify';
import { newerSnapshot, olderSnapshot, sha } from './fixtures';

const deps: VerifyDeps = {
  sha256Hex: async (text) => sha(text),
  findUnsafe: (html) => findUnsafe(html, window as never),
  sanitize: (html, baseUrl) => sanitizeHtml(html, window as never, baseUrl),
};
const exported = exportBundle({ snapshots: [olderSnapshot, newerSnapshot] }, { now: new Date('2024-03-10T12:00:00Z'), appVersion: '0.1.0' });

/** The exported bundle after `edit`, parsed (the JSON checks pass) then verified. */
async function verified(edit: (b: Record<string, any>) => void) {
  const b = JSON.parse(exported);
  edit(b);
  const parsed = parseBundle(JSON.stringify(b));
  return parsed.ok ? verifyBundle(parsed.value, deps) : parsed;
}

const SENTENCE = /^Cannot import this file: .+; nothing was imported\. 无法导入此文件：.+，未导入任何内容。$/;

describe('verifyBundle', () => {
  it('accepts an exported bundle as it is', async () => {
    const result = await verified(() => {});
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.snapshots.map((s) => s.sha256)).toEqual([olderSnapshot.sha256, newerSnapshot.sha256]);
  });

  it.each([
    ['a forged text under a real sha256', (b: any) => { b.snapshots[1].text = b.snapshots[1].extraction.text = b.snapshots[0].text.replace('县', '市'); b.snapshots[1].sha256 = b.snapshots[0].sha256; },
      'bundle.snapshots[1].sha256 is not the sha256 of its text'],
    ['a sha256 that is no text\'s', (b: any) => { b.snapshots[0].sha256 = 'f'.repeat(64); }, 'bundle.snapshots[0].sha256 is not the sha256 of its text'],
    ['a text that is not the extraction\'s', (b: any) => { b.snapshots[0].text += '。'; }, 'bundle.snapshots[0].extraction.text differs from bundle.snapshots[0].text'],
    ['a <link rel=preconnect>', (b: any) => { b.snapshots[0].html += '<link rel="preconnect" href="//attacker.example">'; }, 'bundle.snapshots[0].html holds markup a saved snapshot never has (tag:link)'],
    ['an iframe', (b: any) => { b.snapshots[1].html = `<iframe src="http://attacker.example/"></iframe>${b.snapshots[1].html}`; }, 'bundle.snapshots[1].html holds markup a saved snapshot never has (tag:iframe)'],
    ['a link that navigates the reader\'s frame', (b: any) => { b.snapshots[0].html += '<a href="http://attacker.example/" target="_self">x</a>'; }, '(attr:target)'],
    ['an event handler', (b: any) => { b.snapshots[0].html += '<p onclick="alert(1)">x</p>'; }, '(attr:onclick)'],
    ['an image from the web', (b: any) => { b.snapshots[0].html += '<img src="http://attacker.example/pixel.gif">'; }, '(attr:src)'],
  ])('refuses %s with one sentence', async (_name, edit, message) => {
    const result = await verified(edit);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(message);
    expect(result.error).toMatch(SENTENCE);
  });

  it('stores the HTML sanitized again, as a save does', async () => {
    const bundle = JSON.parse(exported) as Bundle;
    const seen: string[] = [];
    const result = await verifyBundle(bundle, { ...deps, sanitize: (html, url) => { seen.push(url); return `[${html.length}]`; } });
    expect(seen).toEqual([olderSnapshot.url, newerSnapshot.url]);
    expect(result.ok && result.value.snapshots.map((s) => s.html)).toEqual([`[${olderSnapshot.html.length}]`, `[${newerSnapshot.html.length}]`]);
  });
});

describe('dates in a bundle must exist (issue 16: savedAt 2024-02-30 was accepted)', () => {
  it.each([
    ['savedAt on February 30th', (b: any) => { b.snapshots[0].savedAt = '2024-02-30T08:00:00.000Z'; }, 'bundle.snapshots[0].savedAt should be an ISO 8601 date-time that exists'],
    ['savedAt on February 29th of a common year', (b: any) => { b.snapshots[0].savedAt = '2023-02-29T08:00:00Z'; }, 'bundle.snapshots[0].savedAt'],
    ['exportedAt at 24:00', (b: any) => { b.exportedAt = '2024-03-10T24:00:00Z'; }, 'bundle.exportedAt'],
    ['an offset of +25:00', (b: any) => { b.exportedAt = '2024-03-10T10:00:00+25:00'; }, 'bundle.exportedAt'],
    ['publishedAt in month 13', (b: any) => { b.snapshots[0].extraction.meta.publishedAt = '2024-13-01'; }, 'bundle.snapshots[0].extraction.meta.publishedAt should be a date written YYYY-MM-DD'],
    ['publishedAt as free text', (b: any) => { b.snapshots[0].extraction.meta.publishedAt = 'yesterday'; }, 'publishedAt should be a date written YYYY-MM-DD'],
  ])('refuses %s', async (_name, edit, message) => {
    const result = await verified(edit);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('accepts February 29th of a leap year and an offset', async () => {
    const result = await verified((b) => { b.snapshots[0].savedAt = '2024-02-29T23:59:59.999+08:00'; b.snapshots[0].extraction.meta.publishedAt = '2024-02-29'; });
    expect(result.ok).toBe(true);
  });
});
