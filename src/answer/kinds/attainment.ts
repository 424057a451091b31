import type { UnderstoodQuery } from '../../retrieve/query.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { ECONOMY_INDICATOR } from '../../lang/zh/economy-words.js';
import { glossary } from '../../lang/zh/glossary.js';
import { COMPLETION_RATE_NAME, targetBound } from '../../lang/zh/attainment-words.js';
import { countedAs } from '../../lang/zh/counter-equivalents.js';
import { placeLabel } from '../../lang/zh/place-words.js';
import { englishIndicator, englishPlace } from '../english-names.js';
import { formatNumber, valueText } from '../figure-format.js';
import { message } from '../messages.js';
import type { Answer, Figure } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { type FigureCandidate, figureCandidates } from './figure-candidates.js';
import { linesAnswer } from './lines-answer.js';
import { isAskedSubject, subjectLabel, withAskedSubject } from './asked-subject.js';
import { figureLead } from '../figure-lead.js';
import { completionRateNote, statedCompletionRate } from './completion-rate.js';

/** The target's and the result's sentences, and what else the reports say of the result. */
const MOST_CITED = 4;

/**
 * "上海25年GDP增速超过目标没有": the year's target, read from that year's plan, set against the
 * year's result, read from the report that reviews it, like for like (a rate with a rate, a level
 * with a level in one unit), with the verdict. Null when either is missing: the ordinary answer
 * (often a sentence that says "低于目标…个百分点" itself) stands.
 */
export async function attainmentAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const named = withEconomyWhenGrowthOnly(frame.query);
  // "为什么低于目标" asks the reason, which the reports' own sentence gives.
  if (!named.asksAttainment || named.wantsReason || named.places.length !== 1 || named.years.length !== 1) return null;
  // "上海去年美丽街区目标完成了吗": a subject the glossary does not know, read like an indicator
  // when the place's reports state figures under its name.
  const query = named.indicators.length ? named : withAskedSubject(tools, named);
  if (!query) return null;
  // The result measured as the target is: its growth rate for a rate target, its level otherwise.
  // A growth target with a growth, a rate's level (失业率 5%以内) with its level: never a share beside a growth.
  // Measure words counting the same things in turn ("869台", "600部" of 电梯) are one measure.
  const alike = (target: FigureCandidate) => (c: FigureCandidate) =>
    countedAs(c.measure) === countedAs(target.measure) && (target.measure !== '%' || !!c.figure.change === !!target.figure.change);
  // A plan may set the indicator twice ("进出口总额增长5.5%左右" in its targets, "9000亿元以上" in
  // its tasks): the first target the result can be set against like for like.
  const targets = await candidatesOf(tools, query, 'plan', 'target', false);
  const actualsOf = new Map<boolean, FigureCandidate[]>();
  let pair: { target: FigureCandidate; actual: FigureCandidate } | null = null;
  for (const candidate of targets) {
    const growthMeasured = candidate.measure === '%';
    if (!actualsOf.has(growthMeasured)) actualsOf.set(growthMeasured, await candidatesOf(tools, query, 'result', 'actual', growthMeasured));
    const found = actualsOf.get(growthMeasured)?.find(alike(candidate));
    if (found) {
      pair = { target: candidate, actual: found };
      break;
    }
  }
  if (!pair) return isAskedSubject(query.indicators[0]) ? await oneSideAnswer(tools, frame, query, targets) : null;
  const { target, actual } = pair;
  // The two figures' sentences first, then what the reports say of the result besides (often the
  // sentence that sets it against the target itself: "低于目标任务5.5个百分点").
  const said = await tools.retriever.retrieve({ ...query, intent: 'result', asksAttainment: false }, 3);
  const besides = said.kind === 'found' ? said.sentences.filter((s) => s.namesIndicator) : [];
  const cited = [actual.sentence, target.sentence, ...besides].filter(
    (s, i, all) => all.findIndex((o) => o.sentence.id === s.sentence.id) === i,
  );
  const citations = cited.slice(0, MOST_CITED).map((s) => tools.citation(s.sentence, s.score));
  // A result and its target written in one sentence ("新增市级高层次人才…完成年度目标的143.5%") share its one citation.
  const citedAt = (c: FigureCandidate) => cited.findIndex((s) => s.sentence.id === c.sentence.sentence.id);
  const figures: Figure[] = [actual, target].map((c) => ({ ...c.figure, citationId: citations[citedAt(c)].id }));
  const lang = query.language;
  const pct = target.measure === '%';
  const growth = pct && !!target.figure.change;
  const shown = (c: FigureCandidate) => (pct && c.figure.unit !== '%' ? `${formatNumber(c.value)}%` : valueText(c.figure));
  // A target range ("5%—5.5%") is met at its low end.
  const goal = target.figure.range ? target.figure.range.low : target.value;
  const gap = Number(formatNumber(Math.abs(actual.value - goal)));
  const side = actual.value > goal ? 'above' : actual.value < goal ? 'below' : 'met';
  const bound = targetBound(target.figure.qualifier);
  // Met or not, as the target's bound reads: a ceiling is met at or below it, a floor at or above;
  // a little below a rough target ("5%左右") is said as the gap only.
  const attained = bound === 'ceiling' ? side !== 'above' : side !== 'below' ? true : bound === 'about' ? null : false;
  const line = message('attainmentLead', lang, {
    place: lang === 'en' ? englishPlace(actual.figure.district) : placeLabel(actual.figure.district),
    year: query.years[0],
    indicator:
      (lang === 'en' ? englishIndicator(actual.figure.indicator) : null) ??
      withoutCompletionRate(subjectLabel(query, actual.figure.indicator)),
    growth,
    down: target.figure.change?.direction === 'down',
    actual: shown(actual),
    target: shown(target),
    side,
    gap: pct ? formatNumber(gap) : null,
    attained,
    targetCited: citedAt(target) + 1,
  });
  // "完成率多少": the share of the plan done, as the result's sentence states it, or the one divided by the other.
  const sentenceFigures = tools.figuresFor(query, [citations[0]]);
  const rate = completionRateNote(query.question, actual.figure, target.figure, sentenceFigures, lang);
  // The rate the report writes is a figure of the answer too, after the two it sets against each other.
  const statedRate = statedCompletionRate(actual.figure, sentenceFigures);
  return linesAnswer(frame, [line + rate], citations, statedRate ? [...figures, statedRate] : figures);
}

async function candidatesOf(
  tools: AnswerTools,
  query: UnderstoodQuery,
  intent: 'plan' | 'result',
  kind: Figure['kind'],
  growth: boolean,
): Promise<FigureCandidate[]> {
  const side: UnderstoodQuery = { ...query, intent, wantsQuantity: true, asksAttainment: false };
  const outcome = await tools.retriever.retrieve(side, 5);
  if (outcome.kind !== 'found') return [];
  // The year's own figure (figureCandidates keeps the asked year's): a target for the plan, an actual for the result.
  return figureCandidates(tools, side, outcome.sentences, kind, growth);
}

/**
 * "did Zhejiang hit its 2025 growth target?": a growth target with no indicator named is the
 * economy's, the first target every plan sets.
 */
function withEconomyWhenGrowthOnly(query: UnderstoodQuery): UnderstoodQuery {
  if (query.indicators.length || !asksForGrowth(query.question)) return query;
  const economy = glossary().indicators.find((i) => i.name === ECONOMY_INDICATOR);
  return economy ? { ...query, indicators: [economy] } : query;
}

/**
 * "安徽去年人工造林目标完成了吗" where the plan sets no figure for the subject (or the review states
 * none): the side the reports give, cited, and the other named as missing; null when neither.
 */
async function oneSideAnswer(
  tools: AnswerTools,
  frame: AnswerFrame,
  query: UnderstoodQuery,
  targets: readonly FigureCandidate[],
): Promise<Answer | null> {
  const actuals = [
    ...(await candidatesOf(tools, query, 'result', 'actual', false)),
    ...(await candidatesOf(tools, query, 'result', 'actual', true)),
  ];
  // Both sides stated, but not like for like (a count against a rate): neither is missing, and the
  // ordinary answer quotes them.
  if (targets.length && actuals.length) return null;
  const found = targets[0] ?? actuals[0];
  if (!found) return null;
  const citations = [tools.citation(found.sentence.sentence, found.sentence.score)];
  const figures: Figure[] = [{ ...found.figure, citationId: citations[0].id }];
  const lead = figureLead({ ...query, wantsQuantity: true }, figures, citations);
  if (!lead) return null;
  const lang = query.language;
  const place = lang === 'en' ? englishPlace(found.figure.district) : placeLabel(found.figure.district);
  const subject = `${place}${lang === 'en' ? ' ' : ''}${query.years[0]}${lang === 'en' ? ' ' : '年'}${subjectLabel(query, found.figure.indicator)}`;
  const missing = targets.length ? message('noActualFor', lang, { subject }) : message('noNumericTarget', lang, { subject });
  // "盘活低效工业用地1.3万亩,完成年度目标的130%": the share of the plan the result's sentence states, though not the plan.
  const rate = targets.length ? '' : completionRateNote(query.question, found.figure, null, tools.figuresFor(query, [citations[0]]), lang);
  return linesAnswer(frame, [lead + rate, missing], citations, figures);
}

/** A subject asked as its completion rate ("新增停车泊位完成率多少") is labelled by the thing done: the values are its counts. */
function withoutCompletionRate(label: string): string {
  const thing = label.replace(COMPLETION_RATE_NAME, '');
  return thing.length ? thing : label;
}
