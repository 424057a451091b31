import { GENERIC_SEARCH_TERMS } from '../lang/zh/generic-words.js';
import { YEAR_REFERRING_WORDS, chineseCharacters } from '../lang/zh/follow-up-words.js';
/**
 * "云南24年启动的省级零碳园区和浙江今年要启动的比一比": two places, each named with a year of its own. Each side is
 * asked in its own year, not in both: the years the question writes, each given to the place written just before it.
 */

/** Where a place is first named in a question (-1 when not), and the years the question writes, where. */
export interface SideYearsInput {
  placeAt: readonly number[];
  years: ReadonlyArray<{ at: number; year: number }>;
}

/**
 * Each place's own year, in the order of `placeAt`, when the question writes two places and two different years in
 * the order place, year, place, year; null otherwise (one year for both, or years not beside their places).
 */
export function yearsBySide({ placeAt, years }: SideYearsInput): number[][] | null {
  if (placeAt.length !== 2 || placeAt.some((at) => at < 0)) return null;
  const written = [...years].sort((a, b) => a.at - b.at);
  if (written.length !== 2 || written[0].year === written[1].year) return null;
  const [first, second] = [...placeAt].sort((a, b) => a - b);
  const ordered = first < written[0].at && written[0].at < second && second < written[1].at;
  if (!ordered) return null;
  const bySide = [[written[0].year], [written[1].year]];
  // `placeAt` in the places' own order: the first written place takes the first year.
  return placeAt[0] === first ? bySide : [bySide[1], bySide[0]];
}

/**
 * The words a comparison writes about one of its places: from where the place is named to where the next one is
 * ("湖南农村公路提质改造 25年计划哪个里程长" of "吉林“畅返不畅”和湖南农村公路提质改造 25年计划…"), so that one side's
 * evidence is not asked to cover the other side's subject. Null when the place is not named in the question.
 */
export function ownWords(question: string, placeAt: readonly number[], side: number): string | null {
  const at = placeAt[side];
  if (at === undefined || at < 0) return null;
  const next = Math.min(...placeAt.filter((p) => p > at), question.length);
  return question.slice(at, next);
}

/** Where a question first writes any of a place's names; -1 when it writes none. */
export function whereNamed(question: string, names: readonly string[]): number {
  const at = names.map((n) => question.indexOf(n)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** The words of asking, no subject ("目标", "哪个", "同年"), longest first so that none is cut inside a longer one. */
const ASKING_WORDS = [...GENERIC_SEARCH_TERMS, ...YEAR_REFERRING_WORDS, '呢', '吗'].sort((a, b) => b.length - a.length);

/** Fewest characters a side's own words write, its place and joining words aside, to name a subject of their own. */
const OWN_SUBJECT_CHARACTERS = 4;
/** Words joining a side to the next, or a year: no part of a side's subject. */
const NO_SUBJECT = /\d+年|[和与及跟、的\s]/g;

/**
 * Whether a side's own words name a subject of their own ("山东安排的重大科技攻关 和"), not only its place ("安徽和" of
 * "安徽和上海去年办理人大代表建议谁多", whose subject is written once, after both places).
 */
export function writesOwnSubject(words: string, placeNames: readonly string[]): boolean {
  // Nor the words of asking ("跟拱墅同年的目标比呢": 同年, 目标, 比 name no subject), longest first.
  const rest = [...placeNames, ...ASKING_WORDS].reduce((text, word) => text.split(word).join(''), words).replace(NO_SUBJECT, '');
  return chineseCharacters(rest) >= OWN_SUBJECT_CHARACTERS;
}
