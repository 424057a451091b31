import { NATIONAL_ISSUER } from '../../lang/zh/place-words.js';
import { GENERIC_SEARCH_TERMS } from '../../lang/zh/generic-words.js';
import { type AskedRank, askedRank, rankedSubjectWords, rankSearchWords, statesRank } from '../../lang/zh/rank-holder-words.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import { composeText } from '../compose.js';
import type { Answer } from '../schema.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';

/** The first place, as "区域创新能力最强的是哪个省" asks it when no figures rank the places. */
export const FIRST_PLACE: AskedRank = { rank: 1, yearsRunning: null, counting: null, field: null, threshold: null };

/** Sentences a report says of its own rank; more would be other ranks of other places. */
const MOST_STATEMENTS = 3;
/** How deep in the retrieved sentences a rank statement is looked for. */
const SEARCH_DEPTH = 40;

/**
 * "哪个省是全国第三个GDP超10万亿的", "进出口总额连续39年全国第一的是哪": the place whose report says it
 * holds that rank or was first (Nth) to reach it. Not a ranking of figures (no report states
 * another's rank): the sentence that states it, quoted under its report's place. Null when no
 * retrieved sentence states the asked rank, so the question is answered the usual way.
 */
export async function rankHolderAnswer(
  tools: AnswerTools,
  frame: AnswerFrame,
  asked: AskedRank | null = askedRank(frame.query.question),
): Promise<Answer | null> {
  const { query } = frame;
  if (!asked) return null;
  const search = rankSearch(query, asked);
  const outcome = await tools.retriever.retrieve(search, SEARCH_DEPTH);
  if (outcome.kind !== 'found') return null;
  // Of the asked indicator when one is asked: "收入全国第三" is not the rural income's third place.
  const subjects = query.indicators.flatMap((i) => [i.name, ...i.synonyms]);
  // No indicator the glossary knows ("区域创新能力最强的是哪个省"): the sentence names every word of what is ranked,
  // so a first place in something else ("最强大脑", "汽车产量…首位") is not the answer.
  const ranked = query.indicators.length
    ? []
    : rankedSubjectWords(tools.retriever.tokenize(query.question).filter((t) => !GENERIC_SEARCH_TERMS.has(t)));
  const stating = outcome.sentences
    .filter(
      (s) =>
        statesRank(s.sentence.norm, asked, subjects) &&
        (!query.indicators.length || s.namesIndicator) &&
        ranked.every((w) => s.sentence.norm.includes(w)),
    )
    .slice(0, MOST_STATEMENTS);
  if (!stating.length) return null;
  const citations = stating.map((s) => tools.citation(s.sentence, s.score));
  // The first line is "据山东省《…》：…成为全国第三个…": the place named by its own report's words.
  const text = composeText(query, citations, null);
  return frameAnswer(frame, { notFound: false, text, citations, figures: tools.figuresFor(search, citations) });
}

/**
 * The search for a rank statement: 全国 is the field the rank is in, not a place asked about, and
 * the ways reports write the rank ("首个", "第3位") are searched for with the question's words.
 */
function rankSearch(query: UnderstoodQuery, asked: AskedRank): UnderstoodQuery {
  return {
    ...query,
    places: query.places.filter((p) => p !== NATIONAL_ISSUER),
    intent: 'any',
    wantsQuantity: false,
    searchText: `${query.searchText} ${rankSearchWords(asked).join(' ')}`,
    // The ways of writing the rank are one thing asked, covered by a sentence that writes any of them: as
    // several words to cover each, they outweighed what is ranked and left no sentence about the question.
    termAlternatives: [...(query.termAlternatives ?? []), { english: 'rank', chinese: rankSearchWords(asked) }],
  };
}
