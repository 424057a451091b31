import { ENGLISH_SMALL_NUMBERS, ENGLISH_SMALL_NUMBER_WORDS } from '../en/english-small-numbers.js';
import { CHINESE_YEAR_DIGITS, FIVE_YEAR_PLANS, type FiveYearPlan } from './five-year-plans.js';
import { EVENT_YEAR_PATTERN, eventYearOf } from './event-years.js';
import { glossary } from './glossary.js';
import { PLACE_SUFFIXES } from './place-words.js';
import { alternation } from './regexp.js';
import { SMALL_CHINESE_NUMBERS } from './small-numbers.js';
import { type YearPart, yearPartNamed } from './part-of-year-words.js';
import { ENGLISH_GOVERNMENT } from './work-report-words.js';

/**
 * The years a question asks about, however it writes them: "2024年", "二〇二四年", "24年",
 * "去年" (relative to today), "报告里的上年" (relative to the report discussed), "十四五末"
 * (a plan period's end), and the part of a year: "一季度", "上半年", "前三季度".
 */

export interface ResolvedYears {
  /** The years asked about, ascending. */
  years: number[];
  /** How each relative or abbreviated phrase was read: {phrase: "去年", year: 2025}. */
  notes: { phrase: string; year: number }[];
  part?: YearPart;
  /** A five-year plan named: "十四五" → 2021–2025. */
  planPeriod?: { from: number; to: number };
  /** Its first or last year asked about: "十四五末", "十五五开局之年". */
  planPoint?: 'start' | 'end';
  /** "2020年到2024年", "近五年": a run of years, whose ends are also in `years`. */
  span?: { from: number; to: number };
  /** The year of the report the relative words were read against, when they were. */
  reportYear?: number;
  /** A report named by its year ("2023年政府工作报告"), as written: its year says which report is meant. */
  namedReport?: { year: number; phrase: string };
}

export interface ResolveYearsOptions {
  today: Date;
  /** The year of the report under discussion; "报告里的去年" is the year before it. */
  reportYear?: number;
}

/**
 * Words for a year relative to the one a conversation is about, not to today: "上一年的" after a question about 2025 asks
 * 2024. Read against today they are the RELATIVE_YEAR_WORDS' (上一年 = 去年); a follow-up reads them against its
 * conversation's year.
 */
const YEAR_BEFORE_TALKED_OF: readonly string[] = [
  // "上年" is the reports' own word for the year before the one they speak of ("比上年增长"): in a follow-up, the
  // conversation's year before, as 上一年.
  '上年',
  '上一年',
  '前一年',
  '往前推一年',
  '往前挪一年',
  '往前倒一年',
  'previous year',
  'prior year',
  'the year before',
  'a year earlier',
];
const YEAR_AFTER_TALKED_OF: readonly string[] = [
  '下一年',
  '后一年',
  '往后挪一年',
  '往后推一年',
  '往后延一年',
  'the year after',
  'following year',
  'a year later',
];

/** Words for years relative to a reference year, longest first where one contains another. */
export const RELATIVE_YEAR_WORDS: readonly { words: readonly string[]; offset: number }[] = [
  // "五年前钱塘固投增速目标定的多少", "拱墅四年前的规上工业增加值": a count of years back from today.
  { words: ['五年前', 'five years ago'], offset: -5 },
  { words: ['四年前', 'four years ago'], offset: -4 },
  { words: ['大前年', '三年前', 'three years ago'], offset: -3 },
  { words: ['前年', '两年前', 'the year before last', 'two years ago'], offset: -2 },
  // The first English word of a group is how an English answer says it ("last year").
  { words: ['去年', '头年', 'last year', ...YEAR_BEFORE_TALKED_OF, 'last yr', 'prev yr'], offset: -1 },
  { words: ['今年', '本年', '本年度', '今年度', 'this year', 'current year', 'this yr'], offset: 0 },
  { words: ['明年', '来年', '下年', 'next year', ...YEAR_AFTER_TALKED_OF, 'coming year', 'next yr'], offset: 1 },
  { words: ['后年', 'the year after next'], offset: 2 },
];

/** Whether a phrase names this year ("今年", "this year"): a year not over, whose results no report holds yet. */
export function isThisYearPhrase(phrase: string): boolean {
  return THIS_YEAR_WORDS.includes(phrase.toLowerCase());
}

/** Whether a question wrote `year` as this year ("今年", "this year"), not by its number. */
export function writtenAsThisYear(yearNotes: readonly { year: number; phrase: string }[], year: number): boolean {
  return yearNotes.some((n) => n.year === year && isThisYearPhrase(n.phrase));
}

/** RELATIVE_YEAR_WORDS' group of this year ("今年", "this year"). */
const THIS_YEAR_WORDS: readonly string[] = RELATIVE_YEAR_WORDS.find((group) => group.offset === 0)?.words ?? [];

/** The words of YEAR_BEFORE_TALKED_OF and YEAR_AFTER_TALKED_OF, with their offsets. */
export const CONVERSATION_RELATIVE_YEAR_WORDS: readonly { words: readonly string[]; offset: number }[] = [
  { words: YEAR_BEFORE_TALKED_OF, offset: -1 },
  { words: YEAR_AFTER_TALKED_OF, offset: 1 },
];

/**
 * A follow-up asking the latest the reports hold ("那最新的呢" after a year they do not hold, "最近一年呢", "and the latest?"):
 * no year of the conversation's is carried over; the latest year answers.
 */
const LATEST_ASKED = /最新|最近(?:一年|的|那年)|眼下的|the latest|most recent|latest (?:year|figure|data|one)/i;

export function asksLatest(question: string): boolean {
  return LATEST_ASKED.test(question);
}

/**
 * "第二年计划建几公里绿道" after a question about 2022: the year after the conversation's. Read only in a conversation (alone,
 * "第二年" is no year of today's), and not in "连续第二年" (a streak) or "十四五第二年" (a plan's year).
 */
const NEXT_YEAR_IN_CONVERSATION = /(?<!连续|五”|五"|五)(?:第二年|次年|转年)/;

/** The words of a follow-up asking the year after the conversation's ("第二年", "次年"), or null. */
export function yearAfterInConversation(question: string): string | null {
  return NEXT_YEAR_IN_CONVERSATION.exec(question)?.[0] ?? null;
}

/** The offset a conversation-relative year word says ("上一年" → −1); null for any other phrase. */
export function conversationYearOffset(phrase: string): number | null {
  const lower = phrase.toLowerCase();
  return CONVERSATION_RELATIVE_YEAR_WORDS.find((e) => e.words.includes(lower))?.offset ?? null;
}

/**
 * The English for a relative year written in Chinese ("去年" → "last year"): an English answer to a
 * follow-up that took its year from an earlier Chinese question says it in English. Null when the
 * phrase is no relative year word.
 */
export function relativeYearInEnglish(phrase: string): string | null {
  // Already English ("the year before"): as written.
  if (ENGLISH_WORDS.test(phrase)) return phrase;
  return sameYearWordIn(phrase, ENGLISH_WORDS);
}

const ENGLISH_WORDS = /^[a-z ]+$/i;
const CHINESE_WORD = /[\u4e00-\u9fff]/;

/** The first word of the phrase's relative-year group written in a script, or null when the phrase is in no group. */
function sameYearWordIn(phrase: string, script: RegExp): string | null {
  const entry = RELATIVE_YEAR_WORDS.find((e) => e.words.includes(phrase.toLowerCase()));
  return entry?.words.find((w) => script.test(w)) ?? null;
}

/**
 * The Chinese for a relative year written in English ("this year" → "今年"): a Chinese answer to a follow-up that took its
 * year from an earlier English question says it in Chinese. The phrase as written when it is Chinese or no relative year.
 */
export function relativeYearInChinese(phrase: string): string {
  if (!ENGLISH_WORDS.test(phrase)) return phrase;
  return sameYearWordIn(phrase, CHINESE_WORD) ?? phrase;
}

/** A relative word after these is a comparison base ("比上年增长"), not a year asked about. */
export const BASE_BEFORE_RELATIVE = /(比|较)$/;
/**
 * …unless the year's own plan or figure follows ("今年计划比去年计划少多少", "今年的计划比去年的少了多少座"), or which of
 * the two is more ("去年比前年多还是少"): that year is asked too, side by side.
 */
export const YEAR_ASKED_AFTER_BASE =
  /^(?:的)?(?:计划|目标|任务|安排)|^的(?:少|多|高|低|快|慢)|^(?:的)?(?:是)?(?:多了?还是少了?|少了?还是多了?|高了?还是低了?|低了?还是高了?|升了?还是降了?|涨了?还是跌了?)/;
/** …or before these: "与去年同期相比". */
// "商品房销售面积前一年的基数": the base a year's figure is set against, no year asked.
export const BASE_AFTER_RELATIVE = /^(同期)?(相比|比较|而言|的?(?:高|低)?基数)/;

/** A year before 1900 in English, after a word that dates it: "in 1895", "since 1878". */
const OLD_YEAR_IN_ENGLISH = /\b(?:in|of|year|by|during|since|from)\s+(18\d{2})\b(?![\d.%])/gi;
/** "1897年上海有多少家工厂": a year of the nineteenth century written with 年 is a year asked (which no report covers). */
const OLD_YEAR_IN_CHINESE = /(?<![\d.])(18\d{2})(?=年)/g;

/** Four digits are a year unless a unit follows: "2000亿元", "2024家". */
export const FOUR_DIGIT_NOT_BEFORE = /^(\.\d|亿|万|千|百|元|个|多|余|人|家|户|项|%|吨|米|平方|件|辆)/;

/** Phrases saying the relative words are the report's own: "报告里的上年", "该报告提到的今年". */
export const REPORT_CONTEXT = /(报告|文件|文中|文章|报告里|报告中|这份|该份|那份)|\b(the|this|that) report\b|\bin the report\b/i;

/** "2025年政府工作报告", "the 2023 work report": a named report, whose year anchors the relative words around it. */
const CENTURY = 100;
const CURRENT_CENTURY = 2000;
/** The names a report's issuer is written with in Chinese, longest first: the glossary's places and their Chinese aliases. */
export function issuerNamesOf(places: readonly { name: string; aliases: readonly string[] }[]): string[] {
  return places
    .flatMap((place) => [place.name, ...place.aliases])
    .filter((name) => /^[\u4e00-\u9fff]+$/.test(name))
    .sort((a, b) => b.length - a.length);
}

/**
 * The pattern of a named report whose issuer may be one of `issuerNames` (see issuerNamesOf). "23年国务院报告里",
 * "24年浙江省政府工作报告": a demonstrative ("23年那份报告") and the issuer may stand between the year and the report, a known place's name or a name ending in
 * 省/市/区/县; any other word there ("2024年计划执行报告") names no work report. "per Fujian's 2025 report", "the 2023
 * work report", "2022 govt work report": English names it with or without "work", "government" written out or not.
 */
export function namedReportPattern(issuerNames: readonly string[]): RegExp {
  const issuer = `(?:${alternation(issuerNames)}|[\u4e00-\u9fff]{1,4}?(?:${alternation(PLACE_SUFFIXES)}))`;
  return new RegExp(
    `((?:19|20)?\\d{2})(?:年(?:的)?(?:那份|这份|该份|那个|这个)?(?:${issuer}(?:的)?)?(?:政府工作报告|工作报告|报告)|\\s+(?:${ENGLISH_GOVERNMENT}\\s+)?(?:work\\s+)?report\\b)`,
    'i',
  );
}

// Built once: the glossary's places do not change while the process runs.
let namedReportOfGlossary: RegExp | null = null;
function namedReport(): RegExp {
  namedReportOfGlossary ??= namedReportPattern(issuerNamesOf(glossary().places));
  return namedReportOfGlossary;
}

/** Two digits before 年 are a year ("24年"), unless they count years: "近10年", "24年来", "时隔12年". */
export const TWO_DIGIT_NOT_AFTER = /(近|过去|最近|这|前|后|第|了|用|满|达|约|共|连续|每|多|几|时隔|相隔|隔|历时|\d)$/;
export const TWO_DIGIT_NOT_BEFORE = /^(来|间|内|多|以来|左右|前|后|里)/;

/** After a plan's name, these ask for its last or first year. */
export const PLAN_END_WORDS = /^(”|")?(时期|期间|规划)?(的)?(收官之年|收官|最后一年|期末|末期|末)/i;
export const PLAN_START_WORDS = /^(”|")?(时期|期间|规划)?(的)?(开局之年|开局|首年|第一年|起步之年)/i;
/** English puts the point first: "the final year of the 14th Five-Year Plan". */
export const PLAN_END_BEFORE = /(end|final year|last year|close)\s+of\s+(the\s+)?$/i;
export const PLAN_START_BEFORE = /(start|beginning|first year|opening year)\s+of\s+(the\s+)?$/i;

/** What opens a run of recent years: "近", "过去", "这" (这两年), "last", "past". */
export const RECENT_SPAN_OPENERS = /近|过去|最近|这|last|past/i;
/**
 * "近五年", "这两年", "过去3年", "last 3 years", "the past five years": the N years up to the last complete one.
 * "这五年" is not: it is the five years a report looks back on ("这五年，全省…"), whichever they are.
 */
export const RECENT_YEARS = new RegExp(
  `(?:近|过去的?|最近|这(?=[两二三23]个?年)|\\blast|\\bpast)\\s*([一二两三四五六七八九十]|\\d{1,2}|${ENGLISH_SMALL_NUMBER_WORDS})\\s*(?:个)?(?:年|years?\\b)` +
    // "五年里农村公路新建改建了多少", "三年间": the years counted back, said by what follows the count.
    `|(?<![这今明去前上下第\\d一二两三四五六七八九十])([二两三四五六七八九十]|[2-9]|1\\d)\\s*(?:个)?年(?:里|间|中)`,
  'i',
);
/** Whether a year phrase names a run of recent years ("近五年", "过去3年", "五年里"), not years written out. */
export function isRecentSpanPhrase(phrase: string): boolean {
  return RECENT_SPAN_OPENERS.test(phrase) || RECENT_YEARS.test(phrase);
}

/**
 * "the five years to 2022", "three years through 2025", "five years ending in 2022": the N years that end with the year
 * written (2018–2022), not that year alone.
 */
export const YEARS_TO_YEAR = new RegExp(
  `\\b(\\d{1,2}|${ENGLISH_SMALL_NUMBER_WORDS})\\s+years?\\s+(?:to|through|thru|till|until|up\\s+to|ending(?:\\s+in)?)\\s+((?:19|20)\\d{2})\\b`,
  'i',
);

/** "2020年到2024年", "2020-2024", "from 2020 to 2024". */
// "2021–25": the end year may be written with its last two digits only (no amount after them: "2021年-25%").
export const YEAR_RANGE = /((?:19|20)\d{2})年?\s*(?:到|至|[-—~–]|to|through)\s*((?:19|20)\d{2}|\d{2}(?![\d.%万亿个家项元]))年?/i;

/**
 * "2020年以来", "自2021年", "从2022年起", "since 2020": a run from that year to the last complete
 * one (to that year itself when it is later).
 */
export const SINCE_YEAR =
  /(?:(?:自|从|自从)\s*((?:19|20)\d{2})\s*年?(?:以来|起|至今|开始)?|((?:19|20)\d{2})\s*年?(?:以来|起至今|起|至今)|\bsince\s+((?:19|20)\d{2})\b)/i;

/** Where a question writes a year of its own: "22年", "2022", "'22". */
const YEAR_WRITTEN = /\d{2,4}年|(?<!\d)(?:19|20)\d{2}(?!\d)|['’‘]\d{2}(?!\d)/;

/**
 * "'24", "’25": an English two-digit year (an apostrophe before two digits, no word or digit after). Not the opening of a
 * quoted code name asked for its rest ("the '13-what' plan", "'38-what'", "'8+N'").
 */
export const APOSTROPHE_YEAR = /(?<![A-Za-z0-9])['’‘](\d{2})(?![\d%A-Za-z]|[-+][A-Za-z?_])/g;

/** A two-digit year after these is a comparison base, a year even before 多/前/后: "比24年多还是少". */
export const TWO_DIGIT_BASE_BEFORE = /(比|较|和|与|跟|同|对比)$/;

/** What a read phrase is blanked to, so that no later pattern reads it again. */
const BLANK = '\uE0FF';
const TRAILING_BLANKS = new RegExp(`${BLANK}+$`);
const CHINESE_YEAR = new RegExp(`[${Object.keys(CHINESE_YEAR_DIGITS).join('')}]{4}(?=年)`, 'g');

/** Reads every way a question names its years; see ResolvedYears. Pure: `today` is passed in. */
export function resolveYears(text: string, options: ResolveYearsOptions): ResolvedYears {
  const thisYear = options.today.getFullYear();
  const years = new Set<number>();
  const notes: ResolvedYears['notes'] = [];
  const result: ResolvedYears = { years: [], notes };
  // Matched spans are blanked so one phrase is read once: "2024年" is not also "24年".
  let rest = text.normalize('NFKC');
  const consume = (start: number, length: number) => {
    rest = rest.slice(0, start) + BLANK.repeat(length) + rest.slice(start + length);
  };

  const named = namedReport().exec(rest);
  // "23年报告": a two-digit year is this century's.
  const namedYear = named ? (Number(named[1]) < CENTURY ? CURRENT_CENTURY + Number(named[1]) : Number(named[1])) : undefined;
  const reportYear = namedYear ?? options.reportYear;
  if (named && namedYear !== undefined) {
    result.namedReport = { year: namedYear, phrase: named[0] };
    consume(named.index, named[0].length);
  }

  const endingIn = YEARS_TO_YEAR.exec(rest);
  if (endingIn) {
    const count = /\d/.test(endingIn[1]) ? Number(endingIn[1]) : ENGLISH_SMALL_NUMBERS[endingIn[1].toLowerCase()];
    const to = Number(endingIn[2]);
    if (count >= 2 && count <= 30) {
      result.span = { from: to - count + 1, to };
      years.add(to - count + 1).add(to);
      consume(endingIn.index, endingIn[0].length);
    }
  }

  const range = result.span ? null : YEAR_RANGE.exec(rest);
  if (range) {
    const end = range[2].length === 2 ? Number(range[1].slice(0, 2) + range[2]) : Number(range[2]);
    const [from, to] = [Number(range[1]), end].sort((a, b) => a - b);
    result.span = { from, to };
    years.add(from).add(to);
    consume(range.index, range[0].length);
  }

  const since = result.span ? null : SINCE_YEAR.exec(rest);
  if (since) {
    const from = Number(since[1] ?? since[2] ?? since[3]);
    const to = Math.max(from, thisYear - 1);
    result.span = { from, to };
    years.add(from).add(to);
    consume(since.index, since[0].length);
  }

  for (const m of rest.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) {
    if (FOUR_DIGIT_NOT_BEFORE.test(rest.slice(m.index + 4))) continue;
    years.add(Number(m[1]));
    consume(m.index, m[0].length);
  }
  // "jiangsu's population in 1895?": a year of the nineteenth century, written after a word that dates it, is a year asked
  // (which no report covers), never a count.
  // (Each pattern's match ends with its four digits.)
  for (const pattern of [OLD_YEAR_IN_ENGLISH, OLD_YEAR_IN_CHINESE])
    for (const m of rest.matchAll(pattern)) {
      years.add(Number(m[1]));
      consume(m.index + m[0].length - 4, 4);
    }
  for (const m of rest.matchAll(CHINESE_YEAR)) {
    const year = Number([...m[0]].map((c) => CHINESE_YEAR_DIGITS[c]).join(''));
    years.add(year);
    notes.push({ phrase: `${m[0]}年`, year });
    consume(m.index, m[0].length);
  }

  // "杭州亚运那年", "the Asian Games year": the year the event was held.
  for (const m of rest.matchAll(EVENT_YEAR_PATTERN)) {
    const year = eventYearOf(m[0]);
    if (year === undefined) continue;
    years.add(year);
    notes.push({ phrase: m[0], year });
    consume(m.index, m[0].length);
  }

  const recent = RECENT_YEARS.exec(rest);
  if (recent) {
    const written = recent[1] ?? recent[2];
    const count = /\d/.test(written) ? Number(written) : (SMALL_CHINESE_NUMBERS[written] ?? ENGLISH_SMALL_NUMBERS[written.toLowerCase()]);
    // "2023年政府工作报告里过去五年": the five years before the report's own year, not before today's.
    const end = namedYear ?? thisYear;
    if (count >= 1 && count <= 30) {
      result.span = { from: end - count, to: end - 1 };
      years.add(end - count).add(end - 1);
      notes.push({ phrase: recent[0], year: end - count }, { phrase: recent[0], year: end - 1 });
    }
    consume(recent.index, recent[0].length);
  }

  for (const m of rest.matchAll(/(?<!\d)(\d{2})年/g)) {
    const before = rest.slice(0, m.index);
    const after = rest.slice(m.index + m[0].length);
    const base = TWO_DIGIT_BASE_BEFORE.test(before.replace(TRAILING_BLANKS, ''));
    if (!base && (TWO_DIGIT_NOT_AFTER.test(before) || TWO_DIGIT_NOT_BEFORE.test(after))) continue;
    const year = 2000 + Number(m[1]);
    // "98年" is 1998: a two-digit year more than ten years ahead of today is last century's.
    const resolved = year > thisYear + 10 ? year - 100 : year;
    years.add(resolved);
    notes.push({ phrase: m[0], year: resolved });
    consume(m.index, m[0].length);
  }

  // English writes a two-digit year with an apostrophe: "growth in '24", "China's … in ’25".
  for (const m of rest.matchAll(APOSTROPHE_YEAR)) {
    const year = 2000 + Number(m[1]);
    const resolved = year > thisYear + 10 ? year - 100 : year;
    years.add(resolved);
    notes.push({ phrase: m[0].trim(), year: resolved });
    consume(m.index, m[0].length);
  }

  // Before the relative words: "the last year of the 14th Five-Year Plan" is not "last year".
  const plan = planNamedIn(rest);
  if (plan) {
    result.planPeriod = { from: plan.plan.from, to: plan.plan.to };
    const before = rest.slice(0, plan.start);
    const after = rest.slice(plan.end);
    const endWords = PLAN_END_WORDS.exec(after) ?? PLAN_END_BEFORE.exec(before);
    const startWords = endWords ? null : (PLAN_START_WORDS.exec(after) ?? PLAN_START_BEFORE.exec(before));
    const words = endWords ?? startWords;
    if (words) {
      const wordsFirst = words.input === before;
      const point = endWords ? 'end' : 'start';
      const year = point === 'end' ? plan.plan.to : plan.plan.from;
      result.planPoint = point;
      years.add(year);
      notes.push({ phrase: wordsFirst ? `${words[0]}${plan.written}` : `${plan.written}${words[0]}`, year });
      consume(wordsFirst ? words.index : plan.end, words[0].length);
    }
    consume(plan.start, plan.end - plan.start);
  }

  const relativeToReport = reportYear !== undefined && REPORT_CONTEXT.test(text);
  const anchor = relativeToReport ? reportYear : thisYear;
  if (relativeToReport) result.reportYear = reportYear;
  const relatives = RELATIVE_YEAR_WORDS.flatMap(({ words, offset }) => words.map((word) => ({ word, offset }))).sort(
    (a, b) => b.word.length - a.word.length,
  );
  // "22年…前一年的基数": a year before or after the one talked of, written after the one year the question writes itself,
  // is counted from it ("往前一年看 钱塘24年…" moves the conversation's year, read where conversations are).
  const ownYear = years.size === 1 && !relativeToReport ? [...years][0] : undefined;
  const ownYearAt = ownYear === undefined ? -1 : text.normalize('NFKC').search(YEAR_WRITTEN);
  for (const { word, offset } of relatives) {
    const re = new RegExp(/^[a-z ]+$/.test(word) ? `\\b${word}\\b` : word, 'gi');
    for (const m of rest.matchAll(re)) {
      const from =
        ownYear !== undefined && ownYearAt >= 0 && m.index > ownYearAt && conversationYearOffset(word) !== null
          ? ownYear
          : anchorOfRelativeWord(anchor, offset, relativeToReport ? reportYear : undefined, thisYear);
      consume(m.index, m[0].length);
      const before = rest.slice(0, m.index).replace(TRAILING_BLANKS, '');
      const after = rest.slice(m.index + m[0].length);
      if ((BASE_BEFORE_RELATIVE.test(before) && !YEAR_ASKED_AFTER_BASE.test(after)) || BASE_AFTER_RELATIVE.test(after)) continue;
      years.add(from + offset);
      notes.push({ phrase: m[0], year: from + offset });
    }
  }

  const part = yearPartNamed(rest);
  if (part) result.part = part;
  result.years = [...years].sort((a, b) => a - b);
  return result;
}

/**
 * "25年国务院报告里 前年…": a word counted back past the years a report speaks of (its year before, the results, and its own,
 * the plans) is today's, when today's reading falls on them: the 2025 report's 前年 is 2024 (its results), not 2023. "25年
 * 报告里 去年" stays the report's 去年 (2024), and "23年报告里 前年" the report's (2021), today's 2024 being past that report.
 */
export function anchorOfRelativeWord(anchor: number, offset: number, reportYear: number | undefined, thisYear: number): number {
  if (reportYear === undefined) return anchor;
  const spokenOf = (year: number) => year >= reportYear - 1 && year <= reportYear;
  return !spokenOf(reportYear + offset) && spokenOf(thisYear + offset) ? thisYear : anchor;
}

/** The five-year plan a text names ("十四五", "“十五五”", "14th Five-Year Plan"), with where its name ends. */
function planNamedIn(text: string): { plan: FiveYearPlan; written: string; start: number; end: number } | null {
  for (const plan of FIVE_YEAR_PLANS) {
    const english = plan.english.join('|');
    const m = new RegExp(`[“"]?${plan.name}[”"]?|\\b(?:${english})\\s+five-year(?:\\s+plan)?(?:\\s+period)?(?:'s)?`, 'i').exec(text);
    if (m) return { plan, written: m[0], start: m.index, end: m.index + m[0].length };
  }
  return null;
}
