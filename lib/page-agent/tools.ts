/**
 * The page tools: highlights, reveal, the selection as a quote, and the "Annotate" button
 * beside a selection. Injected by the side panel into the tab it reads
 * (scripting.executeScript), not into every page, so the always-present content script
 * stays small.
 */
import { offsetsOf, readDomText } from '../anchor/dom-text';
import type { Quote } from '../anchor/quote-match';
import type { ContentRequest, ReplyValues } from '../messages';
import { createAnnotateButton, type AnnotateButton } from './annotate-button';
import { Highlighter } from './highlights';

/** Characters of context kept on each side of a selection (as lib/anchor's selectors). */
const CONTEXT = 32;

export type ToolRequest = Exclude<ContentRequest, { type: 'pl/get-detection' | 'pl/get-page' }>;

/**
 * A handler for the tool requests of one page. `onAnnotate` gets the selection's quote when
 * the in-page button is pressed (the page tools script sends it to the side panel).
 */
export function createPageTools(doc: Document, win: Window, onAnnotate: (quote: Quote) => void = () => {}): (req: ToolRequest) => ReplyValues[ToolRequest['type']] {
  const highlighter = new Highlighter(doc, win);
  let button: AnnotateButton | null = null;
  const showButton = (label: string) => {
    if (button) return button.setLabel(label);
    button = createAnnotateButton(doc, win, label, () => {
      const quote = captureSelection(doc, win);
      if (quote) onAnnotate(quote);
    });
  };
  const handlers: { [K in ToolRequest['type']]: (req: Extract<ToolRequest, { type: K }>) => ReplyValues[K] } = {
    'pl/tools-ping': () => true,
    'pl/highlight': (req) => highlighter.draw(req.items, req.replace),
    'pl/set-visible': (req) => { highlighter.setVisible(req.kind, req.visible); return null; },
    'pl/reveal': (req) => highlighter.reveal(req.id, req.quote),
    'pl/capture-selection': () => captureSelection(doc, win),
    'pl/annotate-button': (req) => { showButton(req.label); return null; },
    'pl/clear': () => { highlighter.clear(); return null; },
  };
  return (req) => (handlers[req.type] as (r: ToolRequest) => ReplyValues[ToolRequest['type']])(req);
}

/** The selected passage in the page's normalized text, with context; null when nothing is selected. */
export function captureSelection(doc: Document, win: Window): Quote | null {
  const sel = win.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const dom = readDomText(doc.body ?? doc.documentElement);
  const at = offsetsOf(dom, sel.getRangeAt(0), doc);
  if (!at || !dom.text.slice(at.start, at.end).trim()) return null;
  return {
    exact: dom.text.slice(at.start, at.end),
    prefix: dom.text.slice(Math.max(0, at.start - CONTEXT), at.start),
    suffix: dom.text.slice(at.end, at.end + CONTEXT),
  };
}
