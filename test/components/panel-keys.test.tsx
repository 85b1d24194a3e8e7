// @vitest-environment happy-dom
/**
 * The side panel's lists from the keyboard (components/use-list-keys, shared with the library):
 * one Tab stop per item, its actions on ←/→, j/k between items, Enter reveals the passage,
 * and nothing happens to keys typed into a field.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExtractionPanels, type ExtractionPanelsProps } from '../../components/ExtractionPanels';
import { translator } from '../../components/i18n';
import type { PanelTab } from '../../components/types';
import { extractText } from '../../lib/extract/index';

const messages = JSON.parse(readFileSync(fileURLToPath(new NodeURL('../../public/_locales/en/messages.json', import.meta.url)), 'utf8'));
const t = translator(messages);
const x = extractText(readFileSync(fileURLToPath(new NodeURL('../../samples/qinghe-2024.zh.txt', import.meta.url)), 'utf8'), { sha256: 'x' });

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
// Unmounted after each test: the keys listen on the document.
afterEach(() => act(() => { render(null, root); }));

function showPanels(tab: PanelTab, over: Partial<ExtractionPanelsProps> = {}) {
  const props: ExtractionPanelsProps = {
    t, tab, x, notes: [], marks: new Map(), onReveal: vi.fn(), onRevealNote: vi.fn(), onDeleteNote: vi.fn(), onWatch: vi.fn(), onStatus: vi.fn(),
    onEditNote: vi.fn(async () => {}), onAddPageNote: vi.fn(async () => {}), ...over,
  };
  act(() => { render(<ExtractionPanels {...props} />, root); });
  return props;
}

const press = (key: string) => act(() => {
  (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
});
const focusedItem = () => document.activeElement?.closest('[data-key-item]')?.getAttribute('data-item-id') ?? null;
const focusedControl = () => {
  const el = document.activeElement as HTMLElement | null;
  return el?.matches('[data-key-control]') ? el.dataset.action ?? el.tagName.toLowerCase() : null;
};

describe('the panel lists from the keyboard', () => {
  it('each commitment is one Tab stop; its reveal, watch and status controls are not', () => {
    showPanels('commitments');
    const items = Array.from(root.querySelectorAll('.commitments > li'));
    expect(items.length).toBeGreaterThan(3);
    for (const li of items) {
      expect(li.getAttribute('tabindex')).toBe('0');
      const controls = Array.from(li.querySelectorAll('button, summary, a[href]')).filter((el) => !el.closest('form'));
      expect(controls.map((el) => el.getAttribute('tabindex'))).toEqual(controls.map(() => '-1'));
    }
  });

  it('j/k move between commitments, ←/→ through the focused one\'s actions, Enter reveals it', () => {
    const props = showPanels('commitments');
    const [first, second] = x.commitments;
    press('j');
    expect(focusedItem()).toBe(first.id);
    press('j');
    expect(focusedItem()).toBe(second.id);
    press('k');
    expect(focusedItem()).toBe(first.id);
    press('ArrowRight');
    expect(focusedControl()).toBe('button');
    press('ArrowRight');
    expect(focusedControl()).toBe('watch');
    press('ArrowRight');
    expect(focusedControl()).toBe('summary');
    press('ArrowRight');
    expect(focusedControl()).toBeNull();
    expect(document.activeElement?.getAttribute('data-item-id')).toBe(first.id);
    press('ArrowLeft');
    expect(focusedControl()).toBe('summary');
    // j from a control goes on to the next item.
    press('j');
    expect(document.activeElement?.getAttribute('data-item-id')).toBe(second.id);
    press('Enter');
    expect(props.onReveal).toHaveBeenCalledWith(second);
  });

  it('the other tabs\' lists move the same way', () => {
    const props = showPanels('problems');
    press('j');
    press('j');
    expect(focusedItem()).toBe(x.problems[1].id);
    press('Enter');
    expect(props.onReveal).toHaveBeenCalledWith(x.problems[1]);
    showPanels('outline');
    press('j');
    expect(focusedItem()).toBe(x.headings[0].id);
  });

  it('keys typed into a text field stay there', () => {
    const props = showPanels('numbers');
    const search = root.querySelector<HTMLInputElement>('input[data-filter="indicator"]')!;
    search.focus();
    for (const key of ['j', 'k', 'Enter', 'ArrowRight']) press(key);
    expect(document.activeElement).toBe(search);
    expect(props.onReveal).not.toHaveBeenCalled();
    const area = document.body.appendChild(document.createElement('textarea'));
    area.focus();
    press('j');
    expect(document.activeElement).toBe(area);
    // `/` from the list goes to the figures' search box.
    area.blur();
    press('/');
    expect(document.activeElement).toBe(search);
  });
});
