/**
 * How the newer report's own words judge a commitment. Evidence found on the commitment's
 * key terms is read by its verb: done-language makes it fulfilled, under-way language
 * progress, the report's own admission missed. Each rule has an id (items keep it: "why is
 * this fulfilled?") and examples from several reports, issuers and years (checked by
 * test/diff/rule-tables.test.ts).
 */
export interface StatusCue { id: string; pattern: RegExp; examples: string[] }

/** The thing was done: built, issued, held, set up, reached, raised to a level. */
export const DONE_CUES: StatusCue[] = [
  { id: 'zh-built', pattern: /建成|建立(?!健全)|组建|设立|成立(?!以来)|挂牌|开通|上线运行|投入使用|投入运行|竣工|落成/, examples: ['县级行政执法监督平台于5月建成并上线运行', '设立了区级知识产权纠纷调解中心', '建立社会救助和保障标准与物价上涨挂钩的联动机制', '市民服务中心正式投入使用'] },
  { id: 'zh-issued', pattern: /出台|印发|发布|颁布|公布|制定了|修订了|编制完成|审议通过|施行/, examples: ['出台营业税改征增值税试点方案', '编制并公布区级行政许可事项清单，共列入326项', '发布实施节能减排综合性工作方案'] },
  { id: 'zh-held', pattern: /成功举办|举办了|圆满完成|如期举行|顺利召开/, examples: ['成功举办第三届数字经济博览会', '如期举行全区法治文化节'] },
  { id: 'zh-achieved', pattern: /实现|完成(?!情况)|全面推开|全面推行|全面实施|全面落实|实现全覆盖|全部纳入|已全部/, examples: ['提前一年实现农村中小学生人均公用经费目标', '证明事项告知承诺制全面推行', '村级法律顾问实现全覆盖', '如期完成第二轮执法证件清理'] },
  { id: 'zh-raised-to', pattern: /(?:提高|提升|扩大|增加|降低|下调|上调|调高|增至|扩展)(?:到|至)|由[^，。；]{1,16}(?:提高|增加|扩大|降低|调整)(?:到|至|为)|从[^，。；]{1,16}(?:提高|增加|扩大|降低)(?:到|至)/, examples: ['补助标准由每人每年120元提高到200元', '个人所得税起征点从2000元提高到3500元', '新农保试点范围扩大到60%以上的县'] },
  { id: 'zh-done-count', pattern: /连续第?\d+年(?:提高|增加|上调)|(?:发放|拨付|兑付|兑现|落实)[^，。；]{0,16}\d|(?:提高|增加|提升|增长|降低|下降|减少)了?\d|全年(?:共|累计)?(?:新增|完成|解决|改造|新开工|新建|培训|办理)|(?:新开工建设|基本建成|新建|改造|解决)[^，。；]{0,12}\d/, examples: ['连续第7年提高企业退休人员基本养老金', '新开工建设1043万套', '全年新增市场主体1.2万户', '比2009年提高92%', '向困难群众发放价格临时补贴1.2亿元'] },
  { id: 'en-done', pattern: /\b(?:completed|achieved|accomplished|fulfilled|launched|established|issued|adopted|built|opened|reopened|reached|delivered|finished|introduced|set up|enacted|passed|rolled out|took place|was held|were held|ran from|was raised to|were raised to|received|was extended|were extended|went live|paid out|disbursed|awarded)\b/i, examples: ['The real-time bus arrival app was launched in March.', 'Inspections of all 64 county bridges were completed in November.', 'We set up the Enterprise Compute Initiative last year.', 'The consultation ran from May to July.', 'Households received $500 in vouchers each.', 'The portal went live in October.'] },
];

/** The work is under way: pushed, piloted, advanced, sped up, begun. */
export const UNDERWAY_CUES: StatusCue[] = [
  { id: 'zh-underway', pattern: /推进|推动|开展|启动|试点|稳步|加快|深化|逐步|着力|正在|有序|扎实|持续|不断/, examples: ['稳步推进综合执法改革', '三网融合、物联网试点示范工作步伐加快', '文化体制改革继续推进'] },
  { id: 'zh-progress', pattern: /取得(?:新|积极|重要|明显|阶段性)?(?:的)?进展|初见成效|正在显现|迈出(?:新|重要)?的?步伐|有所(?:改善|提高|加强|好转)/, examples: ['企业兼并重组取得新进展', '调控效果正在显现', '基本公共卫生服务均等化取得新进展'] },
  { id: 'en-underway', pattern: /\b(?:under way|underway|began|begun|started|initial|pilot(?:ed|s)?|continued|ongoing|in progress|progress(?:ed)?|advanced|steadily|so far)\b/i, examples: ['Recruitment of maintenance workers is under way.', 'Work on the platform began in June.', 'We piloted the scheme in three towns.'] },
];

/** The report says a target itself was reached (a numeric target needs this or a figure to be fulfilled). */
export const TARGET_REACHED_CUES: StatusCue[] = [
  { id: 'zh-target-reached', pattern: /(?:完成|实现|达到|超额完成|超过)[^，。；]{0,12}(?:目标|任务|计划)|(?:目标|任务|计划)[^，。；]{0,6}(?:完成|实现|达到)/, examples: ['超额完成年度目标任务', '年初确定的主要目标全面完成', '实现了年度计划'] },
  { id: 'en-target-reached', pattern: /\b(?:met|reached|achieved|exceeded|hit|beat)\b[^.;]{0,24}\b(?:target|goal|objective)s?\b|\b(?:target|goal)s? (?:was|were) (?:met|reached|achieved|exceeded)\b/i, examples: ['We met our target for new homes.', 'The recycling goal was reached a year early.'] },
];

/** Words that say the work is not finished: they keep a done-word from counting. */
export const NOT_DONE_CUES: StatusCue[] = [
  { id: 'zh-not-done', pattern: /正在|尚未|未能|仍(?:不|未|在|需)|筹建|部分(?:完成|实现)|还需|有待|初步|报批/, examples: ['组建方案已报批，正在筹建', '部分乡镇尚未建成', '平台初步搭建'] },
  { id: 'en-not-done', pattern: /\b(?:not yet|still|partly|partially|under way|underway|in progress|being|awaiting|remaining|pending)\b/i, examples: ['The centre is still being built.', 'The review is partly complete.', 'The remaining sites are awaiting grid connections.'] },
];

/** The report's own admission that something was not achieved: the commitment is missed. */
export const ADMISSION_CUES: StatusCue[] = [
  { id: 'zh-admitted-missed', pattern: /(?:目标|任务|指标)(?:没有|未能?|尚未)(?:完成|实现|达到)|没有(?:完成|实现|达到)[^。；]{0,30}(?:目标|任务|要求)|未能如期|未达到(?:预期|年初)/, examples: ['节能减排、物价调控目标没有完成', '全国没有实现年初确定的单位国内生产总值能耗降低4%左右的目标', '行政复议纠错率未达到年初确定的目标'] },
  { id: 'en-admitted-missed', pattern: /\b(?:fell short of|short of (?:our|the|its) (?:goal|target)|did not (?:meet|reach|achieve)|missed (?:the|our|its) target|was not met|were not met|failed to (?:meet|reach))\b/i, examples: ['We fell short of the target of 90 percent.', 'The housing target was not met.', '41 empty homes were brought back into use, short of our goal.'] },
];

/**
 * Measures where less is better (a price rise, a jobless rate, a deficit, accidents): a figure
 * below its "about" target is then on the good side. A measure of a reduction (降低4%) is the
 * other way round: a bigger cut is better. Examples from several reports.
 */
export const LESS_IS_BETTER: StatusCue[] = [
  { id: 'zh-bad-quantity', pattern: /涨幅|上涨|价格|失业率|赤字|债务|排放|能耗|事故|死亡|贫困人口|败诉率|纠错率|发生率|逾期|积压/, examples: ['居民消费价格涨幅3%左右', '城镇调查失业率5.5%左右', '生产安全事故死亡人数下降'] },
  { id: 'en-bad-quantity', pattern: /\b(?:inflation|unemployment|deficit|debt|emission|fatalit|accident|death|poverty|backlog)/i, examples: ['keep inflation near 2 per cent', 'reduce traffic fatalities by around 10 percent'] },
];

/**
 * Words in a figure's own clause that frame a target: a review's "…增长6%左右的预期目标" restates
 * one. Without them a 左右 figure in a review is an estimated result ("比例达到4.4%左右",
 * "预计全年增长6.5%左右") and can be an actual.
 */
export const TARGET_FRAME_CUES: StatusCue[] = [
  { id: 'zh-target-frame', pattern: /目标|预期|力争|争取|计划|控制在/, examples: ['完成了地区生产总值增长6%左右的预期目标', '年初确定的城镇新增就业3万人左右的目标全面完成', '力争全年粮食产量稳定在50万吨左右', '居民消费价格涨幅控制在3%左右'] },
];

/** A measure of a reduction: the figure is how much something falls, so more is better. */
export const REDUCTION = /降低|下降|减少|压缩|压减|缩短|削减|reduc|cut|lower/i;

/** Review evidence below this score does not count: the commitment is unaddressed. */
export const MIN_EVIDENCE = 0.3;
/** A done statement needs at least this score to call a commitment fulfilled. */
export const MIN_FULFILLED = 0.4;
/** An admission must share at least this much of the commitment's key terms. */
export const MIN_ADMISSION = 0.2;
/** At most this many evidence sentences are kept per item. */
export const MAX_EVIDENCE = 3;

/**
 * Words that state a change without a figure, with the figure they mean: a review often
 * says a price level stayed where it was ("居民消费价格涨幅与上年基本持平") rather than give
 * 0.1%. Such a statement is the actual of a change target (a rise of 3% or less is met).
 */
export interface QualitativeChange { id: string; pattern: RegExp; value: number; examples: string[] }

export const QUALITATIVE_CHANGES: QualitativeChange[] = [
  { id: 'zh-level', pattern: /(?:与上年|与去年|比上年|比去年|同比|较上年)?(?:基本|大体)?(?:持平|零增长)/g, value: 0, examples: ['居民消费价格指数同比持平', '一般公共预算支出比上年持平', '粮食播种面积与上年基本持平'] },
];

/**
 * Qualifiers that split one kind of figure into indicators that are not the same: a review gives
 * urban income and rural income, exports and imports, side by side, and a target for one is not
 * met by the other however many words they share. A target whose measure names one side only
 * never takes an actual that names the other side only.
 */
export interface ContrastRule { id: string; sides: [RegExp, RegExp]; examples: string[] }

export const CONTRASTING_QUALIFIERS: ContrastRule[] = [
  { id: 'zh-urban-rural', sides: [/城镇|城市/, /农村|乡村|农民/], examples: ['城镇居民人均可支配收入增长8%', '农村居民人均可支配收入增长8.5%', '城市居民收入', '农民人均纯收入增长11%'] },
  { id: 'zh-export-import', sides: [/出口/, /进口/], examples: ['出口增长7%', '进口增长4.2%', '外贸出口超过7600亿元', '进口额下降'] },
  { id: 'en-urban-rural', sides: [/\burban\b/i, /\brural\b/i], examples: ['urban household income', 'rural household income', 'urban areas', 'rural roads'] },
  { id: 'en-export-import', sides: [/\bexports?\b/i, /\bimports?\b/i], examples: ['exports grew 4%', 'imports fell', 'export volumes', 'import duties'] },
];

/** The two measures name opposite sides of one contrast (each one side only). */
export function contrasting(a: string, b: string): boolean {
  return CONTRASTING_QUALIFIERS.some(({ sides: [x, y] }) => {
    const ax = x.test(a); const ay = y.test(a); const bx = x.test(b); const by = y.test(b);
    return (ax && !ay && by && !bx) || (ay && !ax && bx && !by);
  });
}
