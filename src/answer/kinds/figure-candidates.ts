import { PER_HEAD_NAME } from '../../lang/zh/level-question-words.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import { PERCENTAGE_POINTS } from '../../lang/zh/units.js';
import { MULTI_YEAR_QUALIFIERS } from '../../lang/zh/qualifiers.js';
import { askedResidentQualifier, namesResidentQualifier } from '../../lang/zh/resident-qualifiers.js';
import { formatNumber, isAskedIndicator } from '../figure-format.js';
import { TO_VERBS, TO_WORDS } from '../../lang/zh/milestone-words.js';
import { escapeRegExp } from '../../lang/zh/regexp.js';
import type { ScoredSentence } from '../../retrieve/retriever.js';
import type { Figure } from '../schema.js';
import type { AnswerTools } from './answer-tools.js';
import { isStartFigure } from '../../figures/from-to.js';
import { isRankFigure } from '../../figures/rank-figures.js';
import { SHARE_NAME, SHARE_QUESTION, isShareShape } from '../../lang/zh/share-words.js';
import { partnersNamed } from '../../lang/zh/partner-markets.js';
import { longestCommonRun } from '../longest-common-run.js';

/** A figure a place or year could be ranked by: the asked indicator, of the asked kind, with the value compared. */
export interface FigureCandidate {
  figure: Figure;
  value: number;
  /** What the value measures, to compare like with like: '%' for a rate, else the unit's last character (元, 人). */
  measure: string;
  sentence: ScoredSentence;
}

/** Every figure a place or year could be ranked by, best evidence first: a rate when growth is asked, else a level (or the rate a figure is). */
export function figureCandidates(
  tools: AnswerTools,
  query: UnderstoodQuery,
  sentences: readonly ScoredSentence[],
  kind: Figure['kind'],
  growth: boolean,
  /** Which end of a range ("5%—5.5%") stands for it: the high one for a top, the low one for a bottom. */
  rangeEnd: 'low' | 'high' = 'high',
): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  // "农村居民收入": only the 农村 figure, never the 城镇 one beside it in a 分别 sentence.
  const resident = askedResidentQualifier(query.question);
  // "对共建国家进出口占全省比重47.5%" is no year's 进出口总额: a share, or a figure narrowed to a
  // partner, stands for the indicator only when the question asks a share or names the partner.
  const sharesAsked = SHARE_QUESTION.test(query.question) || query.indicators.some((i) => SHARE_NAME.test(i.name));
  const partnersAsked = partnersNamed(query.question).length > 0;
  const otherMeasure = (figure: Figure) =>
    (!sharesAsked && (SHARE_NAME.test(figure.indicator) || isShareShape(figure.indicator) || figure.shape === 'share')) ||
    (!partnersAsked && partnersNamed(figure.indicator).length > 0);
  // No glossary indicator asked ("哪个省农村劳动力转移就业最多"): a figure whose name shares a subject with the question.
  const asked = (figure: Figure) => (query.indicators.length ? isAskedIndicator(figure, query) : subjectShared(figure, query.question) > 0);
  for (const sentence of sentences) {
    const citation = tools.citation(sentence.sentence, sentence.score);
    for (const figure of tools.figuresFor(query, [citation])) {
      // A difference in percentage points is no level and no rate of the indicator.
      // Nor is a rank ("全国第3位"), nor the value a from–to pair started from in some earlier year.
      if (figure.kind !== kind || !asked(figure) || figure.unit === PERCENTAGE_POINTS) continue;
      // Nor a span's average ("年均增长5.9%"), which is no one year's rate.
      if (isRankFigure(figure) || isStartFigure(figure) || MULTI_YEAR_QUALIFIERS.includes(figure.qualifier ?? '')) continue;
      if (otherMeasure(figure)) continue;
      if (query.years.length && !ofYear(figure, query.years[0], sentence.sentence.text)) continue;
      if (resident && !namesResidentQualifier(figure.indicator, resident)) continue;
      const ownRate = figure.range ? figure.range[rangeEnd] : figure.value;
      const rate = figure.unit === '%' ? ownRate : figure.change?.unit === '%' ? figure.change.value : null;
      // No growth asked: a level, or a rate where the figure is one (a GDP target is "增长5%左右").
      const value = growth ? rate : figure.unit === '%' ? ownRate : (figure.valueInBaseUnit ?? figure.value);
      const measure = growth || figure.unit === '%' ? '%' : figure.unit.slice(-1);
      if (value !== null && value !== undefined) out.push({ figure, value, measure, sentence });
    }
  }
  // The figure naming more of the question first (stable: evidence order among equals).
  if (!query.indicators.length) {
    const shared = new Map(out.map((c) => [c, subjectShared(c.figure, query.question)]));
    out.sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0));
  }
  return out;
}

/** A subject a figure's name and a question share, this long at least, to rank places by a figure no glossary names. */
const MIN_SUBJECT_RUN = 4;

/** How many characters of its name a figure shares with the question in one run; 0 when fewer than MIN_SUBJECT_RUN. */
export function subjectShared(figure: Pick<Figure, 'indicator'>, question: string): number {
  const run = longestCommonRun(figure.indicator, question).length;
  return run >= MIN_SUBJECT_RUN ? run : 0;
}

/**
 * One candidate for each key (a place, a year), all in the unit most keys have a figure in, so a
 * ranking or a trend sets like against like ("万亿元", not a milestone's "3个" or a rate beside levels).
 */
export function inOneUnit<K>(
  groups: readonly { key: K; candidates: readonly FigureCandidate[] }[],
): { key: K; candidate: FigureCandidate }[] {
  // Like for like: "新增托位4万个" is no rival of "每千人口托位数4.76个", though both count in 个. (An increment and a
  // level stay one measure here: a list opened by 新增 gives its later items no 新增 of their own.)
  const unitOf = (c: FigureCandidate) =>
    c.measure === '%' || !PER_HEAD_NAME.test(c.figure.indicator) ? c.measure : `per-head:${c.measure}`;
  const votes = new Map<string, number>();
  for (const { candidates } of groups) for (const u of new Set(candidates.map(unitOf))) votes.set(u, (votes.get(u) ?? 0) + 1);
  const unit = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return groups.flatMap(({ key, candidates }) => {
    const candidate = candidates.find((c) => unitOf(c) === unit);
    return candidate ? [{ key, candidate }] : [];
  });
}

/**
 * Whether a figure is the year's: of that year, or the value a span ending in it reached
 * ("十四五"时期 2021-2025 "从29.6件增加到65件": 65件 is 2025's level). A span's average rate or
 * running total ("年均增长", "累计") is no year's figure.
 */
function ofYear(figure: Figure, year: number, sentence: string): boolean {
  const span = /^(\d{4})-(\d{4})$/.exec(figure.period);
  // A span's figure is never its first year's: "2021-2025" 年均增长5.2% is not 2021's growth.
  if (!span && figure.period.startsWith(String(year))) return true;
  if (!span || Number(span[2]) !== year) return false;
  return reachedIn(figure, sentence);
}

/** Whether the sentence writes the figure's value as one reached: "增加到65件", "提高到8865亿元". */
export function reachedIn(figure: Pick<Figure, 'value'>, sentence: string): boolean {
  const reached = new RegExp(`(${TO_VERBS.join('|')})(${TO_WORDS.join('|')})${escapeRegExp(formatNumber(figure.value))}(?![\\d.])`);
  return reached.test(sentence);
}
