import { GENERIC_FIGURE_TAILS, GROWTH_BASE_BEFORE } from '../lang/zh/figure-words.js';
import { PLAN_PROGRESS_RATES, VERBS_AFTER_SUBJECT } from '../lang/zh/figure-words.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { indicatorMention } from '../retrieve/indicator-mention.js';
import type { Figure } from './schema.js';
import { FIRST_ORDINAL, RANK_COUNTERS } from '../lang/zh/counted-rank-words.js';
import { INCREMENT_BEFORE, NEUTRAL_BEFORE, WORDS_BINDING_SHORT_NAMES } from '../lang/zh/indicator-context.js';
import { withoutContainingNames } from './containing-indicators.js';
import { namesOtherSubject } from '../lang/zh/other-subject-words.js';
import { APPROXIMATE_COUNT, PRE_QUALIFIERS, QUALIFIERS_BEFORE_VALUE } from '../lang/zh/qualifiers.js';
import { figureShape, isGrowthOnly } from '../figures/figure-shape.js';
import { DURATION_VERBS, SPAN_QUALIFIER } from '../lang/zh/span-words.js';
import { isShareOfOtherWholeThanIntensity, partOfShare } from '../lang/zh/share-words.js';
import { type Lang, message } from './messages.js';
import { englishValueText } from './english-names.js';

/** Parsed decimals print as written: rounding hides binary artefacts like 6.800000000000001. */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/**
 * A figure's value as the reports write it: "突破2.1万件", "5.5%左右", "50余场", "5–5.5%"; for an English
 * reader with its qualifiers in English ("about 5.5%").
 */
export function valueText(
  f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'range'> & Partial<Pick<Figure, 'structure' | 'shape'>>,
  lang: Lang = 'zh',
): string {
  return lang === 'en' ? englishValueText(writtenValue(f)) : writtenValue(f);
}

function writtenValue(f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'range'> & Partial<Pick<Figure, 'structure' | 'shape'>>): string {
  // A structure is its parts as written: "0.9:57.7:41.4", never its first part with a unit.
  if (f.structure && f.structure.length > 1) return f.structure.map(formatNumber).join(':');
  const q = f.qualifier ?? '';
  // An attribute is written as the name writes it: what stands before its number ("第4届", "C919", "“6+1”", "齐鲁1号")
  // before it, only a bound ("65岁及以上") after.
  if (f.shape === 'attribute') {
    const parts = q.split('…').filter(Boolean);
    const bound = (p: string) => ATTRIBUTE_BOUND.test(p);
    return `${parts.filter((p) => !bound(p)).join('')}${formatNumber(f.value)}${f.unit}${parts.filter(bound).join('')}`;
  }
  // "全省首家" is written without its number.
  if (q.endsWith(FIRST_ORDINAL) && RANK_COUNTERS.includes(f.unit)) return `${q}${f.unit}`;
  const amount = f.range ? `${formatNumber(f.range.low)}–${formatNumber(f.range.high)}` : formatNumber(f.value);
  if (APPROXIMATE_COUNT.includes(q)) return `${amount}${q}${f.unit}`;
  // Joined qualifiers ("确保…以上", "年均…多", "力争…突破") each go where the report writes them:
  // "确保5%以上", "年均1270多万人", "力争突破8000亿元"; never "5%确保…以上".
  const { before, after } = qualifierSides(q);
  const approx = q
    .split('…')
    .filter((p) => APPROXIMATE_COUNT.includes(p))
    .join('');
  return `${before}${amount}${approx}${f.unit}${after}`;
}

/** The bound an attribute's number may carry after it ("65岁及以上", "20万以下"). */
const ATTRIBUTE_BOUND = /^(?:及)?以[上下]$/;

/** A qualifier's parts written before the value ("确保", "年均", "连续7年") and after it ("以上"). */
export function qualifierSides(q: string): { before: string; after: string } {
  const parts = q === '' ? [] : q.split('…');
  // "历时…成功申遗": a duration's verb before its count, what took that long after it.
  const goesBefore = (p: string) =>
    QUALIFIERS_BEFORE_VALUE.includes(p) ||
    PRE_QUALIFIERS.includes(p) ||
    SPAN_QUALIFIER.test(p) ||
    DURATION_VERBS.includes(p) ||
    // "较3年前增长44%": the base a growth is over, before it.
    GROWTH_BASE_BEFORE.test(p);
  return {
    before: parts.filter(goesBefore).join(''),
    after: parts.filter((p) => !goesBefore(p) && !APPROXIMATE_COUNT.includes(p)).join(''),
  };
}

/**
 * A figure's value with its change, as a list shows it: a growth rate reads "增长10.4%" (not
 * "10.4% (↑10.4%)", a level that grew by itself), a level with its change "1416亿元 (↑5.1%)".
 */
export function figureValueWithChange(f: Figure, lang: Lang = 'zh'): string {
  const arrow = f.change ? (f.change.direction === 'down' ? '↓' : f.change.direction === 'up' ? '↑' : '→') : '';
  // A gap is its difference, once, with its direction: "↑0.4个百分点".
  if (figureShape(f) === 'gap') return `${arrow}${valueText(f)}`;
  if ((isGrowthOnly(f) || isOwnChange(f)) && f.change) {
    // The verb goes right before the number, after any qualifier written before it: "年均增长5.9%",
    // "确保增长5%以上", "增长5–5.5%".
    const verb = message('leadGrowthOnly', lang, { down: f.change.direction === 'down' });
    const { before } = qualifierSides(f.qualifier ?? '');
    const shown = valueText(f.value < 0 ? { ...f, value: -f.value } : f);
    return `${before}${verb}${shown.slice(before.length)}`;
  }
  return f.change ? `${valueText(f)} (${arrow}${f.change.value}${f.change.unit})` : valueText(f);
}

/** "5年提高4.5个百分点": a change in points read as its own value. */
function isOwnChange(f: Figure): boolean {
  return !!f.change && f.unit === f.change.unit && f.change.value === Math.abs(f.value);
}

/** A figure as one line of a list: "数字经济核心产业增加值: 增长10.4%". */
export function figureListText(f: Figure, lang: Lang = 'zh'): string {
  return `${f.indicator}: ${figureValueWithChange(f, lang)}`;
}

/** Whether a figure is about the indicator the question asks for, by any of its names. */
export function isAskedIndicator(
  f: Pick<Figure, 'indicator'> & Partial<Pick<Figure, 'district'>>,
  query: Pick<UnderstoodQuery, 'indicators'> & Partial<Pick<UnderstoodQuery, 'question'>>,
): boolean {
  // "大湾区经济总量" in 广东's report is the bay area's, not 广东's 经济总量.
  if (namesOtherSubject(f.indicator, f.district)) return false;
  if (isShareOfOtherWholeThanIntensity(f.indicator, query.question ?? '')) return false;
  const askedNames = query.indicators.flatMap((i) => [i.name, ...i.synonyms]);
  // "货物进出口总额" names 进出口总额, not the 出口 inside it.
  const indicator = withoutContainingNames(f.indicator, askedNames).toLowerCase();
  return askedNames.some((name) => {
    const asked = name.toLowerCase();
    // "投资完成率" is the plan's progress, not 投资: a progress rate after the asked name makes another figure.
    if (PLAN_PROGRESS_RATES.some((r) => indicator.includes(asked + r) && !asked.includes(r))) return false;
    // Either name inside the other must stand as itself there: 地区生产总值 is not 人均地区生产总值,
    // nor is GDP 数字经济核心产业增加值占GDP比重.
    // A short word that is part of a longer name ("出口" of 货物出口) names the indicator only after a
    // neutral word: "安全出口" is a building's exit.
    if (isShortPartial(name, askedNames) && !standsAfterNeutralWord(indicator, asked, query.question ?? ''))
      return indicator.length >= 2 && asked === indicator;
    // The other way round as well, except where the figure's short name is part of a word of the
    // asked name: "出口" is not 进出口总额.
    const boundInAsked =
      indicator.length <= SHORT_NAME &&
      (WORDS_BINDING_SHORT_NAMES.some((w) => w.includes(indicator) && asked.includes(w)) || modifiesIn(indicator, asked));
    return indicatorMention(indicator, [asked]) > 0 || (indicator.length >= 2 && !boundInAsked && indicatorMention(asked, [indicator]) > 0);
  });
}

/**
 * Whether the figure is a share OF an asked indicator: "货物贸易出口占全国份额" of 出口, "全社会研发投入占比" of 研发投入,
 * "全社会研发经费支出占全市生产总值比重" of 研发经费. A question asking a share ("出口占全国多少", "研发投入占GDP多少")
 * is answered by it; its name stands after the asked one, so isAskedIndicator reads it as another indicator.
 */
export function isShareOfAsked(
  f: Pick<Figure, 'indicator'> & Partial<Pick<Figure, 'district'>>,
  query: Pick<UnderstoodQuery, 'indicators'> & Partial<Pick<UnderstoodQuery, 'question'>>,
): boolean {
  const part = partOfShare(f.indicator);
  if (isShareOfOtherWholeThanIntensity(f.indicator, query.question ?? '')) return false;
  return part !== null && part.length >= 2 && isAskedIndicator({ ...f, indicator: part }, query);
}

/** Longest name treated as a generic word when it is also part of a longer name of the indicator. */
const SHORT_NAME = 2;

/**
 * Whether a short name stands in a longer one as a modifier of another noun: "货物" in 货物进出口 (the goods carried by
 * trains, "货物超5000万吨", are no foreign trade), not "出口" in 出口总额 (only a generic measure follows) or 货物出口.
 */
function modifiesIn(short: string, name: string): boolean {
  const at = name.indexOf(short);
  if (at < 0) return false;
  const rest = name.slice(at + short.length);
  return rest !== '' && !GENERIC_FIGURE_TAILS.includes(rest);
}

function isShortPartial(name: string, names: readonly string[]): boolean {
  return name.length <= SHORT_NAME && names.some((other) => other.length > name.length && other.includes(name));
}

/** An increment word alone before a short name (新增, 净增). */
const INCREMENT_WORD_LENGTH = 2;

/** Whether some occurrence of the name in the figure's name follows its start or a neutral word ("全省出口"). */
function standsAfterNeutralWord(indicator: string, name: string, question: string): boolean {
  for (let at = indicator.indexOf(name); at >= 0; at = indicator.indexOf(name, at + 1)) {
    const before = indicator.slice(0, at);
    // "重大项目完成投资": a verb after a subject makes the name the subject's, unless the question names that
    // subject too ("省重点项目完成投资多少").
    const verb = VERBS_AFTER_SUBJECT.find((v) => before.endsWith(v));
    if (verb && before.length > verb.length && !question.includes(before)) continue;
    if (NEUTRAL_BEFORE.test(indicator.slice(Math.max(0, at - 4), at))) return true;
    // "新增托位": the year's addition of the name's own things, nothing after it.
    if (INCREMENT_BEFORE.test(before) && before.length <= INCREMENT_WORD_LENGTH && at + name.length === indicator.length) return true;
  }
  return false;
}
