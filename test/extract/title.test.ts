import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';

const titleOf = (text: string) => extractText(text, { sha256: 'x' }).source.title;

describe('the title line of a plain-text report', () => {
  it.each([
    ['an English salutation', 'Fellow Deputies,\nOn behalf of the State Council, I will now report to you on the work of the government.\nI. A Review of Our Work in 2024\nGrowth was steady.', null],
    ['a Chinese salutation', '各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n经济运行总体平稳。', null],
    ['a salutation below the real title', '政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2024年工作回顾\n经济运行总体平稳。', '政府工作报告'],
  ])('%s is never the title', (_name, text, title) => {
    expect(titleOf(text)).toBe(title);
  });
});
