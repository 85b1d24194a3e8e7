/** Offscreen document (Chrome): runs the page pipeline for the background's saves. */
import { browser } from 'wxt/browser';
import { parseOffscreenRequest, toReply } from '../../lib/messages';
import { self } from '../shared/ext';
import { runPipeline } from './run';

browser.runtime.onMessage.addListener((raw, sender) => {
  const req = parseOffscreenRequest(raw, sender, self());
  if (!req) return undefined;
  return toReply(() => runPipeline(req.op, req.page));
});
