// @vitest-environment happy-dom
/**
 * Issue 16 medium 8: a report's text must come out of every Markdown writer (the report, the
 * diff, and so the library's exports) as text. Each hostile string is put in every field a
 * writer prints, the Markdown is rendered with marked (a common renderer that passes raw HTML
 * through, as many do), and the HTML must hold no handler, no image or script, no link other
 * than http(s), and show the string as written.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { diff } from '../../lib/diff/index';
import { renderDiffMarkdown } from '../../lib/export/diff-markdown';
import { inline, renderMarkdown } from '../../lib/export/markdown';
import { newer } from './fixtures';
import { HOSTILE, poisoned } from './markdown-hostile';

/** What the rendered HTML does that text must never do, or [] when it only shows text. */
function liveParts(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false }) as string;
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (['img', 'script', 'iframe', 'svg', 'object', 'embed', 'style', 'link'].includes(el.localName)) found.push(`<${el.localName}>`);
    for (const a of Array.from(el.attributes)) if (a.name.startsWith('on')) found.push(`${el.localName}[${a.name}]`);
    const href = el.getAttribute('href');
    if (href !== null && !/^https?:/i.test(href)) found.push(`href=${href}`);
  }
  return found;
}

describe('Markdown writers show a report\'s text as text', () => {
  it.each(HOSTILE)('the report: %s', (s) => {
    const hostileNotes = [
      { kind: 'note' as const, note: `${s}\n${s}`, createdAt: s, updatedAt: s, selectors: { quote: { type: 'TextQuoteSelector' as const, exact: s, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 1 } } },
      { kind: 'page' as const, note: s, createdAt: '2024-01-01T00:00:00.000Z', selectors: null },
    ];
    const md = renderMarkdown(poisoned(s), { source: { url: s, file: null, accessed: s }, notes: hostileNotes });
    expect(md).toContain('## 笔记 (2)');
    expect(liveParts(md)).toEqual([]);
    expect(liveParts(renderMarkdown(poisoned(s), { source: { url: null, file: s, accessed: null } }))).toEqual([]);
    // Shown as written (a bare http address may become a link: its text is still the text).
    const shown = new DOMParser().parseFromString(marked.parse(`# ${inline(s)}`, { async: false }) as string, 'text/html');
    expect(shown.querySelector('h1')?.textContent).toBe(s);
  });

  it.each(HOSTILE)('the diff: %s', (s) => {
    const d = diff(poisoned(s), newer);
    const items = d.items.map((item) => ({ ...item, text: s, evidence: [{ text: s, start: 0, end: 1, score: 1 }] }));
    const source = { url: s, file: s, accessed: s };
    const md = renderDiffMarkdown({ ...d, items, older: { ...d.older, title: s } }, 'zh', { older: source, newer: { ...source, url: null } });
    expect(liveParts(md)).toEqual([]);
  });

  it('escapes a list or heading start and leaves ordinary text readable', () => {
    expect(inline('1. 第一项')).toBe('1\\. 第一项');
    expect(inline('- 一项')).toBe('\\- 一项');
    expect(inline('# 标题')).toBe('\\# 标题');
    expect(inline('增长6.5%，达到1,268项。')).toBe('增长6.5%，达到1,268项。');
    expect(inline('第一行\n\n  第二行 ')).toBe('第一行 第二行');
  });

  it('flattens and escapes in linear time', () => {
    const started = performance.now();
    inline(`a${' '.repeat(200_000)}b${'\\<'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
