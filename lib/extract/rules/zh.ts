/**
 * Chinese rule tables: heading markers, section-role vocabulary, and the cues that make a
 * sentence a commitment or a problem. Each rule has an id (records keep it) and an example.
 */
import type { CueRule, HeadingRule } from './types';

const N = '[一二三四五六七八九十]{1,3}';

export const ZH_HEADING_RULES: HeadingRule[] = [
  { id: 'zh-part', family: '第一部分', pattern: new RegExp(`^(第${N}(部分|章|篇))[\\s:：、]?`), position: 'line', example: '第一部分 2023年工作回顾' },
  { id: 'zh-num-dun', family: '一、', pattern: new RegExp(`^(${N}\\s?[、.．])`), position: 'line', example: '一、工作开展情况' },
  { id: 'zh-paren', family: '(一)', pattern: new RegExp(`^(\\(${N}\\)|（${N}）)`), position: 'line', example: '(一)依法全面履行政府职能' },
  { id: 'zh-di', family: '第一', pattern: new RegExp(`^(第${N}[，,、:：])`), position: 'line', example: '第一，加强组织领导。' },
  { id: 'arabic-dot', family: '1.', pattern: /^(\d{1,2}\s?[.、．](?!\d))/, position: 'line', example: '1.全力服务中心工作。' },
  { id: 'arabic-paren', family: '(1)', pattern: /^(\(\d{1,2}\)|（\d{1,2}）)/, position: 'line', example: '(1)完善工作机制。' },
  { id: 'circled', family: '①', pattern: /^([①-⑳])/, position: 'line', example: '①建立台账。' },
  { id: 'zh-shi', family: '一是', pattern: new RegExp(`^(${N}是)(?![的否为])`), position: 'run-in', example: '一是深化行政审批制度改革。' },
];

/** Words before a run-in 一是 at a line start that open a plans passage ("下步一是…"). */
export const ZH_PLANS_OPENER = /^(下一步|下步|今后|明年|下阶段|下一阶段)(工作)?[，,:：]?\s*(?=[一二三四五六七八九十]{1,3}是)/;

/** A short first sentence that heads its paragraph when a document has no markers. */
export const ZH_RUN_IN_LEAD = /^[\u4e00-\u9fa5“”《》、]{4,24}(?=。)/;

/** Future markers: outside plans sections a sentence is a commitment only with one of these. */
export const ZH_FUTURE_CUES: CueRule[] = [
  { id: 'future-subject-will', pattern: /(我|全)(区|县|市|省|局|委|镇|乡|部|们)[^。，,]{0,6}将/, example: '下一步，我区将以增强政府公信力为目标' },
  { id: 'future-will-verb', pattern: /将(进一步|继续|加快|加大|全面|深入|持续|不断|逐步|着力|重点|大力|积极|坚持|启动|开展|推进|完善|建立|实施|出台|制定|组织|建成|实现|力争|努力|做好|抓好|争取|围绕|按照|结合|于\d|在\d|在今年|在明年)(?!的)/, example: '将进一步完善行政决策机制' },
  { id: 'future-plan', pattern: /计划(于|在|到|年内|今年|明年)|拟(于|在|将|开展|出台|制定)/, example: '计划于年底前出台实施方案' },
  { id: 'future-strive', pattern: /力争|争取(到|在|于|年内|年底)/, example: '力争年底前实现全覆盖' },
  { id: 'future-deadline', pattern: /(年底|年内|月底|上半年|下半年|季度)前|到20\d\d年(底)?|20\d\d年(底|年底)?前|\d{1,2}月\d{1,2}日(之)?前|每月\d{1,2}日前/, example: '年底前完成清理工作',
    also: ['请各单位于6月30日前将工作方案报区政府办公室', '各单位须于每月5日前报送上月工作进展'] },
  // A notice's directive to the units it addresses: "各单位要…", "请各单位于…".
  { id: 'future-directive', pattern: /^(?:请)?各[^。；]{0,16}?(?:要|须|应当?|务必|必须)(?!求)|^请[^。；]{0,16}?于/, example: '各单位要明确一名分管负责同志和专职人员',
    also: ['各承办单位要在交办之日起3个月内办结并答复代表委员', '请于9月30日前将办理情况总结报市政府督查室'] },
  { id: 'future-next', pattern: /^(下一步|下步|今后|明年|下阶段|下一阶段)/, example: '下一步，我们要继续推进' },
];

/**
 * In a plans section these openers mark a framing sentence, not an action; so does the
 * covering notice of a plan ("…已经区政府同意,现印发给你们,请认真组织实施").
 */
export const ZH_PLAN_FRAMING = /^(20\d\d年是|今年是|明年是|做好.{0,12}工作,?意义重大)|制定本[\u4e00-\u9fa5]{0,4}?(要点|方案|计划|规划|安排|意见|办法)$|(现|特)(将|就).{0,24}(安排|要点|工作|通知|答复)如下$|(现|特)(将|就).{0,24}通知如下|现?印发给你们|(实施|执行)(中|过程中)遇到(的)?问题/;

/**
 * The closing of a letter or report: thanks, "此复", contact lines. Never commitments or
 * problems, even at the end of a plans passage.
 */
export const ZH_CLOSING: CueRule[] = [
  { id: 'closing-formula', pattern: /^([(（]此件(主动|依申请|不予)?公开(发布)?[)）]|此复|特此(报告|答复|函复|说明|通知)|感谢(您|你们|各位|代表|委员)|衷心感谢|联系人|联系电话|联系方式|抄送|附件[:：\d])/, example: '感谢您对市场监管工作的关心和支持' },
];

/** The labels of a document's fields: who signs, who is sent it, whom to call, who leads a task and by when. */
const FIELD_LABEL = '(?:签发人|审核人|核稿人|拟稿人|联系人|联系电话|联系方式|联系单位|电话|传真|邮编|邮政编码|电子邮箱|邮箱|地址|类别|密级|紧急程度|公开方式|公开属性|主送|抄送|抄报|牵头单位|责任单位|配合单位|参与单位|协办单位|主办单位|承办单位|责任人|完成时限|完成时间|时间节点|办理时限)';

/**
 * Lines that label, date or annotate a document and state nothing: a field and its value
 * (签发人：…, 主送：…, 牵头单位：…; alone or in brackets), a line that one pair of brackets
 * fills (a date, a note on the draft, the number of copies). Read on a unit's whole line.
 */
export const ZH_FIELD_LINES: CueRule[] = [
  { id: 'field-line', pattern: new RegExp(`^[(（]?\\s*${FIELD_LABEL}\\s*[:：]`), example: '签发人：李明',
    also: ['（联系人：王敏，联系电话：0551-63201234）', '责任单位：市政务服务中心；完成时限：2024年12月底前', '主送：各县（市、区）人民政府'] },
  { id: 'aside-line', pattern: /^[(（][^()（）\n]*[)）]$/, example: '（此稿为东湖市第十六届人民代表大会第三次会议审议稿）',
    also: ['（2024年1月16日）', '（共印20份）', '(此件主动公开)'] },
];

/** A field's label right before a unit on its line ("…左右。牵头单位：县发改局"): the unit is the field's value. */
export const ZH_FIELD_BEFORE = new RegExp(`${FIELD_LABEL}\\s*[:：]\\s*$`);

/** The signing body and the date: closings only as whole lines in the document's closing block. */
export const ZH_SIGN_OFF: CueRule[] = [
  // A body's name, with a seal mark or the date after it on the same line ("…办公室 2023年3月1日").
  { id: 'closing-signature', pattern: /^[\u4e00-\u9fa5()（）\s]{2,40}?(局|政府|委员会|办公室|办|院|中心|厅|委|部|所|处|司法局|指挥部)(?:\s*[(（]盖章[)）])?(?:\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?$/, example: '柳川市市场监督管理局',
    also: ['青禾区司法局（盖章）', '北塘区防汛抗旱指挥部', '青禾区人民政府办公室 2023年3月1日'] },
  { id: 'closing-date', pattern: /^(19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^(19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}$|^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/, example: '2024年6月18日', also: ['二〇二三年三月一日', '2021-05-06'] },
  // The printing line under a red-headed document: "青禾区人民政府办公室 2023年3月2日印发".
  { id: 'closing-printed', pattern: /^[\u4e00-\u9fa5()（）\s]{2,40}?(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/, example: '青禾区人民政府办公室 2023年3月2日印发', also: ['东湖市人民政府办公室2021年12月30日印发'] },
];

/**
 * Completed work: a sentence outside plans whose only future cue is a deadline (3月底前…) is
 * a commitment unless it says the work is done. Read with ZH_EXPLICIT_FUTURE, which wins.
 */
export const ZH_COMPLETED: CueRule[] = [
  { id: 'done-already', pattern: /已(?:经)?(?!将|于)/, example: '6月30日前已全部办结群众来信', also: ['年底前已经实现村级全覆盖'] },
  { id: 'done-le', pattern: /(?:完成|实现|建成|办结|出台|印发|公布|发布|开通|上线|投入使用|换发|报送|提交|召开|开展|制定|修订|组建|成立)了/, example: '于2019年11月底前完成了执法证件换发', also: ['第三季度前向社会公布了权责清单'] },
  { id: 'done-adverb', pattern: /(?:基本|全部|如期|按期|按时|顺利|圆满)(?:完成|实现|建成|办结|落实)|提前(?:于|完成|实现)/, example: '3月底前我县基本完成各涉改部门的班子配备', also: ['上半年前如期建成县级行政执法监督平台', '提前于10月底前实现政务服务事项全程网办'] },
  { id: 'done-tally', pattern: /累计|截至|截止|[，,]共(?:计)?[\u4e00-\u9fa5]{0,6}?[\d一二三四五六七八九十]/, example: '截至年底前，累计培训执法人员800人次', also: ['年底前全部完成规范性文件清理，共清理文件120件'] },
];

/**
 * The year a deadline names: 到2020年(底), 2022年6月底前, 2021年(年)底前. Outside plans, a
 * deadline whose every year the report has already reviewed dates work done or restates a
 * goal; it promises nothing (commitments.ts reads it with the report's covered year).
 */
export const ZH_DEADLINE_YEAR = /(?:到|至)((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:年?底|末|内|上半年|下半年|第[一二三四]季度|\d{1,2}月(?:份|底|末|\d{1,2}日)?)(?:之?前|以前)/g;
export const ZH_DEADLINE_YEAR_RULES: CueRule[] = [
  { id: 'deadline-year', pattern: new RegExp(ZH_DEADLINE_YEAR.source), example: '到2020年底，基本建成法治政府',
    also: ['2022年6月底前，全县实现村级法律顾问全覆盖', '2021年年底前，政务服务事项全部实现网上可办', '2019年11月底前完成机构改革任务'] },
];

/** Words that make a sentence a promise whatever else it says (确保年底前全部完成). */
export const ZH_EXPLICIT_FUTURE = /将|要(?!求|点)|计划|拟|力争|争取|确保|务必|必须|须|应当|下一步|下步|今后|明年|到(?:20\d\d年|年底|明年)/;

export const ZH_SOFT_CUES: CueRule[] = [
  { id: 'soft-strive', pattern: /力争|争取|努力/, example: '力争年底前完成' },
  { id: 'soft-explore', pattern: /探索|试点|鼓励|研究|逐步|适时|稳妥/, example: '探索建立行政执法监督评议体系' },
];

export const ZH_FIRM_CUES: CueRule[] = [
  { id: 'firm-ensure', pattern: /确保|必须|务必|坚决|一律|严禁|不得/, example: '确保年底前全部完成' },
  { id: 'firm-must', pattern: /要|将|应当|应/, example: '各部门要认真落实' },
];

export const ZH_DEADLINES: CueRule[] = [
  { id: 'deadline-date-before', pattern: /(20\d\d年)?\d{1,2}月(\d{1,2}日)?(底)?(之?前|以前)/, example: '5月1日前建立' },
  { id: 'deadline-year-end', pattern: /(20\d\d年)?(年底|年内|年末|上半年|下半年|第[一二三四]季度|季度末)(之?前)?/, example: '年底前向上级报告' },
  { id: 'deadline-by-year', pattern: /到20\d\d年(底)?|20\d\d年(底)?(之?前)/, example: '到2025年基本建成' },
  { id: 'deadline-within', pattern: /\d+个?(工作日|日|天|个月|年)(内|以内)/, example: '15个工作日内办结' },
];

/** Verbs that name the action of a commitment; listed in the order they are looked for. */
export const ZH_ACTION_VERBS = [
  '推进', '加强', '完善', '建立', '健全', '落实', '深化', '开展', '提高', '强化', '推动', '实施', '加快',
  '制定', '规范', '提升', '优化', '扩大', '加大', '探索', '建设', '创新', '促进', '保障', '坚持', '推行',
  '组织', '出台', '修订', '培育', '打造', '构建', '压实', '巩固', '发挥', '增强', '实现', '确保', '整合',
  '清理', '公布', '公开', '审查', '监督', '培训', '考核', '化解', '指导', '督促', '贯彻', '学习', '宣传',
  '建成', '完成', '启动', '发展', '支持', '稳定', '降低', '减少', '严格', '防范', '做好', '抓好', '统筹',
];
