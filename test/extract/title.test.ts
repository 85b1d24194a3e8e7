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

describe('a title set on two lines', () => {
  const body = '\n2024年，全县坚持依法行政，法治政府建设各项工作稳步推进。\n一、主要举措和成效\n执法事项清单完成调整。';
  it.each([
    ['a long title whose last word wrapped (a PDF text layer)', '青禾县人民政府2024年度法治政府建设工作\n报告', '青禾县人民政府2024年度法治政府建设工作报告'],
    ['the same with a blank line between', '青禾县人民政府2024年度法治政府建设工作\n\n报告', '青禾县人民政府2024年度法治政府建设工作报告'],
    ['a two-word tail', '某市司法局2025年法治政府建设\n工作要点', '某市司法局2025年法治政府建设工作要点'],
    ['an issuer over a 关于… title', '某市某区人民政府\n关于2024年法治政府建设情况的报告', '某市某区人民政府关于2024年法治政府建设情况的报告'],
  ])('%s is joined', (_name, head, title) => {
    expect(titleOf(head + body)).toBe(title);
  });

  it.each([
    ['a full title over a column label', '某区2020年法治政府建设情况报告\n工作报告', '某区2020年法治政府建设情况报告'],
    ['a title over a line that ends a sentence', '某县2024年法治政府建设年度报告\n现报告如下：', '某县2024年法治政府建设年度报告'],
  ])('%s is not joined', (_name, head, title) => {
    expect(titleOf(head + body)).toBe(title);
  });
});
