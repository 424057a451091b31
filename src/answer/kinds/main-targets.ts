import type { Sentence } from '../../ingest/types.js';
import { targetFigures } from '../target-figures.js';
import { GOAL_IN_NUMBERS, LIST_GOES_ON, MAIN_TARGETS_OPENING, OPENS_LIST } from '../../lang/zh/main-target-words.js';
import { englishPlace } from '../english-names.js';
import { message } from '../messages.js';
import { withReadingNote } from '../reading-note.js';
import { AnswerSchema, PRIORITY_FIGURES_MAX, type Answer, type Citation, type Figure } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';

/** A main-targets list runs to a dozen items in the national report; more is not a list of targets. */
const MAX_TARGETS = 16;

/**
 * The opening sentence of a place's main-targets list for the year or five-year plan asked, or the
 * latest year's when neither is (a plan's five-year list only when its plan is asked).
 */
function opening(tools: AnswerTools, place: string, years: readonly number[], plan: { from: number; to: number } | null): Sentence | null {
  if (years.length > 1) return null;
  const { sentences } = tools.retriever.corpus;
  const openings = sentences.filter(
    (s) => s.kind === 'plan' && MAIN_TARGETS_OPENING.test(s.norm) && tools.retriever.issuerOf(s.docId) === place,
  );
  const asked = plan
    ? openings.filter((s) => s.period === `${plan.from}-${plan.to}`)
    : openings.filter((s) => (years.length ? s.period === String(years[0]) : /^\d{4}$/.test(s.period)));
  // The latest plan year first; within a year, a sentence that opens the list ("…主要目标为：") before a
  // heading that only names it ("二、2025年…主要预期目标和任务"), then the first in the report.
  return [...asked].sort((a, b) => b.period.localeCompare(a.period) || Number(a.isHeading) - Number(b.isHeading))[0] ?? null;
}

/** The opening and the items after it: the sentences of its paragraph while each ends on a semicolon, or the paragraphs under it. */
function targetList(tools: AnswerTools, first: Sentence): Sentence[] {
  const inDocument = tools.retriever.corpus.sentences.filter((s) => s.docId === first.docId);
  const at = inDocument.findIndex((s) => s.id === first.id);
  const list = [first];
  const opensOnly = first.isHeading || OPENS_LIST.test(first.norm);
  for (let i = at + 1; i < inDocument.length && list.length < MAX_TARGETS; i++) {
    const next = inDocument[i];
    const previous = list[list.length - 1];
    if (next.isHeading) break;
    if (opensOnly) {
      // A heading or "…建议为：" opens a list written in the paragraph(s) after it, one item a sentence.
      if (next.paragraph !== previous.paragraph && list.length > 1 && !LIST_GOES_ON.test(previous.norm)) break;
    } else if (next.paragraph !== first.paragraph || !(LIST_GOES_ON.test(previous.norm) || GOAL_IN_NUMBERS.test(next.norm))) break;
    list.push(next);
  }
  return opensOnly ? list.slice(1) : list;
}

/** "今年发展主要预期目标是：国内生产总值增长5%左右；" → "国内生产总值增长5%左右；": the item, without the list's opening words. */
function itemText(sentence: Sentence): string {
  const colon = sentence.text.search(/[:：]/);
  return colon >= 0 && MAIN_TARGETS_OPENING.test(sentence.norm) ? sentence.text.slice(colon + 1).trim() : sentence.text.trim();
}

/**
 * "广东2026年有啥目标", "What are Zhejiang's targets for 2026?": the plan's own list of its main
 * targets, item by item as printed, each cited, its figures as the year's targets. Null when the
 * place's reports hold no such list for the year asked.
 */
export function mainTargetsAnswer(tools: AnswerTools, frame: AnswerFrame, item: number | null = null): Answer | null {
  const { query } = frame;
  if (query.places.length !== 1) return null;
  const first = opening(tools, query.places[0], query.years, query.planPeriod);
  if (!first) return null;
  const list = targetList(tools, first);
  // "第二条呢" after the list: that item alone (-1 is the last); past the list's end, the whole list.
  const wanted = item === null ? null : item < 0 ? list.length - 1 : item - 1;
  const pointed = wanted !== null && wanted >= 0 && wanted < list.length ? wanted : null;
  const items = pointed === null ? list : [list[pointed]];
  if (!items.length) return null;
  const doc = tools.retriever.corpus.document(first.docId);
  const lang = query.language;
  const place = lang === 'en' ? englishPlace(query.places[0]) : query.places[0];
  const citations: Citation[] = items.map((s) => tools.citation(s, 1));
  const figures: Figure[] = citations.flatMap((c) => targetFigures(c, first.period));
  const lead =
    pointed !== null
      ? message('mainTargetItemLead', lang, { place, year: first.period, n: pointed + 1, of: list.length })
      : message('mainTargetsLead', lang, { place, year: first.period, title: doc?.meta.title ?? '' });
  const lines = [lead, ...items.map((s, i) => `• ${itemText(s)} [${i + 1}]`)];
  return AnswerSchema.parse({
    id: frame.id,
    question: frame.question,
    notFound: false,
    text: withReadingNote(lines.join('\n'), query),
    citations,
    figures: figures.slice(0, PRIORITY_FIGURES_MAX),
    // The list is the plan's own, like an outline: one item, its sentences in the plan's order.
    priorities: [
      {
        title: message('mainTargetsTitle', lang, { year: first.period }),
        citationId: citations[0].id,
        details: citations.map((c) => c.id),
      },
    ],
    understood: frame.understood,
  });
}
