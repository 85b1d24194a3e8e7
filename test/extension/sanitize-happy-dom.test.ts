// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { sanitizeHtml } from '../../lib/sanitize/index';

// Under happy-dom DOMPurify leaves some elements unsanitized (see sanitize.test.ts): the
// second check must refuse the result instead of letting it be stored.
it('refuses to return HTML that is still unsafe after DOMPurify', () => {
  expect(() => sanitizeHtml('<div><h2 onclick="x()">t</h2><script>1</script></div>', window)).toThrow('sanitize-failed');
});
