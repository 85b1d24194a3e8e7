/**
 * One key for one issuer, however a report spells it: 静海区, 静海区人民政府 and
 * 天津市静海区人民政府 are the same issuer. The library groups its cards by this key and pairs
 * the reports of one key (lib/store/cards.ts, lib/diff/pair.ts).
 *
 * The key is the innermost place with the body under it: the places above it (province,
 * city) and the word 人民政府 are dropped, other organs are kept (静海区司法局 is another
 * issuer than 静海区). Two districts of one name in different cities share a key: a library
 * rarely holds both, and a spelling without the city could not be told apart anyway.
 *
 * The key is folded to simplified characters (lib/text/fold.ts): a county's report read on
 * its 繁體 page (灌南縣人民政府) and on its simplified page (灌南县人民政府) is one issuer, so the
 * two copies share a card group and pair in the diff. The key is for grouping; names shown
 * to the reader come from the reports themselves.
 */
import { foldTraditional } from '../text/fold';

/** A government: the place alone stands for it. */
const GOVERNMENT_SUFFIX = /(?:人民政府|政府)$/;
/** A place inside another: two to four characters (never 和/与/及: 住房和城乡建设局 is no place) and a unit. */
const INNER = '(?:(?![和与及])[\\u4e00-\\u9fa5]){2,4}?';
/** A province, prefecture or city that holds the place after it. */
const OUTER_PLACE = new RegExp(`^[\\u4e00-\\u9fa5]{2,9}?(?:自治区|自治州|地区|省|市|州|盟)(?=${INNER}(?:自治县|自治州|自治旗|新区|地区|街道|市|州|盟|县|区|旗|镇|乡))`);
/** A county or district that holds the town or street office after it. */
const COUNTY_OVER_TOWN = new RegExp(`^[\\u4e00-\\u9fa5]{2,7}?(?:自治县|自治旗|县|区|旗)(?=${INNER}(?:街道|镇|乡))`);
/** Spellings of one organ word: 人民政府办公室 and 政府办公室, 人民政府 and 政府. */
const PEOPLES_GOVERNMENT = /人民政府/g;

/** The canonical key of an issuer's name ('' for none). */
export function issuerKey(issuer: string | null | undefined): string {
  let key = foldTraditional(issuer ?? '').replace(/\s+/g, '').trim();
  if (!key) return '';
  key = key.replace(GOVERNMENT_SUFFIX, '') || key;
  for (let i = 0; i < 3; i++) {
    const outer = OUTER_PLACE.exec(key) ?? COUNTY_OVER_TOWN.exec(key);
    if (!outer) break;
    key = key.slice(outer[0].length);
  }
  return key.replace(PEOPLES_GOVERNMENT, '政府');
}
