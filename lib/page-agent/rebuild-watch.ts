/**
 * Notices a page that rebuilds itself after load (its report written in by script, or taken
 * away), so the content script can detect it again: detection otherwise runs once, and a
 * page built late would stay "not a report". It runs in every page, so it is bounded: it
 * weighs only the text of added and removed nodes, waits for the change to settle, reports
 * at most `maxRuns` times and stops after `windowMs`. A change is substantial when one batch
 * of mutations moves `minChange` characters (innerHTML replaced), or when what was added and
 * removed since the last report differs by that much (a page built in small steps). A ticker
 * or a clock moves a few characters at a time and its additions and removals cancel out.
 * Script and style text is not page text (a page building itself often holds its content
 * as a script string), so it does not count.
 */
import { SKIP_TAGS, tagOf } from '../extract/page/dom';

export interface RebuildLimits {
  /** Characters of text added or taken away (net) that make a change substantial. */
  minChange: number;
  /** Wait after a substantial change before reporting, so a page built in steps is read once. */
  settleMs: number;
  maxRuns: number;
  /** How long after the watch starts it keeps watching. */
  windowMs: number;
}

export const REBUILD_LIMITS: RebuildLimits = { minChange: 200, settleMs: 500, maxRuns: 3, windowMs: 30_000 };

type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'> & { MutationObserver?: typeof MutationObserver };

/** Calls `onRebuild` when the page's text changes substantially; returns a function that stops watching. */
export function watchRebuilds(doc: Document, win: Timers, onRebuild: () => void, limits = REBUILD_LIMITS): () => void {
  const Observer = win.MutationObserver;
  if (!Observer || !doc.documentElement) return () => undefined;
  let net = 0;
  let runs = 0;
  let pending = 0;
  const observer = new Observer((records) => {
    if (pending) return;
    let moved = 0;
    for (const r of records) {
      if (isInert(r.target)) continue; // a script's or a style's own text changed
      r.addedNodes.forEach((n) => { const k = textOf(n); net += k; moved += k; });
      r.removedNodes.forEach((n) => { const k = textOf(n); net -= k; moved += k; });
    }
    if (moved < limits.minChange && Math.abs(net) < limits.minChange) return;
    pending = win.setTimeout(() => {
      pending = 0;
      net = 0;
      if (++runs >= limits.maxRuns) stop();
      onRebuild();
    }, limits.settleMs);
  });
  const stop = () => { observer.disconnect(); win.clearTimeout(pending); win.clearTimeout(end); };
  const end = win.setTimeout(stop, limits.windowMs);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return stop;
}

/** A script, a style or another element whose text is not page text. */
function isInert(node: Node): boolean {
  return node.nodeType === 1 && SKIP_TAGS.has(tagOf(node as Element));
}

/** Characters of page text in a node. */
function textOf(node: Node): number {
  return isInert(node) ? 0 : node.textContent?.length ?? 0;
}
