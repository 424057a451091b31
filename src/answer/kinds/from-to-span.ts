import { composeText } from '../compose.js';
import { figureLead, namedByChineseWords } from '../figure-lead.js';
import { longestCommonRun } from '../longest-common-run.js';
import { isAskedIndicator } from '../figure-format.js';
import { isStartFigure } from '../../figures/from-to.js';
import { isRankFigure } from '../../figures/rank-figures.js';
import { FROM_TO } from '../../lang/zh/years.js';
import { asksForMilestone, asksForShare } from '../../lang/zh/asked-shape-words.js';
import { partOfShare } from '../../lang/zh/share-words.js';
import type { Answer, Citation, Figure } from '../schema.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';
import { reachedIn } from './figure-candidates.js';

/** Sentences read for a from–to pair: the pair is a review's sentence, rarely the best match. */
const SENTENCES_READ = 8;
/** Citations the answer keeps after the pair's sentence. */
const OTHERS_KEPT = 4;

/**
 * A span asked ("这五年提高了多少", "十四五期间…怎么变的", "since 2020"): the sentence that states the
 * asked indicator from where to where over it ("从4.16万亿元增加到5.67万亿元") answers it whole,
 * before any year-by-year trend, and never one year's growth of another indicator. Null when no
 * cited sentence states such a pair of the asked indicator reached at the span's end.
 */
export async function fromToSpanAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  const span = query.yearSpan ?? query.planPeriod;
  // "十四五期间经济总量连续跨过几个万亿大关" counts the levels passed, which no from–to pair beside them states.
  if (!span || asksForMilestone(query.question)) return null;
  // What a span came to is a result, even when the plan's name ("十四五") made the question read as a
  // plan; and it is stated in the review of the span, labelled with the plan's years ("2021-2025"),
  // not with the years asked: those are matched by the pair's end below.
  const outcome = await tools.retriever.retrieve({ ...query, intent: 'result', years: [], yearSpan: null }, SENTENCES_READ);
  if (outcome.kind !== 'found') return null;
  const citations = outcome.sentences.map((s) => tools.citation(s.sentence, s.score));
  const found = citations.map((c) => ({ c, pair: askedPair(tools, frame, c, span) })).find((x) => x.pair);
  if (!found?.pair) return null;
  const cited: Citation[] = [found.c, ...citations.filter((c) => c !== found.c).slice(0, OTHERS_KEPT)];
  const figures = tools.figuresFor(query, cited);
  const lead = figureLead({ ...query, wantsQuantity: true }, found.pair, cited);
  if (!lead) return null;
  return frameAnswer(frame, { notFound: false, text: composeText(query, cited, lead), citations: cited, figures });
}

/** The asked indicator's value reached (at the span's end) and the value it started from, in one sentence. */
function askedPair(tools: AnswerTools, frame: AnswerFrame, c: Citation, span: { from: number; to: number }): Figure[] | null {
  const end = span.to;
  if (!FROM_TO.test(c.sentence)) return null;
  const figures = tools.figuresFor(frame.query, [c]);
  for (const [i, reached] of figures.entries()) {
    const start = figures[i + 1];
    if (!start || isStartFigure(reached) || isRankFigure(reached) || reached.kind !== 'actual') continue;
    if (!isAsked(reached, frame.query) || !reachedIn(reached, c.sentence)) continue;
    if (start.indicator !== reached.indicator || start.unit !== reached.unit || start.citationId !== reached.citationId) continue;
    if (!reached.period.startsWith(String(end)) && !reached.period.endsWith(String(end))) continue;
    // A pair over a longer span ("十四五": from 2020) does not answer "from 2024 to 2025".
    if (/^\d{4}$/.test(start.period) && Number(start.period) < span.from - 1) continue;
    return [reached, start];
  }
  return null;
}

/**
 * The asked indicator's figure, or with none of the glossary's asked ("全国义务教育巩固率五年里是怎么变化的"), a figure
 * the Chinese question names by more than a shared verb.
 */
function isAsked(f: Figure, query: AnswerFrame['query']): boolean {
  // "经济总量占全国比重由7.2%提升至7.4%" is a share of a wider whole, no answer to how the economy did unless a share is asked.
  if (partOfShare(f.indicator) !== null && !asksForShare(query.question)) return false;
  if (query.indicators.length) return isAskedIndicator(f, query);
  // A pair answers the whole question before anything else: the name must be the question's, not a word of it ("教育" is
  // shared by 高等教育毛入学率 and "基础教育公办学位增加多少").
  return (
    query.language === 'zh' &&
    namedByChineseWords(f, query.question) &&
    longestCommonRun(f.indicator, query.question).length >= MIN_PAIR_NAME
  );
}

/** Characters a pair's name and a question naming no glossary indicator must share. */
const MIN_PAIR_NAME = 4;
