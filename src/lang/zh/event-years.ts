import { alternation } from './regexp.js';

/**
 * Years named by what happened in them: "杭州亚运那年" is 2023, "the year of the Asian Games" the same. Only events held
 * once, in one year, are listed: "疫情那年" or "进博会那年" name no single year and are left unread.
 */
export interface EventYear {
  /** The event's names as questions write them, Chinese and English (English lower case). */
  names: readonly string[];
  year: number;
}

export const EVENT_YEARS: readonly EventYear[] = [
  {
    names: ['杭州亚运会', '杭州亚运', '亚运会', '亚运', '杭州亚残运会', '亚残运会', '亚残运', 'asian games', 'asian para games'],
    year: 2023,
  },
  { names: ['G20杭州峰会', '杭州G20峰会', 'G20峰会', '杭州峰会', 'g20 summit'], year: 2016 },
  { names: ['北京冬奥会', '北京冬奥', '冬奥会', '冬奥', 'winter olympics'], year: 2022 },
  { names: ['北京奥运会', '北京奥运', 'beijing olympics'], year: 2008 },
  { names: ['上海世博会', '世博会', 'shanghai expo'], year: 2010 },
  { names: ['建党百年', '建党一百周年', '建党100周年'], year: 2021 },
  { names: ['新中国成立70周年', '建国70周年', '国庆70周年'], year: 2019 },
];

/**
 * The words after an event's name that ask its year ("亚运那年", "冬奥会期间"): the name alone asks about the event itself
 * ("亚运会场馆建设进展"), no year.
 */
const YEAR_AFTER_EVENT = ['举办那一年', '举办那年', '举办当年', '召开那年', '召开当年', '那一年', '那年', '当年', '那会儿', '期间', '之年'];

/** English around the name: "the year of the Asian Games", "the Asian Games year", "the year Hangzhou hosted the Asian Games". */
const YEAR_BEFORE_EVENT_EN = [
  'the year of the',
  'the year of',
  'the year hangzhou hosted the',
  'the year china hosted the',
  'the year beijing hosted the',
];
const YEAR_AFTER_EVENT_EN = ['year'];

const NAMES = EVENT_YEARS.flatMap((event) => event.names).sort((a, b) => b.length - a.length);
const CHINESE_NAMES = NAMES.filter((n) => /[\u4e00-\u9fff]/.test(n));
const ENGLISH_NAMES = NAMES.filter((n) => !/[\u4e00-\u9fff]/.test(n));

/** An event's name with a word of its year, in Chinese or English (eventYearOf reads the year of a match). */
export const EVENT_YEAR_PATTERN = new RegExp(
  [
    `(?:${alternation(CHINESE_NAMES)})(?:${alternation(YEAR_AFTER_EVENT)})`,
    `\\b(?:${alternation(YEAR_BEFORE_EVENT_EN)}) (?:hangzhou )?(?:${alternation(ENGLISH_NAMES)})\\b`,
    `\\b(?:the )?(?:hangzhou )?(?:${alternation(ENGLISH_NAMES)}) (?:${alternation(YEAR_AFTER_EVENT_EN)})\\b`,
  ].join('|'),
  'gi',
);

/** The year of the event a pointer names ("亚运那年" → 2023). */
export function eventYearOf(pointer: string): number | undefined {
  const lower = pointer.toLowerCase();
  return EVENT_YEARS.find((event) => event.names.some((name) => lower.includes(name.toLowerCase())))?.year;
}

/** The text with every event's year pointer blanked (same length): a time asked, no subject to read terms from. */
export function withoutEventYears(text: string): string {
  return text.replace(EVENT_YEAR_PATTERN, (m) => ' '.repeat(m.length));
}
