/**
 * How the figures tab lists an extraction's numbers: measures from the text first, then the
 * figures of its tables, then years and dates, then the rest (document ids, other); each
 * group keeps text order. And how a figure's value reads in the UI language: years and
 * dates as written (no "2,023"), units by their English names in the English UI.
 */
import type { NumberKind, NumberMention } from '../extract/types';

/** The figures tab's groups, in the order they are listed. */
export const FIGURE_GROUPS = ['measures', 'table', 'time', 'other'] as const;
export type FigureGroup = typeof FIGURE_GROUPS[number];

const MEASURES: ReadonlySet<NumberKind> = new Set(['count', 'percent', 'money', 'quantity', 'duration']);
const TIME: ReadonlySet<NumberKind> = new Set(['year', 'date']);

/** The group a figure is listed in. */
export function figureGroup(n: Pick<NumberMention, 'kind' | 'inTable'>): FigureGroup {
  if (TIME.has(n.kind)) return 'time';
  if (!MEASURES.has(n.kind)) return 'other';
  return n.inTable ? 'table' : 'measures';
}

/** The figures in listing order: by group, then as they stand in the text. Stable, linear. */
export function orderFigures<T extends Pick<NumberMention, 'kind' | 'inTable'>>(numbers: T[]): T[] {
  const byGroup = new Map<FigureGroup, T[]>(FIGURE_GROUPS.map((g) => [g, []]));
  for (const n of numbers) byGroup.get(figureGroup(n))!.push(n);
  return FIGURE_GROUPS.flatMap((g) => byGroup.get(g)!);
}

/**
 * English names of the canonical units the extractor writes (CONTRACT.md: '元', '人', '%'…).
 * Units not listed show as written. An empty name drops the unit (个 is only a counter word).
 */
export const UNIT_NAMES_EN: Record<string, string> = {
  '元': 'yuan', '美元': 'US dollars', '欧元': 'euros', '港元': 'HK dollars', '日元': 'yen',
  '个百分点': 'percentage points', '人': 'people', '人次': 'person-times', '户': 'households', '户次': 'household visits',
  '个': '', '项': 'items', '次': 'times', '名': 'people', '件': 'cases', '条': 'items', '家': 'firms', '场': 'events',
  '起': 'cases', '处': 'sites', '所': 'institutions', '座': 'facilities', '套': 'sets', '台': 'units', '辆': 'vehicles',
  '批': 'batches', '批次': 'batches', '期': 'sessions', '篇': 'articles', '份': 'copies', '张': 'sheets', '类': 'kinds',
  '种': 'kinds', '个次': 'times', '年': 'years', '个月': 'months', '天': 'days', '日': 'days', '周': 'weeks',
  '小时': 'hours', '分钟': 'minutes', '秒': 'seconds', '个工作日': 'working days', '季度': 'quarters', '周年': 'years',
  '学时': 'class hours', '课时': 'class hours', '倍': 'times', '岁': 'years old',
  '公里': 'km', '米': 'm', '毫米': 'mm', '平方公里': 'km²', '平方米': 'm²', '立方米': 'm³', '亩': 'mu', '公顷': 'ha',
  '吨': 't', '公斤': 'kg', '千克': 'kg', '斤': 'jin', '升': 'L', '千瓦': 'kW', '千瓦时': 'kWh', '兆瓦': 'MW',
  '吉瓦': 'GW', '吨标准煤': 't of standard coal', '标箱': 'TEU',
  '星期': 'weeks', '架次': 'flights', '支': 'teams', '道': 'items', '级': 'levels', '轮': 'rounds', '艘': 'vessels',
  '架': 'aircraft', '本': 'volumes', '部': 'items', '宗': 'cases', '笔': 'transactions', '例': 'cases', '位': 'people',
  '门': 'courses', '栋': 'buildings', '幢': 'buildings', '间': 'rooms', '层': 'floors', '枚': 'pieces', '册': 'volumes',
  '首': 'pieces', '株': 'plants', '棵': 'trees', '头': 'head', '只': 'animals', '组': 'groups', '卷': 'files',
  '学分': 'credits', '堂': 'classes', '节': 'sessions', '盏': 'lamps', '床': 'beds', '张床': 'beds', '所学校': 'schools',
};

/** A unit as the UI shows it: its English name in the English UI, else as written. */
export function unitLabel(unit: string | null, uiLanguage: 'zh' | 'en'): string {
  if (!unit) return '';
  if (uiLanguage === 'zh') return unit;
  return UNIT_NAMES_EN[unit] ?? unit;
}

/**
 * The value chip of a figure, or null when the figure as written says it all (years,
 * dates, document ids: no thousands separator, no "年"). Grouping follows the UI locale.
 */
export function valueLabel(n: Pick<NumberMention, 'kind' | 'value' | 'unit' | 'upper' | 'approx'>, uiLanguage: 'zh' | 'en'): string | null {
  if (n.value === null || n.kind === 'year' || n.kind === 'date' || n.kind === 'doc-id') return null;
  const format = (v: number) => v.toLocaleString(uiLanguage === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
  const value = n.approx === 'range' && n.upper != null ? `${format(n.value)}–${format(n.upper)}` : format(n.value);
  const unit = unitLabel(n.unit, uiLanguage);
  if (!unit) return value;
  // Chinese writes a unit right after the figure (2年, 3.5%); English after a space, but for % (3.5%).
  return uiLanguage === 'zh' || unit === '%' || unit === '‰' ? `${value}${unit}` : `${value} ${unit}`;
}
