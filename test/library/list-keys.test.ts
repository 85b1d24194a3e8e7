/** The library list's keys (lib/library/list-keys): what each key does where the focus is. */
import { describe, expect, it } from 'vitest';
import { listKeyAction, stepIndex } from '../../lib/library/list-keys';

describe('listKeyAction', () => {
  it('`/`, j and k act anywhere but in a text field, where they are typed', () => {
    expect(listKeyAction({ key: '/' }, 'other')).toBe('focus-search');
    expect(listKeyAction({ key: 'j' }, 'card')).toBe('next');
    expect(listKeyAction({ key: 'k' }, 'card-control')).toBe('prev');
    for (const key of ['/', 'j', 'k', 'Enter', ' ', 'ArrowDown']) expect(listKeyAction({ key }, 'field')).toBeNull();
  });

  it('on a card: arrows move, Enter opens, Space selects, ←/→ step through its controls', () => {
    expect(listKeyAction({ key: 'ArrowDown' }, 'card')).toBe('next');
    expect(listKeyAction({ key: 'ArrowUp' }, 'card')).toBe('prev');
    expect(listKeyAction({ key: 'Enter' }, 'card')).toBe('open');
    expect(listKeyAction({ key: ' ' }, 'card')).toBe('toggle');
    expect(listKeyAction({ key: 'ArrowRight' }, 'card')).toBe('control-next');
    expect(listKeyAction({ key: 'ArrowLeft' }, 'card-control')).toBe('control-prev');
  });

  it('leaves Enter and Space on a control to the control, and the keys elsewhere to the browser', () => {
    expect(listKeyAction({ key: 'Enter' }, 'card-control')).toBeNull();
    expect(listKeyAction({ key: ' ' }, 'card-control')).toBeNull();
    expect(listKeyAction({ key: 'Enter' }, 'other')).toBeNull();
    expect(listKeyAction({ key: 'ArrowDown' }, 'other')).toBeNull();
  });

  it('never takes a shortcut with Ctrl, Alt or Meta (find, history, the browser’s own)', () => {
    expect(listKeyAction({ key: 'j', ctrlKey: true }, 'card')).toBeNull();
    expect(listKeyAction({ key: '/', metaKey: true }, 'other')).toBeNull();
    expect(listKeyAction({ key: 'k', altKey: true }, 'other')).toBeNull();
  });
});

describe('stepIndex', () => {
  it('starts at the first (next) or last (previous) card, and stops at the ends', () => {
    expect(stepIndex(-1, 3, 'next')).toBe(0);
    expect(stepIndex(-1, 3, 'prev')).toBe(2);
    expect(stepIndex(0, 3, 'next')).toBe(1);
    expect(stepIndex(2, 3, 'next')).toBe(2);
    expect(stepIndex(0, 3, 'prev')).toBe(0);
    expect(stepIndex(-1, 0, 'next')).toBeNull();
  });
});
