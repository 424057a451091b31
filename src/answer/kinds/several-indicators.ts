import type { UnderstoodQuery } from '../../retrieve/query.js';
import { composeText } from '../compose.js';
import { INDICATOR_QUALIFIERS } from '../../lang/zh/follow-up-words.js';
import { message } from '../messages.js';
import { comparisonVerdict, figureLead } from '../figure-lead.js';
import type { ScoredSentence } from '../../retrieve/retriever.js';
import type { Answer, Figure } from '../schema.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';
import { interleave } from './interleave.js';
import { isAskedIndicator } from '../figure-format.js';
import { reachedIn } from './figure-candidates.js';
import { isStartFigure } from '../../figures/from-to.js';
import { isRankFigure } from '../../figures/rank-figures.js';
import { MULTI_YEAR_QUALIFIERS } from '../../lang/zh/qualifiers.js';
import { CUMULATIVE_WORD } from '../../lang/zh/indicator-context.js';
import { asksWhichOfThem } from '../../lang/zh/comparison-follow-up-words.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { groupInEnglish } from '../../lang/zh/population-qualifiers.js';

/** Several indicators asked at once: each one's best evidence cited, each one's figure in the lead. */
export async function severalIndicatorsAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  const pair = query.indicators.length === 1 ? qualifierPairOf(query.question) : null;
  const parts: UnderstoodQuery[] = pair
    ? pair.qualifiers.map((q) => ({ ...query, question: `${query.question.replace(pair.written, q)} ${q}${query.indicators[0].name}` }))
    : askedOrder(query).map((indicator) => ({ ...query, indicators: [indicator] }));
  const found: { one: UnderstoodQuery; part: number; sentences: ScoredSentence[] }[] = [];
  for (const [part, one] of parts.entries()) {
    const outcome = await tools.retriever.retrieve(one, 3);
    const ofYear = outcome.kind === 'found' ? outcome.sentences : [];
    // A year's level stated only in the review of the plan ending that year ("“十四五”…人均地区生产总值
    // 达16.7万元", labelled 2021-2025): read from there when the year's own sentences lack it.
    // Each sentence's figures are read once (namesIndicator extracts them).
    const naming = new Set(ofYear.filter((s) => namesIndicator(tools, one, s)));
    const fromReview = naming.size ? [] : await reviewEndingIn(tools, one);
    const sentences = [...naming, ...fromReview, ...ofYear.filter((s) => !naming.has(s))];
    if (sentences.length) found.push({ one, part, sentences: sentences.slice(0, 3) });
  }
  if (found.length < 2) return null;
  const seen = new Set<string>();
  const merged = interleave(found.map((f) => f.sentences))
    .filter((s) => !seen.has(s.sentence.id) && seen.add(s.sentence.id))
    .slice(0, 5);
  const citations = merged.map((s) => tools.citation(s.sentence, s.score));
  const figures = tools.figuresFor(query, citations);
  // A qualifier's part leads with a figure of that qualifier ("农村居民…"), where one is cited.
  // A result asked is answered by results where one is cited, a target by targets: the 社零 of a
  // past year is what it came to, not the plan's "增长5%左右" cited beside it.
  const wantedKind = query.intent === 'result' ? 'actual' : query.intent === 'plan' ? 'target' : null;
  const ofKind = (fs: Figure[]) => {
    const kept = wantedKind ? fs.filter((f) => f.kind === wantedKind) : fs;
    return kept.length ? kept : fs;
  };
  const figuresOf = (i: number) => {
    const qualifier = pair?.qualifiers[i];
    const own = qualifier ? figures.filter((f) => f.indicator.includes(qualifier)) : [];
    return ofKind(own.length ? own : figures);
  };
  const leads = found.map((f) => figureLead(f.one, figuresOf(f.part), citations)).filter((l): l is string => !!l);
  const joined = leads.length ? [...new Set(leads)].join(message('leadSeparator', query.language)) : null;
  // "城镇和农村居民收入哪个增长快": the two groups' figures, then which is higher.
  const verdict = pair && joined && asksWhichOfThem(query.question) ? pairVerdict(query, pair.qualifiers, figures) : '';
  const lead = joined ? `${joined}${verdict}` : null;
  return frameAnswer(frame, { notFound: false, text: composeText(query, citations, lead), citations, figures });
}

/**
 * Which of two groups' figures is higher ("。农村居民更高：6.6% 对 4.6%"): their growth rates when a
 * growth is asked, else their levels in one unit; each group's first actual figure of the asked
 * indicator and year. Empty when either group has none or they are not alike.
 */
export function pairVerdict(query: UnderstoodQuery, qualifiers: readonly [string, string], figures: readonly Figure[]): string {
  const [a, b] = qualifiers.map((qualifier) =>
    figures.find(
      (g) =>
        g.indicator.includes(qualifier) &&
        isAskedIndicator(g, query) &&
        g.kind === 'actual' &&
        (!query.years.length || query.years.includes(Number(g.period))),
    ),
  );
  if (!a || !b) return '';
  const group = (f: Figure) => {
    const qualifier = qualifiers.find((q) => f.indicator.includes(q)) ?? '';
    return query.language === 'en' ? groupInEnglish(qualifier) : `${qualifier}居民`;
  };
  return comparisonVerdict(a, b, asksForGrowth(query.question), query.language, false, group);
}

/** "城镇和农村居民收入": the two qualifiers asked side by side, as written ("城镇和农村"). */
export function qualifierPairOf(question: string): { written: string; qualifiers: [string, string] } | null {
  const alternatives = INDICATOR_QUALIFIERS.join('|');
  const m = new RegExp(`(${alternatives})(?:居民)?(?:和|与|及|、)(${alternatives})`).exec(question);
  return m && m[1] !== m[2] ? { written: m[0], qualifiers: [m[1], m[2]] } : null;
}

/** The asked indicators in the order the question names them ("GDP和财政收入": GDP first). */
function askedOrder(query: UnderstoodQuery): UnderstoodQuery['indicators'] {
  const text = query.question.toLowerCase();
  const at = (ind: UnderstoodQuery['indicators'][number]) => {
    const positions = [ind.name, ...ind.synonyms, ...ind.en].map((n) => text.indexOf(n.toLowerCase())).filter((i) => i >= 0);
    return positions.length ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
  };
  return [...query.indicators].sort((a, b) => at(a) - at(b));
}

/** Whether a sentence gives a figure of the part's indicator. */
function namesIndicator(tools: AnswerTools, one: UnderstoodQuery, s: ScoredSentence): boolean {
  return tools.figuresFor(one, [tools.citation(s.sentence, s.score)]).some((f) => isAskedIndicator(f, one));
}

/** Sentences of a span's review ending in the one year asked, that give the part's indicator as reached. */
async function reviewEndingIn(tools: AnswerTools, one: UnderstoodQuery): Promise<ScoredSentence[]> {
  if (one.years.length !== 1) return [];
  const year = one.years[0];
  const outcome = await tools.retriever.retrieve({ ...one, years: [], yearSpan: null }, REVIEW_SENTENCES_READ);
  if (outcome.kind !== 'found') return [];
  return outcome.sentences.filter((s) => {
    const span = /^(\d{4})-(\d{4})$/.exec(s.sentence.period);
    if (!span || Number(span[2]) !== year) return false;
    const c = tools.citation(s.sentence, s.score);
    return tools.figuresFor(one, [c]).some((f) => isAskedIndicator(f, one) && isLevelReached(f, c.sentence));
  });
}

/** Sentences read for a plan review's statement of a year's level. */
const REVIEW_SENTENCES_READ = 5;

/**
 * A level the span came to ("人均地区生产总值达16.7万元", "提高到8865亿元"): not a rate, not a span's
 * average ("年均增长5.7%") nor a running total ("累计新增…"), which are no one year's level.
 */
function isLevelReached(f: Figure, sentence: string): boolean {
  if (f.unit === '%' || f.change || isStartFigure(f) || isRankFigure(f)) return false;
  if (MULTI_YEAR_QUALIFIERS.includes(f.qualifier ?? '')) return false;
  return !sentence.includes(CUMULATIVE_WORD) || reachedIn(f, sentence);
}
