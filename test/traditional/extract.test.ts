/**
 * Reports served in traditional script (big5 gateways, 繁體 toggles, Hong Kong and Macau
 * mirrors) are read as their simplified twins are, and shown as written. Fixtures written for
 * the project, in the shape of real openings.
 */
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { run } from '../extract/helpers';
import { foldDeep } from '../../lib/extract/traditional';
import type { Extraction } from '../../lib/extract/types';

const LAW_REPORT = `青溪縣人民政府關於2023年度法治政府建設情況的報告
發佈時間：2024-02-18 來源：青溪縣司法局
瀏覽次數：
市人民政府：
2023年，我縣堅持以習近平法治思想為指導，認真落實法治政府建設實施綱要，各項工作取得明顯成效。現將有關情況報告如下：
一、主要成效
（一）依法全面履行政府職能。全年取消和下放行政許可事項12項，政務服務事項網上可辦率達到98%以上。
（二）健全依法決策機制。制定重大行政決策目錄，全年組織合法性審查46件。
二、存在的問題
一是部分單位對法治政府建設重視不夠，工作推進不平衡。二是基層執法隊伍專業化水平有待提升，執法規範化程度與先進地區相比還有差距。
三、2024年工作安排
（一）深化行政執法體制改革。我縣將繼續推進綜合行政執法改革，確保年底前完成鄉鎮執法隊伍整合。
（二）加強法治隊伍建設。力爭全年組織執法人員培訓不少於4次，覆蓋率達到100%。
`;

const WORK_REPORT = `政府工作報告
——2024年1月10日在海州市第十屆人民代表大會第三次會議上
市長 林文遠
各位代表：
現在，我代表市人民政府，向大會報告工作，請予審議，並請市政協委員提出意見。
一、2023年工作回顧
過去一年，全市地區生產總值達到1.2萬億元，增長6.1%；一般公共預算收入860億元，增長7.5%。
二、2024年主要目標和重點任務
今年經濟社會發展的主要預期目標是：地區生產總值增長6%左右，城鎮新增就業12萬人以上。
我們將堅定不移擴大有效投資，全年安排重點項目500個，完成投資2000億元以上。
`;

const REPLY = `關於市政協十三屆二次會議第0215號提案的答覆
李明委員：
您提出的《關於加強社區養老服務設施建設的建議》收悉。現答覆如下：
近年來，我局採取多項措施推動社區養老服務發展，全市已建成社區養老服務中心86個。
下一步，我局將繼續加大投入，力爭到2025年底實現城市社區養老服務設施全覆蓋。
感謝您對民政工作的關心和支持。
青州市民政局
2024年5月20日
`;

describe('a 法治政府建設 report in traditional script', () => {
  const x = run(LAW_REPORT);

  it('is detected and typed as its simplified twin is', () => {
    expect(x.detection.isReport).toBe(true);
    expect(x.meta.docType).toBe('annual-report');
    expect(x.meta.coversYear).toBe(2023);
    expect(x.meta.planYear).toBe(2024);
    expect(x.meta.publishedAt).toBe('2024-02-18');
  });

  it('gives the issuer and the headings in the page\'s own characters, with their roles', () => {
    expect(x.meta.issuer).toBe('青溪縣人民政府');
    const top = x.headings.filter((h) => h.depth === 1).map((h) => `${h.title} ${h.role}`);
    expect(top).toEqual(['主要成效 achievements', '存在的問題 problems', '2024年工作安排 plans']);
  });

  it('finds commitments and problems, quoted as written', () => {
    expect(x.commitments.map((c) => c.text).join('|')).toContain('我縣將繼續推進綜合行政執法改革');
    expect(x.commitments.some((c) => c.deadline !== null && c.text.includes('確保年底前'))).toBe(true);
    expect(x.problems.map((p) => p.text).join('|')).toContain('與先進地區相比還有差距');
  });

  it('keeps every offset pointing into its own text', () => {
    for (const r of [...x.headings.map((h) => ({ text: h.title, start: h.start, end: h.end })), ...x.commitments, ...x.problems]) {
      expect(x.text.slice(r.start, r.end)).toContain(r.text.slice(0, 4));
    }
    for (const n of x.numbers) expect(x.text.slice(n.start, n.end)).toBe(n.raw);
  });
});

describe('a work report in traditional script', () => {
  const x = run(WORK_REPORT);

  it('scales 萬億元 and 億元 as in simplified', () => {
    const gdp = x.numbers.find((n) => n.raw.startsWith('1.2萬億'));
    expect(gdp?.value).toBe(1.2e12);
    expect(x.numbers.find((n) => n.raw.startsWith('860億'))?.value).toBe(8.6e10);
  });

  it('is a work report whose plans section holds the targets as commitments', () => {
    expect(x.meta.docType).toBe('work-report');
    expect(x.headings.find((h) => h.title.startsWith('2024年主要目標'))?.role).toBe('plans');
    expect(x.commitments.map((c) => c.text).join('|')).toContain('我們將堅定不移擴大有效投資');
  });
});

describe('a proposal reply in traditional script', () => {
  const x = run(REPLY);

  it('is typed as a reply and its 下一步 sentence is a commitment with its deadline', () => {
    expect(x.meta.docType).toBe('proposal-reply');
    const c = x.commitments.find((k) => k.text.includes('力爭到2025年底'));
    expect(c?.deadline).toBe('年底');
  });
});

describe('each fixture reads exactly as its simplified twin', () => {
  const toSimplified = Converter({ from: 't', to: 'cn' });
  /** What the stages decided, with every string folded so the two scripts compare. */
  const decisions = (x: Extraction) => foldDeep({
    meta: x.meta, detection: x.detection.isReport,
    headings: x.headings.map((h) => [h.depth, h.title, h.role, h.start]),
    numbers: x.numbers.map((n) => [n.raw, n.value, n.unit, n.start]),
    commitments: x.commitments.map((c) => [c.text, c.deadline, c.strength, c.start]),
    problems: x.problems.map((p) => [p.text, p.start]),
  });

  it.each([['law report', LAW_REPORT], ['work report', WORK_REPORT], ['reply', REPLY]])('%s', (_name, text) => {
    const simplified = toSimplified(text);
    expect(simplified.length).toBe(text.length);
    expect(decisions(run(text))).toEqual(decisions(run(simplified)));
  });
});
