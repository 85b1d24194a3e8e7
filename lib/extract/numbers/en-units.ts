/**
 * English units, scales, qualifiers and number words, as data. Units map to the canonical
 * forms the Chinese side uses (percent → '%', yuan → '元', years → '年', percentage points →
 * '个百分点'), so figures compare across reports whatever the language.
 */
import type { QualifierEntry, UnitEntry } from './types';

const u = (text: string, unit: string, kind: UnitEntry['kind']): UnitEntry => ({ text, unit, kind });

/** Units written after the number (5.2 percent, 695 million metric tons, 3 years). */
export const EN_UNITS: UnitEntry[] = [
  u('percentage points', '个百分点', 'percent'), u('percentage point', '个百分点', 'percent'),
  u('percent', '%', 'percent'), u('per cent', '%', 'percent'), u('%', '%', 'percent'),
  u('yuan', '元', 'money'), u('RMB', '元', 'money'), u('US dollars', '美元', 'money'),
  u('Singapore dollars', '新元', 'money'), u('Hong Kong dollars', '港元', 'money'),
  u('Australian dollars', '澳元', 'money'), u('Canadian dollars', '加元', 'money'),
  // Bare dollars are the document's own (a Singapore budget's "$600" is 新元): numbers.ts reads the jurisdiction.
  u('dollars', '美元', 'money'), u('euros', '欧元', 'money'), u('rupees', '卢比', 'money'),
  u('metric tons', '吨', 'quantity'), u('tons', '吨', 'quantity'), u('tonnes', '吨', 'quantity'),
  u('kilowatt-hours', '千瓦时', 'quantity'), u('kilowatts', '千瓦', 'quantity'), u('kWh', '千瓦时', 'quantity'),
  u('kW', '千瓦', 'quantity'), u('square kilometers', '平方公里', 'quantity'), u('square meters', '平方米', 'quantity'),
  u('kilometers', '公里', 'quantity'), u('kilometres', '公里', 'quantity'), u('km', '公里', 'quantity'),
  u('miles', '英里', 'quantity'), u('mile', '英里', 'quantity'), u('hectares', '公顷', 'quantity'),
  u('pounds', '英镑', 'money'),
  u('mu', '亩', 'quantity'), u('jin', '斤', 'quantity'),
  u('working days', '个工作日', 'duration'), u('years', '年', 'duration'), u('year', '年', 'duration'),
  u('months', '个月', 'duration'), u('month', '个月', 'duration'), u('weeks', '周', 'duration'),
  u('week', '周', 'duration'), u('days', '天', 'duration'), u('day', '天', 'duration'),
  u('hours', '小时', 'duration'), u('hour', '小时', 'duration'),
  u('person-times', '人次', 'count'), u('times', '次', 'count'), u('people', '人', 'count'),
  u('persons', '人', 'count'), u('households', '户', 'count'), u('families', '户', 'count'),
  // People counted by who they are: "4.1 crore youth", "25,000 students", "5 lakh women".
  ...['youth', 'youths', 'students', 'women', 'men', 'farmers', 'workers', 'children', 'girls', 'boys', 'seniors',
    'beneficiaries', 'employees', 'residents', 'citizens', 'patients', 'entrepreneurs', 'teachers', 'trainees',
    'apprentices', 'individuals', 'adults', 'pensioners', 'migrants', 'refugees', 'visitors', 'tourists']
    .map((w) => u(w, '人', 'count')),
];

/** The people nouns among the units: a count a few words before one of them counts people ("40 additional maintenance workers"). */
export const EN_PEOPLE = new Set(EN_UNITS.filter((x) => x.unit === '人').map((x) => x.text));

/** Currency marks written before the number ($300, US$1.2 billion, RMB 100 billion). */
export const EN_CURRENCY: UnitEntry[] = [
  u('US$', '美元', 'money'), u('S$', '新元', 'money'), u('SGD', '新元', 'money'), u('HK$', '港元', 'money'),
  u('HKD', '港元', 'money'), u('A$', '澳元', 'money'), u('AU$', '澳元', 'money'), u('C$', '加元', 'money'),
  u('CA$', '加元', 'money'), u('NZ$', '新西兰元', 'money'), u('NT$', '新台币', 'money'),
  // Bare "$" is the document's dollar (numbers.ts); '美元' until the jurisdiction says otherwise.
  u('$', '美元', 'money'), u('RMB', '元', 'money'), u('¥', '元', 'money'),
  u('€', '欧元', 'money'), u('£', '英镑', 'money'),
  // The rupee: ₹, Rs, INR, and the backtick a PDF's text layer gives for ₹ in Indian budget papers ("` 2 lakh crore").
  u('₹', '卢比', 'money'), u('Rs.', '卢比', 'money'), u('Rs', '卢比', 'money'), u('INR', '卢比', 'money'), u('`', '卢比', 'money'),
];

/** Scale words and their factors: 12.44 million → 12440000. */
export const EN_SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
  // Indian English: a lakh is 10^5, a crore 10^7, a lakh crore 10^12 (the scales multiply).
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Qualifiers before the figure, lower-case. */
export const EN_BEFORE: QualifierEntry[] = [
  { text: 'around', approx: 'about' }, { text: 'about', approx: 'about' }, { text: 'approximately', approx: 'about' },
  { text: 'roughly', approx: 'about' }, { text: 'some', approx: 'about' }, { text: 'nearly', approx: 'about' },
  { text: 'almost', approx: 'about' }, { text: 'close to', approx: 'about' },
  { text: 'over', approx: 'over' }, { text: 'more than', approx: 'over' }, { text: 'above', approx: 'over' },
  { text: 'exceeding', approx: 'over' }, { text: 'in excess of', approx: 'over' }, { text: 'upwards of', approx: 'over' },
  { text: 'at least', approx: 'at-least' }, { text: 'no less than', approx: 'at-least' },
  { text: 'not less than', approx: 'at-least' }, { text: 'a minimum of', approx: 'at-least' },
  { text: 'at most', approx: 'at-most' }, { text: 'no more than', approx: 'at-most' },
  { text: 'not more than', approx: 'at-most' }, { text: 'up to', approx: 'at-most' },
  { text: 'a maximum of', approx: 'at-most' }, { text: 'within', approx: 'at-most' },
  { text: 'upto', approx: 'at-most' }, { text: 'capped at', approx: 'at-most' }, { text: 'a cap of', approx: 'at-most' },
  { text: 'a ceiling of', approx: 'at-most' }, { text: 'a limit of', approx: 'at-most' }, { text: 'not exceeding', approx: 'at-most' },
  { text: 'limited to', approx: 'at-most' },
  { text: 'less than', approx: 'under' }, { text: 'fewer than', approx: 'under' },
  { text: 'under', approx: 'under' }, { text: 'below', approx: 'under' },
];

/** Qualifiers after the figure. */
export const EN_AFTER: QualifierEntry[] = [
  { text: 'or more', approx: 'at-least' }, { text: 'or above', approx: 'at-least' },
  { text: 'and above', approx: 'at-least' }, { text: 'or higher', approx: 'at-least' },
  { text: 'or less', approx: 'at-most' }, { text: 'or below', approx: 'at-most' },
  { text: 'and below', approx: 'at-most' }, { text: 'or so', approx: 'about' }, { text: 'plus', approx: 'over' },
  // "a ₹ 5 lakh limit", "a $2,000 cap": the figure is a ceiling.
  { text: 'limit', approx: 'at-most' }, { text: 'cap', approx: 'at-most' }, { text: 'ceiling', approx: 'at-most' },
];

/** Number words read only before a scale or unit word (two years, three times, five million). */
export const EN_NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

/** Month names (dates), full and abbreviated. */
export const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
