/** Issue 11, item 3: one canonical key for one issuer, however a report spells it. */
import { describe, expect, it } from 'vitest';
import { issuerKey } from '../../lib/extract/issuer-key';

describe('issuerKey: spellings of one issuer share a key', () => {
  it.each([
    ['a district with and without its city and government', ['静海区', '静海区人民政府', '天津市静海区人民政府'], '静海区'],
    ['a county under a province and a city', ['灌北县', '灌北县人民政府', '江苏省云港市灌北县人民政府'], '灌北县'],
    ['a city with and without its province', ['东湖市', '东湖市人民政府', '青川省东湖市政府'], '东湖市'],
    ['a district whose name starts with 市', ['市中区', '济州市市中区人民政府'], '市中区'],
    ['a new area', ['滨江新区', '海州市滨江新区'], '滨江新区'],
    ['a bureau under its city', ['静海区司法局', '天津市静海区司法局'], '静海区司法局'],
    ['a town under its county', ['城南镇人民政府', '青溪县城南镇人民政府', '城南镇'], '城南镇'],
    ['a government office, 人民政府 or 政府', ['青禾区人民政府办公室', '云川市青禾区政府办公室'], '青禾区政府办公室'],
    ['an autonomous region and prefecture', ['内蒙古自治区锡林郭勒盟', '锡林郭勒盟'], '锡林郭勒盟'],
    ['the State Council', ['国务院'], '国务院'],
  ])('%s', (_name, spellings, key) => {
    for (const s of spellings) expect(issuerKey(s), s).toBe(key);
  });
});

describe('issuerKey keeps different issuers apart', () => {
  it.each([
    ['a government and its bureau', '静海区人民政府', '静海区司法局'],
    ['a city government and a city bureau whose name holds 城乡', '东湖市人民政府', '东湖市住房和城乡建设局'],
    ['two districts of one city', '天津市静海区', '天津市滨海新区'],
    ['a province and its capital', '青川省人民政府', '青川省东湖市人民政府'],
  ])('%s', (_name, a, b) => {
    expect(issuerKey(a)).not.toBe(issuerKey(b));
  });

  it('keeps a bureau whose name holds a unit character whole', () => {
    expect(issuerKey('天津市市场监督管理局')).toBe('天津市市场监督管理局');
    expect(issuerKey('东湖市住房和城乡建设局')).toBe('东湖市住房和城乡建设局');
    expect(issuerKey('北塘区住房和城乡建设局')).toBe('北塘区住房和城乡建设局');
  });

  it('has no key for no issuer', () => {
    expect(issuerKey(null)).toBe('');
    expect(issuerKey('  ')).toBe('');
  });
});
