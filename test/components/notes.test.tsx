// @vitest-environment happy-dom
/**
 * The Notes tab (components/NotesList): notes with when they were made and last edited, edited
 * in place (a failed save keeps the form and its text, and the list the old text), and notes on
 * the whole report, first, added from the tab itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../components/i18n';
import { NotesList, type NotesListProps } from '../../components/NotesList';
import type { NoteView } from '../../components/types';
import { StoreError } from '../../lib/store/errors';

const messages = (loc: string) => JSON.parse(readFileSync(fileURLToPath(new NodeURL(`../../public/_locales/${loc}/messages.json`, import.meta.url)), 'utf8'));
const t = translator(messages('zh_CN'));

const passage: NoteView = {
  id: 1, kind: 'note', exact: '旁听庭审6场', note: '问明年是否继续', tags: ['庭审'], status: null, commitmentId: null, anchor: 'anchored',
  span: { start: 10, end: 16 }, createdAt: '2025-01-05T08:00:00.000Z', editedAt: null,
};
const page: NoteView = {
  ...passage, id: 2, kind: 'page', exact: '', note: '全文比上年少了问题部分', tags: [], anchor: 'page', span: null, editedAt: '2025-02-01T09:00:00.000Z',
};

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
const show = (props: Partial<NotesListProps>) => {
  const all: NotesListProps = { t, notes: [page, passage], onReveal: vi.fn(), onDelete: vi.fn(), onEdit: vi.fn(async () => {}), onAddPageNote: vi.fn(async () => {}), ...props };
  act(() => { render(<NotesList {...all} />, root); });
  return all;
};
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => act(() => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); });
const submit = async () => { await act(async () => { $('form.annotate-form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); }); };

describe('the Notes tab', () => {
  it('shows when each note was made and, once edited, when it was edited; the page note first, without a quote', () => {
    show({});
    const [first, second] = Array.from(root.querySelectorAll('.notes > li'));
    expect(first.getAttribute('data-anchor')).toBe('page');
    expect(first.textContent).toContain('整篇报告');
    expect(first.querySelector('.quote')).toBeNull();
    expect(first.querySelector('.note-dates')?.textContent).toBe('创建于 2025-01-05 · 编辑于 2025-02-01');
    expect(second.querySelector('.note-dates')?.textContent).toBe('创建于 2025-01-05');
    expect(second.querySelector('.quote')?.textContent).toBe('旁听庭审6场');
  });

  it('edits a note in place, the form filled with its text and tags', async () => {
    const props = show({});
    $(`[data-note-id="1"] [data-action="edit-note"]`).click();
    await act(async () => {});
    const area = $<HTMLTextAreaElement>('[data-note-id="1"] textarea');
    expect(area.value).toBe('问明年是否继续');
    expect($<HTMLInputElement>('[data-note-id="1"] input[name="tags"]').value).toBe('庭审');
    type(area, '问明年是否继续：已答复');
    await submit();
    expect(props.onEdit).toHaveBeenCalledWith(passage, '问明年是否继续：已答复', ['庭审']);
    expect(root.querySelector('form.annotate-form')).toBeNull();
  });

  it('a failed save (a full disk) says so and keeps the form with the new text; the note shown is the old one', async () => {
    const quota = new StoreError('quota', 'Storage is full: nothing was saved.');
    show({ onEdit: vi.fn(async () => { throw quota; }) });
    $(`[data-note-id="1"] [data-action="edit-note"]`).click();
    await act(async () => {});
    type($<HTMLTextAreaElement>('[data-note-id="1"] textarea'), '新的文字');
    await submit();
    expect($('.form-error').textContent).toBe(messages('zh_CN').errorQuota.message);
    expect($<HTMLTextAreaElement>('[data-note-id="1"] textarea').value).toBe('新的文字');
    // Cancel: the stored note, unchanged, is what the list shows.
    act(() => { root.querySelector<HTMLButtonElement>('form.annotate-form button.secondary')!.click(); });
    expect($('[data-note-id="1"] .note-text').textContent).toBe('问明年是否继续');
  });

  it('adds a note on the whole report from the tab, even when there is no note yet', async () => {
    const props = show({ notes: [] });
    expect(root.textContent).toContain(messages('zh_CN').emptyNotes.message);
    $('[data-action="add-page-note"]').click();
    await act(async () => {});
    expect($('form.annotate-form').hasAttribute('data-page-note')).toBe(true);
    expect(root.querySelector('form .quote')).toBeNull();
    type($<HTMLTextAreaElement>('form textarea'), '整体偏乐观');
    type($<HTMLInputElement>('form input[name="tags"]'), '总体，复核');
    await submit();
    expect(props.onAddPageNote).toHaveBeenCalledWith('整体偏乐观', ['总体', '复核']);
  });
});
