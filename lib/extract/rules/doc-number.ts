/**
 * A document's own number (发文字号): the issuing organ's short name, the year in brackets and
 * the serial (青政发〔2024〕5号, 河府办[2023]12号, 云政报〔2019〕14 号). A report prints its own
 * number in two places only: the information-disclosure box of the page it is published on
 * (文号 / 发文字号, a chrome line), and on a line of its own above or below its title. Anywhere
 * else a number cites another document ("根据《…意见》（国发〔2015〕5号）") and is not the report's.
 */

/** 机关代字〔年份〕序号号: up to ten characters of the organ's short name, then bracketed year and serial. */
const NUMBER = String.raw`[\u4e00-\u9fa5]{1,10}[〔\[［(（【]\s?(?:19|20)\d\d\s?[〕\]］)）】]\s?第?\s?\d{1,5}\s?号`;

export interface DocNumberRule {
  id: string;
  /** Where the rule reads: a chrome line, or a line of the opening before the first heading. */
  where: 'chrome' | 'opening';
  /** Group 1 is the number. */
  pattern: RegExp;
  example: string;
  also?: string[];
  /** Near misses: a number that is some other document's, or a label with no number. */
  counter?: string[];
}

export const DOC_NUMBER_RULES: DocNumberRule[] = [
  // The disclosure box: "文 号：| 青政发〔2024〕5号 |", its cells joined by bars, or "发文字号：…".
  { id: 'labelled', where: 'chrome', pattern: new RegExp(`(?:发文字号|文\\s*号|文件编号)\\s*[:：]?\\s*\\|?\\s*(${NUMBER})`),
    example: '索 引 号：| 11330100/2024-00031 | 文　　号：| 青政发〔2024〕5号 |',
    also: ['发文字号：河府办[2023]12号', '文号: 云政报〔2019〕14 号 发布日期: 2019-04-11'],
    counter: ['索引号：11330100/2024-00031', '文号：无'] },
  // A line that is the number and nothing else, in the opening (the 公文 layout: under the masthead or the title).
  { id: 'own-line', where: 'opening', pattern: new RegExp(`^\\s*(${NUMBER})\\s*$`),
    example: '青政发〔2024〕5号',
    also: ['河府办[2023]12号', '云政报〔2019〕14 号', '柳川市人民政府办公室(2022)第3号'],
    counter: ['根据《关于加强法治政府建设的意见》（国发〔2015〕5号）', '关于转发国办发〔2023〕1号文件的通知'] },
];
