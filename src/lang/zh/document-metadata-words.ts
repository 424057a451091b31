import { alternation } from './regexp.js';

/**
 * What a report's title, opening lines and file name say about it: who issued it, at what level,
 * what kind of report it is and when it was published.
 */

/** Words of a report's title: "…政府工作报告", "…发展规划纲要", "…统计公报", "…计划". */
export const REPORT_TITLE_WORDS: readonly string[] = ['报告', '规划', '纲要', '公报', '计划'];
export const REPORT_TITLE = new RegExp(alternation(REPORT_TITLE_WORDS));

/** How a report's title line usually ends: "2024年政府工作报告". */
export const REPORT_TITLE_ENDING = /报告$/;

/** The years a title names: "2023年…执行情况与2024年…计划草案" → 2023, 2024. */
export const TITLE_YEAR = /(20\d{2}|19\d{2})(?=年)/g;
/** A year caught before a province's name: "2024年浙江省" names 浙江省. */
export const LEADING_YEAR = /^\d*年/;

/** Lines that open with these are bylines or delivery lines, never the title. */
export const NOT_TITLE_OPENERS: readonly string[] = ['来源', '发布', '时间'];
export const NOT_TITLE_LINE = new RegExp(`^(${alternation(NOT_TITLE_OPENERS)}|[—\\-－–])`);

/** The national government, and the words that name it in a title: "国务院", "全国人民代表大会". */
export { NATIONAL_ISSUER } from './place-words.js';
export const NATIONAL_ISSUER_WORDS: readonly string[] = ['国务院', '全国人民代表大会', '中华人民共和国'];
export const NATIONAL_ISSUER_NAMED = new RegExp(alternation(NATIONAL_ISSUER_WORDS));

/** Cities directly under the central government, at province level. */
export const MUNICIPALITIES: readonly string[] = ['北京市', '上海市', '天津市', '重庆市'];

/** Suffixes of administrative divisions: districts and counties, provinces. */
export const DISTRICT_SUFFIXES: readonly string[] = ['新区', '区', '县'];
export const PROVINCE_SUFFIXES: readonly string[] = ['省', '自治区'];

/** "全市", "本区", "市区": before 区/县 these make no district's name. */
export const NOT_A_DISTRICT_OPENERS: readonly string[] = ['市', '全', '本'];
/** "全省", "本省", "我省", "各省": before 省 these make no province's name. */
export const NOT_A_PROVINCE_OPENERS: readonly string[] = ['全', '本', '我', '各'];
/** Words that may stand before an issuer's name in a title: "2024年…", "关于…", "图解…", "在…第二届人民代表大会". */
export const BEFORE_ISSUER_WORDS: readonly string[] = ['年', '关于', '图解', '在'];
/**
 * Words that never open an issuer's name, though they stand right before it: "2024年临平区" names 临平区,
 * not 年临平区 (the year's 年 is not the place's).
 */
export const NOT_NAME_OPENERS: readonly string[] = ['年', '在'];
/** Words that follow an issuer's name in a title: "…区人民政府", "…市政府", "…市国民经济…", "…区第二届人民代表大会". */
export const AFTER_ISSUER_WORDS: readonly string[] = ['人民政府', '政府', '国民', '第[一二三四五六七八九十\\d]+届'];

const DISTRICT = `(?:${alternation(DISTRICT_SUFFIXES)})`;
const AFTER_ISSUER = `${AFTER_ISSUER_WORDS.join('|')}|\\d{4}`;
const NAME_START = `(?!${alternation(NOT_NAME_OPENERS)})`;

/** "杭州市钱塘区": a district named with its city; group 2 is the district. */
export const CITY_AND_DISTRICT = new RegExp(`([\\u4e00-\\u9fa5]{2,4}市)([\\u4e00-\\u9fa5]{1,3}${DISTRICT})`);
export const NOT_A_DISTRICT = new RegExp(`^(${alternation(NOT_A_DISTRICT_OPENERS)})`);
/** "浙江省", "广西壮族自治区". */
export const PROVINCE = new RegExp(`([\\u4e00-\\u9fa5]{2,8}?(?:${alternation(PROVINCE_SUFFIXES)}))`);
export const NOT_A_PROVINCE = new RegExp(`^(${alternation(NOT_A_PROVINCE_OPENERS)})`);
/** A district named alone, before an issuer's follower word or a bracket: "钱塘区人民政府". */
export const DISTRICT_ALONE = new RegExp(
  `(?:^|[^\\u4e00-\\u9fa5]|${alternation(BEFORE_ISSUER_WORDS)})(${NAME_START}[\\u4e00-\\u9fa5]{2,3}${DISTRICT})(?=${AFTER_ISSUER}|[(（])`,
);
/** A city named before an issuer's follower word: "杭州市人民政府", "杭州市2024年…". */
export const CITY_ALONE = new RegExp(`(${NAME_START}[\\u4e00-\\u9fa5]{2,4}?市)(?=${AFTER_ISSUER})`);
/** Title words caught at the start of a name: "关于杭州市" names 杭州市, "图解钱塘区" names 钱塘区. */
export const TITLE_PREFIX_WORDS: readonly string[] = ['关于', '图解'];
export const ABOUT_PREFIX = new RegExp(`^(?:${alternation(TITLE_PREFIX_WORDS)})`);

/** Report kinds by the words of their titles, checked in order. */
export type ReportKindName = 'illustrated-summary' | 'plan-execution-report' | 'government-work-report';
export const REPORT_KINDS: ReadonlyArray<{ kind: ReportKindName; pattern: RegExp }> = [
  { kind: 'illustrated-summary', pattern: /图解/ },
  { kind: 'plan-execution-report', pattern: /计划执行情况|计划草案/ },
  // The preparatory government of a new district prints "政府（筹）工作报告".
  { kind: 'government-work-report', pattern: /政府工作报告|政府(\(筹\)|（筹）)?工作报告/ },
];

/** Page keys whose value is the publication date: "发布日期：2024-01-20". */
export const PUBLICATION_DATE_KEYS: readonly string[] = ['发布日期', '生成日期', '公布日期', '发布时间', '时间'];
export const PUBLICATION_DATE = new RegExp(`(?:${alternation(PUBLICATION_DATE_KEYS)})\\s*[：:\\s]\\s*(\\d{4})-(\\d{2})-(\\d{2})`);
