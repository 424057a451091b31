/**
 * Chinese units said in English, for the connecting words of an English answer ("up 0.5 trillion yuan",
 * "300 billion yuan more", "about 5.78 trillion yuan"): the quantity is unchanged, only its words are
 * English. Citations stay verbatim Chinese; figures keep the report's unit.
 *
 * A unit with an English word of the same size keeps its number ("0.5万亿元" → "0.5 trillion yuan",
 * "0.3个百分点" → "0.3 percentage points"); a unit in 万 or 亿 of something is rescaled to English
 * thousands, millions and billions ("3000亿元" → "300 billion yuan", "5万人" → "50,000 people").
 * A unit not listed is kept as written.
 */

/** Units with an English word of the same size: the number stays as written. */
export const ENGLISH_UNIT_WORDS: Readonly<Record<string, string>> = {
  万亿元: 'trillion yuan',
  万亿美元: 'trillion US dollars',
  个百分点: 'percentage points',
  百分点: 'percentage points',
  元: 'yuan',
  美元: 'US dollars',
  倍: 'times',
  年: 'years',
  公里: 'km',
  千米: 'km',
  吨: 'tonnes',
  亩: 'mu',
  千瓦时: 'kWh',
};

/** Units counted in 万 or 亿 of an English unit: [multiplier, English unit]. */
export const ENGLISH_SCALED_UNITS: Readonly<Record<string, readonly [number, string]>> = {
  亿元: [1e8, 'yuan'],
  万元: [1e4, 'yuan'],
  千亿元: [1e11, 'yuan'],
  亿美元: [1e8, 'US dollars'],
  万美元: [1e4, 'US dollars'],
  万人: [1e4, 'people'],
  亿人: [1e8, 'people'],
  万人次: [1e4, 'person-times'],
  亿人次: [1e8, 'person-times'],
  万户: [1e4, 'households'],
  万件: [1e4, 'items'],
  万家: [1e4, 'firms'],
  万辆: [1e4, 'vehicles'],
  万套: [1e4, 'homes'],
  万吨: [1e4, 'tonnes'],
  亿吨: [1e8, 'tonnes'],
  万亩: [1e4, 'mu'],
  万千瓦: [1e4, 'kW'],
  亿千瓦时: [1e8, 'kWh'],
  万标准箱: [1e4, 'TEU'],
  万标箱: [1e4, 'TEU'],
  亿斤: [1e8, 'jin'],
};

/** English scale words, largest first; below the smallest the number is written out ("50,000"). */
export const ENGLISH_SCALE_WORDS: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A number as English writes it: thousands separated, at most a few decimals. */
// Whole numbers from 100, two decimals below: "1003万千瓦" is 10.03 million kW (one decimal would say 10 million, a number the
// report never wrote); "20059亿元" reads 2.01 trillion, "1234.56亿元" 123 billion.
const WHOLE_FROM = 100;
const DECIMALS_BELOW = 2;
function englishNumber(n: number): string {
  return Number(n.toFixed(Math.abs(n) >= WHOLE_FROM ? 0 : DECIMALS_BELOW)).toLocaleString('en-US');
}

/** A value in a Chinese unit said in English: "0.5万亿元" → "0.5 trillion yuan", "3000亿元" → "300 billion yuan". */
/**
 * What a counting unit counts, by the subject it is written of, where its usual English word is another thing's: 户 counts
 * households, but the 96万户 of 企业 or 经营主体 are firms and business entities, never households.
 */
export const COUNTED_BY_SUBJECT: ReadonlyArray<{ units: readonly string[]; subject: RegExp; word: string }> = [
  { units: ['万户', '亿户'], subject: /企业|经营主体|市场主体|工商户|纳税人|商户/, word: 'entities' },
];

export function englishQuantity(value: number, unit: string, subject = ''): string {
  if (unit === '%' || unit === '') return `${value}${unit}`;
  const word = ENGLISH_UNIT_WORDS[unit];
  if (word) return `${value} ${word}`;
  const scaled = ENGLISH_SCALED_UNITS[unit];
  if (!scaled) return `${value}${unit}`;
  const counted = COUNTED_BY_SUBJECT.find((c) => c.units.includes(unit) && c.subject.test(subject))?.word ?? scaled[1];
  const amount = value * scaled[0];
  const scale = ENGLISH_SCALE_WORDS.find(([s]) => Math.abs(amount) >= s);
  return scale ? `${englishNumber(amount / scale[0])} ${scale[1]} ${counted}` : `${englishNumber(amount)} ${counted}`;
}

/** Whether a unit counts in 万 or 亿 ("亿元", "万亿元"), so its number reads differently in English. */
export function isScaledUnit(unit: string): boolean {
  return unit in ENGLISH_SCALED_UNITS || (unit.startsWith('万亿') && unit in ENGLISH_UNIT_WORDS);
}

/**
 * A unit the answer is asked in ("in billion yuan", "in megawatts", "in 10,000 tonnes"): asks the number,
 * as "how much" does, though no question word says so ("shandong key projects investment target 2026 in
 * billion yuan").
 */
const ASKED_IN_UNIT =
  /\bin\s+(?:(?:ten\s+|hundred\s+)?(?:thousands?|millions?|billions?|trillions?|mn|bn|tn)\s+(?:of\s+)?|10,?000\s+|100\s+million\s+)?(?:yuan|rmb|cny|us\s+dollars|dollars|usd|tonnes|tons|mu|hectares|km|kilomet(?:er|re)s|kw|kilowatts|megawatts|mw|gigawatts|gw|kwh|teu|jin|pf|pflops|petaflops|eflops|exaflops|percent|per\s+cent|percentage\s+points)\b|\bin\s+(?:ten\s+|hundred\s+)?(?:thousands|millions|billions|trillions)\b/i;

/**
 * A fragment that ends on the unit it wants ("guangdong running tracks to build in 2026, km?", "… (billion yuan)",
 * "grain output floor, mn tonnes?"):
 * asks the number in it, as "in km" does.
 */
const UNIT_ENDING_FRAGMENT =
  /[,(:;\u2014-]\s*(?:(?:ten\s+|hundred\s+)?(?:thousands?|millions?|billions?|trillions?|mn|bn|tn)\s+(?:of\s+)?)?(?:yuan|rmb|cny|usd|tonnes|tons|mu|hectares|km|kilomet(?:er|re)s|kw|mw|gw|kwh|teu|pf|pflops|petaflops|eflops|exaflops|percent|%)\s*\)?\s*\??\s*$/i;

/** Whether an English question asks its number in a unit ("… in billion yuan", "…, km?"). */
export function asksInAUnit(question: string): boolean {
  return ASKED_IN_UNIT.test(question) || UNIT_ENDING_FRAGMENT.test(question);
}
