import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { extractText } from '../../lib/extract/index';
import {
  AGENT_RETRY_MS, agentRetryDelay, commitmentSections, highlightItems, isPdfView, locateSelection, quoteAt,
} from '../../lib/page-agent/panel-model';
import { filterCommitments, noteItems, noteViews } from '../../lib/page-agent/note-views';
import type { AnnotationRecord } from '../../lib/store/schema';

const TEXT = '某县2023年法治政府建设年度报告\n一、主要成效\n全年办理案件71件，纠错率13.2%。\n二、存在的问题\n一是执法人员力量不足。\n三、下一步工作打算\n（一）制度建设\n年底前完成全县规范性文件清理。\n（二）队伍建设\n力争培训执法人员500人次。';
const x = extractText(TEXT, { sha256: 'x' });

function record(id: number, start: number, end: number, over: Partial<AnnotationRecord> = {}, text = TEXT): AnnotationRecord {
  return {
    id, url: 'u', snapshotSha: null, selectors: describeRange(text, start, end), kind: 'note', note: '', tags: [],
    commitmentId: null, status: null, createdAt: '', updatedAt: '', ...over,
  };
}

describe('panel model', () => {
  it('highlights commitments, problems and numbers with their quotes', () => {
    const items = highlightItems(x);
    expect(items.filter((i) => i.kind === 'commitment').map((i) => i.quote.exact)).toEqual(x.commitments.map((c) => c.text));
    expect(items.filter((i) => i.kind === 'number')).toHaveLength(x.numbers.length);
    expect(quoteAt('abcdef', 2, 4)).toEqual({ exact: 'cd', prefix: 'ab', suffix: 'ef' });
  });

  it('groups commitments by their top-level section', () => {
    const { sections, sectionOf } = commitmentSections(x);
    expect(sections.map((h) => h.title)).toEqual(['下一步工作打算']);
    expect([...sectionOf.values()].every((id) => id === sections[0].id)).toBe(true);
  });

  it('re-anchors notes: moved text is found, removed text is orphaned, never guessed', () => {
    const start = TEXT.indexOf('执法人员力量不足');
    const moved = '前言一段新增的文字。\n' + TEXT;
    const removed = TEXT.replace('一是执法人员力量不足。\n', '');
    const rec = record(1, start, start + 8);
    const y = extractText(moved, { sha256: 'y' });
    const z = extractText(removed, { sha256: 'z' });
    expect(noteViews(y, [rec]).notes[0]).toMatchObject({ anchor: 'anchored', span: { start: y.text.indexOf('执法人员力量不足') } });
    expect(noteViews(z, [rec]).notes[0]).toMatchObject({ anchor: 'orphaned', span: null });
    expect(noteItems(z, noteViews(z, [rec]).notes)).toEqual([]);
    expect(noteItems(y, noteViews(y, [rec]).notes)[0]).toMatchObject({ id: 'a1', kind: 'note', quote: { exact: '执法人员力量不足' } });
  });

  it('maps watch and status annotations onto this visit\'s commitments', () => {
    const c = x.commitments[0];
    const marks = noteViews(x, [
      record(1, c.start, c.end, { kind: 'watch' }, x.text),
      record(2, c.start, c.end, { kind: 'status', status: 'progress', note: '已开始' }, x.text),
    ]).marks;
    expect(marks.get(c.id)).toEqual({ watched: true, status: 'progress', note: '已开始' });
  });

  it('watching a commitment or setting its status is a mark, not a note: never listed or counted as one', () => {
    const [c, d] = x.commitments;
    const problem = TEXT.indexOf('执法人员力量不足');
    const views = noteViews(x, [
      record(1, c.start, c.end, { kind: 'watch' }, x.text),
      record(2, c.start, c.end, { kind: 'status', status: 'progress', note: '已开始' }, x.text),
      record(3, problem, problem + 8, { note: '人手问题' }),
      record(4, d.start, d.end, { note: '写进了明年要点' }, x.text),
    ]);
    expect(views.notes.map((n) => n.id)).toEqual([3, 4]);
    expect(views.all.map((n) => n.id)).toEqual([1, 2, 3, 4]);
    // A note on a commitment's passage is still a note and leaves the commitment unmarked.
    expect(views.marks.get(d.id)).toBeUndefined();
    expect(noteItems(x, views.all).map((i) => i.id)).toEqual(['a3', 'a4']);
  });

  it('filters commitments by section and by mark (watched, with a status)', () => {
    const [c, d] = x.commitments;
    const { sectionOf, sections } = commitmentSections(x);
    const marks = noteViews(x, [
      record(1, c.start, c.end, { kind: 'watch' }, x.text),
      record(2, d.start, d.end, { kind: 'status', status: 'missed' }, x.text),
    ]).marks;
    const by = (mark: '' | 'watched' | 'status', section = '') => filterCommitments(x.commitments, { section, sectionOf, mark, marks }).map((k) => k.id);
    expect(by('')).toEqual(x.commitments.map((k) => k.id));
    expect(by('watched')).toEqual([c.id]);
    expect(by('status')).toEqual([d.id]);
    expect(by('watched', sections[0].id)).toEqual([c.id]);
    expect(by('watched', 'h-none')).toEqual([]);
  });

  it('asks a still-loading tab again with a backoff, for about 15 s, and never a loaded one', () => {
    const waits = Array.from({ length: 6 }, (_, i) => agentRetryDelay(i, true));
    expect(waits).toEqual([1000, 2000, 4000, 8000, null, null]);
    expect(AGENT_RETRY_MS.reduce((a, b) => a + b, 0)).toBe(15_000);
    expect(agentRetryDelay(0, false)).toBeNull();
  });

  it('locates a page selection in the report text, or says it is not there', () => {
    expect(locateSelection(x, { exact: '纠错率13.2%', prefix: '首页 全年办理案件71件，' })?.position.start).toBe(x.text.indexOf('纠错率13.2%'));
    expect(locateSelection(x, { exact: '网站地图' })).toBeNull();
  });
});

describe('isPdfView: a PDF in the browser\'s viewer', () => {
  const cases: [string, string | null, string | undefined, boolean][] = [
    ['the content script says application/pdf', 'application/pdf', 'http://127.0.0.1/download?id=7', true],
    ['the content script says text/html, whatever the URL', 'text/html', 'http://127.0.0.1/report.pdf', false],
    ['no answer, a .pdf path (Firefox\'s viewer)', null, 'https://www.example.gov.cn/attach/2024/报告.PDF?v=2#page=3', true],
    ['no answer, .pdf only in the query', null, 'https://www.example.gov.cn/view?file=report.pdf', false],
    ['no answer, an HTML page', null, 'https://www.example.gov.cn/art/2024/1/1/art_1.html', false],
    ['no URL', null, undefined, false],
    ['an unparsable URL', null, 'not a url .pdf', false],
  ];
  it.each(cases)('%s → %s', (_name, contentType, url, expected) => {
    expect(isPdfView(contentType, url)).toBe(expected);
  });
});
