/**
 * Wires lib/library/list-keys to a list in the DOM, for the library's cards and the side
 * panel's items alike: each item is one Tab stop (`tabIndex=0`), its controls
 * (`tabIndex=-1`) are reached with ←/→, j/k move between items, Enter opens the focused item,
 * Space toggles it where the list has a toggle, `/` goes to the search box where there is one.
 * Keys typed into a text field are left alone.
 */
import { useEffect } from 'preact/hooks';
import { listKeyAction, stepIndex, type KeyTarget } from '../lib/library/list-keys';

export interface ListKeysConfig {
  /** CSS selector of an item (one Tab stop each). */
  item: string;
  /** CSS selector of an item's controls, in ←/→ order. */
  control: string;
  /** CSS selector of the search box `/` focuses (none: `/` is left to the browser). */
  search?: string;
  /** Enter on an item. */
  onOpen: (item: HTMLElement) => void;
  /** Space on an item (none: Space is left to the browser). */
  onToggle?: (item: HTMLElement) => void;
}

const FIELD = 'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable]';

function targetOf(el: Element | null, c: ListKeysConfig): KeyTarget {
  if (!el) return 'other';
  if (el.matches(c.item)) return 'card';
  if (el.matches(c.control)) return 'card-control';
  if (el.matches(FIELD)) return 'field';
  return 'other';
}

/** Focuses the first item (a skip link's target); false when the list is empty. */
export function focusFirstItem(item: string): boolean {
  const first = document.querySelector<HTMLElement>(item);
  first?.focus();
  return first !== null;
}

/** What a key does to the focus: true when it acted (the key is then not the browser's). */
function act(action: NonNullable<ReturnType<typeof listKeyAction>>, active: Element | null, c: ListKeysConfig): boolean {
  const item = active?.closest<HTMLElement>(c.item) ?? null;
  if (action === 'focus-search') {
    const box = c.search ? document.querySelector<HTMLElement>(c.search) : null;
    box?.focus();
    return !!box;
  }
  if (action === 'next' || action === 'prev') {
    const items = [...document.querySelectorAll<HTMLElement>(c.item)];
    const to = stepIndex(item ? items.indexOf(item) : -1, items.length, action);
    if (to !== null) { items[to].focus(); items[to].scrollIntoView?.({ block: 'nearest' }); }
    return to !== null;
  }
  if (!item) return false;
  if (action === 'open') { c.onOpen(item); return true; }
  if (action === 'toggle') { c.onToggle?.(item); return !!c.onToggle; }
  // The item itself, then its controls, in a ring.
  const ring = [item, ...item.querySelectorAll<HTMLElement>(c.control)];
  const at = ring.indexOf(active as HTMLElement);
  ring[(at + (action === 'control-next' ? 1 : ring.length - 1)) % ring.length].focus();
  return true;
}

/** The list's keyboard, on the whole document while the component is mounted. */
export function useListKeys(config: ListKeysConfig): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const active = document.activeElement;
      const action = listKeyAction(e, targetOf(active, config));
      if (action && act(action, active, config)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [config.item, config.control, config.search, config.onOpen, config.onToggle]);
}
