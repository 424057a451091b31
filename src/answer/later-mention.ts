import { longestCommonRun } from './longest-common-run.js';
import { type Lang, message } from './messages.js';
import { type Answer, AnswerSchema, CHART_CITATIONS_MAX, type Citation, ORDINARY_CITATIONS_MAX } from './schema.js';

/**
 * Another report's sentence that writes an attribute's value again ("去年真开工了没", "26年报告里还提了吗"), added to an answer
 * that stated it: whether a sentence speaks of the same thing, and the answer with it quoted.
 */

/** The run of the figure's name a sentence writes to speak of the same thing ("河源万绿湖"). */
const SAME_THING_RUN = 3;
/** The run a sentence shares with the cited one, the value aside, to speak of the same thing ("等轨道交通线"). */
const SAME_SENTENCE_RUN = 4;

/**
 * Whether a sentence that writes the value (`written`) speaks of the same thing as the figure's own sentence ("河源万绿湖…5A级",
 * not any "5A级景区创建"): it shares a run with the figure's name, or, the value taken out of both, a longer one with the cited
 * sentence ("推进19号线、南枫线等轨道交通线" and "…21号线、23号线等轨道交通线", whose figure is named only 推进).
 */
export function speaksOfSameThing(sentence: string, indicator: string, written: string, citedSentence: string): boolean {
  const withoutValue = (text: string) => text.split(written).join('\u0000');
  return (
    longestCommonRun(sentence, indicator).length >= SAME_THING_RUN ||
    longestCommonRun(withoutValue(sentence), withoutValue(citedSentence)).length >= SAME_SENTENCE_RUN
  );
}

/**
 * Whether a sentence of another report of the same place (`sameIssuer`) writes the figure's value again, of the same thing:
 * no heading, not the cited report's own sentence.
 */
export function writesAgain(
  sentence: { isHeading: boolean; docId: string; text: string },
  cited: { docId: string; sentence: string; indicator: string; written: string },
  sameIssuer: boolean,
): boolean {
  return (
    !sentence.isHeading &&
    sentence.docId !== cited.docId &&
    sameIssuer &&
    sentence.text.includes(cited.written) &&
    speaksOfSameThing(sentence.text, cited.indicator, cited.written, cited.sentence)
  );
}

/**
 * The answer with the line that another report writes it too, right after the lead, and that report's sentence quoted. A
 * sentence quoted already is named by its marker; at the answer's cap of citations, its last quoted passage (and any figure
 * of it) gives way to the other report's.
 */
export function withLaterCitation(answer: Answer, citation: Citation, lang: Lang): Answer {
  const lines = answer.text.split('\n');
  const quotedAt = answer.citations.findIndex((c) => c.sentence === citation.sentence);
  if (quotedAt >= 0) {
    const said = message('laterMention', lang, { title: citation.title, marker: quotedAt + 1 });
    return AnswerSchema.parse({ ...answer, text: [lines[0], said, ...lines.slice(1)].join('\n') });
  }
  const cap = answer.chart ? CHART_CITATIONS_MAX : ORDINARY_CITATIONS_MAX;
  const kept = answer.citations.slice(0, cap - 1);
  const dropped = answer.citations.slice(kept.length);
  const droppedIds = new Set(dropped.map((c) => c.id));
  const droppedMarkers = dropped.map((_, i) => `[${kept.length + i + 1}] `);
  const body = lines.slice(1).filter((line) => !droppedMarkers.some((m) => line.startsWith(m)));
  const marker = kept.length + 1;
  const said = message('laterMention', lang, { title: citation.title, marker });
  const text = [lines[0], said, ...body, `[${marker}] ${citation.sentence}`].join('\n');
  const figures = answer.figures.filter((f) => !droppedIds.has(f.citationId));
  return AnswerSchema.parse({ ...answer, text, citations: [...kept, citation], figures });
}
