/**
 * The report's own document number (发文字号), when its page or its text prints one: from the
 * information-disclosure box (a chrome line labelled 文号 or 发文字号), else from a line of its
 * own in the opening, before the first heading (the official-document layout puts it under the
 * masthead or the title). A number anywhere else cites another document. English reports carry
 * none: null.
 *
 * Example: a page whose box reads "文号：| 青政发〔2024〕5号 |" → '青政发〔2024〕5号'; a text that
 * opens "青溪县人民政府\n青政报〔2024〕3号\n青溪县人民政府关于2023年度…的报告" → '青政报〔2024〕3号'.
 */
import { DOC_NUMBER_RULES, type DocNumberRule } from './rules/doc-number';
import type { DocContext, Heading } from './types';

/** Lines of the opening read for a number of its own (masthead, number, title, addressee). */
const OPENING_LINES = 8;

const rulesFor = (where: DocNumberRule['where']) => DOC_NUMBER_RULES.filter((r) => r.where === where);

/** The number as written, its inner spaces taken out ("云政报〔2019〕14 号" → "云政报〔2019〕14号"). */
function cleaned(raw: string): string {
  return raw.replace(/\s+/g, '');
}

function firstMatch(lines: Iterable<string>, rules: DocNumberRule[]): string | null {
  for (const line of lines) {
    for (const rule of rules) {
      const m = rule.pattern.exec(line);
      if (m) return cleaned(m[1]);
    }
  }
  return null;
}

/** The lines of the opening: the first few, and none from the first heading on. */
function* openingLines(ctx: DocContext, headings: Heading[]): Iterable<string> {
  const end = headings.length ? Math.min(...headings.map((h) => h.start)) : ctx.text.length;
  for (const l of ctx.lines.slice(0, OPENING_LINES)) {
    if (l.start >= end) return;
    yield ctx.text.slice(l.start, l.end);
  }
}

export function findDocNumber(ctx: DocContext, headings: Heading[]): string | null {
  if (ctx.language !== 'zh') return null;
  return firstMatch(ctx.page.chrome, rulesFor('chrome')) ?? firstMatch(openingLines(ctx, headings), rulesFor('opening'));
}
