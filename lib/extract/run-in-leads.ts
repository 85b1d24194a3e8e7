/**
 * Run-in lead sentences: in documents without heading markers (proposal replies), a short
 * first sentence that names the topic of its paragraph ("加强制度建设。建立…") heads it.
 */
import { ZH_RUN_IN_LEAD } from './rules/zh';
import type { HeadingCandidate } from './heading-candidates';
import type { DocContext } from './types';

/** A lead needs a paragraph of at least this many characters behind it. */
const MIN_PARAGRAPH = 40;

export function findRunInLeads(ctx: DocContext): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (const line of ctx.lines) {
    if (line.kind !== 'paragraph' || line.end - line.start < MIN_PARAGRAPH) continue;
    const m = ZH_RUN_IN_LEAD.exec(ctx.text.slice(line.start, line.end));
    if (!m) continue;
    out.push({
      rule: 'zh-run-in-lead', family: 'lead', markerStart: line.start, markerEnd: line.start,
      titleStart: line.start, titleEnd: line.start + m[0].length, runIn: true,
    });
  }
  return out;
}
