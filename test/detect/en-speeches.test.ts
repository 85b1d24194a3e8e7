import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';

/** Our own short samples, shaped like the English speeches that report a government's year. */
const BODY = 'III. Land Supply\n18. To meet housing demand, we will increase the supply of land. We have identified sites for 30,000 flats.';

describe('English report speeches', () => {
  it.each([
    "The Chief Executive's 2031 Policy Address",
    'Mayor Lee: 2031 State of the City Address',
    'Budget Speech 2031',
  ])('%s is a report', (title) => {
    const d = detect({ title, metaTags: {}, text: BODY });
    expect(d.signals).toContain('title:en-address');
    expect(d.isReport).toBe(true);
  });

  it('a news item about an address is not', () => {
    expect(detect({ title: 'Mayor to deliver address on Thursday', metaTags: {}, text: 'The mayor will speak at 7 p.m. Tune in on the radio.' }).isReport).toBe(false);
  });
});
