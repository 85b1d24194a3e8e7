/**
 * Markdown in Chromium (issue 16 medium 8): the report and diff Markdown of extractions that
 * carry hostile strings in every field, rendered with marked (which passes raw HTML through,
 * as common renderers do) and shown as a page in Chromium. No handler fires, no script runs,
 * no image loads, and no link goes anywhere but http(s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../lib/diff/index';
import { renderDiffMarkdown } from '../../lib/export/diff-markdown';
import { renderMarkdown } from '../../lib/export/markdown';
import { newer } from '../export/fixtures';
import { HOSTILE, poisoned } from '../export/markdown-hostile';
import { foreignRequests, launch, type Browser } from './harness';

const requests: string[] = [];
let dir: string;
let b: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pl-md-'));
  b = await launch(dir, requests);
}, 60_000);

afterAll(async () => {
  await b?.context.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The report's and the diff's Markdown for an extraction poisoned with `s`, as one document. */
function markdownOf(s: string): string {
  const d = diff(poisoned(s), newer);
  const items = d.items.map((item) => ({ ...item, text: s, evidence: [{ text: s, start: 0, end: 1, score: 1 }] }));
  return `${renderMarkdown(poisoned(s))}\n\n${renderDiffMarkdown({ ...d, items, older: { ...d.older, title: s } }, 'zh')}`;
}

describe('Markdown exports rendered in Chromium', () => {
  it.each(HOSTILE)('%s: nothing fires, loads or links anywhere but the web', async (s) => {
    const page = await b.context.newPage();
    try {
      const html = marked.parse(markdownOf(s), { async: false }) as string;
      await page.setContent(`<!doctype html><html><head><script>window.fired = []; window.alert = (x) => window.fired.push(String(x));</script></head><body>${html}</body></html>`);
      await page.waitForTimeout(200);
      const seen = await page.evaluate((text) => ({
        fired: (window as unknown as { fired: string[] }).fired,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName}[${a.name}]`)),
        loaders: [...document.querySelectorAll('body img, body script, body iframe, body object, body embed')].map((el) => el.localName),
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !/^https?:/i.test(h)),
        shown: document.body.textContent!.includes(text),
      }), s);
      expect(seen).toEqual({ fired: [], handlers: [], loaders: [], links: [], shown: true });
    } finally {
      await page.close();
    }
  });

  it('made no request beyond the machine', () => {
    expect(foreignRequests(requests)).toEqual([]);
  });
});
