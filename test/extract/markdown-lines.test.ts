/**
 * Markdown texts (a Hansard export, a plan kept in a repository): marks are layout. Our own
 * samples, shaped like a parliament's transcript in Markdown.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, readMarkdownLines } from '../../lib/extract/markdown-lines';
import { textToPage } from '../../lib/extract/text-page';
import { run } from './helpers';

const HANSARD = [
  '# Budget Statement', '', '**Time:** 2.00 pm', '', '---', '',
  '**Madam Speaker**', '', ': Order. The Clerk will read the Notice of Motion.', '',
  '**The Minister for Finance (Mr Tan Ah Kow)**', '',
  ': Madam Speaker, I beg to move, "That Parliament approves the financial policy of the Government for the Financial Year 2031."', '',
  'Our economy grew by 2.1% last year. I will give every household **$400** in vouchers.', '',
  '- The first $200 will be paid in June.', '',
].join('\n');

describe('Markdown recognised by its own marks', () => {
  it('a Hansard transcript is Markdown; plain text and a text with one stray mark are not', () => {
    expect(looksLikeMarkdown(HANSARD.split('\n'))).toBe(true);
    expect(looksLikeMarkdown(['Annual Report 2031', '', 'We opened 12 clinics.', 'Next year we will open 3 more.'])).toBe(false);
    expect(looksLikeMarkdown(['Annual Report 2031', '# of clinics opened: 12', 'We will open 3 more.'])).toBe(false);
  });

  it('reads headings, speaker lines, field labels, turns, bullets and inline marks', () => {
    const read = readMarkdownLines(HANSARD.split('\n')).filter((l) => l.text);
    expect(read).toEqual([
      { text: 'Budget Statement', heading: 1 },
      { text: 'Time: 2.00 pm', chrome: true },
      { text: 'Madam Speaker', chrome: true },
      { text: 'Order. The Clerk will read the Notice of Motion.' },
      { text: 'The Minister for Finance (Mr Tan Ah Kow)', chrome: true },
      { text: 'Madam Speaker, I beg to move, "That Parliament approves the financial policy of the Government for the Financial Year 2031."' },
      { text: 'Our economy grew by 2.1% last year. I will give every household $400 in vouchers.' },
      { text: '• The first $200 will be paid in June.' },
    ]);
  });

  it('a bold line with no turn after it is a bold paragraph, kept as text', () => {
    expect(readMarkdownLines(['**Priorities for 2031**', '', 'We will build 400 homes.'])[0]).toEqual({ text: 'Priorities for 2031' });
  });
});

describe('a Markdown report through the text reader', () => {
  it('is titled without its #, keeps speaker lines as chrome, and no speaker line is a heading', () => {
    const page = textToPage(HANSARD);
    expect(page.title).toBe('Budget Statement');
    expect(page.chrome).toEqual(expect.arrayContaining(['Madam Speaker', 'The Minister for Finance (Mr Tan Ah Kow)']));
    expect(run(HANSARD).headings).toEqual([]);
  });

  it('a ## heading in the body is a heading', () => {
    const text = ['# Annual Plan 2031', '', '## Priorities for 2031', '', 'We will build 400 homes.', '', '## Risks', '', 'Costs are rising.'].join('\n');
    expect(run(text).headings.map((h) => h.title)).toEqual(['Priorities for 2031', 'Risks']);
  });
});
