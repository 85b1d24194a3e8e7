import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { detectText } from './helpers';

/** Our own short samples, shaped like the English speeches that report a government's year. */
const BODY = 'III. Land Supply\n18. To meet housing demand, we will increase the supply of land. We have identified sites for 30,000 flats.';

describe('English report speeches', () => {
  it.each([
    "The Chief Executive's 2031 Policy Address",
    'Mayor Lee: 2031 State of the City Address',
    'Budget Speech 2031',
    'Budget 2031-32 Speech',
    'Budget Address 2031',
  ])('%s is a report', (title) => {
    const d = detect({ title, metaTags: {}, text: BODY });
    expect(d.signals).toContain('cover:en-address');
    expect(d.isReport).toBe(true);
  });

  it('a news item about an address is not', () => {
    expect(detect({ title: 'Mayor to deliver address on Thursday', metaTags: {}, text: 'The mayor will speak at 7 p.m. Tune in on the radio.' }).isReport).toBe(false);
  });

  it('a printed budget speech whose title is set over the cover lines under a letterhead', () => {
    const text = [
      'REPUBLIC OF ESTMARK', '', 'BUDGET 2031-2032', '', 'SPEECH', 'OF', 'A. N. OTHER', 'MINISTER OF FINANCE', '', 'March 3, 2031', '',
      'Honourable Speaker,', 'I present the Budget for 2031-32.',
      '1. My government was returned for a second term. I thank the people for their trust, and I will keep my word to them.',
      '2. We will raise the allowance for students from next April, and the new rail line will be opened by March 2032.',
    ].join('\n');
    const d = detectText(text);
    expect(d.signals).toEqual(expect.arrayContaining(['cover:en-address']));
    expect(d.isReport, d.signals.join(' ')).toBe(true);
  });

  it('a Hansard transcript of a budget statement: spoken in the first person, yet a report', () => {
    const text = [
      '# Budget Statement', '', '**Time:** 3.30 pm', '', '---', '', '**Mr Speaker**', '', ': Order.', '',
      '**The Minister for Finance (Ms Jane Tan)**', '',
      ': Mr Speaker, Sir, I beg to move, "That Parliament approves the financial policy of the Government for the Financial Year 2031."', '',
      'Last year I told this House that my first duty was to keep prices in check. I am glad to say we did. Let me tell you what comes next.', '',
      'I will give every household $300 in vouchers. The first $150 will be disbursed in June.',
    ].join('\n');
    const d = detectText(text);
    expect(d.signals).toEqual(expect.arrayContaining(['cover:en-address', 'text:en-speech']));
    expect(d.signals).not.toContain('text:not-personal-en');
    expect(d.isReport).toBe(true);
  });

  it('a personal blog in the first person that mentions the Speaker stays no report', () => {
    const text = ['My week in the gallery', 'I went to watch my local member ask a question. Mr Speaker called order twice and I laughed. My friend told me the budget was dull. I\'m going again next week.'].join('\n');
    expect(detectText(text).isReport).toBe(false);
  });
});
