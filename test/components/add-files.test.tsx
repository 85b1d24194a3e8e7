// @vitest-environment happy-dom
/** The library's "Add report files" panel under happy-dom: the input, progress, one line a file, in both languages. */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AddFilesPanel, type AddFilesState } from '../../components/AddFilesPanel';
import { translator } from '../../components/i18n';
import type { FileOutcome } from '../../lib/library/add-report-files';

const messages = (loc: string) => JSON.parse(readFileSync(fileURLToPath(new NodeURL(`../../public/_locales/${loc}/messages.json`, import.meta.url)), 'utf8'));
const zh = translator(messages('zh_CN'));
const en = translator(messages('en'));

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
const show = (vnode: preact.VNode) => act(() => { render(vnode, root); });
const lines = () => Array.from(root.querySelectorAll('[data-file-status]'), (li) => [li.getAttribute('data-file-status'), li.textContent]);

const OUTCOMES: FileOutcome[] = [
  { name: 'songlin-2024.txt', status: 'added', id: 7, title: '松林县人民政府2024年度法治政府建设工作报告', encoding: 'gb18030', isReport: true, score: 1 },
  { name: 'diary.txt', status: 'added', id: 8, title: 'diary.txt', encoding: 'utf-8', isReport: false, score: 0.234 },
  { name: 'copy.txt', status: 'duplicate', id: 7, title: '松林县人民政府2024年度法治政府建设工作报告' },
  { name: 'report.pdf', status: 'refused', code: 'file-pdf', subs: [] },
  { name: 'empty.txt', status: 'refused', code: 'file-empty', subs: [] },
  { name: 'huge.txt', status: 'refused', code: 'file-too-large', subs: ['50.0 MB', '73.0 MB'] },
  { name: 'a.docx', status: 'refused', code: 'file-office', subs: [] },
  { name: 'b.txt', status: 'refused', code: 'store-quota', subs: [] },
  { name: 'c.txt', status: 'refused', code: 'store-newer-database', subs: [] },
];
const done: AddFilesState = { busy: null, outcomes: OUTCOMES };

describe('AddFilesPanel', () => {
  it('a labelled file input for several .txt/.html files; chosen files are handed over', () => {
    const onFiles = vi.fn();
    show(<AddFilesPanel t={en} state={{ busy: null, outcomes: [] }} onFiles={onFiles} onOpen={vi.fn()} />);
    const input = root.querySelector<HTMLInputElement>('input[type="file"][data-action="add-files"]')!;
    expect([input.multiple, input.accept, input.closest('label')?.textContent?.trim()]).toEqual([true, '.txt,.text,.html,.htm,text/plain,text/html', 'Add report files (.txt, .html)']);
    const files = [new File(['a'], 'a.txt'), new File(['<p>b</p>'], 'b.html')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(root.querySelector('[role="status"] li')).toBeNull();
  });

  it('says which file is being added, in a live region, and disables the input meanwhile', () => {
    show(<AddFilesPanel t={en} state={{ busy: { at: 2, total: 5, name: 'b.html' }, outcomes: OUTCOMES.slice(0, 1) }} onFiles={vi.fn()} onOpen={vi.fn()} />);
    const live = root.querySelector('[role="status"][aria-live="polite"]')!;
    expect(live.querySelector('[data-adding]')?.textContent).toBe('Adding 2 of 5… (b.html)');
    expect(live.querySelectorAll('li').length).toBe(1);
    expect(root.querySelector<HTMLInputElement>('[data-action="add-files"]')!.disabled).toBe(true);
    show(<AddFilesPanel t={zh} state={{ busy: { at: 2, total: 5, name: 'b.html' }, outcomes: [] }} onFiles={vi.fn()} onOpen={vi.fn()} />);
    expect(root.querySelector('[data-adding]')?.textContent).toBe('正在添加第 2 个，共 5 个…（b.html）');
  });

  it('one line a file: added (and not a report, with its score), already there, or refused with the reason', () => {
    show(<AddFilesPanel t={en} state={done} onFiles={vi.fn()} onOpen={vi.fn()} />);
    expect(root.querySelector('[data-files-summary]')?.textContent).toBe('2 added, 1 already in the library, 6 refused.');
    expect(lines()).toEqual([
      ['added', 'songlin-2024.txt: added: 松林县人民政府2024年度法治政府建设工作报告 Open'],
      ['added', 'diary.txt: added: diary.txt · not detected as a report (23 %) Open'],
      ['duplicate', 'copy.txt: already in the library (same text): 松林县人民政府2024年度法治政府建设工作报告 Open'],
      ['refused', 'report.pdf: not added: a PDF file. Convert it to text first, e.g. pdftotext report.pdf, then add the .txt.'],
      ['refused', 'empty.txt: not added: the file is empty (no text to read).'],
      ['refused', 'huge.txt: not added: over 50.0 MB (73.0 MB), which is no single report. Split it, or add the report\'s own page.'],
      ['refused', 'a.docx: not added: a Word/Excel document or ZIP archive. Save it as .txt or .html first, then add that.'],
      ['refused', 'b.txt: Storage is full: nothing was saved. Export and delete old snapshots, then try again.'],
      ['refused', 'c.txt: The database was written by a newer version of Promise Ledger: update the extension (nothing was changed).'],
    ]);
  });

  it('in Chinese, and Open takes the snapshot to the reader', () => {
    const onOpen = vi.fn();
    show(<AddFilesPanel t={zh} state={done} onFiles={vi.fn()} onOpen={onOpen} />);
    expect(root.querySelector('[data-files-summary]')?.textContent).toBe('已添加 2 个，库中已有 1 个，未添加 6 个。');
    expect(lines().slice(1, 4).map((l) => l[1])).toEqual([
      'diary.txt: 已添加：diary.txt · 未识别为报告（23 %） 打开',
      'copy.txt: 库中已有（正文相同）：松林县人民政府2024年度法治政府建设工作报告 打开',
      'report.pdf: 未添加：这是 PDF 文件。请先转换为文本，例如 pdftotext report.pdf，再添加生成的 .txt 文件。',
    ]);
    root.querySelectorAll<HTMLButtonElement>('[data-action="open-added"]')[2].click();
    expect(onOpen).toHaveBeenCalledWith(7);
    expect(root.querySelectorAll('[data-file-status="refused"] button').length).toBe(0);
  });
});
