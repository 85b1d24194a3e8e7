/**
 * The small "Annotate" button beside a text selection in the report page (as Hypothesis
 * shows one), run by the page tools the side panel injects, never by the content script.
 * It lives in a closed shadow root: the page's stylesheets cannot reach inside, and `:host`
 * resets every property with !important, which wins over the page's own !important rules
 * (inside a shadow tree, important declarations beat the outer tree's), so `* {font-size:
 * 40px}` or `button {display: none !important}` on the page change nothing. The position is
 * passed in custom properties (`--pl-left`, `--pl-top`), which `all` does not reset.
 */

/** Gap between the selection's end and the button, in CSS pixels. */
const GAP = 6;
/** Wait after the last selection change: a drag fires many, the button shows once it settles. */
const SETTLE_MS = 120;

const STYLE = `:host{all:initial!important;position:fixed!important;left:var(--pl-left,0)!important;top:var(--pl-top,0)!important;z-index:2147483647!important;display:block!important;
visibility:visible!important;opacity:1!important;transform:none!important;contain:layout style!important}
:host([hidden]){display:none!important}
button{all:initial;box-sizing:border-box;display:inline-block;font:13px/1.2 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;
color:#fff;background:#c62828;border-radius:4px;padding:4px 8px;cursor:pointer;white-space:nowrap;box-shadow:0 1px 4px rgba(0,0,0,.35)}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}`;

export interface AnnotateButton {
  /** The element in the page (its shadow root is closed). */
  host: HTMLElement;
  /** The button inside the shadow root (tests and the owner only: the page cannot reach it). */
  button: HTMLButtonElement;
  setLabel: (label: string) => void;
  destroy: () => void;
}

/** Where the button goes for a selection's box: after its end, or above it at the bottom edge; always inside the viewport. */
export function buttonPosition(rect: { right: number; bottom: number }, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const inside = (v: number, room: number) => Math.max(0, Math.min(v, room));
  const left = inside(rect.right + GAP, viewport.width - size.width - GAP);
  const below = rect.bottom + GAP;
  const top = inside(below + size.height > viewport.height ? rect.bottom - size.height - GAP * 4 : below, viewport.height - size.height);
  return { left: Math.round(left), top: Math.round(top) };
}

/** Shows the button beside each non-empty selection; `onAnnotate` runs on click, while the selection is still there. */
export function createAnnotateButton(doc: Document, win: Window, label: string, onAnnotate: () => void): AnnotateButton {
  const host = doc.createElement('promise-ledger-annotate');
  host.hidden = true;
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = label;
  root.append(style, button);
  (doc.body ?? doc.documentElement).append(host);

  // Pressing the button must not move or clear the page's selection before the click reads it.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', (e) => { e.preventDefault(); e.stopPropagation(); onAnnotate(); host.hidden = true; });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const place = () => {
    const sel = win.getSelection();
    const range = sel && !sel.isCollapsed && sel.rangeCount ? sel.getRangeAt(0) : null;
    if (!range || !sel!.toString().trim() || host.contains(range.commonAncestorContainer)) { host.hidden = true; return; }
    const rects = range.getClientRects();
    const last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    host.hidden = false;
    const box = host.getBoundingClientRect();
    const at = buttonPosition(last, { width: box.width || 80, height: box.height || 24 }, { width: win.innerWidth, height: win.innerHeight });
    host.style.setProperty('--pl-left', `${at.left}px`);
    host.style.setProperty('--pl-top', `${at.top}px`);
  };
  // While a selection changes the button hides, so it never stands (and takes a click) beside a
  // passage no longer selected; it shows again where the new selection ends once it settles. The
  // same while the page scrolls (the button is fixed in the viewport).
  const onChange = () => { host.hidden = true; clearTimeout(timer); timer = setTimeout(place, SETTLE_MS); };
  doc.addEventListener('selectionchange', onChange);
  win.addEventListener('scroll', onChange, { passive: true });
  return {
    host,
    button,
    setLabel: (text) => { button.textContent = text; },
    destroy: () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', onChange);
      win.removeEventListener('scroll', onChange);
      host.remove();
    },
  };
}
