/**
 * Detection rules as data. Each rule reads one field of the page (URL host or path, meta
 * tags, title, text sample) and adds its weight when its pattern matches; `min` rules count
 * distinct matches (marker headings 一、二、…) and fire at that many. Weights add up per
 * group, each group is capped (GROUP_CAPS) so no single kind of evidence decides alone,
 * and negative rules pull news, notices, shops and encyclopedia pages down.
 */

/** The page field a rule reads ('structure' reads the text sample, counting markers; 'cover' the title and the text's opening short lines). */
export type RuleField = 'host' | 'path' | 'meta' | 'title' | 'cover' | 'text' | 'structure';
/** Groups whose weights are summed and capped together. */
export type RuleGroup = 'site' | 'title' | 'text' | 'structure' | 'negative';

/** One detection rule: a pattern over one field, with its weight and an example it matches. */
export interface DetectRule {
  id: string;
  on: RuleField;
  pattern: RegExp;
  weight: number;
  example: string;
  /** Count distinct matches (capture group 1, else the match) and fire at this many. */
  min?: number;
  /** Title rules that name a document type ('报告', '要点', 'Annual Report'). */
  doctype?: boolean;
  /** Negative rules that stand down when a doctype title rule fired ("…报告的通知" is a report). */
  unlessDoctype?: boolean;
}

/** Maximum total weight per group. */
export const GROUP_CAPS: Record<Exclude<RuleGroup, 'negative'>, number> = { site: 0.25, title: 0.5, text: 0.4, structure: 0.45 };

/** isReport when the score reaches this. */
export const REPORT_THRESHOLD = 0.6;

/** Start of a line, allowing the spaces scrapes leave (NBSP, ideographic space). */
const BOL = '^[ \\t\\u00a0\\u3000]*';
const CN = '[一二三四五六七八九十]{1,3}';
const ROMAN = '(?:I{1,3}|IV|VI{0,3}|IX|X)';

/** Rules of one field, written without repeating it (the table ships in every web page's content script). */
const on = (field: RuleField, rules: Omit<DetectRule, 'on'>[]): DetectRule[] => rules.map((r) => ({ ...r, on: field }));

/** The rule table, in scoring order. Signals are named `field:id` ('url:' for host and path). */
export const RULES: DetectRule[] = [
  // Site: where the page lives and what the CMS says about it.
  ...on('host', [
    { id: 'gov.cn', pattern: /(^|\.)gov\.cn$/i, weight: 0.15, example: 'www.guannan.gov.cn' },
    { id: '.gov', pattern: /\.gov(\.(?!cn$)[a-z]{2})?$/i, weight: 0.15, example: 'www.energy.gov, www.gov.uk' },
    { id: 'gov-other', pattern: /(^|\.)(gc\.ca|europa\.eu|govt\.nz|gouv\.fr|admin\.ch|bund\.de|go\.jp|go\.kr)$/i, weight: 0.1, example: 'www.canada.gc.ca' },
  ]),
  ...on('path', [
    { id: 'report-path', pattern: /gzbg|ndbg|fzzfjs|zfxxgkndbg|annual-?report|performance-?report|work-?report/i, weight: 0.1, example: '/zwgk/fzzfjs/202012/t20201223.html' },
  ]),
  // Meta rules read "name=content" lines (names lower-cased).
  ...on('meta', [
    { id: 'ArticleTitle', pattern: /^articletitle=/m, weight: 0.05, example: '<meta name="ArticleTitle" content="…">' },
    { id: 'PubDate', pattern: /^pubdate=/m, weight: 0.05, example: '<meta name="PubDate" content="2020-12-23 10:00">' },
    { id: 'ContentSource', pattern: /^contentsource=/m, weight: 0.05, example: '<meta name="ContentSource" content="灌南县司法局">' },
    { id: 'ColumnName', pattern: /^columnname=/m, weight: 0.05, example: '<meta name="ColumnName" content="法治政府建设">' },
    { id: 'report-words', pattern: /^(columnname|columntype|keywords|description)=.*(报告|规划|计划|要点|法治政府|答复|提案|Annual Report|Performance (Plan|Report))/im, weight: 0.15, example: '<meta name="ColumnName" content="工作报告">' },
  ]),

  // Title: document-type words (doctype) and report topics.
  ...on('title', [
    { id: '工作报告', pattern: /工作报告|Government Work Report|Report on the Work of the Government/i, weight: 0.45, doctype: true, example: '2024年政府工作报告' },
    { id: '年度报告', pattern: /年度.{0,20}报告|年报|Annual (Performance )?Report|Performance (and Accountability )?Report|Agency Financial Report|Report of the (Comptroller|Auditor)/i, weight: 0.45, doctype: true, example: '2020年度法治政府建设情况报告' },
    { id: '情况报告', pattern: /情况的?报告|进展.{0,4}报告|Progress Report/i, weight: 0.45, doctype: true, example: '呼中区法治政府建设工作情况报告' },
    { id: '报告', pattern: /报告(?![会厅])|\bReport\b/i, weight: 0.3, doctype: true, example: '关于2023年度预算执行情况的报告' },
    { id: '工作要点', pattern: /工作要点|工作计划|工作安排|工作总结|Performance Plan|Strategic Plan|Work Plan/i, weight: 0.4, doctype: true, example: '2024年政务公开工作要点' },
    { id: '规划', pattern: /规划|安排|实施方案|总结/, weight: 0.3, doctype: true, example: '民政局深化依法行政规划安排' },
    { id: '答复', pattern: /答复|复函|办理情况/, weight: 0.35, doctype: true, example: '关于市政协第123号提案的答复' },
    { id: '提案', pattern: /提案|议案|代表建议/, weight: 0.15, example: '对市人大代表建议第45号的答复' },
    { id: '法治政府建设', pattern: /法治政府.{0,2}建设|依法行政|政务公开/, weight: 0.2, example: '灌南县人民政府2020年度法治政府建设工作报告' },
  ]),
  // Speeches that review the year and set out plans, like a work report: policy addresses, State of the City, budget speeches.
  // Read on the cover too: a printed speech sets its title over several short lines ("BUDGET 2024-2025 / SPEECH / OF …").
  ...on('cover', [
    { id: 'en-address', pattern: /\bPolicy Address\b|\bState of the (City|County|State|Region|Borough|Union) (Address|Speech|Report)\b|\bBudget(?: (?:FY ?)?\d{4}(?:[-–/]\d{2,4})?)?\s+(Speech|Statement|Address)\b|\bSpeech from the Throne\b/i, weight: 0.45, doctype: true, example: "The Chief Executive's 2024 Policy Address; BUDGET 2024-2025 SPEECH" },
  ]),
  ...on('title', [
    { id: 'Review of Work', pattern: /Review of (Our|the) Work|Work Review|工作回顾/i, weight: 0.3, doctype: true, example: 'I. A Review of Our Work in 2023' },
  ]),

  // Text sample: how reports open and what they talk about.
  ...on('text', [
    { id: 'report-intro', pattern: /(报告|汇报|总结)如下|特此报告/, weight: 0.3, example: '现将有关情况报告如下：' },
    // A plan's covering notice or its own purpose line: a plan without its title line still says what it is.
    { id: 'plan-intro', pattern: /印发给你们|通知如下|制定本/, weight: 0.2, example: '现印发给你们' },
    { id: 'reply-intro', pattern: /答复如下|(办理|落实)情况(答复|报告|说明)如下/, weight: 0.3, example: '经研究，现答复如下：' },
    { id: 'speech-opening', pattern: /各位代表[：:，,]|向大会报告政府工作/, weight: 0.35, example: '各位代表：现在，我代表国务院，向大会报告政府工作' },
    // A speech to a legislature: how it is addressed and moved. A minister's budget statement speaks in the first person.
    { id: 'en-speech', pattern: /\b(Mr|Madam) (Speaker|President|Deputy Speaker)\b|Hon[’']ble Speaker|\bI beg to move\b|\bI (move|present|table|rise to present) (that|the (\w+ )?Budget)\b/i, weight: 0.25, example: 'Mr Speaker, Sir, I beg to move; Hon’ble Speaker, I present the Budget for 2031-32.' },
    { id: 'en-gwr', pattern: /report to you on the work of the government|Fellow Deputies/i, weight: 0.35, example: 'I will now report to you on the work of the government' },
    { id: 'en-report', pattern: /\b(this|the) (annual|performance|progress) report\b|\bfiscal year (20\d\d)\b|\bFY ?20\d\d\b|\bperformance (goals|measures|indicators)\b|\bstrategic (goals|objectives)\b/i, weight: 0.15, example: 'This Annual Performance Report presents FY 2023 results' },
    { id: 'en-plans', pattern: /\b(Priorities|Plans|Goals|Objectives) for (20\d\d|the (coming|next) year)|\bNext steps\b|\bLooking [Aa]head\b|\bwhat we will deliver\b|\bWe will (deliver|resurface|complete|open|launch|introduce)\b/, weight: 0.15, example: '3. Priorities for 2024-25' },
    { id: '法治政府建设', pattern: /法治政府.{0,2}建设|依法行政/, weight: 0.1, example: '认真推进法治政府建设各项任务落实' },
    { id: 'work-summary', pattern: /各项工作取得|取得了?(明显|显著|积极|新的|较好)?(成效|进展|成绩)|主要(举措|做法)和成效|工作开展情况|成效(明显|显著)|完成了?全年(各项)?(工作|目标)?任务/, weight: 0.15, example: '各项工作稳步推进、成效明显' },
    // "2024年,在市委、市政府正确领导下,我区坚持…": how a year's review opens, with or without a title.
    { id: 'year-review-opening', pattern: /^[ \t\u00a0\u3000]*(?:(?:19|20)\d\d年(?:度|以来)?|今年以来|一年来)[,，].{0,40}?(?:坚持|在.{0,16}(?:领导|指导|支持)下)/m, weight: 0.15, example: '2024年,在市委、市政府正确领导下,我区坚持以习近平新时代中国特色社会主义思想为指导' },
    { id: 'plans', pattern: /下一步(工作)?(打算|安排|计划|思路)|下步工作|(20\d\d|明)年(工作)?(打算|安排|重点)|重点抓好以下工作|主要(目标|任务)(是|为)?[：:]/, weight: 0.15, example: '本年度要重点抓好以下工作：' },
    // Who a report or a plan is sent to: a government, or the units and departments a notice directs.
    { id: 'addressee', pattern: new RegExp(`${BOL}[\\u4e00-\\u9fa5，、]{2,40}(人民政府|委员会|常委会|办公室|单位|部门)[:：]\\s*$`, 'm'), weight: 0.1, example: '连云港市人民政府：\n各乡镇人民政府，县直各单位：\n区政府各部门：' },
  ]),

  // Structure: marker headings in the text sample.
  ...on('structure', [
    { id: 'marker', pattern: new RegExp(`${BOL}(${CN})、`, 'gm'), min: 1, weight: 0.15, example: '一、2024年工作回顾' },
    { id: 'markers', pattern: new RegExp(`${BOL}(${CN})、`, 'gm'), min: 2, weight: 0.1, example: '一、主要举措和成效 … 二、存在问题' },
    { id: 'sub-markers', pattern: new RegExp(`${BOL}[（(](${CN})[）)]`, 'gm'), min: 2, weight: 0.15, example: '（一）依法全面履行政府职能' },
    { id: 'enumeration', pattern: /([一二三四五六七八九十])是/g, min: 2, weight: 0.15, example: '一是深化改革……二是优化服务' },
    { id: 'numbered', pattern: new RegExp(`${BOL}(\\d{1,2})[.．、]\\s*[\\u4e00-\\u9fa5]`, 'gm'), min: 2, weight: 0.1, example: '1.全力服务中心工作。' },
    { id: 'en-numbered', pattern: new RegExp(`${BOL}(\\d{1,2})\\.\\s+[A-Z][a-z]`, 'gm'), min: 2, weight: 0.1, example: '1. Performance in 2023-24 … 3. Priorities for 2024-25' },
    { id: 'roman', pattern: new RegExp(`${BOL}(${ROMAN})\\.\\s+[A-Z]`, 'gm'), min: 1, weight: 0.15, example: 'I. A Review of Our Work in 2023' },
    {
      id: 'sections', weight: 0.2, example: '三、下一步工作打算',
      // A review heading, however worded: 2024年工作回顾, 过去五年政府工作的回顾, “十三五”时期经济社会发展的回顾;
      // or a plan's task, numbered and saying what is to be done (二、开展隐患排查, 1.健全依法决策机制).
      pattern: new RegExp(`${BOL}(?:${CN}、|[（(]${CN}[）)]|\\d{1,2}[.．、]|${ROMAN}\\.\\s+).{0,20}(加强|推进|完善|健全|开展|落实|回顾|主要(举措|做法|成效|工作)|工作开展情况|工作总结|工作情况|存在(的)?(主要)?问题|不足|下一步|下步|工作(打算|安排|思路|目标)|总体要求|主要目标|重点任务|A Review of|Overall Requirements|Major Tasks|Performance Results|Looking Ahead)`, 'im'),
    },
  ]),

  // Negative: notice and news titles (unless a doctype word fired), blogs, shops, wikis, news bylines.
  ...on('title', [
    { id: 'not-notice', unlessDoctype: true, pattern: /通知|公告|公示|通告|启事|招聘|招标|采购|中标|成交/, weight: -0.2, example: '关于2024年春节期间停水的通知' },
    { id: 'not-news', unlessDoctype: true, pattern: /召开|举行|举办|调研|视察|座谈|会见|走访|新闻|要闻|动态|News\b/i, weight: -0.2, example: '我县召开法治政府建设推进会' },
    // An interpretation, infographic or press Q&A retells a report it names and reads like one to every other rule.
    { id: 'not-reading', pattern: /解读|图解|一图读懂|答记者问/, weight: -0.8, example: '关于《2023年度法治政府建设情况报告》的政策解读; 图解：2024年政府工作报告; 一图读懂《工作要点》; 负责人就《实施方案》答记者问' },
    { id: 'not-gov', pattern: /百科|Wikipedia|博客|Blog|商城|旗舰店|淘宝|京东|购物|\bShop\b|\bStore\b/i, weight: -0.3, example: 'Yangtze River - Wikipedia' },
  ]),
  ...on('text', [
    { id: 'not-news', pattern: /记者|通讯员|本报讯|新华社|责任编辑|会议(指出|强调|要求)|\b(reported|said) on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, weight: -0.15, example: '本报讯（记者 王明）' },
    { id: 'not-wiki', pattern: /From Wikipedia|Jump to navigation|This article is about|\[edit\]|\[\d+\]\s*$/m, weight: -0.2, example: 'From Wikipedia, the free encyclopedia' },
    { id: 'not-personal', pattern: /(?<!自)我(?![县区市局省们国委院厅镇乡部司处校科所站办])(.)/g, min: 3, weight: -0.2, example: '告诉我…陪我训练…我也要…' },
    { id: 'not-personal-en', unlessDoctype: true, pattern: /\b(my|me|I'm|I've|I'd)\b/gi, min: 2, weight: -0.2, example: 'my old camera … tell me' },
    { id: 'not-shop', pattern: /加入购物车|立即购买|Add to (cart|basket)|Buy now|包邮|[￥¥]\s?\d/i, weight: -0.3, example: '￥199.00 加入购物车' },
  ]),
];

/** Fewer sentence ends than this in a long sample means a link list or a menu, not prose. */
export const MIN_SENTENCES = 3;
/** Weight of 'structure:no-prose' (a long sample with almost no sentence ends). */
export const NO_PROSE_WEIGHT = -0.3;
/** Sentence ends counted for the no-prose check (a ；-separated paragraph is prose too; menus have none). */
export const SENTENCE_END = /[。！？；]|;(?=[\u4e00-\u9fa5])|[.!?](?=\s+["“A-Z])/g;
