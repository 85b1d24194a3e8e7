/**
 * Rule tables for judging delivery: completion and ongoing language in evidence sentences,
 * and the thresholds on evidence scores. Each rule has an id (items keep it) and an example.
 */
export interface StatusCue { id: string; pattern: RegExp; example: string }

export const COMPLETION_CUES: StatusCue[] = [
  { id: 'zh-done', pattern: /完成|实现|建成|出台|印发|达到|如期|全覆盖|已(经)?|全面(推行|实施|落实|铺开)|(建立|制定|修订|组建|成立|开通|上线|落地|公布|发布)了|顺利|圆满|取得/, example: '如期完成执法证件清理' },
  { id: 'en-done', pattern: /\b(completed|achieved|accomplished|fulfilled|launched|established|issued|adopted|built|opened|reached|met|delivered|finished|introduced|set up)\b/i, example: 'The new centre was completed.' },
];

export const ONGOING_CUES: StatusCue[] = [
  { id: 'zh-ongoing', pattern: /推进|启动|试点|正在|初步|逐步|持续|稳步|着力|加快|深入|推动|探索/, example: '稳步推进综合执法改革' },
  { id: 'en-ongoing', pattern: /\b(under way|underway|began|begun|started|initial|pilot|continued|ongoing|progress|advanced|steadily|further)\b/i, example: 'Work on the platform began.' },
];

/** Words that say the work is not finished: they keep a completion word from counting. */
export const NOT_DONE_CUES: StatusCue[] = [
  { id: 'zh-not-done', pattern: /正在|尚未|未能|仍(不|未|在|需)|筹建|部分(完成|实现)|还需|有待|初步/, example: '组建方案已报批，正在筹建' },
  { id: 'en-not-done', pattern: /(not yet|still|partly|partially|under way|underway|in progress|being)/i, example: 'The centre is still being built.' },
];

/** Evidence below this score does not count: the commitment is unaddressed. */
export const MIN_EVIDENCE = 0.3;
/** A completion statement needs at least this score to call a commitment fulfilled. */
export const MIN_FULFILLED = 0.45;
/** At most this many evidence sentences are kept per item. */
export const MAX_EVIDENCE = 3;
