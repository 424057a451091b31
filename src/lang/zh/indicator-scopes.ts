import { NATIONAL_TITLE_CONFERRED } from './place-words.js';
/**
 * Words around an indicator's name that do not change which indicator it is, so a figure table
 * can file "全市地区生产总值" and "地区生产总值" under one indicator: the scope a report writes before
 * the name (全市, 我省), the population group (城镇居民, which the table keeps as a qualifier), and
 * the growth words after it ("地区生产总值增速" is the indicator's rate).
 */

/**
 * Scopes written before a name; the place is the report's, so they say nothing more. 全国 is not
 * one: in a province's report "全国GDP" is the country's figure, not the province's.
 */
export const SCOPE_PREFIXES: readonly string[] = [
  '全市',
  '全省',
  '全区',
  '全县',
  '本市',
  '本省',
  '本区',
  '我市',
  '我省',
  '我区',
  '全年',
  '全社会',
];

/** Population groups written before a name: "城镇居民人均可支配收入" is the indicator for 城镇. */
export const POPULATION_PREFIXES: ReadonlyArray<{ prefix: string; group: string }> = [
  { prefix: '城镇居民', group: '城镇' },
  { prefix: '农村居民', group: '农村' },
  { prefix: '全体居民', group: '全体' },
  { prefix: '城镇常住居民', group: '城镇' },
  { prefix: '农村常住居民', group: '农村' },
];

/** Growth words after a name: "GDP增速" is GDP's rate, not an indicator of its own. */
export const GROWTH_SUFFIXES: readonly string[] = ['增长率', '增速', '增幅', '增长', '涨幅'];

/** The country's scope: in a province's report "办理全国政协提案" is the national body's, not the province's. */
export const NATIONAL_SCOPE = '全国';

/** A name whose subject is the country's ("办理全国政协提案", "全国GDP"), not a share of it ("出口占全国比重"). */
export function namesNationalSubject(indicator: string): boolean {
  const at = indicator.indexOf(NATIONAL_SCOPE);
  // "获评全国百强区": 全国 begins a title conferred, no national subject; nor does it in the name of a national institution
  // a place hosts ("新增全国重点实验室18家": the province's labs).
  return (
    at >= 0 &&
    at <= NATIONAL_SUBJECT_REACH &&
    !/^(?:占|居|在|的)/.test(indicator.slice(Math.max(0, at - 1), at)) &&
    !NATIONAL_TITLE.test(indicator) &&
    !NATIONAL_INSTITUTION.test(indicator.slice(at))
  );
}

const NATIONAL_TITLE = new RegExp(NATIONAL_TITLE_CONFERRED);
/** A national institution a place hosts, by its name: 全国重点实验室, 全国…工程研究中心, 全国…技术创新中心. */
const NATIONAL_INSTITUTION = /^全国[\u4e00-\u9fff]{0,8}?(?:实验室|研究中心|创新中心)/;

/** How far into a name 全国 may stand to be its subject's scope: after a verb of two characters ("办理全国…"). */
const NATIONAL_SUBJECT_REACH = 2;
