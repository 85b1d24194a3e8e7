import { describe, expect, it } from 'vitest';
import { outline, run } from './helpers';

describe('Chinese heading markers and depth', () => {
  it('nests 一、 (一) 一是 by order of appearance', () => {
    const text = [
      '某县2023年法治政府建设工作报告',
      '一、主要举措和成效',
      '(一)深化改革',
      '一是推进审批改革。全年办理事项1200件。',
      '二是优化营商环境。新增企业30家。',
      '(二)规范执法',
      '二、存在的问题',
      '一是执法力量不足。二是培训不够。',
      '三、2024年工作安排',
      '(一)加强组织领导。年底前完成。',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 一、主要举措和成效 achievements',
      '2 (一)深化改革 achievements',
      '3 一是推进审批改革 achievements',
      '3 二是优化营商环境 achievements',
      '2 (二)规范执法 achievements',
      '1 二、存在的问题 problems',
      '2 一是执法力量不足 problems',
      '2 二是培训不够 problems',
      '1 三、2024年工作安排 plans',
      '2 (一)加强组织领导 plans',
    ]);
  });

  it.each([
    ['1.全力服务中心工作。具体内容。', '1 1.全力服务中心工作 other'],
    ['1、全力服务中心工作', '1 1、全力服务中心工作 other'],
    ['(1)完善工作机制。内容。', '1 (1)完善工作机制 other'],
    ['（二）完善工作机制', '1 (二)完善工作机制 other'],
    ['①建立台账。内容。', '1 ①建立台账 other'],
    ['第一，加强组织领导。内容。', '1 第一，加强组织领导 other'],
    ['一、工作开展情况', '1 一、工作开展情况 achievements'],
    ['二、存在不足与原因', '1 二、存在不足与原因 problems'],
    ['三、下一步工作打算', '1 三、下一步工作打算 plans'],
    ['二、履行推进法治建设第一责任人职责情况', '1 二、履行推进法治建设第一责任人职责情况 duties'],
    ['一、2023年工作回顾', '1 一、2023年工作回顾 achievements'],
    ['二、2024年经济社会发展总体要求和政策取向', '1 二、2024年经济社会发展总体要求和政策取向 plans'],
    ['三、2024年政府工作任务', '1 三、2024年政府工作任务 plans'],
    ['四、2021年度推进法治政府建设的主要安排', '1 四、2021年度推进法治政府建设的主要安排 plans'],
    ['一、主要举措和成效', '1 一、主要举措和成效 achievements'],
    ['五、工作要点', '1 五、工作要点 plans'],
    ['六、发展思路', '1 六、发展思路 plans'],
    ['二、工作中的短板和差距', '1 二、工作中的短板和差距 problems'],
    ['第一部分 2023年工作回顾', '1 第一部分2023年工作回顾 achievements'],
    ['第二部分：2024年主要任务', '1 第二部分2024年主要任务 plans'],
    ['三、存在的困难和问题', '1 三、存在的困难和问题 problems'],
    ['三、2024年工作思路', '1 三、2024年工作思路 plans'],
  ])('%s', (line, expected) => {
    expect(outline(`标题行不是标题吗\n${line}`)).toEqual([expected]);
  });

  it('takes the title up to the first 。 and drops trailing colons', () => {
    const h = run('某局工作报告\n(一)大力推进现代化产业体系建设，加快发展新质生产力。充分发挥创新主导作用。\n二、主要做法：').headings;
    expect(h.map((x) => x.title)).toEqual(['大力推进现代化产业体系建设，加快发展新质生产力', '主要做法']);
  });

  it('gives heading offsets that point at the title in the text', () => {
    const e = run('某县工作报告\n一、主要成效\n(一)深化改革。内容。\n一是推进审批。内容。二是优化服务；三是规范执法。');
    for (const h of e.headings) expect(e.text.slice(h.start, h.end)).toBe(h.title);
    expect(e.headings.map((h) => h.title)).toEqual(['主要成效', '深化改革', '推进审批', '优化服务', '规范执法']);
  });

  it('links children to parents and makes children inherit the role', () => {
    const e = run('某县报告\n一、存在问题\n(一)审批改革有待推进\n一是系统建设滞后。');
    const [top, mid, low] = e.headings;
    expect(mid.parentId).toBe(top.id);
    expect(low.parentId).toBe(mid.id);
    expect([top.role, mid.role, low.role]).toEqual(['problems', 'problems', 'problems']);
  });

  it('finds run-in 二是 三是 inside a paragraph only in sequence', () => {
    const e = run('某县报告\n二、存在问题\n主要表现在:一是意识不强;二是能力不足;三是保障不够。');
    expect(e.headings.slice(1).map((h) => `${h.marker}${h.title}`)).toEqual(['一是意识不强', '二是能力不足', '三是保障不够']);
    const out = run('某县报告\n一、成效\n我们坚持一是一、二是二的原则。他说：三是关键。');
    expect(out.headings.map((h) => h.marker)).toEqual(['一、']);
  });

  it('opens a plans passage at 下步一是 in a reply without markers', () => {
    const e = run([
      '某局关于某提案的答复',
      '加强制度建设。建立社会信用体系建设联席会议制度，统筹协调社会信用体系建设相关工作，综合推进政务诚信建设。',
      '推进信用信息公开。按照谁产生谁公示的原则，落实行政许可信息7个工作日内公开的要求，上传许可信息3万条。',
      '下步一是重点加强信用建设，加大归集力度。二是严格规范执法，提升法治水平。',
    ].join('\n'));
    expect(e.headings.map((h) => `${h.marker}${h.title} ${h.role}`)).toEqual([
      '加强制度建设 achievements',
      '推进信用信息公开 achievements',
      '一是重点加强信用建设，加大归集力度 plans',
      '二是严格规范执法，提升法治水平 plans',
    ]);
  });
});

describe('roles of sections whose titles name none', () => {
  it('reads them from their place in an annual report', () => {
    const text = [
      '某市人民政府关于2023年度法治政府建设情况的报告',
      '一、以习近平法治思想为指引，推动法治政府建设迈上新台阶',
      '(一)认真学习贯彻党的二十大精神。全市召开专题会议12次。',
      '二、2024年工作打算',
      '(一)深入推进依法行政。',
      '三、加强组织保障',
      '(一)压实责任。',
    ].join('\n');
    expect(run(text).headings.map((h) => `${h.depth} ${h.role}`)).toEqual([
      '1 achievements', '2 achievements', '1 plans', '2 plans', '1 plans', '2 plans',
    ]);
  });

  it('leaves them alone in documents of other kinds', () => {
    // (A notice is read as a plan since issue 11: its sections are directives.)
    expect(run('在全县安全生产工作会议上的讲话\n一、提高认识\n二、明确分工').headings.map((h) => h.role)).toEqual(['other', 'other']);
  });
});

describe('heading false positives', () => {
  it.each([
    ['2024.3.5召开会议，研究部署工作。'],
    ['2024年，全县完成投资100亿元。'],
    ['1.5万人参加培训，满意率达到95%。'],
    ['12345热线办件量同比增长10%。'],
    ['三项制度全面落实，执法更加规范。'],
    ['十四五规划顺利收官。'],
    ['一网通办实现全覆盖。'],
    ['一是一、二是二，不能含糊。'.replace('一是', '坚持一是')],
    ['是的，一是要讲清楚。'],
  ])('%s is not a heading', (line) => {
    expect(run(`某县报告\n一、主要成效\n${line}`).headings.map((h) => h.marker)).toEqual(['一、']);
  });
});

describe('English headings', () => {
  const text = [
    'Report on the Work of the Government',
    'I. A Review of Our Work in 2023',
    'Last year we did a lot. GDP grew 5.2 percent.',
    '1. We strengthened macro regulation. We issued bonds.',
    '2. We promoted industrial upgrading. We built factories.',
    'II. Overall Requirements and Policy Orientation for 2024',
    'We will pursue progress while ensuring stability.',
    'III. Major Tasks for 2024',
    '1. Striving to modernize the industrial system at a faster pace We should give full rein to the leading role of innovation and we will keep at it for a long time.',
    '(a) Expanding domestic demand',
  ].join('\n');

  it('nests I. / 1. / (a) and reads roles from the words', () => {
    expect(outline(text)).toEqual([
      '1 I.A Review of Our Work in 2023 achievements',
      '2 1.We strengthened macro regulation achievements',
      '2 2.We promoted industrial upgrading achievements',
      '1 II.Overall Requirements and Policy Orientation for 2024 plans',
      '1 III.Major Tasks for 2024 plans',
      '2 1.Striving to modernize the industrial system at a faster pace plans',
      '3 (a)Expanding domestic demand plans',
    ]);
  });

  it('reads Strategic Goal headings', () => {
    const e = run('Annual Performance Plan\nStrategic Goal 1: Improve Road Safety\nWe will cut fatalities.\nStrategic Goal 2: Modernize Transit\nWe will buy buses.');
    // The label is part of the title (the marker is empty), as it is in the report's contents.
    expect(e.headings.map((h) => `${h.depth} [${h.marker}] ${h.title}`)).toEqual(['1 [] Strategic Goal 1: Improve Road Safety', '1 [] Strategic Goal 2: Modernize Transit']);
  });

  it('recognises Title Case lines as headings and not sentences', () => {
    const e = run('Annual Performance Report\nProblems and Challenges\nSome programs lag behind schedule.\nPriorities for Next Year\nWe will hire staff.');
    expect(e.headings.map((h) => `${h.title} ${h.role}`)).toEqual(['Problems and Challenges problems', 'Priorities for Next Year plans']);
  });
});

describe('English numbered paragraphs', () => {
  const policyAddress = [
    "The Chief Executive's 2024 Policy Address",
    'Mr President, Honourable Members and fellow citizens,',
    'I. Introduction',
    '1. This is my third Policy Address. Over the past year, the economy continued to recover.',
    '2. The Government will press ahead with reforms to raise efficiency. We will set up a new working group on land supply by the end of 2024.',
    'II. Developing the Economy',
    '3. Our economy grew by 3.2 per cent in 2023. Exports rose by about 12 per cent.',
    '4. We will launch a $10 billion fund to attract enterprises.',
    '5. The Financial Services and the Treasury Bureau will consult the market on new listing rules within this year.',
    'III. Housing',
    '6. We will build 30,000 public housing units by 2027.',
  ].join('\n');

  it('numbered on across the sections are paragraphs: no headings, and their first sentences are commitments', () => {
    const e = run(policyAddress);
    expect(e.headings.map((h) => `${h.depth} ${h.marker}${h.title}`)).toEqual(['1 I.Introduction', '1 II.Developing the Economy', '1 III.Housing']);
    expect(e.commitments.map((c) => `${c.text} | ${c.deadline}`)).toEqual([
      'The Government will press ahead with reforms to raise efficiency. | null',
      'We will set up a new working group on land supply by the end of 2024. | by the end of 2024',
      'We will launch a $10 billion fund to attract enterprises. | null',
      'The Financial Services and the Treasury Bureau will consult the market on new listing rules within this year. | within this year',
      'We will build 30,000 public housing units by 2027. | by 2027',
    ]);
  });

  it('numbered again from 1 in each section, they are sub-headings', () => {
    const text = [
      'Annual Report 2024',
      'I. A Review of Our Work in 2024',
      '1. We deepened reform. We abolished 120 rules.',
      '2. We expanded opening up. Foreign trade grew by 5 per cent.',
      'II. Tasks for 2025',
      '1. Boosting consumption. We will raise basic pensions by 2 per cent.',
      '2. Expanding investment. We will issue 1.3 trillion yuan of bonds.',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 I.A Review of Our Work in 2024 achievements',
      '2 1.We deepened reform achievements',
      '2 2.We expanded opening up achievements',
      '1 II.Tasks for 2025 plans',
      '2 1.Boosting consumption plans',
      '2 2.Expanding investment plans',
    ]);
  });

  it('numbered within one section only, they are sub-headings', () => {
    const text = [
      'Annual Report on Law-Based Administration, 2023',
      'I. Main Work and Results',
      '1. Services were made simpler. All 1,268 public services are listed.',
      '2. Decisions followed due process. Eight major decisions went through review.',
      'II. Plans for 2024',
      'We will publish the list of enforcement powers by June 30, 2024.',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 I.Main Work and Results achievements',
      '2 1.Services were made simpler achievements',
      '2 2.Decisions followed due process achievements',
      '1 II.Plans for 2024 plans',
    ]);
  });
});
