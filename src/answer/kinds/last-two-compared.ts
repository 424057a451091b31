import { asksForGrowth } from '../../lang/zh/change-words.js';
import { asksOfTwo, asksWhichOfThem } from '../../lang/zh/comparison-follow-up-words.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import { composeText } from '../compose.js';
import { valueText } from '../figure-format.js';
import { comparisonVerdict } from '../figure-lead.js';
import type { Answer, Citation, Figure } from '../schema.js';

/** An earlier question answered again, in its own place in the conversation. */
export type AskEarlier = (question: string, history: readonly string[]) => Promise<Answer>;

/** One earlier answer's first line, with the citation and the figure it states. */
interface StatedLead {
  line: string;
  citation: Citation;
  figure: Figure;
}

/** A reading note the first line opens with ("（24年 = 2024年）", "(last year = 2025)"): said once, by the earlier answer. */
const OPENING_NOTE = /^(?:（[^）]*）|\([^)]*\)\s*)/;
const CITATION_MARK = /\[(\d+)\]/;

/**
 * The first line of an earlier answer that states a figure: the line without its reading note, the citation its first
 * marker points to, and the figure of that citation whose value the line writes. Null for a refusal or a line that
 * states no figure.
 */
function statedLead(answer: Answer): StatedLead | null {
  if (answer.notFound) return null;
  const first = (answer.text.split('\n')[0] ?? '').replace(OPENING_NOTE, '');
  const mark = CITATION_MARK.exec(first);
  const citation = mark ? answer.citations[Number(mark[1]) - 1] : undefined;
  if (!mark || !citation) return null;
  const figure = answer.figures.find((f) => f.citationId === citation.id && first.includes(valueText(f)));
  if (!figure) return null;
  return { line: first.slice(0, (mark.index ?? 0) + mark[0].length), citation, figure };
}

/** Whether a question's words ask which of two, or of the two ("这俩谁大", "俩尺寸一样不", "两家条数有差别没"): a cheap first test. */
export function asksOfTheTwo(question: string): boolean {
  return asksWhichOfThem(question) || asksOfTwo(question);
}

/** Whether a follow-up asks how two things talked about compare, naming no place, year or indicator of its own. */
export function asksOfLastTwo(question: string, own: Pick<UnderstoodQuery, 'places' | 'years' | 'indicators'>): boolean {
  return asksOfTheTwo(question) && !own.places.length && !own.years.length && !own.indicators.length;
}

/**
 * "俩尺寸一样不" after "广东24年投产的碳化硅衬底是几英寸" and "那晶圆呢": the last two questions' answers, each answered again in
 * its place in the conversation, side by side in the first line (each with its citation), then which is higher, like for
 * like (comparisonVerdict: a target is not set against a result, a count against an amount). Null when either earlier
 * answer states no figure, or when the answer found (`current`) already states both.
 */
export async function lastTwoCompared(
  query: UnderstoodQuery,
  history: readonly string[],
  current: Answer,
  askEarlier: AskEarlier,
): Promise<Answer | null> {
  if (history.length < 2) return null;
  const [a, b] = await Promise.all([
    askEarlier(history[history.length - 2], history.slice(0, -2)),
    askEarlier(history[history.length - 1], history.slice(0, -1)),
  ]);
  const first = statedLead(a);
  const second = statedLead(b);
  if (!first || !second || first.citation.id === second.citation.id) return null;
  const currentLine = current.notFound ? '' : (current.text.split('\n')[0] ?? '');
  // The answer found states a side when it quotes that side's sentence and writes its value in its first line.
  const stated = (lead: StatedLead) =>
    current.citations.some((c) => c.id === lead.citation.id) && currentLine.includes(valueText(lead.figure));
  if (stated(first) && stated(second)) return null;
  return sideBySide(query, first, second, current);
}

/**
 * "“共停共享”补的泊位比这少多少" after "停车位加了多少个": the answer found (`current`) and the answer just given, side by side
 * in the first line (each with its citation), then which is more, like for like. Null when either states no figure, or
 * both are one citation's one figure.
 */
export async function currentAgainstLast(
  query: UnderstoodQuery,
  history: readonly string[],
  current: Answer,
  askEarlier: AskEarlier,
): Promise<Answer | null> {
  if (!history.length) return null;
  const last = statedLead(await askEarlier(history[history.length - 1], history.slice(0, -1)));
  const now = statedLead(current);
  if (!last || !now || (last.citation.id === now.citation.id && last.figure.value === now.figure.value)) return null;
  return sideBySide(query, now, last, current);
}

/** Two stated leads in one first line, the first cited [1] and the second [2], and the verdict between their figures. */
function sideBySide(query: UnderstoodQuery, first: StatedLead, second: StatedLead, current: Answer): Answer {
  const lang = query.language;
  const name = (f: Figure) => (f === first.figure ? (lang === 'en' ? 'The first' : '前者') : lang === 'en' ? 'The second' : '后者');
  // "…的增速 跟这个比哪个高": a growth asked is set against growth, not the levels beside it.
  const verdict = comparisonVerdict(first.figure, second.figure, asksForGrowth(query.question), lang, false, name);
  const separator = lang === 'en' ? '; ' : '；';
  const lead = `${first.line.replace(CITATION_MARK, '[1]')}${separator}${second.line.replace(CITATION_MARK, '[2]')}${verdict}`;
  const citations = first.citation.id === second.citation.id ? [first.citation] : [first.citation, second.citation];
  return {
    ...current,
    notFound: false,
    text: composeText(query, citations, citations.length === 1 ? lead.replace('[2]', '[1]') : lead),
    citations,
    figures: [first.figure, second.figure],
    priorities: [],
  };
}
