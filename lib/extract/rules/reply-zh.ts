/**
 * The courtesy of a reply to a deputy's suggestion or a member's proposal (建议/提案答复):
 * clauses addressed to the deputy that promise nothing anyone could check: thanks, keeping in
 * touch, reporting back, listening, "doing the related work well". reply-courtesy.ts reads a
 * sentence clause by clause; each clause of the sentence must be one of these, or framing,
 * for the sentence to be courtesy. Each entry: phrasings from several issuers and years, and
 * near misses that name something checkable.
 */
import type { CueRule } from './types';

/** Whom a reply answers: the deputy or member, by pronoun or title. */
const ADDRESSEE = '(?:您|你们|各位|代表|委员|提案人|建议人|领衔人)';

export const ZH_REPLY_COURTESY: CueRule[] = [
  { id: 'reply-keep-in-touch', pattern: new RegExp(`(?:与|同|和|跟)[^，。；]{0,4}?${ADDRESSEE}[^，。；]{0,8}?(?:沟通|联系|联络|交流)|(?:与|同|和)(?:我|本)(?:局|委|办|厅|院|单位|部门)联系`),
    example: '继续加强与代表的沟通联系', also: ['与您保持密切联系', '主动与代表沟通', '请及时与我局联系', '加强同提案委员的联络'],
    counter: ['加强与省交通运输厅的沟通对接', '与市财政局联系争取资金'] },
  { id: 'reply-report-back', pattern: new RegExp(`(?:通报|反馈|告知|报告)${ADDRESSEE}?[^，。；]{0,4}?(?:办理|落实)(?:进展|情况|结果)|向${ADDRESSEE}(?:通报|反馈|报告)`),
    example: '及时通报办理进展', also: ['及时向您反馈办理结果', '定期向代表报告落实情况'], counter: ['及时通报全市空气质量情况'] },
  { id: 'reply-listen', pattern: new RegExp(`(?:听取|吸纳|采纳|吸收|征求)${ADDRESSEE}?[^，。；]{0,6}?(?:意见|建议)$`),
    example: '认真吸纳您提出的意见', also: ['认真听取意见建议', '充分吸收代表的建议'], counter: ['吸纳社会资本参与老旧小区改造'] },
  { id: 'reply-welcome', pattern: /欢迎[^，。；]{0,12}?(?:提出|多提|批评|指导|监督|关注)|宝贵(?:意见|建议)$/,
    example: '欢迎继续对卫生健康工作提出宝贵意见', also: ['欢迎您继续关心和监督我们的工作', '提出宝贵意见'], counter: ['欢迎市民参加开放日活动并报名'] },
  { id: 'reply-improve-work', pattern: /(?:改进|改善|提升|加强|做好|完善)(?:我们的|我局的|相关|有关|各项|此项|这项|今后的)?工作$|加以改进$|不断改进$/,
    example: '不断改进工作', also: ['在今后工作中不断加以改进', '进一步改进我们的工作', '努力做好相关工作'], counter: ['做好汛期值守工作部署', '完善乡村道路养护体系'] },
  { id: 'reply-best-effort', pattern: /(?:尽(?:全|最大)?(?:力|努力)|全力以赴)[^，。；]{0,6}?(?:做好|办好|抓好|落实)|把(?:好事|实事)(?:办好|办实)|(?:办好|办实)(?:此项|这件|该)?(?:建议|提案|实事)/,
    example: '尽全力做好相关工作', also: ['尽最大努力做好相关工作', '努力把好事办好', '把实事办实'], counter: ['竭力推进城区供水管网改造'] },
  { id: 'reply-heed-concern', pattern: new RegExp(`关注${ADDRESSEE}?所?(?:反映|提出|关心)的(?:问题|事项|建议|情况)|${ADDRESSEE}(?:所?反映|提出|关心)的(?:问题|事项|情况)$`),
    example: '继续关注您反映的问题', also: ['持续关注代表提出的事项', '认真研究代表反映的问题'], counter: ['关注群众反映的停车难'] },
  { id: 'reply-thanks', pattern: /感谢|谢谢|(?:关心|关注)和(?:支持|监督)$/,
    example: '再次感谢您对水利工作的关心', also: ['衷心感谢您对文化事业的关心', '谢谢您对教育工作的支持', '欢迎您继续关心和监督'], counter: ['支持企业研发投入', '关心和支持企业做好安全生产工作'] },
  { id: 'reply-dissatisfied', pattern: /如(?:有|对)[^，。；]{0,10}?(?:不满意|疑问|意见)|不满意之处/,
    example: '对以上答复如有不满意之处', also: ['如有疑问', '如对答复不满意'], counter: ['群众满意度达到95%'] },
];

/**
 * Framing around courtesy: the occasion and the time ("以此次提案办理为契机", "在今后工作中",
 * "下一步"). A clause of framing alone says nothing either way.
 */
export const ZH_REPLY_FRAMING: CueRule[] = [
  { id: 'reply-occasion', pattern: /^以[^，。；]{0,10}?(?:建议|提案)(?:办理)?为契机$/, example: '以此次提案办理为契机', also: ['以本次建议办理为契机', '以代表建议办理为契机'], counter: ['以农村公路建设为契机'] },
  { id: 'reply-from-now-on', pattern: /^(?:在)?(?:今后|以后|下一步)(?:的)?(?:工作中)?$/, example: '在今后的工作中', also: ['下一步', '今后工作中'], counter: ['今后三年新建学校5所'] },
];

/**
 * What opens a clause and carries no content: time, subject, modal and manner words
 * ("下一步，我局将继续认真…"). Stripped before a clause is read against the tables above.
 */
export const ZH_REPLY_CLAUSE_OPENER = /^(?:下一步|下步|今后)?(?:同时|此外|另外|并且?|也|还|再次)?(?:我们|我局|我委|我办|我厅|本局|我单位|我部门|我院|我中心)?(?:也|还|并)?(?:将|会|要)?(?:继续|持续|进一步|一如既往地?|始终)?(?:认真|积极|主动|及时|努力|切实|全力|密切)?/;

/**
 * A reply is written in the middle of its year: a sentence that opens with that year (or 今年)
 * and says what is planned or goes on (计划, 拟, 预计, 继续实施) is this year's plan, a commitment
 * though it has no 将. Group 1: the year, which must be the reply's own (checked in code).
 */
export const ZH_REPLY_THIS_YEAR: CueRule[] = [
  { id: 'reply-this-year', pattern: /^(?:今年|本年度?|((?:19|20)\d\d)年)(?:度|内)?[,，]?[^。；]{0,30}?(?:计划|拟|预计|力争|继续(?:实施|推进|开展|建设|改造))/,
    example: '2025年，继续实施老旧小区改造85个', also: ['2019年，全区计划投入1.2亿元，对96个老旧小区进行改造', '今年我委拟新增家庭医生团队30个'],
    counter: ['2020年是重点工作攻坚年，我区坚持稳中有进', '2018年，该路段已完成维修'] },
];
