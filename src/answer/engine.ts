import { createHash } from 'node:crypto';
import { openIndex, type EmbedderChoice, type IndexData } from '../index/index-store.js';
import type { Sentence } from '../ingest/types.js';
import { DEFAULT_RETRIEVER, Retriever, type RetrieverOptions } from '../retrieve/retriever.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { composeText, notFoundText } from './compose.js';
import { corpusCoverage, coverageText, type CoverageEntry } from './coverage.js';
import { inheritFromHistory } from './follow-up.js';
import { findPriorities, type PriorityList } from './priorities.js';
import type { ScoredSentence } from '../retrieve/retriever.js';
import { AnswerSchema, type Answer, type AskContext, type AskEngine, type Citation } from './schema.js';

export interface EngineOptions {
  corpusDir: string;
  indexDir: string;
  embedder?: EmbedderChoice;
  retriever?: RetrieverOptions;
  log?: (message: string) => void;
  onProgress?: (done: number, total: number, stage: string) => void;
  rebuild?: boolean;
}

/** The question-answering engine every surface uses: retrieval, then the answer's parts. */
export class Engine implements AskEngine {
  private readonly coverage: CoverageEntry[];

  private constructor(readonly retriever: Retriever) {
    this.coverage = corpusCoverage(retriever.data.sentences, (id) => retriever.issuerOf(id));
  }

  static async open(options: EngineOptions): Promise<Engine> {
    const { index } = await openIndex(options);
    return Engine.fromIndex(index, options.retriever);
  }

  static fromIndex(index: IndexData, retriever: RetrieverOptions = DEFAULT_RETRIEVER): Engine {
    return new Engine(new Retriever(index, retriever));
  }

  get corpusCoverage(): readonly CoverageEntry[] {
    return this.coverage;
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    const history = (context.history ?? []).map((q) => this.retriever.understand(q));
    const query = inheritFromHistory(this.retriever.understand(question), history);
    const id = answerId(question, context);
    const understood = { places: query.places, years: query.years, intent: query.intent };
    const refuse = (reason: string) =>
      AnswerSchema.parse({
        id,
        question,
        notFound: true,
        text: notFoundText(query, reason, coverageText(this.coverage)),
        citations: [],
        figures: [],
        priorities: [],
        coverage: this.coverage,
        understood,
      });
    if (query.unknownPlaces.length && !query.places.length) return refuse('unknown-place');

    if (query.wantsPriorities) {
      const list = findPriorities(query, this.retriever.data.documents, this.retriever.data.sentences);
      if (list) return this.priorityAnswer(id, query, list, understood);
    }

    // A comparison answers each place on its own evidence, so no side borrows the other's number.
    const sides = query.places.length > 1 ? query.places.map((p) => ({ ...query, places: [p] })) : [query];
    const found: ScoredSentence[][] = [];
    for (const side of sides) {
      const outcome = await this.retriever.retrieve(side, sides.length > 1 ? 3 : 5);
      if (outcome.kind === 'notFound') {
        if (sides.length === 1) return refuse(outcome.reason);
        continue;
      }
      found.push(outcome.sentences);
    }
    if (!found.length) return refuse('no-evidence');
    const merged = interleave(found).slice(0, 5);
    const citations = merged.map((s) => this.citation(s.sentence, s.score));
    return AnswerSchema.parse({
      id,
      question,
      notFound: false,
      text: composeText(query, citations, null),
      citations,
      figures: [],
      priorities: [],
      understood,
    });
  }

  private priorityAnswer(id: string, query: UnderstoodQuery, list: PriorityList, understood: Answer['understood']): Answer {
    const doc = this.retriever.data.documents.find((d) => d.meta.id === list.docId)!;
    const headingCitations = list.items.filter((i) => i.headingSentence).slice(0, 5).map((i) => this.citation(i.headingSentence!, 1));
    const citationIndex = new Map(headingCitations.map((c, i) => [c.id, i + 1]));
    const en = query.language === 'en';
    const lead = en
      ? `${doc.meta.issuer} ${list.period} priorities, in the plan's own order (${doc.meta.title}):`
      : `${doc.meta.issuer}${list.period}年工作重点（按报告原文顺序，出自《${doc.meta.title}》）：`;
    const lines = list.items.map((item, i) => {
      const n = item.headingSentence ? citationIndex.get(item.headingSentence.id) : undefined;
      return `${i + 1}. ${item.heading.text}${n ? ` [${n}]` : ''}`;
    });
    if (list.announced && list.announced > list.items.length) {
      lines.push(
        en
          ? `The report announces ${list.announced} areas; the corpus holds only ${list.items.length} of them.`
          : `报告提出${list.announced}方面工作，语料中只收录了其中${list.items.length}项。`,
      );
    }
    return AnswerSchema.parse({
      id,
      question: query.question,
      notFound: false,
      text: [lead, ...lines].join('\n'),
      citations: headingCitations,
      figures: [],
      priorities: list.items.map((item) => ({
        title: item.heading.text,
        citationId: item.headingSentence?.id ?? item.details[0]?.id ?? item.heading.id,
        details: item.details.map((d) => d.id),
      })),
      understood,
    });
  }

  understand(question: string): UnderstoodQuery {
    return this.retriever.understand(question);
  }

  citation(s: Sentence, score: number): Citation {
    const doc = this.retriever.data.documents.find((d) => d.meta.id === s.docId)!;
    const year = /^(\d{4})/.exec(s.period);
    return {
      id: s.id,
      docId: s.docId,
      title: doc.meta.title,
      district: doc.meta.issuer,
      year: year ? Number(year[1]) : null,
      period: s.period,
      kind: s.kind,
      section: s.section.join(' › '),
      paragraph: s.paragraph,
      sentence: s.text,
      source: s.source,
      score: Math.round(score * 1000) / 1000,
    };
  }

  /** The paragraph around each cited sentence, for "Show passages". */
  async passages(citationIds: readonly string[]): Promise<Array<{ citationId: string; title: string; section: string; text: string }>> {
    const out = [];
    for (const id of citationIds) {
      const s = this.retriever.sentence(id);
      if (!s) continue;
      const doc = this.retriever.data.documents.find((d) => d.meta.id === s.docId)!;
      const paragraph = this.retriever.data.sentences.filter((x) => x.docId === s.docId && x.paragraph === s.paragraph).map((x) => x.text).join('');
      out.push({ citationId: id, title: doc.meta.title, section: s.section.join(' › '), text: paragraph });
    }
    return out;
  }
}

function interleave<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

function answerId(question: string, context: AskContext): string {
  return createHash('sha1').update(`${question}\u0000${(context.history ?? []).join('\u0001')}\u0000${Date.now()}`).digest('hex').slice(0, 12);
}
