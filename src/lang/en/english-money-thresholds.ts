/**
 * A size class by money, as English names a set of projects or firms ("10-billion-yuan-plus projects", "projects of
 * over 100 million yuan", "100 million yuan or more"): the reports write the threshold before the noun, in 亿 or 万 of
 * yuan and 以上 (亿元以上项目, 百亿元以上, 10亿元以上, 5000万元以上) or as a class (百亿级). The dictionary reads the words one
 * by one ("plus" 加上); the reading here is the threshold as the reports write it.
 */

/**
 * An amount of yuan with words saying "or more" after it ("10-billion-yuan-plus"), or before it after a word that makes
 * it a class of things ("projects WORTH OVER 100 million yuan"): not a figure compared ("was GDP over 5 trillion yuan").
 */
// "100m yuan+", "1bn yuan or more": the scale abbreviated after digits, and "+" for "or more".
const THRESHOLD =
  /(?:\b(?:worth|of|with|valued at|investing|investment of)\s+(over|above|more than|at least|upwards of)\s+)?(?:(\d+(?:\.\d+)?|hundred)[\s-]*)?(thousand|million|billion|trillion|(?<=\d\s?)(?:mn|m|bn|b|k))[\s-]*(?:yuan|rmb)\b(?:[\s-]*(plus|or more|and above|and over|or above|or over)\b|\s*(\+))?/gi;

/**
 * "trillion-yuan industries", "100-billion-yuan clusters": an amount joined to its yuan by a hyphen is a class of things
 * (万亿级产业), not a figure compared ("GDP of 5 trillion yuan").
 */
const CLASS_BEFORE_NOUN = /-(?:yuan|rmb)$/i;

/** Number words an English class of money writes instead of digits ("hundred-billion-yuan"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = { hundred: 100 };

const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
};

/** Round numbers the reports write in characters before 亿 or 万 (百亿元, 千万元). */
const ROUND: Readonly<Record<number, string>> = { 10: '十', 100: '百', 1000: '千' };

/** The ways the reports write "at least `yuan`": 亿元以上, 1亿元以上, 百亿元以上, 100亿元以上, 百亿级, 万亿(元)级, 5000万元以上. */
export function thresholdSpellings(yuan: number): string[] {
  const spell = (n: number, unit: string) => {
    const forms = [`${n}${unit}元以上`, `${n}${unit}元及以上`];
    // "万亿级产业": a class named by its unit alone (not 万: "万级" is no class the reports write).
    if (n === 1) forms.push(`${unit}元以上`, `${unit}元及以上`, ...(unit === '万' ? [] : [`${unit}级`, `${unit}元级`]));
    if (ROUND[n]) forms.push(`${ROUND[n]}${unit}元以上`, `${ROUND[n]}${unit}元及以上`, `${ROUND[n]}${unit}级`, `${ROUND[n]}${unit}元级`);
    return forms;
  };
  if (yuan >= 1e12 && Number.isInteger(yuan / 1e12)) return [...spell(yuan / 1e8, '亿'), ...spell(yuan / 1e12, '万亿')];
  if (yuan >= 1e8 && Number.isInteger(yuan / 1e8)) return spell(yuan / 1e8, '亿');
  if (yuan >= 1e4 && Number.isInteger(yuan / 1e4)) return spell(yuan / 1e4, '万');
  return [];
}

/** The money thresholds an English question writes: the words as written (lower-case), where, and their spellings. */
export function moneyThresholdsIn(english: string): { written: string; at: number; chinese: string[] }[] {
  const found: { written: string; at: number; chinese: string[] }[] = [];
  for (const m of english.matchAll(THRESHOLD)) {
    const classOfThings = CLASS_BEFORE_NOUN.test(m[0]);
    if (!m[1] && !m[4] && !m[5] && !classOfThings) continue;
    const count = m[2] === undefined ? 1 : (NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]));
    const yuan = count * SCALE[m[3].toLowerCase()];
    const chinese = thresholdSpellings(Math.round(yuan));
    if (!chinese.length) continue;
    // The class word before "over" is the question's own ("projects worth"): the reading starts at "over".
    const skip = m[1] ? m[0].toLowerCase().indexOf(m[1].toLowerCase()) : 0;
    found.push({ written: m[0].slice(skip).toLowerCase(), at: (m.index ?? 0) + skip, chinese });
  }
  return found;
}

/** The text with every money threshold blanked, length kept ("100m-yuan-plus projects" → "               projects"). */
export function withoutMoneyThresholds(english: string): string {
  let rest = english;
  for (const { written, at } of moneyThresholdsIn(english))
    rest = `${rest.slice(0, at)}${' '.repeat(written.length)}${rest.slice(at + written.length)}`;
  return rest;
}
