// @vitest-environment happy-dom
/**
 * Issue 15: the report's Markdown carries the reader's notes — the notes on the report as a
 * whole first, then the notes on passages in the order of the text, each with its quote, its
 * text and the day it was written (and edited), on the reader's calendar.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/export/markdown';
import { notesSection, type MarkdownNote } from '../../lib/export/markdown-notes';
import type { BundleAnnotation } from '../../lib/export/types';
import { english, noteOn, older } from './fixtures';

const pageNote: BundleAnnotation = {
  ...noteOn('组建县行政复议中心', ''), selectors: null, kind: 'page', note: '全文比上年少了问题部分',
  createdAt: '2024-03-02T08:00:00.000Z', updatedAt: '2024-03-04T17:00:00.000Z',
};
const later = noteOn('组建县行政复议中心', '复议中心：\n第一行\n\n第二行', { createdAt: '2024-03-03T08:00:00.000Z', updatedAt: '2024-03-03T08:00:00.000Z' });
const earlier = noteOn('县级行政执法监督平台', '跟踪平台建设');
const watch = noteOn('年底前建成', '', { kind: 'watch', commitmentId: 'c1' });
const status = noteOn('年底前建成', '县政府已公告', { kind: 'status', status: 'fulfilled', commitmentId: 'c1' });

describe('notes in the report\'s Markdown', () => {
  const md = renderMarkdown(older, { notes: [later, watch, earlier, status, pageNote] });

  it('lists the page note first, then passages in text order, with quote, text and days', () => {
    const section = md.slice(md.indexOf('## 笔记'));
    expect(section).toBe([
      '## 笔记 (3)',
      '1. **整篇报告**',
      '   全文比上年少了问题部分',
      '   _创建于 2024-03-02 · 编辑于 2024-03-04_',
      '2. > 县级行政执法监督平台',
      '   跟踪平台建设',
      '   _创建于 2024-03-01_',
      '3. > 组建县行政复议中心',
      '   复议中心：\\\n   第一行\\\n   第二行',
      '   _创建于 2024-03-03_',
    ].join('\n\n') + '\n');
  });

  it('leaves out marks on commitments (watched, status set by hand): they are not notes', () => {
    expect(md).not.toContain('县政府已公告');
    expect(notesSection([watch, status], 'zh')).toBeNull();
  });

  it('is the last section, and absent when the reader wrote nothing', () => {
    expect(md.indexOf('## 笔记')).toBeGreaterThan(md.indexOf('## 问题与不足'));
    expect(renderMarkdown(older)).not.toContain('## 笔记');
    expect(renderMarkdown(older, { notes: [] })).toBe(renderMarkdown(older));
  });

  it('renders as a list whose items keep quote, note and dates apart', () => {
    const doc = new DOMParser().parseFromString(marked.parse(md, { async: false }) as string, 'text/html');
    const items = Array.from(doc.querySelectorAll('h2 ~ ol > li')).slice(-3);
    expect(items.map((li) => li.querySelector('blockquote')?.textContent?.trim() ?? null)).toEqual([null, '县级行政执法监督平台', '组建县行政复议中心']);
    expect(items[2].querySelectorAll('br')).toHaveLength(2);
    expect(items[0].querySelector('em')?.textContent).toBe('创建于 2024-03-02 · 编辑于 2024-03-04');
  });

  it('dates a note on the reader\'s calendar, in English for an English report', () => {
    const late: MarkdownNote = { kind: 'note', note: 'Check the opening date', createdAt: '2024-05-06T20:00:00.000Z', selectors: null };
    const section = notesSection([{ ...late, kind: 'page' }], english.language, 480);
    expect(section).toBe('## Notes (1)\n\n1. **On the whole report**\n\n   Check the opening date\n\n   _created 2024-05-07_');
    // A record without updatedAt (written before notes could be edited) is read as never edited.
    expect(notesSection([{ ...earlier, updatedAt: undefined }], 'zh')).toContain('_创建于 2024-03-01_');
  });

  it('shows a highlight (a passage note with no text) as its quote and day', () => {
    expect(notesSection([noteOn('办结率不低于95%', '')], 'zh')).toBe('## 笔记 (1)\n\n1. > 办结率不低于95%\n\n   _创建于 2024-03-01_');
  });
});
