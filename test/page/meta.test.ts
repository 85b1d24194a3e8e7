import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { META_RULES, cleanTitle, readMetaTags } from '../../lib/extract/page/meta';
import { CHROME_RULES, chromeRuleOf } from '../../lib/extract/rules/chrome';

describe('cleanTitle', () => {
  it.each([
    ['云溪县人民政府2023年度法治政府建设工作报告_法治政府建设_云溪县人民政府', '云溪县人民政府2023年度法治政府建设工作报告'],
    ['2024年政务公开工作要点 - 云溪县人民政府', '2024年政务公开工作要点'],
    ['2024年政务公开工作要点-云溪县人民政府门户网站', '2024年政务公开工作要点'],
    ['法治政府建设实施方案（2016-2020年）_云溪县', '法治政府建设实施方案（2016-2020年）'],
    ['FY 2023 Annual Performance Report | Office of Rural Services', 'FY 2023 Annual Performance Report'],
    ['政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上', '政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上'],
    ['  Report on the Work of the Government ', 'Report on the Work of the Government'],
  ])('%j → %j', (raw, clean) => expect(cleanTitle(raw)).toBe(clean));

  it('never takes the site or column name as the title', () => {
    expect(cleanTitle('云溪县人民政府_关于停水的通知', { sitename: '云溪县人民政府' })).toBe('关于停水的通知');
  });

  it('returns null for no title', () => expect(cleanTitle(null)).toBeNull());
});

describe('readMetaTags', () => {
  it('keeps gov CMS, Open Graph and Dublin Core tags by lower-cased name, first one winning', () => {
    const { document } = parseHTML(`<html><head>
      <meta name="viewport" content="width=device-width"><meta name="ArticleTitle" content=" 标题 一 ">
      <meta name="articletitle" content="重复"><meta property="og:title" content="OG"><meta name="DC.Date" content="2024-01-01">
      <meta name="PubDate" content=""><meta http-equiv="X-UA-Compatible" content="IE=edge"></head><body></body></html>`);
    expect(readMetaTags(document as unknown as Document)).toEqual({ articletitle: '标题 一', 'og:title': 'OG', 'dc.date': '2024-01-01' });
  });

  it('has an example for every rule', () => {
    for (const r of META_RULES) expect(r.example).toMatch(/<meta/);
  });
});

describe('chrome rules', () => {
  it('every example matches its own rule', () => {
    for (const r of CHROME_RULES) {
      expect(r.pattern.test(r.example), r.id).toBe(true);
      expect(chromeRuleOf(r.example), r.id).not.toBeNull();
    }
  });

  it.each([
    '2023年，全县主办各类培训班12期，承办省级现场会1次。',
    'Home ownership rose to 64 percent in FY 2023.',
    '版权保护工作持续加强，查处侵权盗版案件15起。',
  ])('keeps body text: %j', (line) => expect(chromeRuleOf(line)).toBeNull());
});
