/**
 * A ledger over one county's reports when some are read on its 繁體 page: the chains are the
 * ones its all-simplified series gives, and each passage is quoted in its own report's script.
 */
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { buildLedger } from '../../lib/chains/ledger';
import { extractText } from '../../lib/extract/index';
import { foldTraditional } from '../../lib/text/fold';
import type { Chain } from '../../lib/chains/types';

const toTraditional = Converter({ from: 'cn', to: 't' });

const text = (year: number, review: string[], plans: string[]) => [
  `青禾县人民政府${year}年度法治政府建设情况报告`,
  `一、${year}年工作成效`, ...review,
  `二、${year + 1}年工作安排`, ...plans,
].join('\n');

const T2021 = text(2021, ['全年办理行政许可事项9800件。'], [
  '建成县级行政复议服务中心。', '推进村级法律顾问全覆盖，年底前为全县64个行政村配齐法律顾问。', '开展行政执法案卷集中评查。',
]);
const T2022 = text(2022, ['县级行政复议服务中心于5月建成并投入使用。', '全县已有52个行政村配备法律顾问。'], [
  '推进村级法律顾问全覆盖，年底前为全县64个行政村配齐法律顾问。', '建设法治宣传长廊3处。',
]);
const T2023 = text(2023, ['全县64个行政村均已配齐法律顾问，实现全覆盖。', '建成法治宣传长廊3处。'], ['深化行政执法规范化建设。']);

const read = (t: string, year: number) => extractText(t, { sha256: `y${year}` });
/** What the ledger decided, strings folded so the two scripts compare. */
const shape = (chains: Chain[]) => chains.map((c) => foldTraditional(`${c.first.report} ${c.first.text} ${c.now} ${c.cells.map((x) => `${x.review ?? '-'}/${x.plan ?? '-'}`).join(' ')}`)).sort();

describe('a ledger over reports in both scripts', () => {
  const plain = buildLedger([read(T2021, 2021), read(T2022, 2022), read(T2023, 2023)]);
  const mixed = buildLedger([read(toTraditional(T2021), 2021), read(T2022, 2022), read(toTraditional(T2023), 2023)]);

  it('follows the same chains with the same reviews as the simplified series', () => {
    expect(plain.chains.length).toBeGreaterThan(2);
    expect(shape(mixed.chains)).toEqual(shape(plain.chains));
  });

  it('quotes each passage in its own report\'s script', () => {
    const lawyers = mixed.chains.find((c) => c.first.text.includes('法律顧問'));
    expect(lawyers?.first.text).toContain('推進村級法律顧問全覆蓋');
    expect(lawyers?.cells[1].commitment?.text).toContain('推进村级法律顾问全覆盖');
    expect(lawyers?.cells[2].evidence?.text).toContain('均已配齊法律顧問');
    expect(mixed.issuer).toBe('青禾縣人民政府');
  });
});
