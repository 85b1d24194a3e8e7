/**
 * Page chrome: short lines around a report that are not part of it (breadcrumbs, publish
 * and source lines, share/QR boxes, related-article boxes, font-size switches). Both page
 * readers (HTML and plain text) drop them from the text and keep them for metadata.
 * Only lines up to MAX_CHROME_LENGTH characters are tested, so body text is never dropped.
 */
import { CLOCK_DATE } from './meta';

export interface ChromeRule { id: string; pattern: RegExp; example: string }

export const MAX_CHROME_LENGTH = 160;

export const CHROME_RULES: ChromeRule[] = [
  { id: 'breadcrumb', pattern: /^(您现在的位置|您当前的位置|您所在的位置|你所在的位置|当前位置|您的位置|所在位置)\s*[:：]?/, example: '您现在的位置: 首页 >> 新闻中心 >>公示公告' },
  { id: 'breadcrumb-arrows', pattern: /^首页\s*(>|>>|》|»|\/)/, example: '首页 > 政务公开 > 法治政府建设' },
  { id: 'breadcrumb-en', pattern: /^(Home|Homepage)\s*(>|›|»|\/|\|)\s*\S/, example: 'Home › Reports › FY 2023 Annual Performance Report' },
  // A page saved or copied as text keeps the site's skip link and menu words, each on a line of its own.
  { id: 'site-nav-word', pattern: /^(Skip to (main )?content|Skip navigation|Jump to (main )?content|Main menu|Menu|Search|Search this site|Sign in|Log in|Sign up|Toggle navigation|Back to top|首页|登录|注册|搜索|网站导航)$/i, example: 'Skip to main content' },
  // "发布日期: | 2024-03-04": information-disclosure pages lay the label and the date out as table cells.
  { id: 'publish-line', pattern: /(发布时间|发布日期|发文日期|成文日期|时间|日期)\s*[:：]\s*\|?\s*\d{4}\s*[-年./]\s*\d{1,2}/, example: '作者: 来源: 发布时间:2020年03月31日 点击数: 收藏 打印文章' },
  // The information-disclosure box above an article (索引号, 发布机构, 文号, 名称, 主题词): labels, not the report.
  { id: 'disclosure-box', pattern: /^(?:(索\s*引\s*号|主题分类|发布机构|发文机关|发文机构|发文单位|发布机关|效力状态|文\s*号|名\s*称|主\s*题\s*词)\s*[:：|]|-{3,}\|)/, example: '索 引 号: | 755148572/2024-07714 | 主题分类: | 司法 |' },
  // The site header's clock ("今天是:2019年10月31日 星期三"): the day the page was scraped, not published.
  { id: 'today-clock', pattern: CLOCK_DATE, example: '今天是:2019年10月31日 星期三 农历十月初七' },
  { id: 'disclosure-header', pattern: /政府信息公开(规章库|专栏|目录|平台)?\s*$|^政府信息公开\s+规章库/, example: '某区人民政府办公室政府信息公开' },
  { id: 'accessibility-bar', pattern: /^无障碍|简体\s*[|｜]\s*繁体/, example: '无障碍 简体| 繁体' },
  { id: 'source-line', pattern: /^(信息)?来源\s*[:：]/, example: '信息来源:灌南县司法局 发布时间:2020-12-23 浏览: 次' },
  { id: 'view-count', pattern: /(浏览次数|点击数|访问量|阅读次数)\s*[:：]?\s*\d*\s*$/, example: '浏览次数:' },
  { id: 'share-box', pattern: /扫一扫|分享到|打印本页|打印文章|关闭窗口|【打印】|【关闭】|选择阅读字体|字号[:：]?\s*[\[【]?\s*(大|小)/, example: '扫一扫打开当前页' },
  { id: 'site-footer', pattern: /版权所有|ICP备\s*\d|公网安备\s*\d|网站标识码|^(主办单位|主办|承办单位|承办|技术支持|网站维护)\s*[:：]|^Copyright\s*(©|\(c\)|\d)/i, example: '主办：云溪县人民政府办公室 网站标识码：1234000001' },
  // Page numbers from a PDF's footer: "— 3 —" in official documents, "第3页 共12页", "Page 3 of 40".
  { id: 'page-number', pattern: /^[-—–－‒~]\s*\d{1,4}\s*[-—–－‒~]$|^第\s*\d{1,4}\s*页(\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?$|^Page \d{1,4}( of \d{1,4})?$/i, example: '— 3 —' },
  { id: 'related-box', pattern: /^(相关(文章|链接|新闻|阅读|信息)|没有相关内容|上一篇|下一篇|返回顶部)\s*[:：]?/, example: '相关文章' },
];

/** The id of the chrome rule a line matches, or null when the line is content. */
export function chromeRuleOf(line: string): string | null {
  if (line.length > MAX_CHROME_LENGTH) return null;
  for (const rule of CHROME_RULES) if (rule.pattern.test(line)) return rule.id;
  return null;
}
