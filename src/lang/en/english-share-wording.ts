/**
 * "What share of Jiangsu's investment is private?": English may say a share's qualifier after the whole,
 * as a predicate ("… is private"), where the reports name the qualified noun ("民间投资占比"). Put back
 * before the head noun ("… share of jiangsu's private investment"), the qualified noun is read as the
 * glossary reads "private investment" (民间投资), not as investment (固定资产投资) and a stray "private".
 */

/** A share word, "of", the whole (up to six words, its last the head noun), a copula, then one or two words. */
const SHARE_WITH_PREDICATE =
  /\b(share|proportion|percentage|percent|how much)\s+of\s+((?:[a-z0-9&'’-]+\s+){0,5}?)([a-z&-]+)\s+(?:is|was|are|were)\s+([a-z-]+)(?:\s+([a-z-]+))?/i;

/**
 * The question with a share's predicate qualifier moved before the head noun, when qualifier and head noun
 * together are an English name the glossary knows (`isEnglishName`); the question unchanged otherwise.
 * The two-word qualifier is tried first ("is state owned"); a word the name does not take stays after it.
 */
export function qualifierBeforeHeadNoun(question: string, isEnglishName: (phrase: string) => boolean): string {
  const m = SHARE_WITH_PREDICATE.exec(question);
  if (!m) return question;
  const [whole, share, before, head, first, second] = m;
  const qualifiers = second ? [`${first} ${second}`, first] : [first];
  for (const qualifier of qualifiers) {
    if (!isEnglishName(`${qualifier} ${head}`)) continue;
    const left = qualifier === first && second ? ` ${second}` : '';
    return `${question.slice(0, m.index)}${share} of ${before}${qualifier} ${head}${left}${question.slice(m.index + whole.length)}`;
  }
  return question;
}

/**
 * "guangdong logistics costs as a share of gdp", "Jiangsu's R&D spending relative to GDP", "share of services
 * in household consumption spending": the whole a share is taken of. Its indicator ("GDP") is the
 * denominator, written in the reports' sentence (与地区生产总值的比率, 占…比重) but not the figure asked. Each
 * pattern: what is asked of (the part), then the whole, in the question's words.
 */
/**
 * "What share of Guangdong's economy is the tertiary sector?": the whole first, the part after the verb. (Only of the
 * economy: "what share of its new-energy output is used on site" asks a share of that output, said after.)
 */
const WHAT_SHARE_OF_ECONOMY =
  /^(?:what|which)\s+(?:share|proportion|percentage|part)\s+of\s+(?<whole>[^?]*?\b(?:economy|gdp)\b[^?]*?)\s+(?:is|was|are|were)\s+(?<part>.+?)\s*\??$/i;

const SHARE_OF_WHOLE: readonly RegExp[] = [
  WHAT_SHARE_OF_ECONOMY,
  // "X as a share of W", "X as % of W", "X's share of W", "X relative to W", "the ratio of X to W"
  /^(?<part>.+?)(?:\s+|(?=['’]))(?:as\s+(?:an?\s+)?(?:share|proportion|percentage|percent|ratio|%)|(?:'s|’s|'|’)\s+(?:share|proportion|ratio)|relative|compared)\s+(?:of|to|with)\s+(?<whole>.+)$/i,
  /\bratio\s+of\s+(?<part>.+?)\s+to\s+(?<whole>.+)$/i,
  // "share of X in W": the part first, the whole after "in" (no year: "in 2024" is a time)
  /\b(?:share|proportion|percentage)\s+of\s+(?<part>.+?)\s+in\s+(?<whole>(?![0-9]).+)$/i,
  // "private sector share of jiangsu gdp": the part as the share's modifier, the whole after "of" (last: "share of X in W"
  // reads the other way round).
  /^(?<part>.+?)\s+(?:share|proportion|percentage)\s+of\s+(?<whole>.+)$/i,
];

/**
 * "What share of Guangdong's economy is the tertiary sector?": the part asked and its share of the economy in the words an
 * indicator's English name writes it ("tertiary sector share"); null for any other wording ("X share of GDP" names its
 * share already).
 */
export function partShareOfEconomy(question: string): { part: string; asShare: string } | null {
  const part = WHAT_SHARE_OF_ECONOMY.exec(question.trim())?.groups?.part;
  return part ? { part, asShare: `${part.replace(/^the\s+/i, '')} share` } : null;
}

/** The part and the whole of a share asked in English; null when the question asks none. */
export function shareOfWhole(question: string): { part: string; whole: string } | null {
  for (const pattern of SHARE_OF_WHOLE) {
    const groups = pattern.exec(question.trim())?.groups;
    if (groups?.part && groups.whole) return { part: groups.part, whole: groups.whole };
  }
  return null;
}

/**
 * Words that ask a share in English: "What share of days had good air in Shandong?", "fujian share of migrant
 * children in public schools", "What proportion of …", "the percentage of …". A share asked is a number asked, as
 * "占比多少" is, though no "how many" or "what was" is written: a sentence that only says the share stays high
 * ("空气质量优良天数比率保持全国前列") does not answer it, the one that gives the figure does.
 */
export const SHARE_ASKED_IN_ENGLISH = /\b(?:shares?|proportion|percentage|percent)\s+(?:of|in)\b|%\s+of\b/i;

/** Whether an English question asks a share ("What share of …", "Yunnan's share of days with good air"). */
export function asksShareInEnglish(question: string): boolean {
  return SHARE_ASKED_IN_ENGLISH.test(question);
}

/**
 * A figure an English share question is answered by beyond the reports' share names (比重, 占比, 比例): any level in
 * percent. English says "share" where the reports write a rate ("What share of Fujian students got into regular high
 * school?" is 普通高中录取率72%, "Yunnan's share of days with good air" 空气质量优良天数比率99.1%, "logistics costs as a
 * share of gdp" …与地区生产总值的比率13.6%) or a 分别 list's bare percentages ("外资企业出口分别占全省的…41.9%").
 * A growth in percent is no share (the caller leaves those out).
 */
export function isPercentAnsweringEnglishShare(f: { unit: string }): boolean {
  return f.unit === '%';
}

/** Whether a question is written in English (no Chinese character in it). */
export function isEnglishQuestion(question: string): boolean {
  return !/[\u4e00-\u9fff]/.test(question);
}
