/** Wires lib/library/list-keys to the library list's DOM: cards are `.card[data-card-id]`, their controls `[data-card-control]`. */
import { useEffect } from 'preact/hooks';
import { listKeyAction, stepIndex, type KeyTarget } from '../../lib/library/list-keys';

const CARD = '.card[data-card-id]';

function targetOf(el: Element | null): KeyTarget {
  if (!el) return 'other';
  if (el.matches(CARD)) return 'card';
  if (el.matches('[data-card-control]')) return 'card-control';
  if (el.matches('input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable]')) return 'field';
  return 'other';
}

/** Focuses the first card (the skip link's target); false when the list is empty. */
export function focusFirstCard(): boolean {
  const first = document.querySelector<HTMLElement>(CARD);
  first?.focus();
  return first !== null;
}

/** The list's keyboard: see lib/library/list-keys. `onOpen` opens a card by id. */
export function useListKeys(onOpen: (id: number) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const active = document.activeElement;
      const action = listKeyAction(e, targetOf(active));
      if (!action) return;
      const cards = [...document.querySelectorAll<HTMLElement>(CARD)];
      const card = active?.closest<HTMLElement>(CARD) ?? null;
      if (action === 'focus-search') document.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
      else if (action === 'next' || action === 'prev') {
        const to = stepIndex(card ? cards.indexOf(card) : -1, cards.length, action);
        if (to !== null) { cards[to].focus(); cards[to].scrollIntoView({ block: 'nearest' }); }
      } else if (!card) return;
      else if (action === 'open') onOpen(Number(card.dataset.cardId));
      else if (action === 'toggle') card.querySelector<HTMLInputElement>('.card-select')?.click();
      else {
        // The card itself, then its controls, in a ring.
        const ring = [card, ...card.querySelectorAll<HTMLElement>('[data-card-control]')];
        const at = ring.indexOf(active as HTMLElement);
        ring[(at + (action === 'control-next' ? 1 : ring.length - 1)) % ring.length].focus();
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onOpen]);
}
