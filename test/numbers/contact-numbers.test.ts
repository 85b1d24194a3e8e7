/**
 * Issue 11, item 5: reference numbers are no figures. Telephone and fax numbers and postal
 * codes say where to call or write: they are read whole as `doc-id`; a service hotline
 * (12345热线) is a name, `other` with no value (as the seeds' gold has it); neither is a count. A figure right after such a number stays a figure. And a unit shared across
 * 和 reaches a figure written with its own multiplier (10万和20万元). Sentences written for these
 * tests, modelled on the contact lines of replies, notices and CPPCC pages of several cities.
 */
import { describe, expect, it } from 'vitest';
import { found, row } from './find';

describe('telephone numbers, postal codes and hotlines are reference numbers', () => {
  const id = (raw: string) => row({ raw, value: null, unit: null, kind: 'doc-id' });
  it.each([
    ['联系电话：0427-2834366', [id('0427-2834366')]],
    ['联系人：王敏，联系电话：0551-63201234。', [id('0551-63201234')]],
    ['电话：2834366', [id('2834366')]],
    ['传真：010-68881234', [id('010-68881234')]],
    ['邮编：124010', [id('124010')]],
    ['邮政编码：311202', [id('311202')]],
    ['联系电话:82898312/82898317', [id('82898312/82898317')]],
    ['联系方式：13905170000', [id('13905170000')]],
    ['举报电话12345，24小时受理。', [id('12345'), row({ raw: '24小时', value: 24, unit: '小时', kind: 'duration' })]],
    ['通过12345热线受理群众诉求8.6万件。', [row({ raw: '12345', value: null, unit: null, kind: 'other' }), row({ raw: '8.6万件', value: 86000, unit: '件', kind: 'count' })]],
    ['拨打12345政务服务便民热线反映问题。', [row({ raw: '12345', value: null, unit: null, kind: 'other' })]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['接听电话1200余次。', [row({ raw: '1200余次', value: 1200, unit: '次', kind: 'count', approx: 'over' })]],
    ['办理热线工单3.2万件。', [row({ raw: '3.2万件', value: 32000, unit: '件', kind: 'count' })]],
    ['办理1200件热线诉求。', [row({ raw: '1200件', value: 1200, unit: '件', kind: 'count' })]],
  ])('a count of calls stays a count: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a shared unit reaches a figure with its own multiplier', () => {
  it.each([
    ['全年分别新增10万和20万元。', [
      row({ raw: '10万', value: 100000, unit: '元', kind: 'money' }), row({ raw: '20万元', value: 200000, unit: '元', kind: 'money' })]],
    ['户籍人口和常住人口分别为52.3万、49.8万人。', [
      row({ raw: '52.3万', value: 523000, unit: '人', kind: 'count' }), row({ raw: '49.8万人', value: 498000, unit: '人', kind: 'count' })]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
