/**
 * Rule tables for the issuer (meta-issuer.ts): where a Chinese document names the body that
 * issued it — a 发文机关 field, the signature, 我代表…人民政府 in a speech, a 来源 line — and
 * how a place is named in running text. Group 1 of each pattern is the name.
 */

export interface IssuerRule { id: string; pattern: RegExp; example: string; also?: string[] }

/** The words an issuing body's name ends with. */
const ORGAN_END = '(?:人民政府办公室|人民政府|政府办公室|办公室|办事处|委员会|政府|指挥部|局|委|办|厅|署|院|中心)';
/** A body's name: a few characters (brackets allowed: "（县水利局）" is not one) and an organ word. */
const NAME = `[\\u4e00-\\u9fa5]{1,30}?${ORGAN_END}`;
/** The label of the next field on the same line (normalised text drops the spaces between them). */
const NEXT_LABEL = '(?:发布|成文|更新|时间|日期|来源|作者|主题|文号|索引|浏览|点击)';
const DATE = '(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';

/** Sources of the issuer, each read where it stands (see meta-issuer.ts). */
export const ZH_ISSUER_RULES: IssuerRule[] = [
  // The information-disclosure box or header: "发文机关：南岭县人民政府 成文日期：…".
  { id: 'issuer-field', pattern: new RegExp(`(?:发文机关|发文机构|发文单位|发布机关|发布机构|发布单位)\\s*[:：]?\\s*\\|?\\s*(${NAME})(?=[\\s|]|$|${NEXT_LABEL})`),
    example: '发文机关：南岭县人民政府 成文日期：2023-02-20', also: ['索 引 号: | 11350100/2024-00012 | 发布机构: | 北塘区人民政府 |'] },
  // The signing body at the end, alone on its line or with the date after it.
  { id: 'issuer-signature', pattern: new RegExp(`^(${NAME})(?:\\s*[(（]盖章[)）])?(?:\\s+${DATE})?$`),
    example: '东湖市市场监督管理局', also: ['北塘区住房和城乡建设局 2022年6月30日', '城南镇人民政府', '柳溪县防汛抗旱指挥部', '青禾区人民政府城北街道办事处'] },
  // A reply's title that names its replying office in brackets at the end.
  { id: 'issuer-title-bracket', pattern: new RegExp(`[(（](${NAME})[)）]$`),
    example: '对县十六届人大一次会议第3号建议的答复（县水利局）', also: ['关于区政协第12号提案的答复(区卫生健康委)'] },
  // The speaker's government in a report to a congress or its standing committee.
  { id: 'issuer-on-behalf', pattern: /我代表(国务院|[\u4e00-\u9fa5]{0,12}?(?:人民政府|[省市县区州盟旗镇乡]政府))(?!办|部门)|受([\u4e00-\u9fa5]{0,12}?人民政府)委托/,
    example: '现在，我代表国务院，向大会报告政府工作', also: ['现在，我代表县人民政府，向大会报告工作', '受市人民政府委托，现将有关情况报告如下', '现在，我代表县政府，向大会报告工作'] },
  // A report that names its reporting government in its framing sentence ("现将县人民政府2022年…情况报告如下").
  { id: 'issuer-reporting', pattern: /(?:现|特)(?:将|就)([\u4e00-\u9fa5]{0,12}?(?:人民政府|[省市县区州盟旗镇乡]政府))(?!办|部门)(?=[^。；\n]{0,40}?(?:报告|汇报)如下)/,
    example: '现将县人民政府2022年法治政府建设工作情况报告如下', also: ['现就区政府2023年度法治政府建设情况报告如下', '特将柳溪县人民政府贯彻落实情况汇报如下'] },
  // The opening's subject, the government itself ("2022年，县政府深入学习…"), not the party and government it thanks.
  { id: 'issuer-opening-subject', pattern: /^(?:(?:19|20)\d\d年度?(?:以来)?[，,]\s*)?((?:省|市|县|区|州|盟|旗|镇|乡|自治县|自治州|自治旗)(?:人民)?政府)(?![\u4e00-\u9fa5]{0,2}?(?:办|的|部门))/,
    example: '2022年，县政府深入学习贯彻法治思想', also: ['2023年以来，区人民政府坚持依法行政', '县人民政府始终把法治政府建设摆在突出位置'] },
  // The site's 来源 field: the office that put the page up (a reply's replying office). It may
  // follow the date or another field on one line (normalising drops the space between two
  // Chinese words: "作者:办公室来源:…"), and the date may run into the name ("来源:岳阳市司法局2023-03-10").
  { id: 'issuer-source', pattern: new RegExp(`(?:^|(?<=[\\s|｜】])|(?<=[:：][^:：\\s]{1,20}))(?:信息|文章)?来源\\s*[:：]\\s*(${NAME})(?=[\\s|｜]|$|${NEXT_LABEL}|\\d|打印|分享)`),
    example: '来源：市自然资源和规划局 发布时间：2021-07-02',
    also: ['信息来源:灌南县司法局 发布时间:2020-12-23', '发布时间:2023-07-21    来源:交通局 打印', '来源:东湖市司法局2023-03-10 11:29', '作者:办公室来源:县教育体育局发布时间:2022-11-02'] },
];

/**
 * A place named in running text: two to four characters and an administrative unit, right
 * after a clause boundary or a preposition ("，南岭县坚持…", "在北塘区第十八届…"); a county
 * may have a one-character name (《岱县…》). A district or a city never does (城区, 园区, 小区).
 */
export const ZH_PLACE_IN_TEXT = /(?<=^|[^\u4e00-\u9fa5]|[在于和与及对由经是为据])((?:(?![在于和与及对由经是为据的])[\u4e00-\u9fa5])县|(?:(?![在于和与及对由经是为据的])[\u4e00-\u9fa5]){2,4}?(?:自治县|自治州|自治区|自治旗|街道|县|区|市|州|盟|旗|镇|乡))/gm;

/**
 * Words of that shape that are no place's name: 示范区, 开发区, 全县城乡, 各县区…; a clause
 * opener read into one (现将县, 并请县); and a unit after a word that points back at the
 * speaker's own place (结合我县, 推动全市, 本区): 我县 is a self-reference, not a name. Nor is
 * a county's rank or a count of counties (农业大县, 工业强县, 邻近两县, 外县).
 */
export const NOT_A_PLACE = /^(?:示范|开发|高新|试验|保护|功能|自贸|经济|产业|工业|风景|旅游|生态|核心|中心|重点|城乡|农村|城市|城镇|县域|辖|各|全|本|我|该|此|每|其|周边|所在|所属|有关|相关|[省市县区乡镇州旗]|(?:现|特)(?:将|就)|并|请)|[我本全各该此其每](?:县|区|市|州|盟|旗|镇|乡)$|^[邻外他原撤郡]县$|[大强名]县$|[一二两三四五六七八九十几多诸][县区市镇乡]$/;

/** An organ right after a place in running text ("东湖市司法局在…"): part of the issuer's name. */
export const ORGAN_AFTER_PLACE = /^(?:人民政府办公室|人民政府|[\u4e00-\u9fa5]{1,8}?(?:局|委员会|办公室))/;

/** A government named without its place ("县人民政府", "县政府"): the place comes from the text. */
export const BARE_GOVERNMENT = /^(省|市|县|区|州|盟|旗|镇|乡|自治区|自治州|自治县|自治旗)(?:人民)?政府$/;

/**
 * A title that opens (after 关于) with what a notice does — 关于印发…, 关于做好… — names the
 * task, not the body that issues it: the issuer comes from before 关于 or the signature.
 */
export const TITLE_NAMES_ACTION = /^关于(?:进一步|切实|认真|全面)?(?:印发|转发|做好|开展|加强|推进|组织|召开|下达|公布|调整|成立|建立|落实|实施|表彰|征集|启用|废止|规范|深化|完善|明确|开通|发布)/;

/**
 * What follows a place at the start of a reply's title when the place is the congress's, not the
 * replying office's ("关于兴庆区人大四届三次会议第16号建议的答复", "君山区第五届人大…").
 */
export const CONGRESS_AFTER_PLACE = /^(?:第?[一二三四五六七八九十]{1,3}届|人大|政协|人民代表大会)/;

/** The place and title rules with their examples, for the rule-example test. */
export const ZH_PLACE_RULES: IssuerRule[] = [
  { id: 'place-in-text', pattern: new RegExp(ZH_PLACE_IN_TEXT.source, 'm'), example: '2021年，在县委的坚强领导下，南岭县坚持依法行政', also: ['——2023年1月6日在北塘区第十八届人民代表大会第二次会议上', '印发《岱县行政执法公示办法》'] },
  { id: 'not-a-place', pattern: NOT_A_PLACE, example: '示范区', also: ['全县城乡', '各县区', '现将县', '结合我县', '推动全市', '邻近两县', '农业大县', '工业强县'] },
  { id: 'organ-after-place', pattern: ORGAN_AFTER_PLACE, example: '司法局在市委、市政府的正确领导下', also: ['人民政府办公室印发'] },
  { id: 'title-names-action', pattern: TITLE_NAMES_ACTION, example: '关于印发青禾区2023年政务公开工作要点的通知', also: ['关于做好2023年度政务公开工作的通知', '关于进一步加强安全生产工作的通知'] },
  { id: 'bare-government', pattern: BARE_GOVERNMENT, example: '县人民政府', also: ['市人民政府', '县政府', '旗人民政府'] },
  { id: 'congress-after-place', pattern: CONGRESS_AFTER_PLACE, example: '人大四届三次会议第16号建议的答复', also: ['第十八届人大二次会议第124号建议的答复函', '政协第九届委员会第二次会议第5号提案的答复'] },
];
