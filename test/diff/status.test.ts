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
    expect(item.why.rules).toEqual(['zh-built']);
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

/** One item of a district pair: older plans, newer review body. */
function districtItem(olderPlans: string, newerReview: string, match: string) {
  const older = extractText(`某区2022年法治政府建设年度报告\n一、主要工作\n完成年度任务。\n二、2023年工作安排\n${olderPlans}`, { sha256: 'o' });
  const newer = extractText(`某区2023年法治政府建设年度报告\n一、主要工作\n${newerReview}\n二、存在的问题\n基层力量不足。\n三、2024年工作安排\n巩固提升。`, { sha256: 'n' });
  const d = diff(older, newer);
  return { d, item: d.items.find((i) => i.text.includes(match))! };
}

describe('status from meaning (issue 12)', () => {
  it('is fulfilled when the newer report says it was done in other words', () => {
    const { item } = districtItem('编制区级行政许可事项清单，并向社会公开。', '编制并公布区级行政许可事项清单，共列入行政许可事项312项。', '行政许可事项清单');
    expect(item.status).toBe('fulfilled');
    expect(item.evidence[0].text).toContain('编制并公布区级行政许可事项清单');
  });

  it('is fulfilled for completed events and documents', () => {
    const held = districtItem('举办全区法治文化节。', '成功举办第二届全区法治文化节，参与群众2万余人次。', '法治文化节');
    expect(held.item.status).toBe('fulfilled');
    const issued = districtItem('制定行政执法协调监督工作体系建设实施方案。', '出台行政执法协调监督工作体系建设实施方案，明确四级监督职责。', '实施方案');
    expect(issued.item.status).toBe('fulfilled');
  });

  it('is progress when the newer report speaks of it as under way', () => {
    const { item } = districtItem('推进镇街综合行政执法改革。', '镇街综合行政执法改革稳步推进，已有6个镇街完成事项划转。', '综合行政执法改革');
    expect(item.status).toBe('progress');
  });

  it('is fulfilled when a quantity to deliver is exceeded', () => {
    const { item } = districtItem('新开工改造城镇老旧小区120个。', '全年新开工改造城镇老旧小区136个，惠及居民1.1万户。', '老旧小区');
    expect(item.targets.map((t) => [t.outcome, t.direction])).toEqual([['off-target', 'above']]);
    expect(item.status).toBe('fulfilled');
  });

  it('never shows a status that its target row contradicts', () => {
    const { item } = districtItem('行政机关负责人出庭应诉率保持100%。', '行政机关负责人出庭应诉率达96.5%。', '出庭应诉率');
    expect(item.targets[0].actual?.raw).toBe('96.5%');
    expect(item.status).not.toBe('fulfilled');
    expect(item.status).not.toBe('unaddressed');
    expect(item.evidence[0].text).toContain('96.5%');
  });

  it('is missed when the newer report admits the target was not reached', () => {
    const { item } = districtItem('行政复议纠错率控制在8%以内。', '全年办理行政复议案件230件。\n行政复议纠错率控制目标没有完成，个别单位执法不规范。', '纠错率');
    expect(item.status).toBe('missed');
    expect(item.evidence[0].text).toContain('没有完成');
  });

  it('is unaddressed only when nothing clears the bar, and then shows the closest passage', () => {
    const { item } = districtItem('探索建立行政争议多元调解机制。', '全年办理行政复议案件230件，纠错率6%。', '调解机制');
    expect(item.status).toBe('unaddressed');
    expect(item.evidence).toEqual([]);
    expect(item.closest?.text).toBeTruthy();
  });

  it('judges a heading that names its items by those items, and marks it as their group', () => {
    const { d } = districtItem('(一)加强执法队伍建设\n每个镇街配备专职执法人员不少于5名。开展全员轮训。', '各镇街平均配备专职执法人员5.4名。全员轮训于9月完成。', '专职执法人员');
    expect(d.items.map((i) => [i.text, i.status, i.group?.length ?? 0])).toEqual([
      ['加强执法队伍建设', 'fulfilled', 2],
      ['每个镇街配备专职执法人员不少于5名', 'fulfilled', 0],
      ['开展全员轮训', 'fulfilled', 0],
    ]);
  });
});
