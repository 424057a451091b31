import type { Sentence } from '../../ingest/types.js';
import {
  asksDeliveryDate,
  asksSameDay,
  DELIVERY_LINE_PARAGRAPHS,
  type DeliveryDate,
  deliveryDateIn,
} from '../../lang/zh/delivery-date-words.js';
import { composeText } from '../compose.js';
import { message } from '../messages.js';
import type { Answer, Citation } from '../schema.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';

/** Reports a question may ask the day of at once ("安徽和山东25年的报告是不是同一天作的"). */
const REPORTS_ASKED = 4;

/**
 * "广东26年政府工作报告是哪天作的", "bj 2026 report — january what?": the day each report asked was delivered, as its own
 * opening line writes it ("——2026年1月26日在广东省第十四届…"), cited; two reports asked whether they share the day get a
 * verdict. The report is the place's of the year the question names (its latest when none). Null when the question asks
 * no such day or no report asked writes one.
 */
export function deliveryDateAnswer(tools: AnswerTools, frame: AnswerFrame): Answer | null {
  const { query } = frame;
  if (!asksDeliveryDate(query.question) || !query.places.length) return null;
  // "25年和26年各是1月几号": each year's report, the place's latest when none is named.
  const years: readonly (number | null)[] = query.namedReport?.year ? [query.namedReport.year] : query.years.length ? query.years : [null];
  const found: { title: string; date: DeliveryDate; sentence: Sentence }[] = [];
  for (const place of query.places.slice(0, REPORTS_ASKED)) {
    // The place's reports, latest first.
    const reports = tools.retriever.corpus.documents
      .map((d) => d.meta)
      .filter((m) => m.issuer === place && m.docYear !== null)
      .sort((a, b) => (b.docYear ?? 0) - (a.docYear ?? 0));
    for (const year of years.slice(0, REPORTS_ASKED)) {
      for (const meta of reports.filter((m) => year === null || m.docYear === year)) {
        const delivered = deliveryLineOf(tools, meta.id);
        if (delivered) {
          found.push({ title: meta.title, ...delivered });
          break;
        }
      }
    }
  }
  if (!found.length) return null;
  const lang = query.language;
  const citations: Citation[] = found.map((f) => tools.citation(f.sentence, 1));
  const parts = found.map((f, i) => message('deliveredOn', lang, { title: f.title, ...f.date, n: i + 1 }));
  const sameDay =
    found.length === 2 && asksSameDay(query.question)
      ? message('deliveredSameDay', lang, {
          same: found[0].date.month === found[1].date.month && found[0].date.day === found[1].date.day,
        })
      : '';
  const lead = `${parts.join(message('leadSeparator', lang))}${sameDay}`;
  return frameAnswer(frame, { notFound: false, text: composeText(query, citations, lead), citations });
}

/** A report's delivery line and its date, read in its opening paragraphs only (the line stands under the title); null if none. */
function deliveryLineOf(tools: AnswerTools, docId: string): { date: DeliveryDate; sentence: Sentence } | null {
  for (let p = 0; p <= DELIVERY_LINE_PARAGRAPHS; p++) {
    for (const sentence of tools.retriever.corpus.paragraph(docId, p)) {
      const date = deliveryDateIn(sentence.norm);
      if (date) return { date, sentence };
    }
  }
  return null;
}
