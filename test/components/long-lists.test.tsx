// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CommitmentList } from '../../components/CommitmentList';
import { translator } from '../../components/i18n';
import { NumberList } from '../../components/NumberList';
import { OutlineList } from '../../components/OutlineList';
import { ProblemList } from '../../components/ProblemList';
import { ShowMore } from '../../components/ShowMore';
import type { Commitment, Heading, NumberMention, Problem } from '../../lib/extract/types';
import { LIST_PAGE } from '../../lib/page-agent/paging';

const messages = (loc: string) => JSON.parse(readFileSync(fileURLToPath(new NodeURL(`../../public/_locales/${loc}/messages.json`, import.meta.url)), 'utf8'));
const t = translator(messages('en'));

/** A long list of made-up records: only the fields the lists read matter. */
const many = <T,>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const commitments = many(450, (i) => ({ id: `c${i}`, text: `Commitment ${i}`, start: i, end: i + 1, strength: 'firm', deadline: null, targets: [], headingId: i < 300 ? 'h0' : 'h1' }) as unknown as Commitment);
const numbers = many(1_000, (i) => ({ id: `n${i}`, raw: `${i} cases`, kind: i % 2 ? 'count' : 'percent', indicator: i % 10 === 0 ? 'appeals' : null, value: i, unit: null, approx: null, headingId: null }) as unknown as NumberMention);
const headings = many(250, (i) => ({ id: `h${i}`, marker: '', title: `Heading ${i}`, depth: 1, role: 'other', parentId: null }) as unknown as Heading);
const problems = many(201, (i) => ({ id: `p${i}`, text: `Problem ${i}`, headingId: null }) as unknown as Problem);

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
const show = (vnode: preact.VNode) => act(() => { render(vnode, root); });
const count = (sel: string) => root.querySelectorAll(sel).length;
const more = () => act(() => { (root.querySelector('[data-action="show-more"]') as HTMLButtonElement).click(); });

const commitmentProps = {
  t, commitments, numbers: new Map<string, NumberMention>(), sections: headings.slice(0, 2),
  sectionOf: new Map(commitments.map((c) => [c.id, c.headingId])), marks: new Map(),
  onSection: () => {}, onReveal: () => {}, onWatch: () => {}, onStatus: () => {}, mark: '' as const, onMark: () => {},
};

describe('long lists in the side panel', () => {
  it('ShowMore says which items are shown of how many, and offers the rest; nothing for a short list', () => {
    const onMore = vi.fn();
    show(<ShowMore t={t} shown={200} total={28_104} onMore={onMore} />);
    expect(root.textContent).toContain('1–200 of 28104');
    const button = root.querySelector('button[data-action="show-more"]') as HTMLButtonElement;
    expect(button.textContent).toBe('Show more (27904 left)');
    button.click();
    expect(onMore).toHaveBeenCalledTimes(1);
    show(<ShowMore t={t} shown={28_104} total={28_104} onMore={onMore} />);
    expect(root.querySelector('button')).toBeNull();
    show(<ShowMore t={t} shown={12} total={12} onMore={onMore} />);
    expect(root.textContent).toBe('');
    show(<ShowMore t={translator(messages('zh_CN'))} shown={200} total={450} onMore={onMore} />);
    expect(root.querySelector('button')?.textContent).toBe('显示更多（还有 250 条）');
  });

  it('CommitmentList renders a first page, grows by "show more" to the end, and filters over every item', () => {
    show(<CommitmentList {...commitmentProps} section="" />);
    expect(count('.commitments > li')).toBe(LIST_PAGE);
    expect(root.querySelector('.show-more')?.getAttribute('data-total')).toBe('450');
    more();
    expect(count('.commitments > li')).toBe(400);
    expect(root.querySelector('.commitments > li:last-child')?.getAttribute('data-item-id')).toBe('c399');
    more();
    expect(count('.commitments > li')).toBe(450);
    expect(root.querySelector('[data-action="show-more"]')).toBeNull();
    // The filter sees all 450 (150 are in section h1, none of them on the first page), and starts at its own first page.
    show(<CommitmentList {...commitmentProps} section="h1" />);
    expect(count('.commitments > li')).toBe(150);
    expect(root.querySelector('.commitments > li')?.getAttribute('data-item-id')).toBe('c300');
    show(<CommitmentList {...commitmentProps} section="h0" />);
    expect(count('.commitments > li')).toBe(LIST_PAGE);
    expect(root.querySelector('.show-more')?.getAttribute('data-total')).toBe('300');
  });

  it('NumberList pages its figures and searches all of them', () => {
    const base = { t, numbers, headings: new Map<string, Heading>(), onKind: () => {}, onQuery: () => {}, onReveal: () => {} };
    show(<NumberList {...base} kind="all" query="" />);
    expect(count('.numbers > li')).toBe(LIST_PAGE);
    expect(root.querySelector('[data-action="show-more"]')?.textContent).toBe('Show more (800 left)');
    show(<NumberList {...base} kind="count" query="" />);
    expect(root.querySelector('.show-more')?.getAttribute('data-total')).toBe('500');
    // 'appeals' is on every tenth figure, most of them beyond the first page.
    show(<NumberList {...base} kind="all" query="appeals" />);
    expect(count('.numbers > li')).toBe(100);
    expect(root.querySelector('.show-more')).toBeNull();
  });

  it('OutlineList and ProblemList show a first page and the rest on request', () => {
    const onReveal = vi.fn();
    show(<OutlineList t={t} headings={headings} onReveal={onReveal} />);
    expect(count('.outline > li')).toBe(LIST_PAGE);
    more();
    expect(count('.outline > li')).toBe(250);
    (root.querySelectorAll('.outline .item-link')[249] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith(headings[249]);
    show(<ProblemList t={t} problems={problems} headings={new Map()} onReveal={onReveal} />);
    expect(count('.problems > li')).toBe(LIST_PAGE);
    expect(root.querySelector('[data-action="show-more"]')?.textContent).toBe('Show more (1 left)');
  });
});
