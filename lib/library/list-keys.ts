/**
 * The library list's keys, after mail readers and Zotero: `/` goes to the search box, `j`/`k`
 * (or ↓/↑ on a card) to the next/previous card, Enter opens the focused card, Space selects
 * it, ←/→ step through the card's own controls. Pure: the page passes what was pressed and
 * where the focus is, and does what the answer says.
 */

export type ListKeyAction = 'focus-search' | 'next' | 'prev' | 'open' | 'toggle' | 'control-next' | 'control-prev';

/** Where the key was pressed: on a card itself, on a control inside a card, in a text field, or elsewhere. */
export type KeyTarget = 'card' | 'card-control' | 'field' | 'other';

export interface KeyPress { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }

/** Keys that act anywhere outside a text field (typing `j` into the search box must type it). */
const ANYWHERE: Record<string, ListKeyAction> = { '/': 'focus-search', j: 'next', k: 'prev' };
/** Keys that act on a focused card. */
const ON_CARD: Record<string, ListKeyAction> = {
  ArrowDown: 'next', ArrowUp: 'prev', Enter: 'open', ' ': 'toggle', ArrowRight: 'control-next', ArrowLeft: 'control-prev',
};
/** Keys that act on a card's control: arrows move on, Enter and Space stay the control's own. */
const ON_CONTROL: Record<string, ListKeyAction> = {
  ArrowDown: 'next', ArrowUp: 'prev', ArrowRight: 'control-next', ArrowLeft: 'control-prev',
};

/** What a key press does in the list, or null to leave it to the browser. */
export function listKeyAction(press: KeyPress, target: KeyTarget): ListKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || target === 'field') return null;
  const table = target === 'card' ? ON_CARD : target === 'card-control' ? ON_CONTROL : {};
  return table[press.key] ?? ANYWHERE[press.key] ?? null;
}

/** The index to move to from `current` (-1: none focused) among `count` cards; null when there is none. */
export function stepIndex(current: number, count: number, action: 'next' | 'prev'): number | null {
  if (count === 0) return null;
  if (current < 0) return action === 'next' ? 0 : count - 1;
  const to = action === 'next' ? current + 1 : current - 1;
  return to < 0 || to >= count ? current : to;
}
