/**
 * "How many NEVs did Anhui produce", "How many firms…": an English count asked names the thing counted,
 * and the reports count it in a unit ("168.4万辆", "191家"). Each noun the question counts, with the
 * unit the reports write its count in, so the count leads and not a growth rate beside it in the same
 * sentence ("新能源汽车产量增长94.5%、达168.4万辆"), as "多少辆" asks in Chinese.
 */
export const ENGLISH_COUNT_NOUNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:vehicles?|cars?|nevs?|evs?|buses|trucks)$/, '辆'],
  [
    /^(?:companies|company|firms?|enterprises?|businesses|stores?|shops?|hospitals?|banks?|institutions?|centers?|centres?|laboratories|labs?|factories|headquarters|champions|giants)$/,
    '家',
  ],
  [/^(?:households?|entities|players)$/, '户'],
  [/^(?:tourists?|visitors?|trips?|passengers?|visits?|arrivals|person-times?|man-times?)$/, '人次'],
  // "reached firms how many times (firm-times)": 惠及企业137.7万家次.
  [/^(?:firm-times?|enterprise-times?|company-times?)$/, '家次'],
  [/^(?:people|persons?|workers?|jobs?|residents?|students?|graduates?|talents?|migrants?|employees?)$/, '人'],
  [/^(?:projects?|parks?|villages?|stations?|platforms?|clusters?|bases?|zones?|berths?)$/, '个'],
  [/^(?:patents?|cases?)$/, '件'],
  [/^(?:tonnes?|tons?)$/, '吨'],
  [/^(?:kilometres?|kilometers?|km)$/, '公里'],
  [/^mu$/, '亩'],
  [/^beds?$/, '张'],
  [/^(?:kilowatts?|kw)$/, '千瓦'],
  [/^(?:teus?|containers?)$/, '标箱'],
  [/^(?:schools?|colleges?|universities|university)$/, '所'],
  // "How many freight trains did Anhui run": 开行班列909列, not the 12条 routes beside it.
  [/^trains?$/, '列'],
  [/^(?:counties|county)$/, '个'],
  [/^(?:suggestions?|proposals?|motions?|bills?)$/, '件'],
  [/^(?:routes?|lines?)$/, '条'],
  // "How many sister-city pairs…": 缔结友城148对.
  [/^pairs?$/, '对'],
  [/^(?:elevators?|lifts?|robots?|machines?|sets)$/, '台'],
  [/^(?:ships?|vessels?|boats?)$/, '艘'],
  // "How many gold medals did Guangdong win": 勇夺13块金牌.
  [/^medals?$/, '块'],
  // "visa-free transit of how many hours": 240小时过境免签.
  [/^hours?$/, '小时'],
  [/^minutes?$/, '分钟'],
];

/**
 * Words that end the noun phrase a count asks about: its verb, a preposition. "of" too: the noun before it is
 * counted ("how many berths of 10,000 tons" counts berths, "how many km of pipelines" kilometres).
 */
const NOUN_PHRASE_ENDS: ReadonlySet<string> = new Set([
  'of',
  'did',
  'does',
  'do',
  'are',
  'is',
  'were',
  'was',
  'has',
  'have',
  'had',
  'will',
  'can',
  'in',
  'for',
  'by',
  'at',
  'on',
  'to',
  'from',
  'with',
  'under',
  'per',
  'last',
  'this',
]);

/** How many words may stand between "how many" and the noun counted ("how many Jiangsu industrial firms"). */
const WORDS_BEFORE_NOUN = 4;

/**
 * Money asked in English: a currency the answer is asked in ("in billion yuan"), "how much investment /
 * money / spending" or "how much did … pay out / spend / cost / invest": the amount in 元 answers it, not the count of projects beside it ("推进2000个省级重点项目、完成投资
 * 9800亿元以上"), as "多少亿元" asks in Chinese.
 */
const ENGLISH_MONEY_ASKED =
  /\bin\s+(?:(?:ten\s+|hundred\s+)?(?:thousands?|millions?|billions?|trillions?)\s+(?:of\s+)?)?(?:yuan|rmb|cny|us\s+dollars|dollars|usd)\b|\bhow much (?:money|investment|funding|capital|spending|expenditure|subsid(?:y|ies)|revenue|budget)\b|\bhow much\b(?:\s+[\w'’-]+){1,6}?\s+(?:invest(?:ed)?|pa(?:y|id)|spen[dt]|cost|allocated?|raised?|lend|lent|earned)\b/i;
const MONEY_UNIT = '元';

/** The unit an English question asks a count in ("How many NEVs…" → 辆, "number of firms" → 家, "in billion yuan" → 元), or null. */
export function englishCountUnit(question: string): string | null {
  return countedNounUnit(question) ?? (ENGLISH_MONEY_ASKED.test(question) ? MONEY_UNIT : null);
}

function countedNounUnit(question: string): string | null {
  // "number of enterprises in guangdong" counts as "how many enterprises" does.
  const after = /\b(?:how many|(?:total )?number of|count of)\b(.*)$/i.exec(question)?.[1];
  if (!after) return null;
  const words = after
    .toLowerCase()
    // "person-times" is one noun: a hyphen joins it.
    .split(/[^a-z0-9&-]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .slice(0, WORDS_BEFORE_NOUN + 1);
  // The noun phrase ends where its verb or a preposition begins; its head is its last counted noun ("new hospital
  // beds" counts beds in 张, not hospitals in 家).
  const end = words.findIndex((w) => NOUN_PHRASE_ENDS.has(w));
  const phrase = end < 0 ? words : words.slice(0, end);
  let found: string | null = null;
  for (const word of phrase) found = ENGLISH_COUNT_NOUNS.find(([noun]) => noun.test(word))?.[1] ?? found;
  return found;
}
