/**
 * Detection signals in words, for the panel's "detection details": each signal the rules can
 * fire (`field:id`, rules.ts) gets one Chinese and one English sentence saying what was seen.
 * Kept out of lib/detect/index.ts on purpose: the content script ships detection to every
 * page, and these sentences are only read by the panel and the library.
 */

export interface SignalWords { zh: string; en: string }

/** Keyed by signal name; a test checks that every rule of rules.ts (and 'structure:no-prose') has both. */
export const SIGNAL_WORDS: Record<string, SignalWords> = {
  'url:gov.cn': { zh: '网址在 gov.cn 政府域名下', en: 'The address is on a gov.cn government domain' },
  'url:.gov': { zh: '网址在 .gov 政府域名下', en: 'The address is on a .gov government domain' },
  'url:gov-other': { zh: '网址在其他国家的政府域名下', en: "The address is on another country's government domain" },
  'url:report-path': { zh: '网址路径像报告栏目（如 ndbg、fzzfjs）', en: 'The address path looks like a reports section (e.g. annual-report)' },
  'meta:ArticleTitle': { zh: '页面带有政府网站的“文章标题”元数据', en: "The page carries a government CMS's article-title metadata" },
  'meta:PubDate': { zh: '页面带有发布日期元数据', en: 'The page carries publication-date metadata' },
  'meta:ContentSource': { zh: '页面带有信息来源元数据', en: 'The page carries content-source metadata' },
  'meta:ColumnName': { zh: '页面带有栏目名称元数据', en: 'The page carries column-name metadata' },
  'meta:report-words': { zh: '栏目或关键词元数据提到报告、规划、要点或答复', en: 'The column or keyword metadata names reports, plans or replies' },
  'title:工作报告': { zh: '标题是一份工作报告', en: 'The title names a work report' },
  'title:年度报告': { zh: '标题是一份年度报告', en: 'The title names an annual or performance report' },
  'title:情况报告': { zh: '标题是一份情况或进展报告', en: 'The title names a progress report' },
  'title:报告': { zh: '标题含“报告”', en: 'The title says "report"' },
  'title:工作要点': { zh: '标题是工作要点、计划或总结', en: 'The title names a work plan, key points or a summary' },
  'title:规划': { zh: '标题是规划、安排、方案或总结', en: 'The title names a plan, an arrangement or a programme' },
  'title:答复': { zh: '标题是答复或办理情况', en: 'The title names a reply (to a proposal or suggestion)' },
  'title:提案': { zh: '标题提到提案、议案或代表建议', en: "The title names a proposal or a deputy's suggestion" },
  'title:法治政府建设': { zh: '标题提到法治政府建设或依法行政', en: 'The title names law-based government work' },
  'cover:en-address': { zh: '标题或封面是施政报告、预算演说或州情咨文', en: 'The title or cover names a policy address, budget speech or State of the City' },
  'title:Review of Work': { zh: '标题是工作回顾', en: 'The title names a review of the work' },
  'text:report-intro': { zh: '正文开头有“报告如下”之类的报告用语', en: 'The text opens with a report\'s formula ("reported as follows")' },
  'text:plan-intro': { zh: '正文开头有“印发给你们”之类的印发用语', en: 'The text opens with an issuing formula ("hereby issued to you")' },
  'text:reply-intro': { zh: '正文有“答复如下”之类的答复用语', en: 'The text has a reply\'s formula ("we reply as follows")' },
  'text:speech-opening': { zh: '正文以“各位代表”开头，像政府工作报告', en: 'The text opens by addressing the deputies, as a government work report does' },
  'text:en-speech': { zh: '正文有议会演说的称呼（如 Mr Speaker）', en: 'The text addresses a chamber (Mr Speaker, I beg to move)' },
  'text:en-gwr': { zh: '正文有政府工作报告的英文套语', en: 'The text reports on the work of the government to the deputies' },
  'text:en-report': { zh: '正文提到年度或绩效报告、财政年度或绩效指标', en: 'The text speaks of an annual or performance report, fiscal years or performance measures' },
  'text:en-plans': { zh: '正文提到来年的重点或计划', en: 'The text speaks of priorities or plans for the coming year' },
  'text:法治政府建设': { zh: '正文提到法治政府建设或依法行政', en: 'The text speaks of law-based government work' },
  'text:work-summary': { zh: '正文有“取得成效”之类的工作总结用语', en: 'The text sums up work done ("achieved results")' },
  'text:year-review-opening': { zh: '正文以“某年，在……领导下”开头回顾一年工作', en: 'The text opens with a year under the leadership of …, reviewing that year' },
  'text:plans': { zh: '正文有“下一步打算”之类的计划用语', en: 'The text announces next steps or next year\'s work' },
  'text:addressee': { zh: '正文开头有主送机关（如“各乡镇人民政府：”）', en: 'The text opens with the bodies it is addressed to' },
  'structure:marker': { zh: '正文有“一、”式的一级标题', en: 'The text has a numbered top-level heading (一、)' },
  'structure:markers': { zh: '正文有两个以上“一、二、”式的一级标题', en: 'The text has two or more numbered top-level headings (一、二、)' },
  'structure:sub-markers': { zh: '正文有两个以上“（一）（二）”式的二级标题', en: 'The text has two or more numbered sub-headings ((一), (二))' },
  'structure:enumeration': { zh: '正文用“一是……二是……”列举', en: 'The text enumerates points ("first … second …", 一是……二是)' },
  'structure:numbered': { zh: '正文有两个以上“1.”式的编号段落', en: 'The text has two or more numbered paragraphs (1., 2.)' },
  'structure:en-numbered': { zh: '正文有两个以上英文编号标题（1. Performance）', en: 'The text has two or more numbered English headings (1. Performance …)' },
  'structure:roman': { zh: '正文有罗马数字标题（I. II.）', en: 'The text has Roman-numbered headings (I., II.)' },
  'structure:sections': { zh: '正文有回顾、问题或下一步打算这类报告章节', en: 'The text has report sections: a review, problems, or next steps' },
  'structure:no-prose': { zh: '正文开头几乎没有完整句子，像目录或链接列表（减分）', en: 'The text has almost no full sentences, like a menu or a list of links (counts against)' },
  'title:not-notice': { zh: '标题像通知、公告或招标（减分）', en: 'The title reads like a notice, an announcement or a tender (counts against)' },
  'title:not-news': { zh: '标题像会议或活动新闻（减分）', en: 'The title reads like news of a meeting or a visit (counts against)' },
  'title:not-reading': { zh: '标题是解读、图解或答记者问，不是报告本身（减分）', en: 'The title names an interpretation, an infographic or a press Q&A, not the report itself (counts against)' },
  'title:not-gov': { zh: '标题像百科、博客或网店（减分）', en: 'The title reads like an encyclopedia, a blog or a shop (counts against)' },
  'text:not-news': { zh: '正文有记者、通讯员等新闻署名（减分）', en: 'The text has a news byline or reporter (counts against)' },
  'text:not-wiki': { zh: '正文像维基百科页面（减分）', en: 'The text reads like a Wikipedia page (counts against)' },
  'text:not-personal': { zh: '正文多处以“我”自称，像个人文章（减分）', en: 'The text often says "I" (我), like a personal piece (counts against)' },
  'text:not-personal-en': { zh: '正文多处用 my、me 等第一人称（减分）', en: 'The text often says "my" or "me", like a personal piece (counts against)' },
  'text:not-shop': { zh: '正文有价格或购物车，像网店（减分）', en: 'The text has prices or a shopping cart, like a shop (counts against)' },
};

/** A signal in the UI language; a signal this version does not know (an older snapshot's) stays as it is. */
export function signalWords(signal: string, lang: 'zh' | 'en'): string {
  return SIGNAL_WORDS[signal]?.[lang] ?? signal;
}
