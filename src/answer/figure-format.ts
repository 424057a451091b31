import type { UnderstoodQuery } from '../retrieve/query.js';
import { indicatorMention } from '../retrieve/indicator-mention.js';
import type { Figure } from './schema.js';
import { FIRST_ORDINAL, RANK_COUNTERS } from '../lang/zh/counted-rank-words.js';
import { NEUTRAL_BEFORE } from '../lang/zh/indicator-context.js';
import { withoutContainingNames } from './containing-indicators.js';
import { namesOtherSubject } from '../lang/zh/other-subject-words.js';
import { APPROXIMATE_COUNT, PRE_QUALIFIERS, QUALIFIERS_BEFORE_VALUE } from '../lang/zh/qualifiers.js';

/** Parsed decimals print as written: rounding hides binary artefacts like 6.800000000000001. */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A figure's value as the reports write it: "突破2.1万件", "5.5%左右", "50余场", "5–5.5%". */
export function valueText(f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'range'>): string {
  const q = f.qualifier ?? '';
  // "全省首家" is written without its number.
  if (q.endsWith(FIRST_ORDINAL) && RANK_COUNTERS.includes(f.unit)) return `${q}${f.unit}`;
  const amount = f.range ? `${formatNumber(f.range.low)}–${formatNumber(f.range.high)}` : formatNumber(f.value);
  if (APPROXIMATE_COUNT.includes(q)) return `${amount}${q}${f.unit}`;
  // "年均1270多万人": a qualifier before the value joined to the approximation of the count.
  const [pre, approx] = q.split('…');
  if (approx && APPROXIMATE_COUNT.includes(approx) && QUALIFIERS_BEFORE_VALUE.includes(pre)) return `${pre}${amount}${approx}${f.unit}`;
  // Every qualifier the reports write before a value is printed there: "不少于28万人", never "28万人不少于".
  const before = QUALIFIERS_BEFORE_VALUE.includes(q) || PRE_QUALIFIERS.includes(q) ? q : '';
  const after = q && !before ? q : '';
  return `${before}${amount}${f.unit}${after}`;
}

/** Whether a figure is about the indicator the question asks for, by any of its names. */
export function isAskedIndicator(
  f: Pick<Figure, 'indicator'> & Partial<Pick<Figure, 'district'>>,
  query: Pick<UnderstoodQuery, 'indicators'>,
): boolean {
  // "大湾区经济总量" in 广东's report is the bay area's, not 广东's 经济总量.
  if (namesOtherSubject(f.indicator, f.district)) return false;
  const askedNames = query.indicators.flatMap((i) => [i.name, ...i.synonyms]);
  // "货物进出口总额" names 进出口总额, not the 出口 inside it.
  const indicator = withoutContainingNames(f.indicator, askedNames).toLowerCase();
  return askedNames.some((name) => {
    const asked = name.toLowerCase();
    // Either name inside the other must stand as itself there: 地区生产总值 is not 人均地区生产总值,
    // nor is GDP 数字经济核心产业增加值占GDP比重.
    // A short word that is part of a longer name ("出口" of 货物出口) names the indicator only after a
    // neutral word: "安全出口" is a building's exit.
    if (isShortPartial(name, askedNames) && !standsAfterNeutralWord(indicator, asked)) return indicator.length >= 2 && asked === indicator;
    return indicatorMention(indicator, [asked]) > 0 || (indicator.length >= 2 && indicatorMention(asked, [indicator]) > 0);
  });
}

/** Longest name treated as a generic word when it is also part of a longer name of the indicator. */
const SHORT_NAME = 2;

function isShortPartial(name: string, names: readonly string[]): boolean {
  return name.length <= SHORT_NAME && names.some((other) => other.length > name.length && other.includes(name));
}

/** Whether some occurrence of the name in the figure's name follows its start or a neutral word ("全省出口"). */
function standsAfterNeutralWord(indicator: string, name: string): boolean {
  for (let at = indicator.indexOf(name); at >= 0; at = indicator.indexOf(name, at + 1)) {
    if (NEUTRAL_BEFORE.test(indicator.slice(Math.max(0, at - 4), at))) return true;
  }
  return false;
}
