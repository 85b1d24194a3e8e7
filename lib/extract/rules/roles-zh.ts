/**
 * Chinese evidence for section roles and admitted problems (section-roles.ts, admissions.ts).
 * A report reads preamble → review → (problems) → plans → closing; these tables give the
 * words of each part: section names, the time a title places its section in, the tense of
 * sentences, and the formulas that open and close an admission of shortcomings. Each entry
 * has examples from more than one issuer or year; `counter` lists phrasings it must not match.
 */
import type { CueRule, RoleRule, SpanRule } from './types';

/**
 * Heading words → role. First match wins, so specific rules go first. `names` marks words that
 * name a section of their own ("存在的问题", "下一步工作打算"): a sub-heading with them keeps
 * that role even under a parent of another role.
 */
export const ZH_ROLE_RULES: RoleRule[] = [
  { id: 'duties-first-responsible', role: 'duties', pattern: /第一责任人|履行.{0,12}职责/, example: '履行法治政府建设第一责任人职责情况', also: ['党政主要负责人履行推进法治建设第一责任人职责情况', '区政府主要负责人履行职责情况'] },
  // A problem word that is the object of an action names work done or planned, not problems.
  { id: 'action-on-problems', role: 'other', pattern: /(解决|破解|化解|整改|应对|克服|补齐|补强|弥补|回应|聚焦|防范|攻克|加强|改进|改善|扭转|缓解|消除|减少).{0,14}(问题|不足|短板|差距|困难|挑战|风险|薄弱环节)/, example: '着力解决经济运行中的突出问题', also: ['扎实推进问题整改，补齐民生短板', '积极应对风险挑战'] },
  // Named as a section of its own: existing problems, problems and their causes.
  // A plan that is the object of an action ("制定年度工作要点") is work done or to do, not the plans section.
  { id: 'action-on-plans', role: 'other', pattern: /(制定|印发|编制|出台|修订|落实|执行|报送)[^，。]{0,16}?(计划|要点|规划|方案|安排)/, example: '制定年度法治政府建设工作要点', also: ['编制“十四五”法治政府建设规划', '落实年度立法工作计划'], counter: ['2024年工作安排', '下一步工作计划'] },
  { id: 'problems-name', role: 'problems', names: true, pattern: /存在的?(主要)?(问题|不足|短板|差距|困难)|面临的?.{0,6}(问题|困难|挑战)|(问题|不足|短板|差距|困难)(和|与|及|、)(不足|原因|差距|短板|困难|挑战|问题)|^(主要)?(问题|不足|困难)$/, example: '存在的问题和不足', also: ['存在不足与原因', '当前面临的困难和挑战', '问题与差距'], counter: ['控制固定资产投资过快增长，大力加强薄弱环节'] },
  { id: 'problems-words', role: 'problems', pattern: /问题|不足|短板|差距|困难|挑战|薄弱环节/, example: '法治政府建设中的薄弱环节', also: ['工作中的不足', '与群众期待的差距'] },
  { id: 'achievements-done', role: 'achievements', names: true, pattern: /完成情况|工作回顾|回顾/, example: '2023年工作回顾', also: ['过去五年政府工作的回顾', '“十一五”时期国民经济和社会发展的回顾'] },
  { id: 'plans-words', role: 'plans', names: true, pattern: /打算|安排|计划|任务|要点|下一步|下步|思路|总体要求|政策取向|展望|工作重点|重点工作|主要目标|预期目标|目标任务|(总体|工作|重点)部署|建议$/, example: '下一步工作打算', also: ['2009年工作总体部署', '2024年主要任务', '对今年政府工作的建议'] },
  // "2023年主要工作" reviews a report on 2023; "2024年主要工作", "今年主要工作" in a report given early in 2024 plan it.
  { id: 'main-work', role: 'achievements', timeless: true, pattern: /主要工作$/, example: '2023年主要工作', also: ['今年主要工作', '一、主要工作'], counter: ['主要工作成效', '主要工作开展情况'] },
  { id: 'achievements-words', role: 'achievements', pattern: /成效|情况|举措|成绩|做法|进展|亮点|工作开展|主要工作|开展工作/, example: '法治政府建设的主要举措和成效', also: ['一、工作开展情况', '“十五”期间国民经济和社会发展主要情况'] },
];

/** The time a heading places its section in, from its words (years are compared in section-roles.ts). */
export const ZH_TITLE_TIME_RULES: RoleRule[] = [
  { id: 'time-past', role: 'achievements', pattern: /^(过去|去年|上年|上一年|今年以来|(一|两|三|五)年来)|“?十[一二三四五六七八九]?五”?(时期|期间).{0,16}(情况|回顾|成就)/, example: '去年工作回顾', also: ['过去五年政府工作的回顾', '一年来工作回顾', '“十五”期间国民经济和社会发展主要情况'] },
  { id: 'time-this-year', role: 'plans', pattern: /今年(?!以来|来)|明年|下一年度?|新的一年|来年/, example: '对今年政府工作的建议', also: ['今年主要任务', '明年工作思路'] },
];

/**
 * A multi-year span a title names: a five-year plan (group 1 its unit: "“十二五”", "第十一个五年
 * 规划"), a range of years (groups 1–2), or a forward period of unknown years ("今后五年").
 */
export const ZH_SPAN_RULES: SpanRule[] = [
  { id: 'span-five-year-plan', kind: 'five-year-plan', pattern: /“十([一二三四五六七八九]?)五”|十([一二三四五六七八九]?)五(?=时期|期间|规划|计划)|第十([一二三四五六七八九]?)个五年(?:规划|计划)/, example: '“十二五”时期的主要目标和任务', also: ['关于国民经济和社会发展第十一个五年规划纲要的说明', '十四五时期法治政府建设规划'], counter: ['第十五届人大', '十五项重点工作'] },
  { id: 'span-year-range', kind: 'range', pattern: /((?:19|20)\d\d)\s*年?\s*[—–－\-~～至到]\s*((?:19|20)\d\d)年/, example: '2021—2025年法治政府建设规划', also: ['2024年至2026年行动计划'] },
  { id: 'span-forward', kind: 'forward', pattern: /(?:今后|未来)(?:三|五|十|几|一个时期)年|中长期/, example: '今后五年的主要目标任务', also: ['未来三年重点工作', '中长期发展目标'] },
];

/** Completed-action language: a sentence that reports work done. */
export const ZH_DONE_CUES: CueRule[] = [
  { id: 'done-le', pattern: /(?<![为除])了(?!解|不起)|已经|已(?!经|于)/, example: '全年新增城镇就业1100万人，完成了预期目标', also: ['已建成覆盖全区的公共法律服务网络', '出台了行政执法公示制度'] },
  { id: 'done-compare', pattern: /比上年|同比|比去年|较上年|累计/, example: '国内生产总值比上年增长9%', also: ['财政收入同比增长12.3%', '累计办理行政复议案件86件'] },
  { id: 'done-results', pattern: /取得.{0,6}(成效|进展|成绩|成就|突破)|(一|两|三|五)年来|过去(的)?(一|五)年|去年|上年/, example: '一年来，依法行政取得明显成效', also: ['过去五年，我们取得了重大成就', '去年粮食产量再创新高'] },
  { id: 'done-counted', pattern: /(?<![第\d.])\d+(件|次|场|人次|期|份|家|批|名)/, example: '组织法治培训12场次，参训1500人次', also: ['办理人大代表建议86件', '审查规范性文件43份'], counter: ['推进第2批改革事项', '第3次会议'] },
];

/** Future and imperative language: a sentence that sets out work to do. */
export const ZH_FUTURE_TENSE_CUES: CueRule[] = [
  { id: 'future-modal', pattern: /(?<![主重需只必纪摘])要(?![求点素害件闻])|将(?!近|其|之|对|有关)|务必|必须|须/, example: '要加快推进行政审批制度改革', also: ['我们将继续实施积极的财政政策', '必须坚持依法行政'] },
  { id: 'future-aim', pattern: /力争|争取|确保|计划|拟|预期|目标是/, example: '力争年底前全面完成', also: ['确保城镇新增就业900万人以上', '预期目标是国内生产总值增长8%左右'] },
  { id: 'future-when', pattern: /今年|明年|今后|下一步|下步|下阶段/, example: '今年要着力抓好以下工作', also: ['下一步，我局将深化改革', '今后五年，要全面推进依法治国'] },
];

/** Shortcoming predicates: what a sentence that admits something says ("…有待提高", "…比较薄弱"). */
const SHORTCOMING_WORDS = '仍需|尚需|还需|不足|不够|不强|不高|不到位|不健全|不完善|不平衡|不协调|不合理|不规范|不稳固?|不容忽视|不利|薄弱|滞后|突出|有待|亟待|亟需|较大|偏(高|低|大|小|多|少|快|慢|弱|重)|过(快|多|大|高|低|剩)|差距|困难|问题|矛盾|风险|隐患|压力|短板|缓慢|严峻|严重|粗放|乏力|脆弱|加剧|下滑|萎缩|紧张|难度|没有(完成|实现|根本|改变)|未能|尚未|缺乏|缺少';

/** A sentence's own admission: a shortcoming predicate (an admission's list goes on while its paragraphs have one). */
export const ZH_SHORTCOMING = new RegExp(SHORTCOMING_WORDS);

/**
 * The sentence that opens an admission of shortcomings: a speaker's recognition followed by a
 * problem word, or a contrast ("但…仍存在…问题"). The admission runs on, list and all, until a
 * stop (ZH_ADMISSION_STOPS) or the next heading line.
 */
export const ZH_ADMISSION_OPENERS: CueRule[] = [
  { id: 'admit-while-seeing', pattern: /^(在|但在)(看到|肯定|总结|取得)(成绩|成效|成就)(的)?同时/, example: '在看到成绩的同时，我们也清醒地认识到，困难和问题还不少。', also: ['在肯定成绩的同时，也要清醒地看到，我们正面临前所未有的困难和挑战。', '在总结成绩的同时，我们也清醒认识到工作中存在的不足。', '在取得成绩的同时，我们也清楚看到工作中存在的不足：招商引资成效不明显。'] },
  // Who sees may be unsaid ("但也要看到", "也要清醒看到"): then a modal or 也/还 stands in for 我们.
  { id: 'admit-we-see', pattern: new RegExp(`(?:(?:我们|同时|但是?)(?:也|还|更)?(?:要|应当?|必须)?|(?:也|还|更)(?:要|应当?|必须))(?:清醒|清楚|深刻|深深)?(?:地)?(?:看到|认识到|感到|意识到)[^。！？]{0,60}?(?:${SHORTCOMING_WORDS})|我们深知[^。！？]{0,40}?(?:差距|不足|问题)`), example: '我们也清醒地看到，目前经济和社会生活中还存在一些突出的困难和问题。', also: ['我们深知，政府自身建设还有不小差距。', '我们还认识到，各级政府工作中存在不少缺点和不足。', '我们也清醒地看到，县域经济总量偏小。', '但也要看到，当前我县发展中还面临不少困难和问题，主要是：', '同时要清醒看到，我区法治政府建设还有不少短板。'], counter: ['我们清醒地认识到，必须始终坚持以人民为中心。'] },
  { id: 'admit-but-still', pattern: /(^|[，,；;])(但是?|然而|不过)[，,]?[^。！？]{0,30}?(仍然?|还|依然|尚)(存在|有)[^。！？]{0,16}?(问题|不足|差距|困难|短板|矛盾|薄弱环节)/, example: '但是，经济社会发展中仍然存在一些突出矛盾和问题。', also: ['过去一年，政府自身改革和建设取得了新的成绩，但与人民的期待仍有不小差距。', '法治政府建设取得积极成效，但也还存在一些薄弱环节'] },
  { id: 'admit-exists', pattern: new RegExp(`(还|仍然?|依然|尚|也)(?:存在|面临)(着)?[^。！？]{0,60}?(${SHORTCOMING_WORDS}|缺点)`), example: '我县法治政府建设工作还存在一些问题和不足，主要是：', also: ['对照上级要求，我局依法行政工作仍存在一些短板', '政府工作还存在不少缺点', '我镇工作还存在基层治理能力有待提升、干部队伍年龄偏大的情况', '当前我县发展中还面临不少困难和问题'], counter: ['排查发现存在的隐患全部整改到位'] },
];

/**
 * Sentences that close an admission: the speaker's resolve ("我们一定要…", "对这些问题…"),
 * or a lesson drawn ("回顾…，我们深刻体会到").
 */
export const ZH_ADMISSION_STOPS: CueRule[] = [
  { id: 'stop-resolve', pattern: /^(我们|各级政府|全区上下|我局|我县|我区|我市)(一定|必须|要|将|决心|务必|应当|有信心|有决心)/, example: '我们一定要增强忧患意识，切实解决存在的问题。', also: ['我们必须以对人民高度负责的精神，采取更加有力的措施。', '我局将认真研究，逐项整改。'] },
  // The speaker turns to what was or is being done about it: an account of action, not an admission.
  { id: 'stop-we-act', pattern: /^(我们|我局|我县|我区|我市|我镇|市政府|县政府|区政府)(认真|积极|着力|切实|及时|坚决|已经|已|迅速|果断)?(开展|采取|推进|加强|实施|出台|建立|完善|组织|部署|抓紧|制定)/, example: '我们认真开展债务清理整顿和规范工作，严格控制增量。', also: ['我局及时采取措施，逐项整改到位。', '县政府迅速部署专项整治行动。'], counter: ['我们也清醒地看到，困难和问题还不少。'] },
  // The report turns to what it will do: the admission is over, and what follows is a promise.
  { id: 'stop-next-steps', pattern: /^(下一步|下步|下阶段|下一阶段|今后|明年)/, example: '下一步，我区将全力推动示范创建。', also: ['今后，我们将继续深化改革。', '下阶段，我局将重点抓好三项工作。'] },
  { id: 'stop-about-these', pattern: /^对(于)?(这些|以上|上述|此|存在的)/, example: '对以上问题，我们要高度重视并继续采取措施加以解决。', also: ['对这些矛盾和问题，必须高度重视而不可回避。', '对存在的问题，我们将在下一步工作中认真加以解决。'] },
  { id: 'stop-must-solve', pattern: /^(这些|上述|以上|针对|对于?(这些|以上|上述|此|存在的))[^。！？]{0,16}?(必须|要|一定|需要|将)[^。！？]{0,10}?(解决|改进|克服|整改|纠正)/, example: '这些问题必须下大气力解决。', also: ['针对上述不足，我局将逐项整改。', '对存在的问题，我们一定要认真加以解决。'], counter: ['一些地方社会事业需要解决的问题较多', '还有不少问题需要认真加以解决'] },
  { id: 'stop-lessons', pattern: /^(回顾|总结).{0,40}(体会|经验|启示|认识)/, example: '回顾过去五年的工作，我们进一步加深了以下认识和体会：', also: ['总结一年来的工作，我们有以下几点体会：'] },
];

