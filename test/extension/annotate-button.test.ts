// @vitest-environment happy-dom
/** The in-page "Annotate" button (lib/page-agent/annotate-button): shown beside a selection, pressed, placed in the viewport. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buttonPosition, createAnnotateButton } from '../../lib/page-agent/annotate-button';
import { createPageTools } from '../../lib/page-agent/tools';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="zoom"><p>一、主要成效</p><p>全年受理行政复议案件71件，纠错率13.2%。</p></div>';
  (window as unknown as { CSS: unknown }).CSS = { highlights: new Map() };
});
afterEach(() => vi.useRealTimers());

function select(phrase: string) {
  const p = document.querySelectorAll('p')[1];
  const text = p.firstChild!;
  const i = text.textContent!.indexOf(phrase);
  const range = document.createRange();
  range.setStart(text, i);
  range.setEnd(text, i + phrase.length);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
  vi.advanceTimersByTime(200);
}

describe('the Annotate button beside a selection', () => {
  it('waits hidden, shows once a selection settles, hides when it is gone, and reports a press', () => {
    const onAnnotate = vi.fn();
    const b = createAnnotateButton(document, window, '批注', onAnnotate);
    expect(b.host.isConnected).toBe(true);
    expect(b.host.hidden).toBe(true);
    // Closed: the page sees the host, never the button inside.
    expect(b.host.shadowRoot).toBeNull();
    expect(b.host.textContent).toBe('');
    select('行政复议');
    expect(b.host.hidden).toBe(false);
    expect(b.button.textContent).toBe('批注');
    b.button.click();
    expect(onAnnotate).toHaveBeenCalledTimes(1);
    expect(b.host.hidden).toBe(true);
    select('纠错率');
    getSelection()!.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    vi.advanceTimersByTime(200);
    expect(b.host.hidden).toBe(true);
    b.destroy();
    expect(document.querySelector('promise-ledger-annotate')).toBeNull();
  });

  it('hides at once when the selection changes, and shows again beside the new one once it settles', () => {
    const b = createAnnotateButton(document, window, '批注', vi.fn());
    select('行政复议');
    expect(b.host.hidden).toBe(false);
    // A new selection: before it settles, no button stands beside the passage no longer selected.
    const p = document.querySelectorAll('p')[0];
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    vi.advanceTimersByTime(50);
    expect(b.host.hidden).toBe(true);
    vi.advanceTimersByTime(150);
    expect(b.host.hidden).toBe(false);
    b.destroy();
  });

  it('a press does not clear the selection first (mousedown is held back)', () => {
    const b = createAnnotateButton(document, window, '批注', () => {});
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    b.button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    b.destroy();
  });

  it('goes after the selection\'s end, inside the viewport', () => {
    const size = { width: 60, height: 24 };
    const viewport = { width: 400, height: 300 };
    expect(buttonPosition({ right: 100, bottom: 50 }, size, viewport)).toEqual({ left: 106, top: 56 });
    // At the right edge: pulled in; at the bottom: above the selection's last line.
    expect(buttonPosition({ right: 395, bottom: 50 }, size, viewport)).toEqual({ left: 334, top: 56 });
    expect(buttonPosition({ right: 100, bottom: 290 }, size, viewport)).toEqual({ left: 106, top: 242 });
    // A selection that runs past the viewport (a keyboard selection): the button stays in sight.
    expect(buttonPosition({ right: 100, bottom: 2000 }, size, viewport)).toEqual({ left: 106, top: 276 });
    expect(buttonPosition({ right: -50, bottom: -80 }, size, viewport)).toEqual({ left: 0, top: 0 });
  });

  it('the page tools show one button, however often the panel asks, with its label', () => {
    const tools = createPageTools(document, window, () => {});
    tools({ type: 'pl/annotate-button', label: '批注' });
    tools({ type: 'pl/annotate-button', label: 'Annotate' });
    expect(document.querySelectorAll('promise-ledger-annotate')).toHaveLength(1);
  });
});
