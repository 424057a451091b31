import { DISTRICT_SUFFIXES, MUNICIPALITIES, PROVINCE_SUFFIXES } from './document-metadata-words.js';
/** How a superlative question says which end of the ranking it wants, and which kind of place. */

/** "最低", "slowest": the ranking runs from the smallest value up. */
export const LOWEST_WORDS: readonly string[] = [
  '最低',
  '最少',
  '最小',
  '最慢',
  '最差',
  '垫底',
  '倒数',
  '排最后',
  '末位',
  'lowest',
  'slowest',
  'least',
  'fewest',
  'smallest',
  'weakest',
  'worst',
  'bottom',
];

/** The level of place a question ranks ("哪个省" ranks provinces), by the words that name it. */
export const LEVEL_WORDS: ReadonlyArray<{ level: 'province' | 'city' | 'district'; words: readonly string[] }> = [
  { level: 'province', words: ['省', '省份', 'province', 'provinces'] },
  { level: 'city', words: ['城市', '哪个市', 'city', 'cities'] },
  { level: 'district', words: ['区', '区县', 'district', 'districts'] },
];

export function asksForLowest(question: string): boolean {
  const lower = question.toLowerCase();
  return LOWEST_WORDS.some((w) => lower.includes(w));
}

/** The level of a covered place by its name ("钱塘区" district, "杭州市" city, "江苏省" and the municipalities province). */
export function levelOfPlace(name: string): 'province' | 'city' | 'district' | null {
  if (MUNICIPALITIES.includes(name) || PROVINCE_SUFFIXES.some((s) => name.endsWith(s))) return 'province';
  if (DISTRICT_SUFFIXES.some((s) => name.endsWith(s))) return 'district';
  return name.endsWith('市') ? 'city' : null;
}

/** How deep each level of place lies: a district inside a city inside a province. */
const LEVEL_DEPTH = { province: 0, city: 1, district: 2 } as const;

/** Whether a covered place is of a lower level than another ("钱塘区" below "杭州市", "杭州市" below "浙江省"). */
export function isOfLowerLevel(place: string, than: string): boolean {
  const [inner, outer] = [levelOfPlace(place), levelOfPlace(than)];
  return inner !== null && outer !== null && LEVEL_DEPTH[inner] > LEVEL_DEPTH[outer];
}

/** The level of place the question ranks, or null when it names none. */
export function rankedLevel(question: string): 'province' | 'city' | 'district' | null {
  const lower = question.toLowerCase();
  return LEVEL_WORDS.find((l) => l.words.some((w) => lower.includes(w)))?.level ?? null;
}

/**
 * Words that ask for the top or bottom of a ranking ("最高", "fastest"). A superlative without them
 * ("全国第一个GDP破5万亿的城市") asks who reached a milestone: a lookup, answered from the sentence.
 */
export const RANKING_WORDS: readonly string[] = [
  '最',
  'highest',
  'lowest',
  'fastest',
  'slowest',
  'largest',
  'biggest',
  'smallest',
  'most',
  'least',
  'fewest',
  'best',
  'worst',
  'top',
  'bottom',
  'rank',
  'leads',
  'leading',
  'ahead',
  '排名',
  '排序',
  '排个序',
  '排个名',
  '排行',
  '排最后',
  '末位',
];

/**
 * Rankings asked by place in the order rather than by 最: "排第一", "前三的省份", "倒数第一". Not
 * "第一产业" nor "前三季度" (a part of the year), "前两年" (a span).
 */
export const RANKING_PLACE_PATTERN = /排(?:名|在)?(?:全国)?第一|倒数|前[二三四五两几](?![季个年月天])(?:名|位)?/;

export function asksForRanking(question: string): boolean {
  const lower = question.toLowerCase();
  return RANKING_WORDS.some((w) => lower.includes(w)) || RANKING_PLACE_PATTERN.test(question) || EVERY_PLACE_SIDE_BY_SIDE.test(question);
}

/** Words that, after "各省/各市/各区", set every place side by side: "各省GDP目标排个名", "各省…对比". */
export const EVERY_PLACE_RANKED: readonly string[] = [
  '排名',
  '排序',
  '排个序',
  '排个名',
  '排一下',
  '排排',
  '排行',
  '对比',
  '比较',
  '比一比',
  '比一下',
];

/**
 * "各省…对比": every place of a level set side by side is a ranking of them. So is every place asked of a figure alone
 * ("各省2026年GDP增长目标", "GDP growth targets for 2026, province by province"): each place's figure, in order.
 */
const EVERY_PLACE_SIDE_BY_SIDE = new RegExp(
  [
    `(各省|各市|各区|各地).*(${EVERY_PLACE_RANKED.join('|')})`,
    // Of a figure asked in so many words: "各省的国家卓越级智能工厂" names a thing, whose places a follow-up goes through.
    '^[^，,。？?]{0,4}(?:各省|各省份|每个省|各区|每个区)(?!市).*(?:目标|增速|增长|增幅|多少|几|GDP|生产总值|总量|规模|占比|比重|率)',
    '\\b(?:province|city|district) by (?:province|city|district)\\b',
    '\\b(?:by|for each|of each|for every|of every|across(?: the)?|for all(?: the)?|of all(?: the)?) (?:province|provinces|city|cities|district|districts)\\b',
  ].join('|'),
  'i',
);

/** "哪个省…最低", "谁的…最高", "Which province … fastest", "top 3 provinces by…": a ranking asked in so many words. */
export const WHICH_IS_MOST = new RegExp(
  [
    '(哪个|哪些|哪|谁).*最|最.*(是哪|是谁)',
    '\\bwhich\\b.*\\b(highest|lowest|fastest|slowest|largest|biggest|smallest|most|least|fewest|best|worst|leads?|top)\\b',
    '\\brank\\b.*\\b(provinces|cities|districts|places)\\b',
    '\\b(top|bottom)\\b[^.?!]{0,12}\\b(provinces|cities|districts|places|regions)\\b',
    EVERY_PLACE_SIDE_BY_SIDE.source,
  ].join('|'),
  'i',
);

/** "哪里排第一", "前三的省份": which places lead, asked by their place in the order. */
const WHICH_LEADS = new RegExp(
  `(?:哪个|哪些|哪|谁).*(?:${RANKING_PLACE_PATTERN.source})|(?:${RANKING_PLACE_PATTERN.source}).*(?:省|省份|城市|地方|地区)`,
);

export function asksWhichIsMost(question: string): boolean {
  return WHICH_IS_MOST.test(question) || WHICH_LEADS.test(question);
}

/** "哪一年最高", "哪年增速最快", "which year … highest": the years of one place ranked, not places. */
export const WHICH_YEAR = /哪(?:一|个)?年(?!级)|哪个年份|\b(?:which|what) year\b/i;

export function asksWhichYear(question: string): boolean {
  return WHICH_YEAR.test(question);
}

/**
 * "…的城市是哪个", "哪个省是全国第三个…", "是谁": the question asks which place, so a 全国 in it is
 * the field the place is ranked in ("全国第一个", "居全国首位"), not the country asked about.
 */
export const WHICH_PLACE =
  /哪(?:个|一个)?(?:省|市|城市|区|地方|地区)|是哪|哪里|哪儿|是谁|\bwhich (?:province|city|place|region|district)\b/i;

export function asksWhichPlace(question: string): boolean {
  return WHICH_PLACE.test(question);
}
