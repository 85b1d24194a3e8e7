import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { diff, pairReports } from '../../lib/diff/index';

const OLDER = '某县2022年度法治政府建设情况报告\n一、主要成效\n全年办理审批事项3万件。\n二、2023年工作安排\n建设县级行政执法监督平台。组建县行政复议中心。探索行政复议调解机制。建设法治文化公园。';

function statusOf(newerBody: string, match: string) {
  const newer = extractText(`某县2023年度法治政府建设情况报告\n${newerBody}`, { sha256: 'n' });
  const d = diff(extractText(OLDER, { sha256: 'o' }), newer);
  return d.items.find((i) => i.text.includes(match))!;
}

describe('status from evidence', () => {
  it('is fulfilled when the review says it was done', () => {
    const item = statusOf('一、主要成效\n县级行政执法监督平台于5月建成并上线运行。\n二、2024年工作安排\n巩固成果。', '监督平台');
    expect(item.status).toBe('fulfilled');
    expect(item.evidence[0].text).toContain('建成并上线运行');
    expect(item.why.rules).toEqual(['zh-done']);
  });

  it('is progress when the review says it is under way', () => {
    const item = statusOf('一、主要成效\n县行政复议中心组建方案已报批，正在筹建。\n二、2024年工作安排\n巩固成果。', '复议中心');
    expect(item.status).toBe('progress');
  });

  it('is unaddressed when nothing speaks of it', () => {
    const item = statusOf('一、主要成效\n全年开展普法活动120场。\n二、2024年工作安排\n巩固成果。', '调解机制');
    expect(item.status).toBe('unaddressed');
    expect(item.evidence).toEqual([]);
  });

  it('is not fulfilled when the words appear only in the newer plans section', () => {
    const item = statusOf('一、主要成效\n全年开展普法活动120场。\n二、2024年工作安排\n建成法治文化公园。', '法治文化公园');
    expect(item.status).toBe('unaddressed');
    expect(item.why.rules).toEqual(['repeated-in-plans-only']);
  });

  it('keeps offsets of evidence inside the newer text', () => {
    const newerText = '某县2023年度法治政府建设情况报告\n一、主要成效\n县级行政执法监督平台建成运行。\n二、2024年工作安排\n巩固成果。';
    const newer = extractText(newerText, { sha256: 'n' });
    for (const item of diff(extractText(OLDER, { sha256: 'o' }), newer).items) {
      for (const e of item.evidence) expect(newer.text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('pairReports', () => {
  const meta = (issuer: string | null, coversYear: number | null, planYear: number | null, docType = 'annual-report' as const) =>
    ({ meta: { issuer, docType, coversYear, planYear, publishedAt: null } });

  it('pairs the same issuer when the newer reviews the year the older planned', () => {
    const reports = [meta('松溪县人民政府', 2023, 2024), meta('松溪县人民政府', 2022, 2023), meta('别的县', 2023, 2024), meta('松溪县', 2024, 2025)];
    expect(pairReports(reports).map((p) => [p.older, p.newer])).toEqual([[1, 0], [0, 3]]);
  });

  it('does not pair different document types or unknown issuers', () => {
    expect(pairReports([meta(null, 2022, 2023), meta(null, 2023, 2024)])).toEqual([]);
    expect(pairReports([meta('某县', 2022, 2023), { meta: { ...meta('某县', 2023, 2024).meta, docType: 'work-plan' as const } }])).toEqual([]);
  });
});

describe('English evidence meets irregular verb forms', () => {
  it('matches "build" in the plan with "built" in the review', () => {
    const older = extractText('Harbor County Annual Report 2023\nI. Review of 2023\nWe repaired roads.\nII. Priorities for 2024\nWe will build a pedestrian bridge over the Mill River.', { sha256: 'o' });
    const newer = extractText('Harbor County Annual Report 2024\nI. Review of 2024\nA pedestrian bridge over the Mill River was built and opened in May.\nII. Priorities for 2025\nWe will repave Main Street.', { sha256: 'n' });
    const [item] = diff(older, newer).items;
    expect(item.status).toBe('fulfilled');
    expect(item.why.terms).toContain('build');
  });
});
