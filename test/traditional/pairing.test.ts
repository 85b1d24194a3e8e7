/**
 * A county's report read on its 繁體 page and the next year's on its simplified page (or the
 * other way round) are one issuer: issuer keys fold, so the library groups and pairs them, and
 * the diff judges a traditional report's commitments as it judges a simplified one's.
 */
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { issuerKey } from '../../lib/extract/issuer-key';
import { diff, pairReports } from '../../lib/diff/index';
import { run } from '../extract/helpers';

const toTraditional = Converter({ from: 'cn', to: 't' });

const OLDER = `青溪县人民政府2022年度法治政府建设情况报告
一、主要成效
全县依法行政工作稳步推进，完成行政规范性文件清理85件。
二、2023年工作安排
（一）深化行政执法改革。我县将继续推进综合行政执法改革，确保2023年底前完成乡镇执法队伍整合。
（二）加强执法人员培训。全年组织执法人员培训不少于4次，覆盖率达到100%。
`;

const NEWER = `青溪县人民政府2023年度法治政府建设情况报告
一、主要成效
（一）执法改革。全县综合行政执法改革全面完成，乡镇执法队伍整合已于2023年11月完成。
（二）队伍培训。全年组织执法人员培训6次，覆盖率达到100%。
二、2024年工作安排
我县将进一步提升执法规范化水平。
`;

describe('issuer keys across scripts', () => {
  it.each([
    ['a county government', '灌北縣人民政府', '灌北县人民政府'],
    ['a district under its city', '東湖市青禾區人民政府', '青禾区'],
    ['a bureau', '臺兒莊區發展和改革局', '台儿庄区发展和改革局'],
  ])('%s: the traditional and the simplified spelling share a key', (_name, traditional, simplified) => {
    expect(issuerKey(traditional)).toBe(issuerKey(simplified));
    expect(issuerKey(traditional)).not.toBe('');
  });

  it('keeps two different issuers apart after folding', () => {
    expect(issuerKey('灌北縣人民政府')).not.toBe(issuerKey('灌北县司法局'));
  });
});

describe('a traditional and a simplified report of one county', () => {
  const older = run(toTraditional(OLDER));
  const newer = run(NEWER);

  it('pair in the library', () => {
    expect(older.meta.issuer).toBe('青溪縣人民政府');
    expect(pairReports([older, newer])).toEqual([expect.objectContaining({ older: 0, newer: 1 })]);
  });

  it('diff as the two simplified copies do, the older report quoted in its own script', () => {
    const mixed = diff(older, newer);
    const plain = diff(run(OLDER), newer);
    expect(mixed.items.map((i) => i.status)).toEqual(plain.items.map((i) => i.status));
    expect(mixed.items.length).toBeGreaterThan(0);
    expect(mixed.items.some((i) => i.text.includes('我縣將繼續推進綜合行政執法改革'))).toBe(true);
    expect(mixed.items.flatMap((i) => i.evidence.map((e) => e.text)).join('|')).toContain('执法队伍整合');
  });
});
