import type { Sentence } from '../../ingest/types.js';
import { normalizeForSearch } from '../../lang/zh/normalize.js';
import { asksForShare } from '../../lang/zh/asked-shape-words.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { NON_QUALIFYING_CHARACTERS } from '../../lang/zh/generic-words.js';
import { YEAR_MENTION } from '../../lang/zh/follow-up-words.js';
import { placeAliases } from '../../lang/zh/glossary.js';
import { identifyingNumbers } from '../../lang/zh/identifying-numbers.js';
import { asksWhatTablesAnswer } from '../../lang/zh/intent-words.js';
import { asksOverSeveralYears } from '../../lang/zh/several-years-asked.js';
import { SHARE_SUFFIXES } from '../../lang/zh/share-words.js';
import { indicatorMention, PARTIAL_MENTION, quantityMention, shareBeforeMention } from '../indicator-mention.js';
import { periodScore } from '../period-match.js';
import { timePhrasesOf, type UnderstoodQuery } from '../query.js';

/** What every candidate sentence of one question is scored against: computed once per question. */
export interface QuestionFacts {
  query: UnderstoodQuery;
  /** Place and period filters on (off in the "naive" baseline, where the period-based rules are silent). */
  filtering: boolean;
  /** The asked indicators' names and synonyms, normalised and lower-cased. */
  indicatorNames: string[];
  /**
   * The names whose number gives the asked quantity: the indicator's, and, a share asked ("普惠托位的占比要提到多少"), each
   * written with a share word after it ("普惠托位占比提高到68%"), which otherwise makes another indicator of it.
   */
  quantityNames: string[];
  /** A share is asked ("占多少", "比重"), see asksForShare. */
  wantsShare: boolean;
  /** A growth rate is asked ("增速多少", "how fast did … grow"). */
  wantsGrowth: boolean;
  /** The indicator as the question qualifies it ("农村居民人均可支配收入"), see qualifiedNames. */
  qualified: string[];
  /** The question is about targets or their completion, which the reports' tables answer. */
  tablesAsked: boolean;
  /** A figure over several years is asked ("过去五年…下降多少", "年均增长"), see asksOverSeveralYears. */
  severalYears: boolean;
  /** The numbers with counters the question writes, its years left out ("连续12年" → 12年), see identifyingNumbers. */
  numbers: string[];
}

export function questionFacts(query: UnderstoodQuery, filtering: boolean): QuestionFacts {
  const indicatorNames = query.indicators.flatMap((ind) => [ind.name, ...ind.synonyms]).map((n) => normalizeForSearch(n).toLowerCase());
  const wantsShare = asksForShare(query.question);
  return {
    query,
    filtering,
    indicatorNames,
    wantsShare,
    quantityNames: wantsShare
      ? [...indicatorNames, ...indicatorNames.flatMap((n) => SHARE_SUFFIXES.map((w) => `${n}${w}`))]
      : indicatorNames,
    wantsGrowth: asksForGrowth(query.question),
    // "南沙港前年集装箱吞吐量": the words qualifying the name are read past the time (and place) written between them.
    qualified: qualifiedNames(normalizeForSearch(withoutTimePhrases(query)).toLowerCase(), indicatorNames),
    tablesAsked: asksWhatTablesAnswer(query.question),
    severalYears: asksOverSeveralYears(query.question),
    numbers: identifyingNumbers(normalizeForSearch(query.question), query.years),
  };
}

/** What the retriever's indexes know of a candidate sentence. */
export interface SentenceEvidence {
  sentence: Sentence;
  /** Its BM25 score against the question, over the best candidate's (0–1). */
  lexical: number;
  /** Its chunk's fused rank score, over the best chunk's (0–1; 0 outside the fused chunks). */
  chunkScore: number;
  /** How many years its period starts before its issuer's latest of the same kind (0 = latest, 99 = none). */
  age: number;
  /** The glossary indicators the figure table reads a level or rate of from it (see statedIndicators). */
  tableIndicators?: ReadonlySet<string>;
}

/** A candidate sentence with what the rules read of it, computed once per sentence. */
export interface SentenceFacts extends SentenceEvidence {
  norm: string;
  lowerNorm: string;
  /** indicatorMention: 1 for a full name of the asked indicator, 0.6 for a partial one, 0 for none. */
  mention: number;
  /** It gives the asked indicator a number (see quantityMention); false unless a quantity is asked. */
  givesQuantity: boolean;
  /** periodScore against the asked time (1 when not filtering). */
  period: number;
  /** kindScore: how well its kind (result, plan, other) fits the asked intent. */
  kind: number;
}

export function sentenceFacts(question: QuestionFacts, evidence: SentenceEvidence): SentenceFacts {
  const { query, indicatorNames, quantityNames, wantsShare } = question;
  const s = evidence.sentence;
  const norm = s.norm;
  const lowerNorm = norm.toLowerCase();
  // Its figures read as the asked indicator though its words name it nowhere ("经济…总量"): it names the indicator as a
  // partial name does, and gives its number. Where the words name it, they decide whether a number goes with it.
  const mention = indicatorMention(lowerNorm, indicatorNames);
  const stated = evidence.tableIndicators;
  const readByTable = mention === 0 && stated !== undefined && query.indicators.some((i) => stated.has(i.name));
  // The evidence's fields are copied one by one, not spread: a spread followed by six more fields
  // made V8 build each of these objects the slow way, a third of a question's retrieval time.
  return {
    sentence: s,
    lexical: evidence.lexical,
    chunkScore: evidence.chunkScore,
    age: evidence.age,
    norm,
    lowerNorm,
    mention: readByTable ? PARTIAL_MENTION : mention,
    givesQuantity:
      query.wantsQuantity &&
      indicatorNames.length > 0 &&
      (readByTable || quantityMention(lowerNorm, quantityNames) || (wantsShare && shareBeforeMention(lowerNorm, indicatorNames))),
    period: question.filtering ? periodScore(s, query) : 1,
    kind: kindScore(s, query),
  };
}

/**
 * How well a sentence's kind fits the asked intent: asked for a target or a result, only that kind
 * (1); asked neither, any result or plan sentence half (0.5), other sections nothing.
 */
export function kindScore(s: Pick<Sentence, 'kind'>, query: Pick<UnderstoodQuery, 'intent'>): number {
  if (query.intent === 'any') return s.kind === 'other' ? 0 : 0.5;
  return s.kind === query.intent ? 1 : 0;
}

const NON_QUALIFYING = new RegExp(`[${NON_QUALIFYING_CHARACTERS.join('')}]`);

/**
 * The indicator as the question qualifies it: its name with the two Chinese characters before it
 * ("农村" + "居民人均可支配收入"), where those are not a year, a place or a particle.
 */
/** The question without the phrases that say its time ("前年", "24年", "2024年") and its places ("浙江"): no qualifier either. */
function withoutTimePhrases(query: Pick<UnderstoodQuery, 'question' | 'yearNotes' | 'namedReport' | 'places'>): string {
  return [...timePhrasesOf(query), ...query.places.flatMap((p) => [p, ...placeAliases(p)])]
    .sort((a, b) => b.length - a.length)
    .reduce((text, phrase) => text.split(phrase).join(''), query.question)
    .replace(YEAR_MENTION, '');
}

export function qualifiedNames(question: string, names: readonly string[]): string[] {
  const out: string[] = [];
  const present = names.filter((n) => question.includes(n));
  // The longest name as the question writes it: "人均可支配收入" inside "居民人均可支配收入" qualifies nothing.
  for (const name of present.filter((n) => !present.some((m) => m.length > n.length && m.includes(n)))) {
    const at = question.indexOf(name);
    if (at < 2) continue;
    const before = question.slice(at - 2, at);
    if (/^[\u4e00-\u9fff]{2}$/.test(before) && !NON_QUALIFYING.test(before)) out.push(before + name);
  }
  return out;
}
