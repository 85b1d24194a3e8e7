import { describe, expect, it } from 'vitest';
import { BINARY_SCAN, looksBinaryText } from '../../lib/text/binary';

describe('looksBinaryText: binary data that a browser decoded as text', () => {
  const cases: [string, string, boolean][] = [
    ['a Chinese report line', '全年办理行政复议案件71件，纠错率13.2%。\n二、存在的问题\n', false],
    ['text with tabs, form feeds, CR and ESC (they occur in text)', 'a\tb\fc\r\nd\u001b[0m e '.repeat(50), false],
    ['empty', '', false],
    ['64 kB of bytes read as GB18030 by Chromium (CJK among controls)', '谏抚枀tcRA0\u001f\u000e凼龚梿udSB1 \u000f芩憨槆veTC2!\u0010\ufffd'.repeat(100), true],
    ['a page of U+FFFD (bytes no guessed encoding can read)', `<p>${'\ufffd'.repeat(100)}</p>`, true],
    ['a few replacement characters in a long text (one bad byte sequence)', `${'正文内容，'.repeat(200)}\ufffd\ufffd`, false],
    ['exactly 5 % stray controls: still text', `${'x'.repeat(95)}${'\u0001'.repeat(5)}`, false],
    ['just over 5 %', `${'x'.repeat(94)}${'\u0001'.repeat(6)}`, true],
  ];
  it.each(cases)('%s → %s', (_name, text, expected) => {
    expect(looksBinaryText(text)).toBe(expected);
  });

  it('reads only the first BINARY_SCAN characters (cheap on a 10 MB page)', () => {
    expect(looksBinaryText(`${'正'.repeat(BINARY_SCAN)}${'\u0001'.repeat(BINARY_SCAN)}`)).toBe(false);
  });
});
